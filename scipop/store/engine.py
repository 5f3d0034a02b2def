"""Engine creation: where the database lives, and SQLite set up properly.

SQLite gets WAL, ``foreign_keys=ON`` on every connection, a busy timeout, and explicit
transaction control: pysqlite's legacy implicit BEGIN is switched off and SQLAlchemy's
``begin`` event emits ``BEGIN`` itself (``BEGIN IMMEDIATE`` for units of work that write
and race, see :class:`scipop.store.uow.UnitOfWork`).
"""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

# where the database is lives in location.py (no SQLAlchemy); re-exported for the callers here
from scipop.store.location import APP_NAME as APP_NAME
from scipop.store.location import DB_FILENAME as DB_FILENAME
from scipop.store.location import default_db_path as default_db_path
from scipop.store.location import resolve_url as resolve_url

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


def describe_url(url: str) -> str:
    """A human-readable name for the database, with any password hidden."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        return u.database or ":memory:"
    return u.render_as_string(hide_password=True)


def sqlite_file(engine: Engine) -> str | None:
    """The path of a file-based SQLite database, else None (in memory, or a server)."""
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if database in (None, "", ":memory:") or database.startswith("file:"):
        return None
    return str(Path(database).resolve())


def create_store_engine(url: str, *, echo: bool = False, synchronous: str = SYNCHRONOUS) -> Engine:
    u = make_url(url)
    if u.get_backend_name() != "sqlite":
        return create_engine(url, echo=echo, pool_pre_ping=True)
    memory = u.database in (None, "", ":memory:")
    if not memory:
        Path(u.database).parent.mkdir(parents=True, exist_ok=True)
    kwargs: dict = {"connect_args": {"timeout": BUSY_TIMEOUT_MS / 1000}}
    if memory:
        kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
    engine = create_engine(url, echo=echo, **kwargs)
    _configure_sqlite(engine, wal=not memory, synchronous=synchronous)
    return engine


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
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        options = conn.get_execution_options()
        mode = options.get(BEGIN_OPTION, "")
        if mode == "IMMEDIATE" and options.get(SPIN_OPTION):
            _begin_spinning(conn.connection.dbapi_connection)
            return
        conn.exec_driver_sql(f"BEGIN {mode}".strip())


def _begin_spinning(dbapi_conn) -> None:
    """BEGIN IMMEDIATE, polling the write lock (jittered, ≤ 1 ms apart) up to the busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.0001
    dbapi_conn.execute("PRAGMA busy_timeout=0")
    try:
        while True:
            try:
                dbapi_conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                text = str(exc).lower()
                if ("locked" not in text and "busy" not in text) or time.monotonic() > deadline:
                    raise
            time.sleep(pause * (0.5 + random.random()))
            pause = min(0.001, pause * 1.5)
    finally:
        dbapi_conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
