"""Starting the GUI: arguments, translations, fonts, the main window, then the store (once).

The main window paints first; the database is opened right after, in a worker (importing
SQLAlchemy and checking the schema take longer than drawing the window), and handed to
the window. A database that cannot be opened is explained in a dialog, not a traceback.

Warnings and errors go to the log file (:mod:`scipop.logsetup`); an unexpected exception
shows the crash dialog (:mod:`ui.crash`). One window per database: a second start on the
same database brings the first to the front and exits 0 (:mod:`ui.single_instance`).
``--smoke`` runs skip both the guard and the crash dialog: a CI check must neither be
swallowed by a window the user has open nor wait on a dialog.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from scipop import __version__

SMOKE_OK = "SMOKE-OK painted"
SMOKE_TIMEOUT_MS = 60_000
EXIT_NO_DATABASE = 2
EXIT_NOT_ANSWERING = 1
AUTO_BACKUP_DELAY_MS = 5_000  # the day's automatic backup, once the first page has loaded

log = logging.getLogger("scipop.desk")


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

    from scipop.logsetup import setup_logging
    from ui.crash import CrashReporter
    from ui.i18n import install_translators, normalize, system_language
    from ui.main_window import MainWindow
    from ui.resources import icon
    from ui.settings import APPLICATION, ORGANIZATION, Settings
    from ui.startup import StoreOpener
    from ui.style import apply_style

    setup_logging()
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationDisplayName("SciPop Desk")
    app.setWindowIcon(icon("app"))
    instance, exit_code = (None, None) if args.smoke else claim_window(args.db)
    if exit_code is not None:
        return exit_code
    settings = Settings(_throwaway_settings()) if args.smoke else Settings()
    language = normalize(args.lang) or normalize(settings.language) or system_language()
    translators = install_translators(app, language)  # noqa: F841 - kept alive with the app
    apply_style(app, language)
    reporter = CrashReporter()
    if not args.smoke:
        reporter.install()

    window = MainWindow(settings=settings, remember=not args.smoke)
    reporter.main_window = window
    if instance is not None:
        from ui.single_instance import bring_to_front

        instance.activation_requested.connect(lambda: bring_to_front(window))
    pool = QThreadPool.globalInstance()
    opener = StoreOpener(args.db, pool, window, check=not args.smoke)
    state: dict = {"store": None, "code": 0}

    def opened(store) -> None:
        from scipop.app import Services
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
        log.error("cannot open the database %s: %s", where, detail)
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
    window.restart_requested.connect(lambda: _restart(app, window, instance))
    if args.smoke:
        QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: _smoke_failed(app))
    window.show()
    try:
        code = app.exec()
    finally:
        reporter.uninstall()
        if instance is not None:
            instance.release()
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
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, "SciPop Desk", "", parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
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


def _restart(app, window, instance) -> None:
    from ui.dialogs.language import restart

    if instance is not None:
        instance.release()  # the new window must not find this one and bring it forward
    if restart():
        window.close()
        app.quit()
    elif instance is not None:
        instance.listen()


def claim_window(db: str | None):
    """(the guard for ``db``, None) for a first start; (None, exit code) for a second one."""
    from ui.single_instance import (
        ALREADY_OPEN,
        NOT_ANSWERING,
        Claim,
        SingleInstance,
        guarded,
        server_name,
    )

    if not guarded(db):
        return None, None
    instance = SingleInstance(server_name(db))
    claim = instance.claim()
    if claim is Claim.ANSWERED:
        print(ALREADY_OPEN, flush=True)
        return None, 0
    if claim is Claim.NOT_ANSWERING:
        print(NOT_ANSWERING, file=sys.stderr, flush=True)
        return None, EXIT_NOT_ANSWERING
    return (instance if claim is Claim.FIRST else None), None


if __name__ == "__main__":
    raise SystemExit(main())
