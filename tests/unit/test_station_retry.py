"""A busy database is waited for, never shown as an error; a real error is not retried."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from scipop.station.retry import is_busy, retrying


def locked() -> OperationalError:
    return OperationalError("BEGIN IMMEDIATE", {}, sqlite3.OperationalError("database is locked"))


def test_a_locked_database_is_retried_and_the_caller_told_it_is_waiting():
    attempts, waits = [], []

    def scan():
        attempts.append(1)
        if len(attempts) < 3:
            raise locked()
        return "accepted"

    assert retrying(scan, on_wait=waits.append, first_pause_s=0.001) == "accepted"
    assert waits == [1, 2]


def test_a_real_error_is_raised_at_once():
    error = IntegrityError("INSERT", {}, sqlite3.IntegrityError("UNIQUE constraint failed"))
    assert not is_busy(error)
    calls = []

    def write():
        calls.append(1)
        raise error

    with pytest.raises(IntegrityError):
        retrying(write)
    assert calls == [1]
