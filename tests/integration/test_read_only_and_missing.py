"""A database that may only be read is read (and says so); a missing one is not created."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from scipop.app import Services
from scipop.cli import main
from scipop.errors import ReadOnlyDatabase
from scipop.services.venues import VenueData
from scipop.store import uow
from scipop.store.uow import Store

ROOT = Path(__file__).resolve().parents[2]
NOBODY = 65534


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# ---- a missing database
READING_COMMANDS = [
    ["list", "events"],
    ["list", "attendees", "--search", "李"],
    ["tickets", "--session", "1", "--out", "tickets.pdf"],
    ["check"],
    ["backup"],
    ["restore", "backup.sqlite3"],
    ["session", "cancel", "1"],
]


@pytest.mark.parametrize("command", READING_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_a_reading_command_on_a_missing_database_says_so_and_creates_nothing(
    capsys, tmp_path, command
):
    db = tmp_path / "没有" / "scipop.sqlite3"
    code, out, err = run(capsys, "--db", str(db), *command)
    assert code == 2 and out == ""
    assert err == f"scipop: error: No database at {db}; create it with `scipop init`.\n"
    assert not db.parent.exists()


# ---- a read-only database, forced on this process (SQLite itself refuses the writes)
@pytest.fixture
def forced_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process may not write any database file (as if the file system said so)."""
    monkeypatch.setattr(uow, "writable", lambda path: False)


def test_a_store_on_a_read_only_file_reads_and_refuses_writes_with_a_domain_error(
    tmp_path, forced_read_only
):
    path = tmp_path / "scipop.sqlite3"
    writer = Store(f"sqlite:///{path}")
    from scipop.store.migrate import upgrade_to_head

    upgrade_to_head(writer.engine)
    Services(writer).venues.create(VenueData(name="北京科学中心", name_en="Beijing Science Center"))
    writer.dispose()

    store = Store.open(str(path))
    try:
        assert store.read_only
        services = Services(store)
        assert [v.name for v in services.venues.list()] == ["北京科学中心"]
        with pytest.raises(ReadOnlyDatabase) as refused:
            services.venues.create(VenueData(name="第二场馆", name_en="Second venue"))
        assert str(refused.value) == f"The database {path} is read-only; nothing can be changed."
        assert refused.value.template.startswith("The database {db} is read-only")
        assert [v.name for v in services.venues.list()] == ["北京科学中心"]
    finally:
        store.dispose()


def test_a_read_only_database_at_an_older_schema_is_read_not_upgraded(
    capsys, tmp_path, forced_read_only
):
    path = tmp_path / "old.sqlite3"
    Store.open(str(path)).dispose()  # a new file is writable: made at the newest schema
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")  # as an older one
    conn.close()
    code, out, err = run(capsys, "--db", str(path), "list", "venues", "--json")
    assert "it cannot be upgraded" in err and "revision 0001" in err
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    conn.close()


# ---- a read-only database for real: another user, or file modes, as the system enforces them
def _reader_prefix() -> list[str]:
    """How to run a command as a user who may not write the test's files."""
    if os.geteuid() != 0:
        return []  # file modes bind this user
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: file modes do not bind root")
    prefix = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    probe = subprocess.run([*prefix, sys.executable, "-c", "import scipop"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("cannot run this Python as an unprivileged user here")
    return prefix


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder every user can reach (pytest's own temporary folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="scipop-ro-"))
    folder.chmod(0o755)
    logs = folder / "logs"  # the reader's own log folder, which a real user would have
    logs.mkdir()
    logs.chmod(0o777)
    yield folder
    for p in [folder, *folder.rglob("*")]:
        p.chmod(0o777 if p.is_dir() else 0o666)
    shutil.rmtree(folder)


def _reader(prefix: list[str], folder: Path, *argv: str) -> subprocess.CompletedProcess:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(folder),
        "XDG_DATA_HOME": str(folder / "data"),
        "PYTHONPATH": str(ROOT),
        "SCIPOP_TZ": "Asia/Shanghai",
        "SCIPOP_LOG_DIR": str(folder / "logs"),
    }
    return subprocess.run(
        [*prefix, sys.executable, "-m", "scipop", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=folder,
    )


# (may the reader write the folder, leave a -wal behind); the file itself it may not write
CASES = {
    "file read-only": (True, False),
    "folder read-only": (False, False),
    "folder read-only with -wal and -shm left": (False, True),
}

LEAVE_WAL = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("INSERT INTO venue (name, name_en, address, notes, created_at, updated_at) "
             "VALUES ('只在WAL里', 'Only in the WAL', '', '', '2026-11-29', '2026-11-29')")
os._exit(0)  # no close: the commit stays in the -wal, as after a crash
"""


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo season, loaded once for the cases below (each reads a copy)."""
    path = tmp_path_factory.mktemp("demo") / "scipop.sqlite3"
    assert main(["--db", str(path), "demo"]) == 0
    return path


@pytest.mark.parametrize("case", list(CASES))
def test_reading_commands_work_on_a_database_the_user_may_not_write(shared_folder, demo_file, case):
    prefix = _reader_prefix()
    folder_writable, leave_wal = CASES[case]
    db_folder = shared_folder / "db"
    db_folder.mkdir()
    db = db_folder / "scipop.sqlite3"
    shutil.copyfile(demo_file, db)  # closed and checkpointed: one self-contained file
    if leave_wal:
        subprocess.run([sys.executable, "-c", LEAVE_WAL, str(db)], check=True)
        assert Path(f"{db}-wal").exists()
    (shared_folder / "data").mkdir(mode=0o777)
    (shared_folder / "data").chmod(0o777)
    for p in db_folder.iterdir():
        p.chmod(0o644 if prefix else 0o444)  # root owns them: 644 binds the other user
    if prefix:
        db_folder.chmod(0o777 if folder_writable else 0o755)
    else:
        db_folder.chmod(0o755 if folder_writable else 0o555)
    before = db.stat().st_mtime_ns, db.stat().st_size

    note = f"note: the database {db} is read-only; nothing can be changed\n"
    listed = _reader(prefix, shared_folder, "--db", str(db), "list", "venues", "--json")
    assert listed.returncode == 0, listed.stderr
    assert listed.stderr == note
    names = [v["name"] for v in json.loads(listed.stdout)]
    assert "北京科学中心" in names
    assert ("只在WAL里" in names) == leave_wal  # the WAL's commits are read, not skipped

    if not folder_writable and not leave_wal:  # the one way to read it: immutable=1
        checked = _reader(prefix, shared_folder, "--db", str(db), "check")
        assert checked.returncode == 0, checked.stderr
        assert checked.stdout == "integrity_check: ok\nforeign_key_check: ok\n"

    refused = _reader(prefix, shared_folder, "--db", str(db), "session", "cancel", "1")
    assert refused.returncode == 2
    assert refused.stderr.splitlines() == [
        note.strip(),
        f"scipop: error: The database {db} is read-only; nothing can be changed.",
    ]
    if folder_writable:  # a restore would write the file: refused before it starts
        put_back = _reader(prefix, shared_folder, "--db", str(db), "restore", str(demo_file))
        assert put_back.returncode == 2
        assert put_back.stderr.splitlines()[-1] == refused.stderr.splitlines()[-1]
    assert (db.stat().st_mtime_ns, db.stat().st_size) == before
    assert stat.S_IMODE(db.stat().st_mode) in (0o444, 0o644)
