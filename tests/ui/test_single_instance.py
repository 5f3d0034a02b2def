"""One window per database: a second start brings the first window to the front and exits."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMainWindow

from ui.app import claim_window
from ui.single_instance import (
    ALREADY_OPEN,
    Claim,
    SingleInstance,
    bring_to_front,
    guarded,
    server_name,
)

ROOT = Path(__file__).resolve().parents[2]


def _second_start(name: str) -> Claim:
    """What a second program starting on the same database does (here, in this process)."""
    return SingleInstance(name).claim()


@pytest.fixture
def first(qtbot, tmp_path) -> SingleInstance:
    instance = SingleInstance(server_name(str(tmp_path / "scipop.sqlite3")))
    assert instance.claim() is Claim.FIRST
    yield instance
    instance.release()


def test_a_second_start_on_the_same_database_brings_the_minimized_first_window_forward(
    qtbot, first
):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMaximized()
    window.showMinimized()
    first.activation_requested.connect(lambda: bring_to_front(window))

    assert _second_start(first.name) is Claim.ANSWERED
    assert not window.isMinimized()
    assert window.windowState() & Qt.WindowState.WindowMaximized  # restored as it was
    assert window.isVisible()


def test_the_first_window_keeps_answering_later_starts(qtbot, first):
    pings = []
    first.activation_requested.connect(lambda: pings.append(1))
    assert [_second_start(first.name) for _ in range(2)] == [Claim.ANSWERED] * 2
    assert len(pings) == 2


def test_a_name_left_behind_by_a_crashed_window_is_taken_over(qtbot, tmp_path):
    if sys.platform == "win32":
        pytest.skip("named pipes vanish with their process on Windows")
    name = server_name(str(tmp_path / "crashed.sqlite3"))
    path = os.path.join(QDir.tempPath(), name)
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(path)  # a socket file nobody listens on, as a killed window leaves it
    stale.close()
    assert os.path.exists(path)
    instance = SingleInstance(name)
    try:
        assert instance.claim() is Claim.FIRST
        probe = QLocalSocket()
        probe.connectToServer(name)
        assert probe.waitForConnected(2000)
        probe.abort()
    finally:
        instance.release()


def test_different_databases_may_be_open_side_by_side(qtbot, tmp_path, first):
    other = SingleInstance(server_name(str(tmp_path / "另一个.sqlite3")))
    assert other.name != first.name
    assert other.claim() is Claim.FIRST
    other.release()


def test_one_database_has_one_name_however_it_is_spelled(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    absolute = server_name(str(tmp_path / "scipop.sqlite3"), user="li")
    assert server_name("scipop.sqlite3", user="li") == absolute
    assert server_name(f"sqlite:///{tmp_path}/sub/../scipop.sqlite3", user="li") == absolute
    monkeypatch.setenv("SCIPOP_DB", "scipop.sqlite3")
    assert server_name(None, user="li") == absolute
    assert server_name("scipop.sqlite3", user="wang") != absolute  # each user has their own


def test_the_name_never_carries_the_password_and_in_memory_databases_are_not_guarded():
    url = "postgresql+psycopg://scipop:{}@db-server/scipop"
    assert server_name(url.format("secret"), "li") == server_name(url.format("other"), "li")
    assert "secret" not in server_name(url.format("secret"), "li")
    assert not guarded("sqlite://") and not guarded("sqlite:///:memory:")
    assert guarded(url.format("secret"))


def test_claiming_the_window_of_a_database_already_open_prints_one_line_and_exits_0(
    qtbot, first, tmp_path, capsys
):
    assert claim_window(str(tmp_path / "scipop.sqlite3")) == (None, 0)
    assert capsys.readouterr().out == ALREADY_OPEN + "\n"


# ---- the real program, twice
def _env(tmp_path: Path) -> dict:
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        SCIPOP_LOG_DIR=str(tmp_path / "logs"),
    )


def _start_window(db: Path, tmp_path: Path) -> subprocess.Popen:
    window = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db)],
        env=_env(tmp_path),
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    name = server_name(str(db))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # until it listens (without pinging it)
        probe = QLocalSocket()
        probe.connectToServer(name)
        if probe.waitForConnected(200):
            probe.abort()
            return window
        assert window.poll() is None, "the first window exited"
        time.sleep(0.1)
    window.kill()
    raise AssertionError("the first window never listened")


def _run_window(db: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db)],
        env=_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 and socket files are Unix")
def test_starting_the_program_twice_on_one_database_leaves_one_window(qtbot, tmp_path):
    db = tmp_path / "数据" / "scipop.sqlite3"
    first = _start_window(db, tmp_path)
    try:
        second = _run_window(db, tmp_path)
        assert second.returncode == 0, second.stderr
        assert second.stdout.splitlines() == [ALREADY_OPEN]
        assert first.poll() is None  # the first window is still there

        first.send_signal(signal.SIGKILL)  # a crash: the name is left behind
        first.wait(10)
        first = _start_window(db, tmp_path)  # the next start is not blocked by it
        assert first.poll() is None
    finally:
        first.kill()
        first.wait(10)
        QLocalServer.removeServer(server_name(str(db)))
