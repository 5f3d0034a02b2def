"""Starting the program: --version, --smoke, a database that cannot be opened."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox

from tests.ui.modal import ModalHandler
from ui.app import build_parser, database_dialog
from ui.dialogs.language import restart_command, without_language
from ui.startup import StoreOpener

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )


def test_smoke_run_creates_the_database_paints_the_window_and_says_so(tmp_path):
    db = tmp_path / "新建" / "scipop.sqlite3"
    result = _run("--smoke", "--db", str(db), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["SMOKE-OK painted"]
    assert db.exists()
    assert not (tmp_path / "config").exists()  # a smoke run leaves the preferences alone


def test_version_prints_and_exits_without_a_window(tmp_path):
    result = _run("--version", tmp_path=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip().startswith("SciPop Desk ")


def test_smoke_run_on_an_unusable_database_fails_with_a_message_not_a_traceback(tmp_path):
    not_a_db = tmp_path / "notes.sqlite3"
    not_a_db.write_text("this is not a database\n" * 100, encoding="utf-8")
    result = _run("--smoke", "--db", str(not_a_db), tmp_path=tmp_path)
    assert result.returncode == 2
    assert "cannot open the database" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unusable_database_is_explained_in_a_dialog(qtbot, tmp_path):
    not_a_db = tmp_path / "notes.sqlite3"
    not_a_db.write_text("this is not a database\n" * 100, encoding="utf-8")
    opener = StoreOpener(str(not_a_db), QThreadPool())
    with qtbot.waitSignal(opener.failed, timeout=30_000) as blocker:
        opener.start()
    where, detail = blocker.args
    assert where == str(not_a_db)
    assert "not a database" in detail

    seen: list[str] = []

    def read(box) -> None:
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    handler = ModalHandler(read)
    database_dialog(None, where, detail)
    assert handler.done
    assert seen == [f"The database cannot be opened:\n{not_a_db}"]


def test_the_shell_imports_no_database_code_before_it_paints():
    code = (
        "import sys; import ui.app, ui.main_window, ui.startup, ui.i18n, ui.style; "
        "print(sorted(m for m in ('sqlalchemy', 'alembic', 'scipop.app', 'scipop.services')"
        " if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.stdout.strip() == "[]", result.stderr


def test_arguments_pass_qt_options_through_and_know_the_languages():
    args, rest = build_parser().parse_known_args(["--lang", "zh_CN", "-platform", "offscreen"])
    assert args.lang == "zh_CN"
    assert rest == ["-platform", "offscreen"]


def test_restart_keeps_the_options_but_not_the_language():
    assert without_language(["--db", "x.sqlite3", "--lang", "en", "--lang=zh_CN"]) == [
        "--db",
        "x.sqlite3",
    ]
    program, args = restart_command(["main.py", "--db", "数据.sqlite3", "--lang", "en"])
    assert program == sys.executable
    assert args[-2:] == ["--db", "数据.sqlite3"]
    assert args[0].endswith("main.py")


def test_an_unparsable_database_url_is_explained_without_its_password(qtbot):
    url = "postgresql+psycopg://scipop:s3cret@db-server:port/scipop"
    opener = StoreOpener(url, QThreadPool())
    with qtbot.waitSignal(opener.failed, timeout=30_000) as blocker:
        opener.start()
    where, detail = blocker.args
    assert "s3cret" not in where and "s3cret" not in detail
    assert "***" in where and "is not a database URL" in detail
