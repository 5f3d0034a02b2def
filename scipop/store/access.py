"""Read-only and missing SQLite databases.

A database file (or its folder) that this user may not write is opened with SQLite's
``mode=ro`` URI, so reading works and a write fails with SQLite's SQLITE_READONLY, which
:func:`translate_read_only_errors` turns into :class:`scipop.errors.ReadOnlyDatabase`.

Measured with SQLite 3.40 as an unprivileged user, for a WAL database:

- file read-only, folder writable: ``mode=ro`` reads (SQLite makes the ``-shm`` itself);
- folder read-only, ``-wal``/``-shm`` present: ``mode=ro`` reads, the WAL's pages included;
- folder read-only, no ``-wal``: ``mode=ro`` (and a plain open) fail with
  SQLITE_READONLY_DIRECTORY; only ``immutable=1`` reads. It is safe there because nothing can
  change the file in WAL mode without making a ``-wal`` beside it. ``immutable=1`` with a
  ``-wal`` present is wrong: it ignores the WAL (the newest commits).

Nothing here opens the database's files from Python: ``Path.exists`` and ``os.access`` only
ask the file system (an ``open()`` would drop SQLite's POSIX locks in this process).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from scipop.errors import read_only_database
from scipop.store.engine import _configure_sqlite, parse_url

SQLITE_READONLY = 8  # the primary result code of every SQLITE_READONLY_* extended code


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL; None for PostgreSQL and in-memory databases."""
    u = parse_url(url)  # a URL that is not one is said so, its password hidden
    if u.get_backend_name() != "sqlite" or u.database in (None, "", ":memory:"):
        return None
    if u.database.startswith("file:"):  # a URI filename: not one of ours, leave it alone
        return None
    return Path(u.database)


def writable(path: Path) -> bool:
    """May this process write the database file and create its -wal/-shm beside it?"""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def read_only_uri(path: Path) -> str:
    """The SQLite URI that reads ``path`` without writing (see the module's notes)."""
    uri = path.resolve().as_uri()  # percent-encodes Chinese names, spaces, '?' and '#'
    wal = Path(f"{path}-wal")
    if not os.access(path.parent, os.W_OK) and not wal.exists():
        return f"{uri}?immutable=1"
    return f"{uri}?mode=ro"


def create_read_only_engine(path: Path, *, busy_timeout_s: float = 10.0) -> Engine:
    """An engine that only reads ``path``; every connection is opened with :func:`read_only_uri`."""
    uri = read_only_uri(path)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=busy_timeout_s, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)
    _configure_sqlite(engine, wal=False, synchronous="FULL")  # nothing is written anyway
    return engine


def is_read_only_error(error: BaseException | None) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(error, sqlite3.Error) and code is not None and code & 0xFF == SQLITE_READONLY


def translate_read_only_errors(engine: Engine, where: str) -> None:
    """SQLite's "attempt to write a readonly database" becomes a ReadOnlyDatabase error."""

    @event.listens_for(engine, "handle_error")
    def _on_error(context) -> None:
        if is_read_only_error(context.original_exception):
            raise read_only_database(where) from context.original_exception
