"""Unexpected exceptions in the window: logged with their traceback, shown in one dialog.

:class:`CrashReporter` takes over ``sys.excepthook`` (which PySide6 also calls for exceptions
raised in slots and event handlers) and ``threading.excepthook`` (worker threads). From any
thread, a report crosses to the GUI thread by a queued signal; worker code never touches a
widget. While the dialog is open, further errors are added to it rather than stacked.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from scipop.logsetup import current_log_path
from scipop.redact import redact
from ui.dialogs.crash_dialog import CrashDialog

log = logging.getLogger("scipop.desk")


class CrashReporter(QObject):
    """Create it in the GUI thread, :meth:`install` it; :meth:`uninstall` on the way out."""

    reported = Signal(str)  # a redacted traceback, on its way to the GUI thread

    def __init__(self, window: QWidget | None = None):
        super().__init__()
        self.main_window = window
        self.dialog: CrashDialog | None = None
        self._previous: tuple | None = None
        self.reported.connect(self.show_report)

    # ---- hooks
    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._previous is None:
            return
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous[0]
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous[1]
        self._previous = None

    def excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.report(exc_type, exc, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        self.report(args.exc_type, args.exc_value, args.exc_traceback, f" in thread {name}")

    def report(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
        where: str = "",
    ) -> None:
        """Log the exception and send it to the dialog; callable from any thread."""
        try:
            log.error("unexpected error%s", where, exc_info=(exc_type, exc, tb))
            text = redact("".join(traceback.format_exception(exc_type, exc, tb)))
            if sys.stderr is not None:  # none in the windowed Windows program
                print(text, file=sys.stderr, flush=True)
            self.reported.emit(text)
        except Exception:  # reporting must never raise from inside a hook
            sys.__excepthook__(exc_type, exc, tb)  # type: ignore[arg-type]

    # ---- the dialog (GUI thread)
    @Slot(str)
    def show_report(self, text: str) -> None:
        if QApplication.instance() is None:
            return
        if self.dialog is not None:
            self.dialog.add(text)
            self.dialog.raise_()
            return
        window = self.main_window
        parent = window if window is not None and window.isVisible() else None
        self.dialog = CrashDialog(text, current_log_path(), parent)
        self.dialog.finished.connect(self._closed)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    @Slot()
    def _closed(self) -> None:
        self.dialog = None
