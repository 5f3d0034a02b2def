"""Keeping the live database's files to SQLite alone.

On Linux and macOS SQLite's locks are POSIX ``fcntl`` locks, which belong to the process:
closing *any* descriptor of the database, its ``-wal`` or its ``-shm`` in the same process
silently drops them all (sqlite.org, "How To Corrupt An SQLite Database File", §2.2).
Another process may then take the database for unused and delete the live WAL, and every
write after that is lost. So:

- every open store registers its files here (:func:`register`);
- an audit hook refuses any Python-level ``open()`` of them (a copy for a backup, an import
  or an export pointed at them by mistake) with :class:`DatabaseFileRefused`;
- :func:`refuse_database_file` lets code that opens files outside Python (a Rust reader,
  Qt) check a path first;
- :func:`dropped_locks` tells whether the process still holds SQLite's lock on each
  ``-shm`` it has open (Linux, from ``/proc``): the tests' guard against C-level opens.

SQLite's own connections are safe: its unix VFS shares one inode record per file across
all connections of the process and defers closing descriptors while locks are held.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from scipop.errors import DomainError
from scipop.i18n import QT_TRANSLATE_NOOP

SUFFIXES = ("", "-wal", "-shm", "-journal")
PROC_LOCKS = Path("/proc/locks")


class DatabaseFileRefused(DomainError):
    """Refused: the path is one of the live database's own files."""


_lock = threading.Lock()
_live: dict[str, int] = {}  # normalised path of each live file -> how many stores hold it
_names: frozenset[str] = frozenset()  # their lower-cased base names, for a fast first test
_hook_installed = False


def _norm(path: str | os.PathLike[str]) -> str:
    return os.path.normcase(os.path.abspath(os.fspath(path)))


def database_files(database: str | os.PathLike[str]) -> list[str]:
    """The database file and the companions SQLite creates beside it."""
    base = _norm(database)
    return [base + suffix for suffix in SUFFIXES]


def register(database: str | os.PathLike[str]) -> None:
    """A store has opened ``database``: its files are SQLite's alone from now on."""
    global _names
    _install_hook()
    with _lock:
        for name in database_files(database):
            _live[name] = _live.get(name, 0) + 1
        _names = frozenset(os.path.basename(n).lower() for n in _live)


def unregister(database: str | os.PathLike[str]) -> None:
    """The store is closed (its engine disposed)."""
    global _names
    with _lock:
        for name in database_files(database):
            if _live.get(name, 0) > 1:
                _live[name] -= 1
            else:
                _live.pop(name, None)
        _names = frozenset(os.path.basename(n).lower() for n in _live)


def live_databases() -> list[str]:
    """The database files of the stores open in this process."""
    with _lock:
        return sorted(n for n in _live if not n.endswith(SUFFIXES[1:]))


def is_database_file(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is (or links to) a file of a database open in this process."""
    if not _names:
        return False
    try:
        text = os.fspath(path)
    except TypeError:
        return False
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    if os.path.basename(text).lower() not in _names:
        return _linked(text)
    return _norm(text) in _live or _linked(text)


def _linked(text: str) -> bool:
    """Another name for a live file (a symbolic or hard link): compared by stat, not open."""
    try:
        st = os.stat(text)
    except (OSError, ValueError):
        return False
    for name in list(_live):
        try:
            other = os.stat(name)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) == (other.st_dev, other.st_ino):
            return True
    return False


def refuse_database_file(path: str | os.PathLike[str]) -> None:
    """Raise :class:`DatabaseFileRefused` when ``path`` is one of the live database's files."""
    if is_database_file(path):
        raise DatabaseFileRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "'{name}' is the program's own database file, which only the program itself "
                "may open while it runs. Choose another file; use Backup to copy the database.",
            ),
            name=os.path.basename(os.fspath(path)),
        )


def _audit(event: str, args: tuple) -> None:
    if event != "open" or not _names:
        return
    path = args[0] if args else None
    if path is None or isinstance(path, int):
        return
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    if not isinstance(path, str):
        return
    # cheap first test: only a matching base name (or a link, checked by stat) goes on
    if os.path.basename(path).lower() in _names and _norm(path) in _live:
        refuse_database_file(path)


def _install_hook() -> None:
    global _hook_installed
    with _lock:
        if not _hook_installed:
            sys.addaudithook(_audit)
            _hook_installed = True


# ---- the tests' guard against opens that Python does not see (Qt, C libraries)
def _open_shm_inodes() -> dict[int, str]:
    """Inodes of the live ``-shm`` files this process has a descriptor on, by /proc/self/fd."""
    wanted = {n for n in _live if n.endswith("-shm")}
    found: dict[int, str] = {}
    fd_dir = Path("/proc/self/fd")
    try:
        entries = list(fd_dir.iterdir())
    except OSError:
        return found
    for entry in entries:
        try:
            target = os.readlink(entry)
        except OSError:
            continue
        if _norm(target) in wanted:
            try:
                found[entry.stat().st_ino] = target
            except OSError:
                continue
    return found


def dropped_locks() -> list[str]:
    """The live ``-shm`` files this process has open but holds no lock on (Linux only).

    While a connection uses a WAL database SQLite keeps a shared lock on byte 128 of the
    ``-shm`` file (the "dead man switch" that tells other processes it is in use). A
    descriptor without that lock means someone in this process opened and closed the file.
    """
    if not PROC_LOCKS.exists():
        return []
    with _lock:
        inodes = _open_shm_inodes()
    if not inodes:
        return []
    pid = str(os.getpid())
    locked: set[int] = set()
    for line in PROC_LOCKS.read_text().splitlines():
        parts = line.split()
        if len(parts) < 6 or parts[1] == "->" or parts[4] != pid:
            continue
        try:
            locked.add(int(parts[5].rsplit(":", 1)[1]))
        except (IndexError, ValueError):
            continue
    return sorted(path for inode, path in inodes.items() if inode not in locked)
