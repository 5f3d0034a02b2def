"""Render the check-in station at 1280×800 for an accepted, a duplicate and an invalid scan.

    python tools/station_screenshots.py --lang zh_CN --out /tmp/shots [--readme]

Builds a throw-away database with a show open now (tests/fixtures/station_world.py), scans
as a station would, and saves ``station_<verdict>_<lang>.png``. ``--readme`` also writes
``resources/screenshots/station_<lang>.png`` (the accepted scan). Run it offscreen
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
    for verdict, text in (("accepted", code), ("duplicate", code), ("invalid", "SP01-HELLO-WORLD")):
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
    window.close()
    store.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
