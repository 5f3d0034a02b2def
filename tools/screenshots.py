"""Render the main window's pages and dialogs to PNG files, to look at them as a person would.

    python tools/screenshots.py --db demo.sqlite3 --lang zh_CN --out /tmp/shots

Run it offscreen (QT_QPA_PLATFORM=offscreen) or under Xvfb; load the demo data first
(``python -m scipop --db demo.sqlite3 demo``). ``--readme`` also writes the Events page
to ``resources/screenshots/main_window_<lang>.png`` and the Calendar's day view of ``--day``
(YYYY-MM-DD, e.g. 2026-12-01 for the demo season; default today) to
``resources/screenshots/calendar_<lang>.png``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.shots import arguments, open_main_window, readme_shot, save, settle


def main() -> int:
    parser = arguments(__doc__.splitlines()[0], size="1280x760")
    parser.add_argument("--day", default="", help="the Calendar's day (default: today)")
    args = parser.parse_args()
    from datetime import date

    from ui.main_window import PAGES

    app, ctx, window, out = open_main_window(args)

    for spec in PAGES:
        window.show_page(spec.key)
        settle(app)
        save(window, out / f"page_{spec.key}_{args.lang}.png")
        if spec.key == "events" and args.readme:
            save(window, readme_shot("main_window", args.lang))
        if spec.key == "calendar" and args.readme:
            page = window.pages["calendar"]
            page.go_to(date.fromisoformat(args.day) if args.day else date.today(), week=False)
            settle(app)
            save(window, readme_shot("calendar", args.lang))

    for name, dialog in dialogs(window, ctx):
        dialog.show()
        settle(app)
        save(dialog, out / f"dialog_{name}_{args.lang}.png")
        dialog.close()
    return 0


def _saved(dialog) -> None:
    """Wait for a dialog's save (in a worker) to come back with its errors."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    while dialog.saving:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def dialogs(window, ctx):
    """Each dialog filled from the demo data, and one showing validation errors."""
    from scipop.services.venues import RoomData
    from ui.dialogs.closed_days_dialog import ClosedDaysDialog
    from ui.dialogs.event_dialog import EventDialog, read_event_choices
    from ui.dialogs.organization_dialog import OrganizationDialog, ProgramDialog
    from ui.dialogs.pickers import read_schedule_choices
    from ui.dialogs.session_dialog import SessionDialog
    from ui.dialogs.venue_dialog import RoomDialog, VenueDialog

    s = ctx.services
    events = s.events.list()
    options = read_event_choices(s)
    if events:
        yield "event", EventDialog(ctx, events[0], window, options=options)
    bad = EventDialog(ctx, None, window, options=options)
    if events:
        bad.title_edit.setText(events[0].title)
    bad.submit()
    _saved(bad)
    yield "event_errors", bad
    venues = s.venues.list()
    if venues:
        yield "venue", VenueDialog(ctx, venues[0], window)
    rooms = s.rooms.list()
    if rooms:
        yield "room", RoomDialog(ctx, rooms[0], window, venues=venues)
    room = RoomDialog(
        ctx, RoomData(venue_id=venues[0].id if venues else None), window, venues=venues
    )
    room.capacity_spin.setValue(0)
    room.submit()
    _saved(room)
    yield "room_errors", room
    orgs = s.organizations.list()
    if orgs:
        yield "organization", OrganizationDialog(ctx, orgs[0], window)
    programs = s.programs.list()
    if programs:
        yield "program", ProgramDialog(ctx, programs[0], window)
    if venues:
        yield "closed_days", ClosedDaysDialog(ctx, venues[0], window)
    choices = read_schedule_choices(s)  # on an empty database: what is missing
    yield "session", SessionDialog(ctx, choices=choices, parent=window)


if __name__ == "__main__":
    raise SystemExit(main())
