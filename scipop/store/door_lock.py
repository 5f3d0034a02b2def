"""A queue for the short writes many processes race to make on one SQLite file (scans).

SQLite's busy handler makes a waiting writer sleep (1, 2, 5 … up to 100 ms) and retry, so
with several stations the write lock often sits idle while they sleep. On POSIX the
stations queue instead on an advisory lock of a small side file (``<database>-door.lock``,
never one of SQLite's own files), polled every 0.05-0.5 ms for up to ``SPIN_S`` and then
waited for. Polling, not waiting in the kernel's queue, is what keeps the lock busy on a
loaded PC: a waiter the kernel wakes must first be given a processor, and with more ready
processes than cores that took several milliseconds while the lock sat idle (4 stations on
2 busy cores: 130 check-ins/s waiting, 210-300/s polling; benchmarks/bench_station.py).
Elsewhere (Windows) SQLite's own waiting is used, polled closely (engine.py).
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

SPIN_S = 0.02  # polled this long (0.05-0.5 ms apart), then waited for


class DoorLock:
    def __init__(self, database_file: str):
        self.path = database_file + "-door.lock"
        self._thread_lock = threading.Lock()  # flock is per process: threads queue here
        self._fd: int | None = None

    def acquire(self) -> None:
        self._thread_lock.acquire()
        try:
            import fcntl

            if self._fd is None:
                self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            self._take(fcntl)
        except BaseException:
            self._thread_lock.release()
            raise

    def _take(self, fcntl) -> None:
        """The lock, polled for ``SPIN_S`` (whichever door is running takes it as soon as it
        is free: none waits for a sleeping one to be scheduled), then waited for."""
        deadline = time.monotonic() + SPIN_S
        pause = 0.00005
        while True:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() > deadline:
                    fcntl.flock(self._fd, fcntl.LOCK_EX)
                    return
            time.sleep(pause * (0.5 + random.random()))
            pause = min(0.0005, pause * 1.5)

    def release(self) -> None:
        try:
            import fcntl

            if self._fd is not None:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            self._thread_lock.release()

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


class DoorConnection:
    """The sqlite3 connection a store's door admissions read and write on.

    Taken out of the engine's pool once (the engine's connect-time settings applied: WAL,
    ``synchronous``, foreign keys) and kept: a scan pays no pool checkout and no reset on
    return. Its busy timeout is 0: the doors queue on the :class:`DoorLock` and BEGIN
    IMMEDIATE is polled (engine.begin_polling), so no scan ever sleeps in SQLite's busy
    handler. Autocommit: a read is its own short transaction. One thread at a time.
    """

    def __init__(self, engine: Any):
        self.engine = engine
        self._lock = threading.Lock()
        self._pooled: Any = None
        self._driver: Any = None

    @contextmanager
    def use(self) -> Iterator[Any]:
        """The sqlite3 connection, this thread's alone until the block ends."""
        with self._lock:
            if self._pooled is None:
                pooled = self.engine.raw_connection()
                driver = pooled.driver_connection
                pooled.detach()  # the pool forgets it: it is closed by close(), not returned
                driver.execute("PRAGMA busy_timeout=0")
                self._pooled, self._driver = pooled, driver
            yield self._driver

    def close(self) -> None:
        with self._lock:
            if self._pooled is not None:
                self._pooled.close()
                self._pooled = self._driver = None


def door_lock_for(database_file: str | None) -> DoorLock | None:
    """A DoorLock for a SQLite file on POSIX; None elsewhere (servers queue by themselves)."""
    if database_file is None or os.name != "posix":
        return None
    return DoorLock(database_file)
