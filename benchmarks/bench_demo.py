"""``scipop demo --attendees 100000``: load time, beside a raw sqlite3 ``executemany`` of the rows.

Ours is the wall time of the whole command in a fresh process (start, create and migrate the
database, the demo season, 100,000 generated attendees, commit). The anchor inserts the same
100,000 attendee rows, pre-built, with the sqlite3 module's ``executemany`` into a table with the
same columns and indexes, in one transaction: the floor for getting those rows onto the disk.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from harness import PYTHON, ROOT, Figure, median, subprocess_env

ATTENDEES = 100_000
TARGET_SECONDS = 10.0  # "100,000 must load in seconds, not minutes"

ANCHOR_SCHEMA = """
CREATE TABLE attendee (
    id INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    phone VARCHAR(40) NOT NULL,
    email VARCHAR(200) NOT NULL,
    organization VARCHAR(200) NOT NULL,
    category VARCHAR(7) NOT NULL,
    notes TEXT NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL
);
CREATE INDEX ix_attendee_name ON attendee (name);
CREATE INDEX ix_attendee_phone ON attendee (phone);
"""


def run_cli_demo(db: Path, attendees: int) -> float:
    """Seconds for ``python -m scipop --db DB demo --attendees N`` to finish successfully."""
    argv = [PYTHON, "-m", "scipop", "--db", str(db), "demo", "--attendees", str(attendees)]
    start = time.perf_counter()
    done = subprocess.run(
        argv, env=subprocess_env(), cwd=ROOT, capture_output=True, text=True, check=False
    )
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"scipop demo failed ({done.returncode}): {done.stderr[-2000:]}")
    return took


def raw_insert(db: Path, attendees: int) -> float:
    """Seconds for a bare sqlite3 ``executemany`` of the same rows (WAL, one transaction)."""
    from scipop.demo.people import attendee_rows

    stamp = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    keys = ("name", "phone", "email", "organization", "category", "notes")
    rows = [(*(r[k] for k in keys), stamp, stamp) for r in attendee_rows(attendees, 1)]
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.executescript(ANCHOR_SCHEMA)
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO attendee (name, phone, email, organization, category, notes,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


def _fmt(samples: list[float]) -> str:
    return ", ".join(f"{x:.2f}" for x in samples)


def main(quick: bool = False) -> list[Figure]:
    repeat = 1 if quick else 3
    ours: list[float] = []
    anchor: list[float] = []
    with tempfile.TemporaryDirectory(prefix="scipop-bench-demo-") as tmp:
        for i in range(repeat):
            ours.append(run_cli_demo(Path(tmp) / f"demo{i}.sqlite3", ATTENDEES))
            anchor.append(raw_insert(Path(tmp) / f"raw{i}.sqlite3", ATTENDEES))
    took = median(ours)
    print(f"   scipop demo runs (s): {_fmt(ours)}; raw executemany (s): {_fmt(anchor)}")
    return [
        Figure(
            name=f"demo --attendees {ATTENDEES:,}",
            ours=took,
            unit="s",
            anchor=median(anchor),
            anchor_label=f"sqlite3 executemany of {ATTENDEES:,} rows",
            target=f"<= {TARGET_SECONDS:g} s",
            passed=took <= TARGET_SECONDS,
        )
    ]


if __name__ == "__main__":
    for fig in main(quick="--quick" in sys.argv):
        print(fig)
