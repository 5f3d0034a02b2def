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
    _volunteers(kinds)


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


ATTENDEES_HELP = """\
Columns (guessed from the headers, remembered per form): name/姓名, phone/手机号, email/邮箱,
organization/单位/学校, category/类别/身份, session/场次 (a session number, its date and time,
or any answer mapped to a session), headcount/人数 (a number, "3人", "三人"), notes/备注.

A form's answers are mapped to sessions (and to headcounts and categories) once and
remembered for the form: --map "11月29日 10:00《数字球幕：地球的脉动》=17" maps one answer to
session 17; "category:我是老师=teacher" and "headcount:一家三口=3" map the other columns.
--session-map FILE.json reads many: {"answer": 17, …} or
{"session": {…}, "headcount": {…}, "category": {…}}. When answers are not mapped, the
command prints the suggested --map options; --accept-suggestions takes them all.
"""


def _attendees(kinds: argparse._SubParsersAction) -> None:
    p = kinds.add_parser(
        "attendees",
        help="register attendees from an online-form export",
        description=ATTENDEES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", metavar="FILE", help="an .xlsx, .xls, .ods or .csv file")
    p.add_argument("--session", type=int, metavar="ID", help="register every row for this session")
    p.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first)")
    p.add_argument("--only-good", action="store_true", help="import the good rows, skip bad ones")
    p.add_argument(
        "--waitlist", action="store_true", help="rows past capacity join the waiting list"
    )
    p.add_argument("--dry-run", action="store_true", help="check every row, register nobody")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="[FIELD:]TEXT=VALUE",
        help="map one answer: TEXT=SESSION_ID, headcount:TEXT=N or category:TEXT=CATEGORY "
        "(repeatable; remembered for this form)",
    )
    p.add_argument(
        "--session-map",
        metavar="FILE.json",
        help="a JSON file of answers: {TEXT: SESSION_ID} or {session|headcount|category: {…}}",
    )
    p.add_argument(
        "--accept-suggestions",
        action="store_true",
        help="map every answer not mapped yet to the suggested session, headcount or category",
    )
    p.set_defaults(run=run_attendees)


def parse_map(option: str) -> tuple[str, str, str]:
    """``"[field:]TEXT=VALUE"`` → (field, text, value); the last "=" splits."""
    from scipop.importing.value_mapping import MAPPED_FIELDS, SESSION

    text, sep, value = option.rpartition("=")
    if not sep or not text.strip() or not value.strip():
        raise ValueError(f"--map {option!r}: write it as TEXT=SESSION_ID")
    name = SESSION
    head, colon, rest = text.partition(":")
    if colon and head.strip().lower() in MAPPED_FIELDS and rest.strip():
        name, text = head.strip().lower(), rest
    return name, text.strip(), value.strip()


def value_mapping(args: argparse.Namespace):
    """The --session-map file and the --map options as one ValueMapping."""
    from pathlib import Path

    from scipop.importing.value_mapping import ValueMapping

    values = ValueMapping()
    if args.session_map:
        path = Path(args.session_map)
        try:
            values = ValueMapping.from_json(path.read_text(encoding="utf-8-sig"))
        except OSError as exc:
            raise ValueError(f"--session-map: cannot read {path}: {exc.strerror}") from None
        except (ValueError, TypeError) as exc:
            raise ValueError(f"--session-map {path.name}: {exc}") from None
    for option in args.map:
        name, text, value = parse_map(option)
        try:
            values.set(name, text, value)
        except ValueError:
            raise ValueError(
                f"--map {option!r}: {value!r} is not a "
                + ("session number" if name == "session" else f"{name} value")
            ) from None
    return values


def run_attendees(args: argparse.Namespace, ctx) -> int:
    from scipop.importing.attendees import AttendeeImporter

    importer = AttendeeImporter(ctx.store)
    values = value_mapping(args)
    if args.accept_suggestions:
        table = importer.read(args.file, args.sheet)
        for answer in importer.answers(table, importer.mapping_for(table.headers)):
            if answer.value is not None and values.get(answer.field, answer.text) is None:
                values.set(answer.field, answer.text, answer.value)
    try:
        summary = importer.import_file(
            args.file,
            session_id=args.session,
            sheet=args.sheet,
            only_good=args.only_good,
            waitlist=args.waitlist,
            dry_run=args.dry_run,
            values=values,
        )
    except ImportRejected as exc:
        code = report_rejected(exc)
        _suggest(importer, args, values)
        return code
    for error in summary.errors:
        print(f"skipped: {' '.join(error.message.split())}", file=sys.stderr)
    verb = "would import" if summary.dry_run else "imported"
    print(
        f"{verb} {summary.tickets} registration(s) for {summary.people} people"
        f" ({summary.waitlisted} waitlisted), {summary.new_attendees} new attendee(s)"
        + (f"; skipped {len(summary.skipped_rows)} bad row(s)" if summary.skipped_rows else "")
    )
    return 0


def _suggest(importer, args: argparse.Namespace, given) -> None:
    """After a refusal: the --map options that would map the answers not mapped yet."""
    table = importer.read(args.file, args.sheet)
    lines = []
    for a in importer.answers(table, importer.mapping_for(table.headers)):
        if a.remembered or given.get(a.field, a.text) is not None:
            continue
        prefix = "" if a.field == "session" else f"{a.field}:"
        if a.suggested is None:
            lines.append(f"  no suggestion for {a.field} answer {a.text!r} ({a.rows} row(s))")
        else:
            what = f"session {a.suggested}: {a.label}" if a.label else f"{a.field} {a.suggested}"
            lines.append(f'  --map "{prefix}{a.text}={a.suggested}"  ({what}; {a.rows} row(s))')
    if lines:
        print(
            "unmapped answers (check them, then pass the --map options, or --accept-suggestions):",
            file=sys.stderr,
        )
        for line in lines:
            print(line, file=sys.stderr)


VOLUNTEERS_HELP = """\
Columns (guessed from the headers, remembered per file layout): name/姓名, phone/手机号,
email/邮箱, organization/单位/组织, skills/技能/特长, languages/语言/外语, notes/备注.

All or nothing: a file with bad rows (missing name, bad phone or email, a phone twice in the
file or already on the roster) imports nobody, and every bad row is printed with its reason.
Organizations not in the list yet are created (say which with --dry-run first), unless
--no-new-organizations makes them bad rows. Phones are printed masked (138****5678).
"""


def _volunteers(kinds: argparse._SubParsersAction) -> None:
    p = kinds.add_parser(
        "volunteers",
        help="add volunteers to the roster from a list",
        description=VOLUNTEERS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", metavar="FILE", help="an .xlsx, .xls, .ods or .csv file")
    p.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first)")
    p.add_argument("--only-good", action="store_true", help="import the good rows, skip bad ones")
    p.add_argument("--dry-run", action="store_true", help="check every row, import nobody")
    p.add_argument(
        "--no-new-organizations",
        action="store_true",
        help="an organization not in the list is a bad row (default: the import creates it)",
    )
    p.set_defaults(run=run_volunteers)


def run_volunteers(args: argparse.Namespace, ctx) -> int:
    from scipop.importing.volunteers import VolunteerImporter
    from scipop.redact import mask_phones

    importer = VolunteerImporter(ctx.store)
    try:
        summary = importer.import_file(
            args.file,
            sheet=args.sheet,
            only_good=args.only_good,
            dry_run=args.dry_run,
            create_organizations=not args.no_new_organizations,
        )
    except ImportRejected as exc:
        print(f"scipop: error: nothing was imported: {exc.bad_rows} bad row(s)", file=sys.stderr)
        for line in exc.lines:
            print(mask_phones(" ".join(line.split())), file=sys.stderr)
        return EXIT_REJECTED
    for error in summary.errors:
        print(f"skipped: {mask_phones(' '.join(error.message.split()))}", file=sys.stderr)
    verb = "would import" if summary.dry_run else "imported"
    orgs = summary.new_organizations
    print(
        f"{verb} {summary.volunteers} volunteer(s)"
        + (f"; {'would create' if summary.dry_run else 'created'} {len(orgs)} organization(s): "
           + ", ".join(orgs) if orgs else "")
        + (f"; skipped {len(summary.skipped_rows)} bad row(s)" if summary.skipped_rows else "")
    )  # fmt: skip
    return 0
