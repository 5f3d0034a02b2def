"""Render the check-in station at 1280×800 (accepted, duplicate, invalid, exit, a second exit).

    python tools/station_screenshots.py --lang zh_CN --out /tmp/shots [--readme]

Builds a throw-away database with a show open now (tests/fixtures/station_world.py), scans
as a station would, and saves ``station_<verdict>_<lang>.png``, then the walk-in dialog
(``walk_in_<lang>.png``, its session list ``walk_in_sessions_<lang>.png``). ``--readme``
also writes ``resources/screenshots/station_<lang>.png`` (the accepted scan). Run it offscreen
(QT_QPA_PLATFORM=offscreen) with a CJK font installed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tools.shots import arguments, readme_shot, scratch_settings, start_app, wait


def main() -> int:
    args = arguments(__doc__.splitlines()[0], db=False).parse_args()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from scipop.app import Services
    from scipop.store.uow import Store
    from tests.fixtures.station_world import build_door
    from ui.context import AppContext
    from ui.station.window import StationSetup, StationWindow

    app = start_app(args.lang)
    scratch = Path(tempfile.mkdtemp())
    store = Store.open(str(scratch / "door.sqlite3"), actor="志愿者")
    world = build_door(store)
    services = Services(store)
    ctx = AppContext(services, scratch_settings(scratch))
    services.station.scan(world.tickets["group"].code, world.now_show, station="西门", count=32)
    door = "东门" if args.lang == "zh_CN" else "East door"
    window = StationWindow(ctx, StationSetup(door, world.now_show))
    window.sounds.enabled = False
    window.resize(*(int(x) for x in args.size.split("x")))
    window.show()
    wait(app, seconds=1.5)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    short = args.lang.split("_")[0]
    code = world.tickets["张伟"].code
    shots = (
        ("accepted", code, False),
        ("duplicate", code, False),
        ("invalid", "SP01-HELLO-WORLD", False),
        ("exit", code, True),
        ("already_left", code, True),
    )
    for verdict, text, exit_mode in shots:
        if exit_mode and window.mode.value != "exit":
            window.toggle_mode()
        shown = []
        window.verdict_shown.connect(shown.append)
        window.scan_field.forget_last()
        QTest.keyClicks(window.scan_field, text)
        QTest.keyClick(window.scan_field, Qt.Key.Key_Return)
        while not shown:
            app.processEvents()
        window.verdict_shown.disconnect(shown.append)
        wait(app, seconds=1.2)  # the feed and counters catch up
        image = window.grab()
        image.save(str(out / f"station_{verdict}_{short}.png"))
        if args.readme and verdict == "accepted":
            image.save(str(readme_shot("station", args.lang)))
    # the walk-in dialog, with a session whose Chinese title is long
    from sqlalchemy import update

    from scipop.models import Event
    from ui.dialogs.walk_in_dialog import WalkInDialog

    with store.uow(write=True) as uow:
        uow.session.execute(
            update(Event).values(
                title="数字球幕秀：蓝色星球——从太空看地球的气候、海洋与生命（青少年专场）",
                title_en="Sphere show: Blue Planet — the Earth's climate, oceans and life "
                "seen from space (young people's session)",
            )
        )
        uow.commit()
    dialog = WalkInDialog(ctx, window, session_id=world.now_show, station=door)
    dialog.show()
    wait(app, seconds=1.0)
    dialog.grab().save(str(out / f"walk_in_{short}.png"))
    dialog.session_combo.showPopup()
    wait(app, seconds=0.5)
    popup = dialog.session_combo.view().window()
    popup.grab().save(str(out / f"walk_in_sessions_{short}.png"))
    dialog.session_combo.hidePopup()
    dialog.close()
    window.close()
    store.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
