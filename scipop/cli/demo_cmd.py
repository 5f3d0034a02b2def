"""``scipop demo``: load a season of demo events, rooms, volunteers and attendees."""

from __future__ import annotations

import argparse
import sys
import time

from scipop.demo import load_demo
from scipop.progress import Progress


class _Dots(Progress):
    def __init__(self) -> None:
        self.last = 0.0

    def report(self, done: int, total: int, stage: str = "") -> None:
        now = time.monotonic()
        if sys.stderr.isatty() and now - self.last > 0.5:
            self.last = now
            print(f"\r{stage}: {done}/{total}", end="", file=sys.stderr, flush=True)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="load the demo data", description=__doc__)
    p.add_argument(
        "--attendees",
        type=int,
        default=0,
        metavar="N",
        help="also add N synthetic attendees (scale work: 100000 loads in seconds)",
    )
    p.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    p.add_argument(
        "--force", action="store_true", help="load even though the database is not empty"
    )
    p.set_defaults(run=run, creates_database=True)


def run(args: argparse.Namespace, ctx) -> int:
    if args.attendees < 0:
        raise ValueError("--attendees must be 0 or more")
    started = time.perf_counter()
    summary = load_demo(
        ctx.store, attendees=args.attendees, seed=args.seed, force=args.force, progress=_Dots()
    )
    took = time.perf_counter() - started
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"demo loaded into {ctx.describe()} in {took:.1f} s: "
        f"{summary.organizations} organizations, "
        f"{summary.rooms} rooms, {summary.events} events, {summary.sessions} sessions, "
        f"{summary.volunteers} volunteers, {summary.attendees} attendees"
    )
    return 0
