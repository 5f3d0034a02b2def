"""WAL checkpoints in the background, not in the commit of whoever happens to be writing.

By default SQLite copies the WAL back into the database (a checkpoint, with its fsyncs under
``synchronous=FULL``) inside the commit that crosses 1,000 pages: one scan at the door in a
few hundred then waits for it (p99 8.6 ms beside 1.8 ms without; benchmarks/bench_checkin.py).
So each connection turns the automatic checkpoint off and one thread per process runs a
PASSIVE checkpoint (it never blocks readers or writers) for every open store whose WAL has
grown. When the last connection to a database closes, SQLite still checkpoints and removes
the WAL itself, so a short command that never waits for this thread leaves nothing behind.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scipop.store.uow import Store

INTERVAL_S = 1.0
THRESHOLD_BYTES = 1 << 20  # checkpoint once the WAL holds about 250 pages of 4 KiB

log = logging.getLogger(__name__)
_stores: weakref.WeakSet[Store] = weakref.WeakSet()
_lock = threading.Lock()
_thread: threading.Thread | None = None


def watch(store: Store) -> None:
    """Checkpoint ``store``'s WAL in the background while the store is open."""
    global _thread
    with _lock:
        _stores.add(store)
        if _thread is None or not _thread.is_alive():
            _thread = threading.Thread(target=_run, name="scipop-checkpoint", daemon=True)
            _thread.start()


def checkpoint_if_grown(store: Store, threshold: int = THRESHOLD_BYTES) -> bool:
    """A PASSIVE checkpoint when the WAL is past ``threshold`` bytes; True when one ran."""
    path = store.database_file
    if path is None or store.read_only:
        return False
    try:
        size = os.stat(path + "-wal").st_size  # stat, never open: the locks stay SQLite's
    except OSError:
        return False
    if size < threshold:
        return False
    raw = store.engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    finally:
        raw.close()
    return True


def _run() -> None:
    """For the life of the process (a daemon thread): each second, each open store."""
    while True:
        time.sleep(INTERVAL_S)
        with _lock:
            stores = list(_stores)
        for store in stores:
            try:
                checkpoint_if_grown(store)
            except Exception as exc:  # a busy or closed database: the next round tries again
                log.debug("checkpoint of %s skipped: %s", store.database_file, exc)
        del stores  # no strong reference kept while sleeping: closed stores can go
