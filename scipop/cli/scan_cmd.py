"""``scipop scan``: a headless check-in station: one verdict per code, one line each.

Codes come as arguments, or one per line from stdin until EOF (a keyboard-wedge scanner on
a terminal). Verdicts are data: the exit code is 0 even when codes are refused; 2 is for
usage errors (an unknown session, a bad option).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

from scipop.registration.dto import AdmitResult
from scipop.station.service import Mode
from scipop.timeutil import fmt_local


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "scan",
        help="check tickets in (or out) at a door, from arguments or stdin",
        description=__doc__,
    )
    p.add_argument("--station", required=True, metavar="NAME", help="the door's name, e.g. 东门")
    p.add_argument(
        "--session",
        type=int,
        metavar="ID",
        help="the session at this door (default: the session each ticket is for)",
    )
    p.add_argument("--mode", choices=[m.value for m in Mode], default=Mode.ENTRY.value)
    p.add_argument("--count", type=int, help="people of a group ticket to admit (default: all)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("codes", nargs="*", metavar="CODE", help="codes; none: read stdin")
    p.set_defaults(run=run)


def _codes(args: argparse.Namespace) -> Iterator[str]:
    if args.codes:
        yield from args.codes
        return
    for line in sys.stdin:
        if line.strip():
            yield line.rstrip("\r\n")


def run(args: argparse.Namespace, ctx) -> int:
    station = ctx.services.station
    if args.session is not None:
        station.counters(args.session)  # an unknown session is a usage error (exit 2)
    for code in _codes(args):
        result = station.scan(
            code, args.session, station=args.station, mode=Mode(args.mode), count=args.count
        )
        print(as_json(result) if args.json else as_line(result), flush=True)
    return 0


def as_dict(r: AdmitResult) -> dict:
    """The verdict as the JSON line carries it (phones never, names yes)."""
    data = {
        "verdict": r.verdict.value,
        "ticket_id": r.ticket_id,
        "attendee": r.ticket.attendee_name if r.ticket else None,
        "session_id": r.session_id,
        "station": r.station,
        "at": r.at.isoformat() if r.at else None,
        "admitted": r.admitted,
        "reason": r.message,
        "scan_id": r.scan_id,
    }
    if r.first_at is not None or r.first_station:
        data["first_at"] = r.first_at.isoformat() if r.first_at else None
        data["first_station"] = r.first_station
    if r.in_hall is not None:
        data["in_hall"] = r.in_hall
    return data


def as_json(r: AdmitResult) -> str:
    return json.dumps(as_dict(r), ensure_ascii=False)


def as_line(r: AdmitResult) -> str:
    who = f"#{r.ticket_id} " if r.ticket_id else ""
    return f"{r.verdict.value}\t{who}{fmt_local(r.at, '%H:%M:%S')}\t{r.message}"
