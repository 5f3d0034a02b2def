"""The scipop command and the log file: one line for the person, the details in the log."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from scipop.cli import EXIT_ERROR, EXIT_UNEXPECTED, list_cmd, main

ROOT = Path(__file__).resolve().parents[2]


def _crashing_list(args, ctx) -> int:
    url = "postgresql+psycopg://scipop:secret@db-server/scipop"
    raise KeyError(f"attendee 13812345678 vanished from {url}")


def test_an_unexpected_error_prints_one_line_naming_the_log_and_logs_the_traceback(
    capsys, monkeypatch, tmp_path, log_file
):
    monkeypatch.setattr(list_cmd, "run", _crashing_list)
    code = main(["--db", str(tmp_path / "scipop.sqlite3"), "list", "events"])
    out, err = capsys.readouterr()
    assert code == EXIT_UNEXPECTED == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("scipop: unexpected error: KeyError: ")
    assert err.rstrip().endswith(f"; details in {log_file}")
    assert "138****5678" in err and "scipop:***@db-server" in err
    logged = log_file.read_text(encoding="utf-8")
    assert "ERROR" in logged and "scipop list events: unexpected error" in logged
    assert "Traceback (most recent call last)" in logged and "_crashing_list" in logged
    assert "secret" not in logged and "13812345678" not in logged


def test_a_refused_request_stays_one_line_with_exit_2_and_is_logged_as_a_warning(
    capsys, tmp_path, log_file
):
    db = str(tmp_path / "scipop.sqlite3")
    code = main(["--db", db, "session", "move", "999", "--start", "2026-12-05 17:00"])
    _, err = capsys.readouterr()
    assert code == EXIT_ERROR == 2
    assert err.count("\n") == 1 and err.startswith("scipop: error: ")
    logged = log_file.read_text(encoding="utf-8")
    assert "WARNING" in logged and "scipop session move: " in logged
    assert "Traceback" not in logged


def test_a_successful_command_writes_no_log(capsys, tmp_path, log_file):
    assert main(["--db", str(tmp_path / "scipop.sqlite3"), "init"]) == 0
    assert main(["--db", str(tmp_path / "scipop.sqlite3"), "list", "rooms"]) == 0
    assert not log_file.exists()


def test_the_command_writes_its_log_where_scipop_log_dir_says(tmp_path):
    logs = tmp_path / "logs"
    env = dict(os.environ, SCIPOP_LOG_DIR=str(logs))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "scipop",
            "--db",
            str(tmp_path / "x.sqlite3"),
            "session",
            "cancel",
            "9",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert "scipop session cancel" in (logs / "scipop.log").read_text(encoding="utf-8")
