"""Backups of the SQLite database, and putting one back.

A backup is made with SQLite's online backup API in one step: the copy is one consistent
snapshot even while other processes write (in WAL mode readers do not block writers). The
copy is switched to a self-contained rollback journal, checked with ``integrity_check``,
fsynced, and only then given its name, which carries the local time it was taken:

    scipop-2026-11-29-171500.sqlite3                 made by hand (never pruned)
    scipop-auto-2026-11-29-171500.sqlite3            the daily automatic one (pruned)
    scipop-before-restore-2026-11-29-171500.sqlite3  the database a restore replaced

A restore checks the backup, refuses while any other connection has the database open,
keeps the database it replaces as a backup, then copies the backup *into* the live file
with the same API under an exclusive lock: the files stay SQLite's, never replaced.

Nothing here opens the live database's files from Python (on POSIX that drops SQLite's
locks, see DESIGN.md); only the backup copies, which no connection holds, are fsynced.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from scipop.errors import BackupUnusable, DatabaseInUse, NotSupported, read_only_database
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.store.access import is_read_only_error, read_only_uri, sqlite_file, writable
from scipop.store.engine import default_db_path, resolve_url
from scipop.store.integrity import integrity_problems

MANUAL, AUTOMATIC, BEFORE_RESTORE = "", "auto", "before-restore"
KINDS = (MANUAL, AUTOMATIC, BEFORE_RESTORE)
SUFFIX = ".sqlite3"
STAMP = "%Y-%m-%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+?)-(?:(?P<kind>auto|before-restore)-)?"
    r"(?P<stamp>\d{4}-\d\d-\d\d-\d{6})(?:-\d+)?\.sqlite3$"
)
DEFAULT_KEEP_DAYS = 14


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # local time, from the name
    kind: str  # MANUAL, AUTOMATIC or BEFORE_RESTORE
    size: int

    @property
    def automatic(self) -> bool:
        return self.kind == AUTOMATIC


NOT_ON_POSTGRES = QT_TRANSLATE_NOOP(
    "errors",
    "Only SQLite files are backed up here; back up a PostgreSQL database with pg_dump and "
    "restore it with pg_restore.",
)


def database_path(db: str | None, refusal: str = NOT_ON_POSTGRES) -> Path:
    """The SQLite file named by --db/SCIPOP_DB; NotSupported (``refusal``) for PostgreSQL."""
    path = sqlite_file(resolve_url(db))
    if path is None:
        raise NotSupported(refusal)
    return path


def backup_folder(db_path: Path) -> Path:
    """``<user data dir>/backups``; a database elsewhere gets a folder of its own in there."""
    root = default_db_path().parent / "backups"
    if db_path.resolve() == default_db_path().resolve():
        return root
    digest = hashlib.sha1(str(db_path.resolve()).encode("utf-8")).hexdigest()[:8]
    return root / f"{db_path.stem}-{digest}"


def backup_name(db_path: Path, kind: str, when: datetime) -> str:
    middle = f"-{kind}" if kind else ""
    return f"{db_path.stem}{middle}-{when.strftime(STAMP)}{SUFFIX}"


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first (names and sizes only: nothing is opened)."""
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for entry in os.scandir(folder):
        m = _NAME.match(entry.name)
        if m is None or not entry.is_file():
            continue
        when = datetime.strptime(m["stamp"], STAMP)
        found.append(BackupInfo(Path(entry.path), when, m["kind"] or "", entry.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def take_backup(
    db_path: Path,
    out: Path | None = None,
    *,
    kind: str = MANUAL,
    now: datetime | None = None,
    verify: bool = True,
) -> BackupInfo:
    """Copy the live database at ``db_path`` to ``out`` (default: a new name in its folder)."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    when = now or datetime.now()
    out = _target(db_path, out, kind, when)
    source = _connect(db_path, read_only=not writable(db_path))
    try:
        return _copy(source, db_path, out, kind=kind, when=when, verify=verify)
    finally:
        source.close()


def _copy(
    source: sqlite3.Connection, db_path: Path, out: Path, *, kind: str, when: datetime, verify: bool
) -> BackupInfo:
    """Back ``source`` up into ``out``: written beside it, checked, fsynced, then renamed."""
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".part")
    _remove(partial)
    target = sqlite3.connect(partial)
    try:
        source.backup(target)  # one step: one consistent snapshot
        target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        problems = integrity_problems(target) if verify else []
    finally:
        target.close()
    if problems:
        _remove(partial)
        raise BackupUnusable(
            QT_TRANSLATE_NOOP("errors", "The copy of {db} is damaged: {problem}"),
            db=str(db_path),
            problem=problems[0],
        )
    _fsync(partial)
    os.replace(partial, out)
    _fsync_folder(out.parent)
    return BackupInfo(out, when, kind, out.stat().st_size)


def _target(db_path: Path, out: Path | None, kind: str, when: datetime) -> Path:
    if out is None:
        out = _free_name(backup_folder(db_path) / backup_name(db_path, kind, when))
    elif out.is_dir():
        out = _free_name(out / backup_name(db_path, kind, when))
    out = out.resolve()
    if out.parent == db_path.resolve().parent and out.name in _companions(db_path):
        raise ValueError("a backup cannot overwrite the database itself")
    return out


def daily_backup(
    db_path: Path, *, keep_days: int = DEFAULT_KEEP_DAYS, now: datetime | None = None
) -> BackupInfo | None:
    """The automatic backup of the day, unless there is one already; prunes old automatic ones."""
    now = now or datetime.now()
    folder = backup_folder(db_path)
    made = None
    if not any(b.automatic and b.taken_at.date() == now.date() for b in list_backups(folder)):
        made = take_backup(db_path, kind=AUTOMATIC, now=now)
    prune_automatic(folder, keep_days=keep_days, today=now.date())
    return made


def prune_automatic(folder: Path, *, keep_days: int, today: date) -> list[Path]:
    """Delete automatic backups older than ``keep_days`` days; backups made by hand stay."""
    oldest = today - timedelta(days=max(keep_days, 1) - 1)
    gone = []
    for b in list_backups(folder):
        if b.automatic and b.taken_at.date() < oldest:
            _remove(b.path)
            gone.append(b.path)
    return gone


def check_backup(path: Path) -> str:
    """The schema revision of a sound SciPop backup; BackupUnusable (saying why) otherwise."""
    from scipop.store.migrate import known_revisions

    if not path.is_file():
        raise BackupUnusable(
            QT_TRANSLATE_NOOP("errors", "There is no file {file}."), file=str(path)
        )
    try:
        conn = _connect(path, read_only=True)
        try:
            problems = integrity_problems(conn)
            has_version = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            revision = (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()
                if has_version
                else None
            )
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems:
        raise BackupUnusable(
            QT_TRANSLATE_NOOP("errors", "{file} is damaged or not a database: {problem}"),
            file=str(path),
            problem=problems[0],
        )
    if revision is None:
        raise BackupUnusable(
            QT_TRANSLATE_NOOP("errors", "{file} is not a SciPop Desk database."), file=str(path)
        )
    if revision[0] not in known_revisions():
        raise BackupUnusable(
            QT_TRANSLATE_NOOP(
                "errors",
                "{file} was made by a newer SciPop Desk (schema {revision}); update the program "
                "first.",
            ),
            file=str(path),
            revision=revision[0],
        )
    return revision[0]


def restore(db_path: Path, backup: Path, *, now: datetime | None = None) -> BackupInfo:
    """Put ``backup`` back into the live database; returns the backup of what it replaced.

    The caller must have closed its own connections to ``db_path`` first.
    """
    if backup.resolve() == db_path.resolve():
        raise ValueError("the backup is the database itself")
    if not writable(db_path):
        raise read_only_database(str(db_path))
    revision = check_backup(backup)
    when = now or datetime.now()
    target = _claim(db_path)
    try:
        out = _target(db_path, None, BEFORE_RESTORE, when)
        kept = _copy(target, db_path, out, kind=BEFORE_RESTORE, when=when, verify=False)
        source = _connect(backup, read_only=True)
        try:
            source.backup(target)
        finally:
            source.close()
        target.execute("PRAGMA journal_mode=WAL")
        problems = integrity_problems(target)
    finally:
        target.close()
    if problems:  # pragma: no cover - the backup was checked just before
        raise BackupUnusable(
            QT_TRANSLATE_NOOP("errors", "{file} is damaged or not a database: {problem}"),
            file=str(backup),
            problem=problems[0],
        )
    from scipop.store.migrate import HEAD_REVISION

    if revision != HEAD_REVISION:  # a backup from an older version: bring it up to date
        from scipop.store.uow import Store

        Store.open(str(db_path)).dispose()
    return kept


def in_use_by_others(db_path: Path) -> bool:
    """Does any other connection (in any process) have the database open?"""
    try:
        _claim(db_path).close()
    except DatabaseInUse:
        return True
    return False


def _claim(db_path: Path) -> sqlite3.Connection:
    """A connection holding the database exclusively; DatabaseInUse when another has it open.

    In WAL mode every connection that has read the database keeps a shared lock in the
    ``-shm`` file; ``locking_mode=EXCLUSIVE`` plus ``BEGIN EXCLUSIVE`` with no busy wait then
    fails at once (checked with a second process holding an idle connection).
    """
    conn = _connect(db_path, timeout=0)
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")  # the exclusive lock stays until the connection closes
    except sqlite3.OperationalError as exc:
        conn.close()
        if is_read_only_error(exc):
            raise read_only_database(str(db_path)) from exc
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseInUse(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Another program has {db} open; close every SciPop Desk window and "
                    "command that uses it, then try again.",
                ),
                db=str(db_path),
            ) from exc
        raise
    return conn


def open_for_reading(path: Path) -> sqlite3.Connection:
    """A connection that does not change ``path`` (``query_only``; read-only if it must be)."""
    conn = _connect(path, read_only=not writable(path))
    conn.execute("PRAGMA query_only=ON")
    return conn


def _connect(path: Path, *, timeout: float = 10, read_only: bool = False) -> sqlite3.Connection:
    """A connection to an existing database (``mode=rw`` never makes an empty one)."""
    uri = read_only_uri(path) if read_only else f"{path.resolve().as_uri()}?mode=rw"
    conn = sqlite3.connect(uri, uri=True, timeout=timeout)
    conn.isolation_level = None
    return conn


def _free_name(path: Path) -> Path:
    n = 1
    candidate = path
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _companions(db_path: Path) -> Iterable[str]:
    return (db_path.name + s for s in ("", "-wal", "-shm", "-journal"))


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR if os.name == "nt" else os.O_RDONLY)  # Windows flushes writers
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder; NTFS journals the rename
        return
    _fsync(folder)


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)
