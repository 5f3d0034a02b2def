"""Damaging a database file on purpose, the way a bad disk sector would."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

SCRIBBLE = """
import sys
with open(sys.argv[1], "r+b") as f:
    f.seek(int(sys.argv[2]))
    f.write(b"\\xff" * 64)
"""


def damage_an_index(path: Path, index: str = "ix_attendee_name") -> None:
    """Overwrite the head of an index's root page; the tables themselves stay readable.

    The bytes are written by another process: this one keeps its hands off database files
    (an open() here could drop SQLite's locks on them, see DESIGN.md).
    """
    conn = sqlite3.connect(path)  # the last connection: it checkpoints and removes the WAL
    try:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)
        ).fetchone()
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    finally:
        conn.close()
    assert not Path(f"{path}-wal").exists(), "another connection still has it open"
    subprocess.run(
        [sys.executable, "-c", SCRIBBLE, str(path), str((root - 1) * page_size)], check=True
    )
