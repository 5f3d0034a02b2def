"""The log file that the window and the ``scipop`` command share: warnings and errors only.

It lives in the platform's log folder (``SCIPOP_LOG_DIR`` moves it, the tests do), rotates at
1 MB keeping 5 old files, and never holds a password or a full phone number: the formatter
redacts the whole formatted record, message and traceback alike (:mod:`scipop.redact`).
"""

from __future__ import annotations

import logging
import os
import platform
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir

from scipop import __version__
from scipop.redact import redact
from scipop.store.location import APP_NAME

LOG_DIR_ENV = "SCIPOP_LOG_DIR"
LOG_FILENAME = "scipop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LEVEL = logging.WARNING
FORMAT = "%(asctime)s %(levelname)s [%(process)d] %(name)s: %(message)s"
HANDLER_NAME = "scipop-log-file"


def log_dir() -> Path:
    """``$SCIPOP_LOG_DIR``, else the user log folder (e.g. %LOCALAPPDATA%\\SciPopDesk\\Logs)."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(user_log_dir(APP_NAME, appauthor=False))


def log_path() -> Path:
    return log_dir() / LOG_FILENAME


def environment() -> str:
    """Version and platform, the first lines of a crash report."""
    return (
        f"SciPop Desk {__version__}\n"
        f"Python {platform.python_version()} ({platform.python_implementation()})\n"
        f"Platform: {platform.platform()}"
    )


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then hides passwords and masks phones in everything it wrote."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class LogFileHandler(RotatingFileHandler):
    """Rotating; tolerates a rollover that another SciPop process holds up (Windows)."""

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:  # the file is open elsewhere and cannot be renamed: keep appending
            if self.stream is None:
                self.stream = self._open()


def setup_logging() -> Path | None:
    """Send warnings and errors to the log file; returns its path, or None if it cannot be.

    Calling it again is harmless; it follows a changed ``SCIPOP_LOG_DIR``.
    """
    path = log_path()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == HANDLER_NAME:
            if handler.baseFilename == os.path.abspath(path):
                return path
            root.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = LogFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
    except OSError as exc:
        print(f"scipop: cannot write the log in {path.parent}: {exc}", file=sys.stderr)
        return None
    handler.set_name(HANDLER_NAME)
    handler.setLevel(LEVEL)
    handler.setFormatter(RedactingFormatter(FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > LEVEL:
        root.setLevel(LEVEL)
    return path


def current_log_path() -> Path | None:
    """The file the log goes to now, if :func:`setup_logging` succeeded."""
    for handler in logging.getLogger().handlers:
        if handler.get_name() == HANDLER_NAME:
            return Path(handler.baseFilename)
    return None
