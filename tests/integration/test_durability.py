"""A committed write survives the process being killed at any moment (kill -9, 20 trials).

Each trial forks a writer that records every row after its commit returned, kills it with
SIGKILL at a random moment, then opens the database: every acknowledged row is there and
``PRAGMA integrity_check`` is ok. (A kill leaves the OS's caches intact; surviving a power
cut is what ``synchronous=FULL`` adds, checked by the pragma test below.)
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scipop.app import Services
from scipop.store.backup import take_backup
from scipop.store.uow import Store

ROOT = Path(__file__).resolve().parents[2]
WRITER = ROOT / "tests" / "fixtures" / "ack_writer.py"
TRIALS = 20

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="forks writers (POSIX)")


def _acknowledged(ack_file: Path) -> list[str]:
    if not ack_file.exists():
        return []
    return ack_file.read_text(encoding="utf-8").splitlines()


def _contents(database: Path) -> tuple[set[str], str]:
    conn = sqlite3.connect(database)
    try:
        present = {r[0] for r in conn.execute("SELECT name FROM organization")}
        return present, conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_every_acknowledged_write_survives_kill_9_at_a_random_moment(tmp_path: Path) -> None:
    rnd = random.Random(20261129)
    template = tmp_path / "template.sqlite3"
    Store.open(str(template)).dispose()  # created and migrated once, copied for each trial
    writers = subprocess.Popen(
        [sys.executable, str(WRITER)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert writers.stdin is not None and writers.stdout is not None
    checked = 0
    try:
        for trial in range(TRIALS):
            database = tmp_path / f"数据 {trial}.sqlite3"
            take_backup(template, database, verify=False)
            ack_file = tmp_path / f"acks {trial}.txt"
            writers.stdin.write(f"sqlite:///{database}\t{ack_file}\n")
            writers.stdin.flush()
            pid = int(writers.stdout.readline().split()[1])
            deadline = time.monotonic() + 30
            while not _acknowledged(ack_file):
                assert time.monotonic() < deadline, "the writer did not start writing"
                time.sleep(0.002)
            time.sleep(rnd.uniform(0.0, 0.12))
            os.kill(pid, signal.SIGKILL)
            time.sleep(0.02)  # the kill takes effect before the files are read
            acknowledged = _acknowledged(ack_file)
            present, integrity = _contents(database)
            assert integrity == "ok", f"trial {trial}"
            assert [n for n in acknowledged if n not in present] == [], f"trial {trial}"
            checked += len(acknowledged)
    finally:
        writers.stdin.close()
        writers.wait(timeout=30)
    assert checked >= TRIALS


def test_every_connection_syncs_each_commit(store: Store) -> None:
    """synchronous=FULL (2) on every connection: a commit is on the disk when it returns."""
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_the_wal_is_checkpointed_in_the_background_not_in_a_commit(store: Store) -> None:
    """A commit never stops to copy a grown WAL back: a background thread does it."""
    from scipop.services.organizations import OrganizationData
    from scipop.store import checkpoint
    from scipop.store.engine import AUTOCHECKPOINT_PAGES

    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == AUTOCHECKPOINT_PAGES
    services = Services(store)
    for i in range(40):
        services.organizations.create(OrganizationData(name=f"学会 {i}", notes="x" * 4000))
    wal = Path(store.database_file + "-wal")
    assert wal.stat().st_size > 0
    assert not checkpoint.checkpoint_if_grown(store, threshold=1 << 40)  # not grown that far
    assert checkpoint.checkpoint_if_grown(store, threshold=1)
    with store.engine.connect() as conn:
        busy, frames, copied = conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one()
    assert (busy, frames - copied) == (0, 0)  # everything is back in the database file
    assert store in checkpoint._stores
