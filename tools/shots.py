"""What the screenshot tools share: the Qt application in a language, the main window on a
database, waiting until the operations off the GUI thread have landed, saving a PNG."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def arguments(
    description: str, *, size: str = "1280x800", db: bool = True
) -> argparse.ArgumentParser:
    """``--db`` (when ``db``), ``--lang``, ``--out``, ``--size``, ``--readme``."""
    parser = argparse.ArgumentParser(description=description)
    if db:
        parser.add_argument("--db", required=True)
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    parser.add_argument("--out", default="/tmp/scipop-shots")
    parser.add_argument("--size", default=size)
    parser.add_argument("--readme", action="store_true", help="also into resources/screenshots")
    return parser


def start_app(lang: str):
    """A QApplication in ``lang`` with the program's translations and style."""
    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_translators
    from ui.style import apply_style

    app = QApplication(sys.argv[:1])
    app.translators = install_translators(app, lang)  # kept alive with the app
    apply_style(app, lang)
    return app


def scratch_settings(folder: Path | None = None):
    """Preferences in a throw-away INI file, so the user's own are left alone."""
    from PySide6.QtCore import QSettings

    from ui.settings import Settings

    ini = (folder or Path(tempfile.mkdtemp())) / "settings.ini"
    return Settings(QSettings(str(ini), QSettings.Format.IniFormat))


def open_main_window(args: argparse.Namespace):
    """(app, ctx, window, out folder): the main window on ``args.db``, shown at ``args.size``."""
    from scipop.app import Services
    from scipop.store.uow import Store
    from ui.context import AppContext
    from ui.main_window import MainWindow

    app = start_app(args.lang)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    ctx = AppContext(Services(Store.open(args.db)), scratch_settings())
    window = MainWindow(ctx, remember=False)
    width, height = (int(x) for x in args.size.split("x"))
    window.resize(width, height)
    window.show()
    settle(app)
    return app, ctx, window, out


def settle(app) -> None:
    """Let events run until every read and write started so far has landed."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from ui.operations.operation import operations_pending

    for _ in range(5):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QCoreApplication.sendPostedEvents()
    while operations_pending():  # reads and writes run off the GUI thread
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def wait(app, done=lambda: False, seconds: float = 10.0) -> None:
    """Run events until ``done()`` or ``seconds`` have passed."""
    from PySide6.QtCore import QEventLoop

    end = time.monotonic() + seconds
    while time.monotonic() < end and not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def save(widget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def readme_shot(name: str, lang: str) -> Path:
    """Where a README screenshot lives: resources/screenshots/<name>_<zh|en>.png."""
    return ROOT / "resources" / "screenshots" / f"{name}_{lang.split('_')[0]}.png"
