"""An unexpected error in the window: one dialog, in the UI's language, the details copyable."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from scipop import __version__
from ui.crash import CrashReporter
from ui.dialogs import crash_dialog
from ui.dialogs.crash_dialog import CrashDialog

pytestmark = pytest.mark.qt_no_exception_capture  # the reporter under test takes the hook

SECRET_URL = "postgresql+psycopg://scipop:secret@db-server/scipop"


class Button(QObject):
    """Stands in for a widget whose slot has a bug."""

    clicked = Signal()


def _buggy_slot() -> None:
    raise ValueError(f"cannot find 13812345678 in {SECRET_URL}")


@pytest.fixture
def reporter(qtbot, log_file) -> Iterator[CrashReporter]:
    r = CrashReporter()
    r.install()
    yield r
    r.uninstall()
    if r.dialog is not None:
        r.dialog.close()


@pytest.fixture
def button() -> Button:
    b = Button()
    b.clicked.connect(_buggy_slot)
    return b


def _dialogs() -> list[CrashDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()
    ]


def test_a_bug_in_a_slot_shows_one_dialog_in_english_naming_the_log(reporter, button, log_file):
    button.clicked.emit()
    [dialog] = _dialogs()
    assert dialog.isModal()
    assert dialog.message.text().startswith("Something went wrong. Your saved data is safe")
    assert str(log_file) in dialog.where.text()
    assert dialog.copy_button.text() == "Copy details"


def test_a_bug_in_a_slot_shows_the_dialog_in_chinese(chinese, reporter, button):
    button.clicked.emit()
    [dialog] = _dialogs()
    assert dialog.message.text().startswith("程序出现意外错误。已保存的数据不受影响")
    assert dialog.copy_button.text() == "复制详细信息"
    assert "日志" in dialog.where.text()


def test_a_second_error_while_the_dialog_is_open_is_added_to_it_not_stacked(reporter, button):
    button.clicked.emit()
    button.clicked.emit()
    [dialog] = _dialogs()
    assert dialog.count == 2
    assert dialog.counter.isVisible() and dialog.counter.text().endswith("2")
    assert dialog.details_text().count("Traceback (most recent call last)") == 2


def test_after_the_dialog_is_closed_the_next_error_opens_a_new_one(reporter, button):
    button.clicked.emit()
    _dialogs()[0].close()
    assert _dialogs() == []
    button.clicked.emit()
    [dialog] = _dialogs()
    assert dialog.count == 1


def test_copy_details_puts_traceback_version_and_platform_on_the_clipboard(reporter, button):
    button.clicked.emit()
    [dialog] = _dialogs()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"SciPop Desk {__version__}\n")
    assert "Platform: " in copied and "PySide6 " in copied
    assert "Traceback (most recent call last)" in copied and "_buggy_slot" in copied
    assert "ValueError: cannot find 138****5678 in postgresql+psycopg://scipop:***@" in copied
    assert "secret" not in copied and "13812345678" not in copied
    assert dialog.copy_button.text() == "Copied"


def test_the_log_file_has_the_error_without_password_or_full_phone(reporter, button, log_file):
    button.clicked.emit()
    logged = log_file.read_text(encoding="utf-8")
    assert "ERROR" in logged and "unexpected error" in logged and "_buggy_slot" in logged
    assert "138****5678" in logged and "scipop:***@db-server" in logged
    assert "secret" not in logged and "13812345678" not in logged


def test_a_bug_in_a_worker_thread_reaches_the_dialog_in_the_gui_thread(qtbot, reporter, log_file):
    worker = threading.Thread(target=_buggy_slot, name="importer")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(_dialogs()) == 1, timeout=5000)
    assert "_buggy_slot" in _dialogs()[0].details_text()
    assert "unexpected error in thread importer" in log_file.read_text(encoding="utf-8")


def test_open_log_folder_opens_the_folder_of_the_log(reporter, button, log_file, monkeypatch):
    opened = []
    monkeypatch.setattr(crash_dialog, "open_folder", lambda folder: opened.append(folder))
    button.clicked.emit()
    _dialogs()[0].folder_button.click()
    assert opened == [log_file.parent]


def test_the_details_can_be_shown_in_the_dialog(reporter, button):
    button.clicked.emit()
    [dialog] = _dialogs()
    assert not dialog.details.isVisible()
    dialog.details_button.click()
    assert dialog.details.isVisible()
    assert "_buggy_slot" in dialog.details.toPlainText()
    assert dialog.details_button.text() == "Hide details"


def test_uninstalling_gives_the_hooks_back(qtbot):
    import sys

    before = (sys.excepthook, threading.excepthook)
    r = CrashReporter()
    r.install()
    assert sys.excepthook == r.excepthook
    r.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_a_database_the_window_cannot_open_is_logged_too(tmp_path):
    not_a_db = tmp_path / "notes.sqlite3"
    not_a_db.write_text("this is not a database\n" * 100, encoding="utf-8")
    logs = tmp_path / "logs"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SCIPOP_LOG_DIR=str(logs))
    main_py = Path(__file__).resolve().parents[2] / "main.py"
    result = subprocess.run(
        [sys.executable, str(main_py), "--smoke", "--db", str(not_a_db)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    logged = (logs / "scipop.log").read_text(encoding="utf-8")
    assert "ERROR" in logged and "cannot open the database" in logged and str(not_a_db) in logged
