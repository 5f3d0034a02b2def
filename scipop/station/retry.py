"""A station never shows an error for a busy database: it waits, says so, and tries again.

SQLite answers "database is locked" when another process held the write lock past the busy
timeout; PostgreSQL may cancel a transaction for a deadlock or a serialization failure, or
lose its connection for a moment. Each is retried with a short, jittered back-off; the
caller is told (``on_wait``) so the screen can say "waiting for the database".
"""

from __future__ import annotations

import logging
import random
import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, OperationalError

T = TypeVar("T")
log = logging.getLogger("scipop.station")

_SQLITE_BUSY = ("database is locked", "database is busy", "database table is locked")
_PG_RETRY = {"40001", "40P01", "55P03", "57P01", "08006", "08003", "08001"}


def is_busy(exc: BaseException) -> bool:
    """True when ``exc`` means "try again" rather than "this request is wrong"."""
    if isinstance(exc, sqlite3.OperationalError):  # raised bare from the BEGIN we emit
        return any(marker in str(exc).lower() for marker in _SQLITE_BUSY)
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    text = str(exc.orig).lower()
    if any(marker in text for marker in _SQLITE_BUSY):
        return True
    code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    return code in _PG_RETRY or (
        isinstance(exc, OperationalError) and code is None and "server" in text
    )


def retrying(
    fn: Callable[[], T],
    *,
    on_wait: Callable[[int], None] | None = None,
    first_pause_s: float = 0.002,
    max_pause_s: float = 0.25,
) -> T:
    """``fn()``, again after each busy failure until it succeeds: a scan is never dropped."""
    pause = first_pause_s
    attempt = 0
    while True:
        try:
            return fn()
        except (DBAPIError, sqlite3.OperationalError) as exc:
            if not is_busy(exc):
                raise
            attempt += 1
            if attempt == 1:
                log.info("the database is busy; retrying: %s", getattr(exc, "orig", exc))
            if on_wait is not None:
                on_wait(attempt)
            time.sleep(pause * (0.5 + random.random()))
            pause = min(max_pause_s, pause * 2)
