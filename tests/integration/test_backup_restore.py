"""Backups while others write, restores that refuse while others use the database, checks."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from scipop.cli import main
from scipop.errors import BackupUnusable, DatabaseInUse
from scipop.store import backup as backups
from scipop.store.backup import (
    AUTOMATIC,
    BEFORE_RESTORE,
    MANUAL,
    check_backup,
    daily_backup,
    list_backups,
    restore,
    take_backup,
)
from scipop.store.uow import Store
from tests.integration.damage import damage_an_index

BATCH = 10

# A second program: commits batches of BATCH rows, one transaction each, until killed.
WRITER = """
import sqlite3, sys, time
BATCH = int(sys.argv[2])
conn = sqlite3.connect(sys.argv[1], timeout=10, isolation_level=None)
conn.execute("PRAGMA journal_mode=WAL")
batch = 0
while True:
    batch += 1
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO ledger (batch, n, payload) VALUES (?, ?, ?)",
        [(batch, n, "x" * 200) for n in range(BATCH)],
    )
    conn.execute("COMMIT")
    if batch == 3:
        print("writing", flush=True)
"""

# A second program that has the database open and idle, as a window between actions.
HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT count(*) FROM alembic_version").fetchall()
print("holding", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def backups_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user data folder of these tests (backups go to <it>/backups)."""
    home = tmp_path / "用户数据"
    monkeypatch.setattr(backups, "default_db_path", lambda: home / "scipop.sqlite3")
    return home


@pytest.fixture
def live(tmp_path: Path) -> Path:
    """A migrated SciPop database with a ledger table that a second process writes to."""
    path = tmp_path / "活动" / "scipop.sqlite3"
    Store.open(str(path)).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE ledger (batch INTEGER, n INTEGER, payload TEXT)")
    conn.close()
    return path


def contents(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"'), key=repr) for t in tables}
    finally:
        conn.close()


def start(script: str, db: Path) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(db), str(BATCH)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() in ("writing", "holding")
    return proc


def stop(proc: subprocess.Popen) -> None:
    proc.kill()
    proc.wait(10)


def test_backup_taken_while_another_process_writes_is_consistent(live, backups_home):
    writer = start(WRITER, live)
    try:
        taken = []
        for _ in range(3):
            taken.append(take_backup(live))
            time.sleep(0.05)
    finally:
        stop(writer)
    final = contents(live)["ledger"]

    counts = []
    for info in taken:
        assert info.path.parent == backups_home / "backups" / info.path.parent.name
        assert info.kind == MANUAL
        rows = contents(info.path)["ledger"]
        by_batch: dict[int, int] = {}
        for batch, _n, _payload in rows:
            by_batch[batch] = by_batch.get(batch, 0) + 1
        assert set(by_batch.values()) == {BATCH}  # no transaction half in the copy
        assert sorted(by_batch) == list(range(1, len(by_batch) + 1))  # and none skipped
        counts.append(len(rows))
        assert check_backup(info.path)  # sound, a SciPop database at a known revision
        conn = sqlite3.connect(info.path)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file
        conn.close()
        assert not Path(f"{info.path}-wal").exists()
    assert 3 * BATCH <= counts[0] <= counts[-1] < len(final)  # taken while it wrote

    # put the first backup back: the database holds exactly what the backup held
    kept = restore(live, taken[0].path)
    assert contents(live) == contents(taken[0].path)
    assert kept.kind == BEFORE_RESTORE
    assert contents(kept.path)["ledger"] == final  # what the restore replaced is kept
    conn = sqlite3.connect(live)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_restore_is_refused_while_another_process_holds_the_database(live, backups_home):
    saved = take_backup(live)
    with sqlite3.connect(live) as conn:
        conn.execute("INSERT INTO ledger VALUES (1, 1, 'after the backup')")
    conn.close()
    holder = start(HOLDER, live)
    try:
        with pytest.raises(DatabaseInUse, match=r"Another program has .* open"):
            restore(live, saved.path)
        assert backups.in_use_by_others(live)
    finally:
        stop(holder)
    assert contents(live)["ledger"] == [(1, 1, "after the backup")]  # nothing changed
    assert [b.kind for b in list_backups(saved.path.parent)] == [MANUAL]  # nothing kept

    assert not backups.in_use_by_others(live)
    restore(live, saved.path)
    assert contents(live)["ledger"] == []


def test_restore_refuses_a_damaged_file_and_a_file_that_is_no_scipop_database(
    live, backups_home, tmp_path
):
    damaged = take_backup(live, tmp_path / "damaged.sqlite3").path
    damage_an_index(damaged)
    with pytest.raises(BackupUnusable, match="is damaged or not a database"):
        restore(live, damaged)

    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (text)")
    conn.close()
    with pytest.raises(BackupUnusable, match="is not a SciPop Desk database"):
        restore(live, other)

    newer = take_backup(live, tmp_path / "newer.sqlite3").path
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    with pytest.raises(BackupUnusable, match="newer SciPop Desk"):
        restore(live, newer)
    assert list_backups(backups.backup_folder(live)) == []  # nothing was replaced


def test_a_backup_from_an_older_version_is_brought_up_to_this_programs_schema(
    live, backups_home, tmp_path
):
    from alembic import command
    from sqlalchemy import create_engine

    from scipop.store.migrate import HEAD_REVISION, alembic_config, current_revision

    old = tmp_path / "旧版" / "scipop.sqlite3"
    old.parent.mkdir()
    engine = create_engine(f"sqlite:///{old}")
    command.upgrade(alembic_config(engine), "0001")
    engine.dispose()
    saved = take_backup(old)
    assert check_backup(saved.path) == "0001"

    restore(live, saved.path)
    store = Store.open(str(live), upgrade=False)
    try:
        assert current_revision(store.engine) == HEAD_REVISION
    finally:
        store.dispose()


def test_one_automatic_backup_a_day_and_only_old_automatic_ones_are_pruned(live, backups_home):
    day = datetime(2026, 11, 29, 9, 0)
    manual_long_ago = take_backup(live, now=day - timedelta(days=60))
    for back in (20, 15, 14, 13, 1):
        assert daily_backup(live, keep_days=365, now=day - timedelta(days=back))
    first = daily_backup(live, keep_days=14, now=day)
    assert first is not None and first.kind == AUTOMATIC
    assert daily_backup(live, keep_days=14, now=day + timedelta(hours=8)) is None  # same day

    left = list_backups(first.path.parent)
    automatic = sorted((day.date() - b.taken_at.date()).days for b in left if b.automatic)
    assert automatic == [0, 1, 13]  # today and the 13 days before: 14 days
    assert manual_long_ago.path in [b.path for b in left]  # made by hand: never pruned
    assert first.path.name == "scipop-auto-2026-11-29-090000.sqlite3"


def test_backups_of_the_default_database_go_to_the_backups_folder_beside_it(
    backups_home, monkeypatch
):
    default = backups_home / "scipop.sqlite3"
    monkeypatch.setenv("SCIPOP_DB", str(default))
    Store.open(None).dispose()
    info = take_backup(default, now=datetime(2026, 11, 29, 17, 15))
    assert info.path == backups_home / "backups" / "scipop-2026-11-29-171500.sqlite3"
    again = take_backup(default, now=datetime(2026, 11, 29, 17, 15))
    assert again.path.name == "scipop-2026-11-29-171500-2.sqlite3"  # never overwritten


def test_backing_up_a_database_that_is_not_there_makes_no_empty_one(tmp_path, backups_home):
    missing = tmp_path / "没有" / "scipop.sqlite3"
    missing.parent.mkdir()
    with pytest.raises(sqlite3.OperationalError, match="unable to open"):
        take_backup(missing)
    assert not missing.exists()


# ---- the command line
def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_and_restore_commands_round_trip(capsys, live, backups_home, tmp_path):
    out_file = tmp_path / "带走" / "copy.sqlite3"
    code, out, err = run(capsys, "--db", str(live), "backup", "--out", str(out_file))
    assert code == 0, err
    assert out.startswith(f"backed up {live} to {out_file}") and "integrity ok" in out
    with sqlite3.connect(live) as conn:
        conn.execute("INSERT INTO ledger VALUES (7, 7, 'later')")
    conn.close()

    code, out, err = run(capsys, "--db", str(live), "restore", str(out_file))
    assert code == 0, err
    assert "the replaced database is kept as" in out
    assert contents(live) == contents(out_file)


def test_backup_command_into_a_folder_names_the_file_with_the_time(capsys, live, tmp_path):
    code, out, err = run(capsys, "--db", str(live), "backup", "--out", f"{tmp_path / 'U盘'}/")
    assert code == 0, err
    (made,) = (tmp_path / "U盘").iterdir()
    assert made.name.startswith("scipop-20") and made.suffix == ".sqlite3"
    assert contents(made) == contents(live)


def test_restore_command_refuses_in_one_line_while_the_database_is_in_use(
    capsys, live, backups_home
):
    saved = take_backup(live)
    holder = start(HOLDER, live)
    try:
        code, out, err = run(capsys, "--db", str(live), "restore", str(saved.path))
    finally:
        stop(holder)
    assert code == 2
    assert err.count("\n") == 1 and "Another program has" in err


@pytest.mark.parametrize("command", [["backup"], ["restore", "x.sqlite3"], ["check"]])
def test_on_postgresql_backup_restore_and_check_point_elsewhere_and_exit_2(capsys, command):
    code, out, err = run(capsys, "--db", "postgresql+psycopg://u@db-server/scipop", *command)
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    assert ("pg_dump" in err) if command[0] != "check" else ("PostgreSQL" in err)


def test_check_reports_ok_on_a_good_file(capsys, live):
    code, out, err = run(capsys, "--db", str(live), "check")
    assert (code, out, err) == (0, "integrity_check: ok\nforeign_key_check: ok\n", "")


def test_check_reports_a_damaged_file_and_exits_2(capsys, live):
    damage_an_index(live)
    code, out, _ = run(capsys, "--db", str(live), "check")
    assert code == 2
    integrity, foreign = out.splitlines()
    assert integrity.startswith("integrity_check: ") and integrity != "integrity_check: ok"
    assert foreign == "foreign_key_check: ok"


def test_check_reports_rows_whose_parent_is_missing(capsys, live):
    conn = sqlite3.connect(live)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(
        "INSERT INTO room (id, venue_id, name, name_en, capacity, opens_at, closes_at, "
        "setup_minutes, teardown_minutes, shareable, notes, created_at, updated_at) VALUES "
        "(99, 12345, '幽灵展厅', 'Ghost hall', 10, '09:00:00', '17:00:00', 0, 0, 0, '', "
        "'2026-11-29 00:00:00', '2026-11-29 00:00:00')"
    )
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "--db", str(live), "check")
    assert code == 2
    assert out.splitlines() == [
        "integrity_check: ok",
        "foreign_key_check: 1 problem(s): room row 99 → missing venue",
    ]
