"""Render the Dashboard and Reports pages (and the survey-category editor) to PNG files.

    QT_QPA_PLATFORM=offscreen python tools/report_screenshots.py --db demo.sqlite3 --lang zh_CN

The pages read in the pool; this waits for their figures before grabbing the window.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    parser.add_argument("--out", default="/tmp/scipop-shots")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--readme", action="store_true", help="also into resources/screenshots")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from scipop.app import Services
    from scipop.store.uow import Store
    from ui.context import AppContext
    from ui.i18n import install_translators
    from ui.main_window import MainWindow
    from ui.reports.mapping_dialog import MappingDialog
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
    short = args.lang.split("_")[0]
    for key, ready in (
        ("dashboard", lambda p: p.data is not None),
        ("reports", lambda p: p.figures.rowCount() > 0),
    ):
        page = window.show_page(key)
        wait(app, lambda p=page, r=ready: r(p))
        wait(app, lambda: False, 0.3)
        path = out / f"page_{key}_{args.lang}.png"
        window.grab().save(str(path))
        print(path)
        if args.readme:
            target = ROOT / "resources" / "screenshots" / f"{key}_{short}.png"
            window.grab().save(str(target))
            print(target)
    dialog = MappingDialog(ctx, window)
    dialog.show()
    wait(app, lambda: False, 0.3)
    path = out / f"dialog_survey_categories_{args.lang}.png"
    dialog.grab().save(str(path))
    print(path)
    return 0


def wait(app, done, seconds: float = 10.0) -> None:
    from PySide6.QtCore import QEventLoop

    end = time.monotonic() + seconds
    while time.monotonic() < end and not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)


if __name__ == "__main__":
    raise SystemExit(main())
