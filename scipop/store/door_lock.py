"""A queue for the short writes many processes race to make on one SQLite file (scans).

SQLite's busy handler makes a waiting writer sleep (1, 2, 5 … up to 100 ms) and retry, so
with several stations the write lock often sits idle while they sleep. On POSIX the
stations queue instead on an advisory lock of a small side file (``<database>-door.lock``,
never one of SQLite's own files): the kernel wakes the next waiter the moment the lock is
released. Elsewhere (Windows) SQLite's own waiting is used, polled closely (engine.py).
"""

from __future__ import annotations

import os
import threading


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
            fcntl.flock(self._fd, fcntl.LOCK_EX)
        except BaseException:
            self._thread_lock.release()
            raise

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


def door_lock_for(database_file: str | None) -> DoorLock | None:
    """A DoorLock for a SQLite file on POSIX; None elsewhere (servers queue by themselves)."""
    if database_file is None or os.name != "posix":
        return None
    return DoorLock(database_file)
