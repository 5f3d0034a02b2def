"""Starting the GUI: arguments, translations, fonts, the main window, then the store (once).

The main window paints first; the database is opened right after, in a worker (importing
SQLAlchemy and checking the schema take longer than drawing the window), and handed to
the window. A database that cannot be opened is explained in a dialog, not a traceback.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence

from scipop import __version__

SMOKE_OK = "SMOKE-OK painted"
SMOKE_TIMEOUT_MS = 60_000
EXIT_NO_DATABASE = 2
AUTO_BACKUP_DELAY_MS = 5_000  # the day's automatic backup, once the first page has loaded


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scipop-desk", description="SciPop Desk: the desktop program for event staff."
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="SQLite file path or SQLAlchemy URL (default: $SCIPOP_DB, else the user data dir)",
    )
    parser.add_argument(
        "--lang", choices=["zh_CN", "en"], help="language for this run (default: as chosen)"
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the main window, print 'SMOKE-OK painted' once it is painted, open the "
        "database, and quit",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = build_parser().parse_known_args(sys.argv[1:] if argv is None else argv)
    if args.version:
        print(f"SciPop Desk {__version__}", flush=True)
        return 0
    return run(args, qt_args)


def run(args: argparse.Namespace, qt_args: list[str]) -> int:
    from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_translators, normalize, system_language
    from ui.main_window import MainWindow
    from ui.resources import icon
    from ui.settings import APPLICATION, ORGANIZATION, Settings
    from ui.startup import StoreOpener
    from ui.style import apply_style

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationDisplayName("SciPop Desk")
    app.setWindowIcon(icon("app"))
    settings = Settings(_throwaway_settings()) if args.smoke else Settings()
    language = normalize(args.lang) or normalize(settings.language) or system_language()
    translators = install_translators(app, language)  # noqa: F841 - kept alive with the app
    apply_style(app, language)
    if not args.smoke:
        install_excepthook()

    window = MainWindow(settings=settings, remember=not args.smoke)
    pool = QThreadPool.globalInstance()
    opener = StoreOpener(args.db, pool, window, check=not args.smoke)
    state: dict = {"store": None, "code": 0}

    def opened(store) -> None:
        from scipop.services import Services
        from ui.context import AppContext

        state["store"] = store
        window.attach(AppContext(Services(store), settings, pool))
        if args.smoke:
            QTimer.singleShot(0, app.quit)
        else:
            QTimer.singleShot(0, window.offer_demo_if_empty)
            QTimer.singleShot(AUTO_BACKUP_DELAY_MS, window.backups.start_daily_backup)

    def failed(where: str, detail: str) -> None:
        state["code"] = EXIT_NO_DATABASE
        if args.smoke:
            print(f"scipop-desk: cannot open the database {where}: {detail}", file=sys.stderr)
        else:
            database_dialog(window, where, detail)
        window.remember = False
        window.close()
        app.exit(EXIT_NO_DATABASE)

    def painted() -> None:
        if args.smoke:
            print(SMOKE_OK, flush=True)
        opener.start()

    opener.opened.connect(opened)
    opener.failed.connect(failed)
    if not args.smoke:
        opener.damaged.connect(window.backups.database_damaged)
    window.painted.connect(painted)
    window.restart_requested.connect(lambda: _restart(app, window))
    if args.smoke:
        QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: _smoke_failed(app))
    window.show()
    try:
        code = app.exec()
    finally:
        pool.waitForDone()
        if state["store"] is not None:
            state["store"].dispose()
    return state["code"] or code


def _throwaway_settings():
    """Smoke runs start from the defaults and leave the user's preferences alone."""
    import os

    from PySide6.QtCore import QSettings

    return QSettings(os.devnull, QSettings.Format.IniFormat)


def database_dialog(parent, where: str, detail: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, "SciPop Desk", "", parent=parent)
    box.setText(
        QCoreApplication.translate("App", "The database cannot be opened:\n%1").replace("%1", where)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "App",
            "Check that the file or server exists, that you may write to it, and that no other "
            "program holds it. Start with --db to use another database.",
        )
    )
    box.setDetailedText(detail)
    box.exec()


def _smoke_failed(app) -> None:
    print("SMOKE-FAIL the main window was not ready in time", file=sys.stderr, flush=True)
    app.exit(1)


def _restart(app, window) -> None:
    from ui.dialogs.language import restart

    if restart():
        window.close()
        app.quit()


def install_excepthook() -> None:
    """An unexpected error is shown in a dialog (and printed), not silently lost."""

    def hook(exc_type, exc, tb) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        print(text, file=sys.stderr)
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is None:
            return
        box = QMessageBox(QMessageBox.Icon.Critical, "SciPop Desk", "")
        box.setText(
            QCoreApplication.translate(
                "App",
                "Something went wrong. Your saved data is safe; the last action may not "
                "have been completed.",
            )
        )
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook


if __name__ == "__main__":
    raise SystemExit(main())
