"""Render the main window's pages and dialogs to PNG files, to look at them as a person would.

    python tools/screenshots.py --db demo.sqlite3 --lang zh_CN --out /tmp/shots

Run it offscreen (QT_QPA_PLATFORM=offscreen) or under Xvfb; load the demo data first
(``python -m scipop --db demo.sqlite3 demo``). ``--readme`` also writes the Events page
to ``resources/screenshots/main_window_<lang>.png``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    parser.add_argument("--out", default="/tmp/scipop-shots")
    parser.add_argument("--size", default="1280x760")
    parser.add_argument("--readme", action="store_true")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from scipop.app import Services
    from scipop.store.uow import Store
    from ui.context import AppContext
    from ui.i18n import install_translators
    from ui.main_window import PAGES, MainWindow
    from ui.settings import Settings
    from ui.style import apply_style

    app = QApplication(sys.argv[:1])
    translators = install_translators(app, args.lang)  # noqa: F841
    apply_style(app, args.lang)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    ini = Path(tempfile.mkdtemp()) / "settings.ini"
    settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    ctx = AppContext(Services(Store.open(args.db)), settings)
    window = MainWindow(ctx, remember=False)
    width, height = (int(x) for x in args.size.split("x"))
    window.resize(width, height)
    window.show()
    settle(app)

    for spec in PAGES:
        window.show_page(spec.key)
        settle(app)
        path = out / f"page_{spec.key}_{args.lang}.png"
        window.grab().save(str(path))
        print(path)
        if spec.key == "events" and args.readme:
            short = args.lang.split("_")[0]
            target = ROOT / "resources" / "screenshots" / f"main_window_{short}.png"
            window.grab().save(str(target))
            print(target)

    for name, dialog in dialogs(window, ctx):
        dialog.show()
        settle(app)
        path = out / f"dialog_{name}_{args.lang}.png"
        dialog.grab().save(str(path))
        print(path)
        dialog.close()
    return 0


def settle(app) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    for _ in range(5):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QCoreApplication.sendPostedEvents()
    from ui.operations.operation import operations_pending

    while operations_pending():  # reads and writes run off the GUI thread
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def _saved(dialog) -> None:
    """Wait for a dialog's save (in a worker) to come back with its errors."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    while dialog.saving:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def dialogs(window, ctx):
    """Each dialog filled from the demo data, and one showing validation errors."""
    from scipop.services.venues import RoomData
    from ui.dialogs.event_dialog import EventDialog
    from ui.dialogs.organization_dialog import OrganizationDialog, ProgramDialog
    from ui.dialogs.venue_dialog import RoomDialog, VenueDialog

    s = ctx.services
    events = s.events.list()
    if events:
        yield "event", EventDialog(ctx, events[0], window)
    bad = EventDialog(ctx, None, window)
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
        yield "room", RoomDialog(ctx, rooms[0], window)
    room = RoomDialog(ctx, RoomData(venue_id=venues[0].id if venues else None), window)
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


if __name__ == "__main__":
    raise SystemExit(main())
