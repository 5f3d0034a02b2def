"""``scipop report --out FILE.xlsx|FILE.csv``: the attendance workbook, or its detail as CSV.

The workbook has the Summary, Arrivals (with a chart), Attendance detail, Scan log and National
statistics sheets; the CSV is the attendance detail (UTF-8 with a BOM). Dates are local days,
both included. ``--no-personal-data`` leaves out emails and masks phones, for sharing outside
the team. Reading only: the database is never created or changed.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from scipop.progress import Progress
from scipop.reports.labels import LANGS
from scipop.reports.scope import ExportOptions, ReportScope


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report",
        help="write the attendance workbook (.xlsx) or detail (.csv)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--out", required=True, metavar="FILE.xlsx|FILE.csv", help="where to write it")
    p.add_argument("--from", dest="date_from", type=_day, metavar="DATE", help="first day")
    p.add_argument("--to", dest="date_to", type=_day, metavar="DATE", help="last day (included)")
    p.add_argument("--program", type=int, metavar="ID", help="only this program's events")
    p.add_argument("--event", type=int, metavar="ID", help="only this event")
    p.add_argument("--session", type=int, metavar="ID", help="only this session")
    p.add_argument("--lang", choices=LANGS, default="zh_CN", help="sheet names and headers")
    p.add_argument(
        "--no-personal-data",
        action="store_true",
        help="leave out emails and mask phone numbers (for sharing outside the team)",
    )
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    p.set_defaults(run=run)


class _Stderr(Progress):
    def __init__(self) -> None:
        self.last = -1

    def report(self, done: int, total: int, stage: str = "") -> None:
        percent = done * 100 // total if total else 100
        if percent // 10 != self.last // 10:
            self.last = percent
            print(f"\r{percent:3d}%", end="", file=sys.stderr, flush=True)


def run(args: argparse.Namespace, ctx) -> int:
    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise ValueError("--to is before --from")
    scope = ReportScope(args.date_from, args.date_to, args.program, args.event, args.session)
    reports = ctx.services.reports
    reports.check_scope(scope)
    options = ExportOptions(lang=args.lang, personal_data=not args.no_personal_data)
    progress = Progress() if args.quiet or not sys.stderr.isatty() else _Stderr()
    out = reports.export(scope, args.out, options, progress)
    if isinstance(progress, _Stderr):
        print(file=sys.stderr)
    figures = reports.key_figures(scope)
    print(
        f"wrote {out}: {figures.sessions} session(s), {figures.tickets} ticket(s), "
        f"{figures.checked_in} checked in, {figures.scans} scan(s)"
    )
    return 0
