"""Run the benchmarks and print each figure beside its anchor.

    python benchmarks/run.py [name ...] [--quick]

Discovers ``benchmarks/bench_<name>.py``; each module's ``main(quick)`` returns Figures.
Exit code 1 when a figure missed its target or a benchmark failed.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from harness import Figure  # noqa: E402

HEADERS = ("name", "ours", "anchor (label)", "ratio", "target", "ok")


def discover() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))


def _num(value: float) -> str:
    return f"{value:.3g}" if abs(value) < 100 else f"{value:,.0f}"


def row(fig: Figure) -> tuple[str, ...]:
    ours = f"{_num(fig.ours)} {fig.unit}"
    anchor = "" if fig.anchor is None else f"{_num(fig.anchor)} {fig.unit} ({fig.anchor_label})"
    ratio = "" if fig.ratio is None else f"{fig.ratio:.2f}"
    ok = {True: "yes", False: "NO", None: "-"}[fig.passed]
    return (fig.name, ours, anchor, ratio, fig.target, ok)


def table(rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(r[i]) for r in [HEADERS, *rows]) for i in range(len(HEADERS))]
    lines = [" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in [HEADERS]]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(line.rstrip() for line in lines)


def main(argv: list[str] | None = None) -> int:
    available = discover()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help=f"benchmarks to run (default: all of {available})")
    parser.add_argument("--quick", action="store_true", help="fewer repeats, smaller data")
    parser.add_argument(
        "--pg",
        metavar="URL",
        help="an empty PostgreSQL database the benchmarks may wipe (default:"
        " $SCIPOP_TEST_DATABASE_URL); without it the PostgreSQL figures are skipped",
    )
    args = parser.parse_args(argv)
    if args.pg:
        os.environ["SCIPOP_TEST_DATABASE_URL"] = args.pg
    unknown = [n for n in args.names if n not in available]
    if unknown:
        parser.error(f"unknown benchmark(s) {unknown}; available: {available}")
    figures: list[Figure] = []
    failed: list[str] = []
    for name in args.names or available:
        print(f"== bench_{name}{' (quick)' if args.quick else ''}", flush=True)
        start = time.perf_counter()
        try:
            module = importlib.import_module(f"bench_{name}")
            got = module.main(quick=args.quick)
        except Exception:
            traceback.print_exc()
            failed.append(name)
            continue
        print(f"   done in {time.perf_counter() - start:.1f} s", flush=True)
        figures.extend(got)
    print()
    print(table([row(f) for f in figures]))
    missed = [f.name for f in figures if f.passed is False]
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    if missed:
        print(f"missed target: {', '.join(missed)}")
    return 1 if failed or missed else 0


if __name__ == "__main__":
    sys.exit(main())
