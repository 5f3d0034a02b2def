"""SQLite's own checks of a database file: ``integrity_check``, ``quick_check``, foreign keys."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from sqlalchemy import Engine

from scipop.errors import NotSupported
from scipop.i18n import QT_TRANSLATE_NOOP

MAX_PROBLEMS = 20


def integrity_problems(conn: sqlite3.Connection, *, quick: bool = False) -> list[str]:
    """What ``PRAGMA integrity_check`` (or ``quick_check``) finds; empty when the file is ok."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = conn.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})").fetchall()
    except sqlite3.DatabaseError as exc:  # "database disk image is malformed"
        return [str(exc)]
    lines = [line for r in rows for line in str(r[0]).splitlines()]
    if lines == ["ok"]:
        return []
    return [line for line in lines if not line.startswith("*** in database")]


def foreign_key_problems(conn: sqlite3.Connection) -> list[str]:
    """One line per row that points at a parent row which does not exist."""
    try:
        rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [f"{table} row {rowid} → missing {parent}" for table, rowid, parent, _fk in rows]


@dataclass(frozen=True)
class CheckResult:
    integrity: list[str]
    foreign_keys: list[str]

    @property
    def ok(self) -> bool:
        return not self.integrity and not self.foreign_keys


NOT_ON_POSTGRES = QT_TRANSLATE_NOOP(
    "errors", "Only SQLite files are checked here; a PostgreSQL server checks its own data."
)


def check_file(conn: sqlite3.Connection) -> CheckResult:
    """Both checks on an open connection: integrity_check and foreign_key_check."""
    return CheckResult(integrity_problems(conn), foreign_key_problems(conn))


def check_store(engine: Engine, *, quick: bool = False) -> CheckResult:
    """Run the checks on a store's SQLite database (``quick``: quick_check, no foreign keys)."""
    if engine.dialect.name != "sqlite":
        raise NotSupported(NOT_ON_POSTGRES)
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        integrity = integrity_problems(conn, quick=quick)
        foreign = [] if quick else foreign_key_problems(conn)
    finally:
        raw.close()
    return CheckResult(integrity, foreign)
