"""The door's waits on a busy SQLite: polled closely, never SQLite's sleeping busy handler."""

from __future__ import annotations

import sqlite3
import time

import pytest

from scipop.store import engine as engine_module
from scipop.store.engine import begin_polling, polling


def test_a_busy_database_is_asked_again_until_it_answers():
    calls = []

    def flaky():
        calls.append(time.monotonic())
        if len(calls) < 4:
            raise sqlite3.OperationalError("database is locked")
        return "row"

    assert polling(flaky) == "row"
    assert len(calls) == 4
    assert calls[-1] - calls[0] < 0.05  # polled (≤ 1 ms apart), not slept on


def test_other_errors_are_not_waited_on():
    calls = []

    def wrong():
        calls.append(1)
        raise sqlite3.OperationalError("no such table: ticket")

    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        polling(wrong)
    assert calls == [1]


def test_it_gives_up_after_the_busy_timeout(monkeypatch):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 30)

    def locked():
        raise sqlite3.OperationalError("database is locked")

    start = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        polling(locked)
    assert 0.03 <= time.monotonic() - start < 1


def test_begin_polling_takes_the_write_lock_once_another_writer_lets_go(tmp_path):
    path = tmp_path / "门.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("CREATE TABLE t (x)")
    door = sqlite3.connect(path, isolation_level=None, timeout=0)
    holder.execute("BEGIN IMMEDIATE")
    import threading

    threading.Timer(0.05, lambda: holder.execute("COMMIT")).start()
    start = time.monotonic()
    begin_polling(door)
    assert door.in_transaction and time.monotonic() - start >= 0.04
    door.execute("INSERT INTO t VALUES (1)")
    door.execute("COMMIT")
    door.close()
    holder.close()
