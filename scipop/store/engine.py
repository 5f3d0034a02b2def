"""Engine creation: where the database lives, and SQLite set up properly.

SQLite gets WAL, ``foreign_keys=ON`` on every connection, a busy timeout, and explicit
transaction control: pysqlite's legacy implicit BEGIN is switched off and SQLAlchemy's
``begin`` event emits ``BEGIN`` itself (``BEGIN IMMEDIATE`` for units of work that write
and race, see :class:`scipop.store.uow.UnitOfWork`).
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.pool import StaticPool

from scipop.errors import DatabaseUnavailable
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.redact import hide_passwords, hide_url_password

# where the database is lives in location.py (no SQLAlchemy); re-exported for the callers here
from scipop.store.location import APP_NAME as APP_NAME
from scipop.store.location import DB_FILENAME as DB_FILENAME
from scipop.store.location import default_db_path as default_db_path
from scipop.store.location import resolve_url as resolve_url

T = TypeVar("T")
BUSY_TIMEOUT_MS = 10_000
BEGIN_OPTION = "scipop_begin"
# Short writers that race (the door's scans) wait for the write lock by polling it every
# 0.1-1 ms instead of SQLite's busy handler, whose sleeps grow to 100 ms: with several
# stations the lock would otherwise sit idle while the waiters sleep (p99 of seconds).
SPIN_OPTION = "scipop_spin"
# Every commit reaches the disk before the person is told "done" (a check-in, a registration,
# an import): in WAL mode FULL syncs the WAL on each commit, NORMAL only at checkpoints, so a
# power cut could take back the last commits. benchmarks/bench_checkin.py measures the cost.
SYNCHRONOUS = "FULL"
AUTOCHECKPOINT_PAGES = 10_000  # about 40 MB of WAL; see store/checkpoint.py


BAD_URL = QT_TRANSLATE_NOOP(
    "errors",
    "'{url}' is not a database URL ({reason}); a PostgreSQL URL looks like "
    "postgresql+psycopg://user@server/database.",
)
NO_DRIVER = QT_TRANSLATE_NOOP(
    "errors",
    'The {backend} driver is not installed: run pip install -e ".[{extra}]" in the program\'s '
    "folder (the installer bundle already has it).",
)
NO_FOLDER = QT_TRANSLATE_NOOP(
    "errors",
    "Cannot create the folder '{folder}' for the database ({reason}); create it, or choose "
    "another database.",
)
# the pip extra that brings each backend's driver
EXTRAS = {"postgresql": "postgres"}
PASSWORD_FILE_ENV = "SCIPOP_DB_PASSWORD_FILE"


def parse_url(url: str) -> URL:
    """``url`` parsed; a DatabaseUnavailable naming it (password hidden) when it cannot be."""
    try:
        return make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise DatabaseUnavailable(
            BAD_URL, url=hide_url_password(url), reason=hide_passwords(str(exc))
        ) from None


def describe_url(url: str) -> str:
    """A human-readable name for the database, with any password hidden."""
    if url.partition("://")[2].count("@") > 1:  # an "@" in the password: not a URL at all
        return hide_url_password(url)
    try:
        u = make_url(url)
    except (ArgumentError, ValueError):
        return hide_url_password(url)
    if u.get_backend_name() == "sqlite":
        return u.database or ":memory:"
    return u.render_as_string(hide_password=True)


def create_store_engine(url: str, *, echo: bool = False, synchronous: str = SYNCHRONOUS) -> Engine:
    u = parse_url(url)
    if u.get_backend_name() != "sqlite":
        return _server_engine(u, echo=echo)
    memory = u.database in (None, "", ":memory:")
    if not memory:
        folder = Path(u.database).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnavailable(
                NO_FOLDER, folder=str(folder), reason=exc.strerror or type(exc).__name__
            ) from None
    kwargs: dict = {"connect_args": {"timeout": BUSY_TIMEOUT_MS / 1000}}
    if memory:
        kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
    engine = create_engine(url, echo=echo, **kwargs)
    _configure_sqlite(engine, wal=not memory, synchronous=synchronous)
    return engine


def _server_engine(u: URL, *, echo: bool) -> Engine:
    """A database server's engine; the password may come from a file instead of the URL.

    Without a password in the URL, ``SCIPOP_DB_PASSWORD_FILE`` names a file whose first line
    is the password; else libpq reads ``PGPASSFILE`` or ``~/.pgpass``
    (``%APPDATA%\\postgresql\\pgpass.conf`` on Windows) by itself.
    """
    password_file = os.environ.get(PASSWORD_FILE_ENV)
    if u.password is None and password_file:
        try:
            lines = Path(password_file).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise DatabaseUnavailable(
                QT_TRANSLATE_NOOP("errors", "Cannot read the password file '{path}': {reason}."),
                path=password_file,
                reason=exc.strerror or type(exc).__name__,
            ) from None
        u = u.set(password=lines[0].strip() if lines else "")
    try:
        return create_engine(u, echo=echo, pool_pre_ping=True)
    except (ImportError, NoSuchModuleError) as exc:
        backend = u.get_backend_name()
        if backend not in EXTRAS:
            raise DatabaseUnavailable(
                QT_TRANSLATE_NOOP(
                    "errors", "The driver for '{driver}' is not installed ({reason})."
                ),
                driver=u.drivername,
                reason=str(exc),
            ) from None
        raise DatabaseUnavailable(NO_DRIVER, backend="PostgreSQL", extra=EXTRAS[backend]) from None


def _configure_sqlite(engine: Engine, *, wal: bool, synchronous: str) -> None:
    if synchronous not in ("FULL", "NORMAL", "EXTRA"):
        raise ValueError(f"synchronous={synchronous!r}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # take over pysqlite's legacy transaction handling
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if wal:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute(f"PRAGMA synchronous={synchronous}")
            # checkpoints run in the background (store/checkpoint.py); this is the backstop
            cur.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT_PAGES}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        options = conn.get_execution_options()
        mode = options.get(BEGIN_OPTION, "")
        if mode == "IMMEDIATE" and options.get(SPIN_OPTION):
            begin_spinning(conn.connection.dbapi_connection)
            return
        conn.exec_driver_sql(f"BEGIN {mode}".strip())


def begin_spinning(dbapi_conn) -> None:
    """BEGIN IMMEDIATE, polling the write lock (jittered, ≤ 1 ms apart) up to the busy timeout."""
    dbapi_conn.execute("PRAGMA busy_timeout=0")
    try:
        begin_polling(dbapi_conn)
    finally:
        dbapi_conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def begin_polling(dbapi_conn) -> None:
    """BEGIN IMMEDIATE on a connection whose busy timeout is 0, polled (see :func:`polling`)."""
    polling(lambda: dbapi_conn.execute("BEGIN IMMEDIATE"))


def polling(fn: Callable[[], T]) -> T:
    """``fn()`` on a connection whose busy timeout is 0, again while SQLite says it is busy
    (jittered, ≤ 1 ms apart) up to the busy timeout; "database is locked" after that."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.0001
    while True:
        try:
            return fn()
        except sqlite3.OperationalError as exc:
            text = str(exc).lower()
            if ("locked" not in text and "busy" not in text) or time.monotonic() > deadline:
                raise
        time.sleep(pause * (0.5 + random.random()))
        pause = min(0.001, pause * 1.5)
