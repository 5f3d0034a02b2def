"""``scipop import KIND FILE``: import a spreadsheet (.xlsx, .xls, .ods, .csv), all or nothing.

A file with bad rows imports nothing; each bad row is printed on its own line on stderr
(``row N, column 'X': reason``) and the command exits 2.
"""

from __future__ import annotations

import argparse
import sys

from scipop.importing.report import ImportRejected

EXIT_REJECTED = 2


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import a spreadsheet", description=__doc__)
    kinds = p.add_subparsers(dest="kind", metavar="KIND", required=True)
    _sessions(kinds)
    _attendees(kinds)


def _sessions(kinds: argparse._SubParsersAction) -> None:
    p = kinds.add_parser(
        "sessions",
        help="book sessions from a schedule",
        description="Columns: event/活动, room/场地 (room or 'venue/room'), date/日期, "
        "start/开始, end/结束, and optionally capacity/容量, title/标题.",
    )
    p.add_argument("file", metavar="FILE", help="an .xlsx, .xls, .ods or .csv file")
    p.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first)")
    p.add_argument(
        "--dry-run", action="store_true", help="check every row and report, but book nothing"
    )
    p.set_defaults(run=run_sessions)


def run_sessions(args: argparse.Namespace, ctx) -> int:
    sched = ctx.services.scheduling
    try:
        if args.dry_run:
            preview = sched.preview_import(args.file, args.sheet)
            if preview.errors:
                raise ImportRejected(preview.errors)
            print(f"would import {len(preview.bookings)} sessions (dry run, nothing booked)")
            return 0
        result = sched.import_sessions(args.file, args.sheet)
    except ImportRejected as exc:
        return report_rejected(exc)
    print(f"imported {result.count} sessions")
    return 0


def report_rejected(exc: ImportRejected) -> int:
    """Print every bad row on its own line on stderr; the exit code for a rejected file."""
    print(f"scipop: error: nothing was imported: {exc.bad_rows} bad row(s)", file=sys.stderr)
    for line in exc.lines:
        print(" ".join(line.split()), file=sys.stderr)
    return EXIT_REJECTED


def _attendees(kinds: argparse._SubParsersAction) -> None:
    p = kinds.add_parser(
        "attendees",
        help="register attendees from an online-form export",
        description="Columns (guessed from the headers, remembered per form): name/姓名, "
        "phone/手机号, email/邮箱, organization/单位/学校, category/类别/身份, "
        "session/场次 (a session number or its date and time), headcount/人数.",
    )
    p.add_argument("file", metavar="FILE", help="an .xlsx, .xls, .ods or .csv file")
    p.add_argument("--session", type=int, metavar="ID", help="register every row for this session")
    p.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first)")
    p.add_argument("--only-good", action="store_true", help="import the good rows, skip bad ones")
    p.add_argument(
        "--waitlist", action="store_true", help="rows past capacity join the waiting list"
    )
    p.add_argument("--dry-run", action="store_true", help="check every row, register nobody")
    p.set_defaults(run=run_attendees)


def run_attendees(args: argparse.Namespace, ctx) -> int:
    from scipop.importing.attendees import AttendeeImporter

    try:
        summary = AttendeeImporter(ctx.store).import_file(
            args.file,
            session_id=args.session,
            sheet=args.sheet,
            only_good=args.only_good,
            waitlist=args.waitlist,
            dry_run=args.dry_run,
        )
    except ImportRejected as exc:
        return report_rejected(exc)
    for error in summary.errors:
        print(f"skipped: {' '.join(error.message.split())}", file=sys.stderr)
    verb = "would import" if summary.dry_run else "imported"
    print(
        f"{verb} {summary.tickets} registration(s) for {summary.people} people"
        f" ({summary.waitlisted} waitlisted), {summary.new_attendees} new attendee(s)"
        + (f"; skipped {len(summary.skipped_rows)} bad row(s)" if summary.skipped_rows else "")
    )
    return 0
