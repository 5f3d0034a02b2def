"""``scipop volunteers schedule``: a volunteer's shifts over a period, or everyone's on a day,
as a PDF to print, an .ics calendar file, or a phone-sized PNG for the group chat.

    scipop volunteers schedule --volunteer 12 --from 2026-12-01 --to 2026-12-07 --out 张伟.pdf
    scipop volunteers schedule --day 2026-12-05 --format png --out 当天排班.png
    scipop volunteers schedule --volunteer 12 --volunteer 13 --out team.ics --lang en

The format follows the --out suffix unless --format says it. Several volunteers share one
PDF (a page or more each) or one .ics; PNGs are one per volunteer, named after them.
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path

from scipop.timeutil import to_local, utcnow
from scipop.volunteers.schedule_out import FORMATS, LANGS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("volunteers", help="volunteer schedules out", description=__doc__)
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = actions.add_parser(
        "schedule",
        help="write shift schedules as PDF, .ics or PNG",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    who = s.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--volunteer", type=int, action="append", metavar="ID", help="a volunteer (repeatable)"
    )
    who.add_argument("--day", type=_day, metavar="YYYY-MM-DD", help="everyone's shifts that day")
    s.add_argument("--from", dest="first", type=_day, metavar="YYYY-MM-DD", help="default: today")
    s.add_argument(
        "--to", dest="last", type=_day, metavar="YYYY-MM-DD", help="default: 6 days after --from"
    )
    s.add_argument("--format", choices=FORMATS, help="default: from the --out suffix")
    s.add_argument("--out", required=True, metavar="FILE", help="where to write it")
    s.add_argument("--lang", choices=LANGS, default="zh", help="Chinese or English")
    s.add_argument(
        "--badge", action="store_true", help="print each volunteer's check-in QR on the PDF"
    )
    s.set_defaults(run=run_schedule)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day like 2026-12-05") from None


def run_schedule(args: argparse.Namespace, ctx) -> int:
    out = Path(args.out)
    fmt = args.format or out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(f"say the format: --format {'|'.join(FORMATS)} (or end --out with one)")
    if out.suffix.lower() != f".{fmt}":
        out = out.with_name(out.name + f".{fmt}")
    if args.badge and (fmt != "pdf" or args.day is not None):
        raise ValueError("--badge is for a volunteer's PDF")
    first = args.first or to_local(utcnow()).date()
    last = args.last or first + timedelta(days=6)
    out.parent.mkdir(parents=True, exist_ok=True)
    written = ctx.services.schedules.export(
        out,
        fmt,
        volunteer_ids=args.volunteer,
        day=args.day,
        first=first,
        last=last,
        lang=args.lang,
        badge=args.badge,
    )
    for path in written:
        print(f"wrote {path}")
    return 0
