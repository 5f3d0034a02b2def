"""The reported data loss: a file dialog on the database's folder dropped SQLite's locks.

Reproduced without a human: this process holds the database open and writes; a file dialog
lists the database's folder the way Calendar › Import schedule › Choose file… does; a second
process connects and disconnects (as ``scipop list venues`` did); this process writes again.
With Qt's stock dialog the second process takes the database for unused and deletes the
live WAL, and the later writes are gone after exit. Linux only: it reads ``/proc/locks``.
"""

from __future__ import annotations

import ast
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QFileSystemModel

from scipop.store import guard
from scipop.store.uow import Store
from ui.dialogs import files

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    not Path("/proc/locks").exists(), reason="POSIX locks are read from /proc/locks (Linux)"
)


SCENARIO = ROOT / "tests" / "fixtures" / "lock_scenario.py"


def _scenario(tmp_path: Path, mode: str) -> tuple[list[str], list[str], str]:
    """Run the report's steps in a child; returns (locks dropped, rows lost, integrity)."""
    folder = tmp_path / "数据"
    folder.mkdir()
    done = subprocess.run(
        [sys.executable, str(SCENARIO), str(folder), mode],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    conn = sqlite3.connect(folder / "scipop.sqlite3")
    try:
        present = {r[0] for r in conn.execute("SELECT name FROM organization")}
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    lost = [name for name in report["acknowledged"] if name not in present]
    return report["dropped"], lost, integrity


def test_file_dialog_on_the_database_folder_keeps_every_acknowledged_write(
    tmp_path: Path,
) -> None:
    dropped, lost, integrity = _scenario(tmp_path, "safe")
    assert dropped == []
    assert lost == []
    assert integrity == "ok"


def test_qt_stock_dialog_drops_the_shm_lock(tmp_path: Path) -> None:
    """What the safe dialog prevents: Qt's own reads the files it lists (this Qt does)."""
    dropped, _lost, _integrity = _scenario(tmp_path, "stock")
    if not dropped:
        pytest.skip("this Qt no longer reads the files it lists; nothing to reproduce")
    assert dropped == ["scipop.sqlite3-shm"]


def test_locks_dropped_behind_sqlites_back_lose_writes_and_the_guard_says_so(
    tmp_path: Path,
) -> None:
    """The scenario can fail: with every lock dropped, the later writes are lost at exit."""
    dropped, lost, integrity = _scenario(tmp_path, "c-open")
    assert dropped == ["scipop.sqlite3-shm"]
    assert lost == ["学校 0", "学校 1", "学校 2"]
    assert integrity == "ok"  # nothing looks damaged: the rows are simply not there


def _list_folder(qtbot, dialog: QFileDialog, folder: Path) -> None:
    model = dialog.findChild(QFileSystemModel)
    with qtbot.waitSignal(model.directoryLoaded, timeout=5000):
        dialog.show()
        dialog.setDirectory(str(folder))
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.wait(1000)  # Qt fetches icons and types in its gatherer thread after the listing


def test_python_code_cannot_open_the_live_database_files(store: Store) -> None:
    for name in guard.database_files(store.database_file):
        with pytest.raises(guard.DatabaseFileRefused, match="own database file"):
            open(name, "rb")  # noqa: SIM115 - refused before anything is opened
        with pytest.raises(guard.DatabaseFileRefused):
            os.open(name, os.O_RDONLY)
    assert guard.dropped_locks() == []


def test_file_dialog_leaves_out_the_database_files(qtbot, tmp_path: Path, store: Store) -> None:
    folder = Path(store.database_file).parent
    (folder / "报名表.xlsx").write_bytes(b"")
    dialog = files.file_dialog(None, "Choose a spreadsheet", folder)
    _list_folder(qtbot, dialog, folder)
    proxy = dialog.proxyModel()
    root = proxy.mapFromSource(dialog.findChild(QFileSystemModel).index(str(folder)))
    shown = {proxy.index(r, 0, root).data() for r in range(proxy.rowCount(root))}
    assert "报名表.xlsx" in shown
    assert not shown & {"scipop.sqlite3", "scipop.sqlite3-wal", "scipop.sqlite3-shm"}
    assert guard.dropped_locks() == []
    dialog.close()


def test_database_file_typed_into_a_save_dialog_is_refused(
    qtbot, tmp_path: Path, store: Store, monkeypatch
) -> None:
    refused: list[str] = []
    monkeypatch.setattr(files, "show_error", lambda _parent, error: refused.append(error.message))
    monkeypatch.setattr(QFileDialog, "exec", lambda self: QFileDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "selectedFiles", lambda self: [store.database_file])
    assert files.save_file_name(None, "Save tickets as PDF", tmp_path) == ""
    assert refused and "scipop.sqlite3" in refused[0]


def test_no_module_opens_a_file_dialog_but_the_safe_one() -> None:
    """Every file dialog must come from ui/dialogs/files.py (see its docstring)."""
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if path == ROOT / "ui" / "dialogs" / "files.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Name | ast.Attribute) and "QFileDialog" in (
                getattr(node, "id", None),
                getattr(node, "attr", None),
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            if isinstance(node, ast.alias) and node.name == "QFileDialog":
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_the_live_database_chosen_as_a_spreadsheet_is_refused_before_it_is_read(
    store: Store,
) -> None:
    from scipop.importing.spreadsheet import read_table

    with pytest.raises(guard.DatabaseFileRefused, match="own database file"):
        read_table(store.database_file)
    assert guard.dropped_locks() == []


def test_a_closed_database_is_an_ordinary_file_again(db_url: str) -> None:
    store = Store.open(db_url)
    path = store.database_file
    store.dispose()
    with open(path, "rb") as f:
        assert f.read(16) == b"SQLite format 3\x00"


def test_the_file_dialog_speaks_chinese_in_the_chinese_ui(qtbot, chinese, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    dialog = files.file_dialog(None, "选择表格", tmp_path, "表格 (*.xlsx)")
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert "查找范围(&L)：" in labels
    assert "文件类型(&T)：" in labels
    assert not [text for text in labels if text.isascii() and any(c.isalpha() for c in text)]
