"""Importing a schedule in the GUI, a wizard (file → columns → rows → result): every row
previewed, bad rows marked, all or nothing; a typed path is read with Enter or Next."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.fixtures.spreadsheets import write_csv, write_xlsx
from tests.ui.conftest import DEMO_DAY
from ui.dialogs.import_sessions import (
    COLUMNS_PAGE,
    FILE_PAGE,
    RESULT_PAGE,
    ROWS_PAGE,
    ImportSessionsDialog,
)
from ui.models.schedule_rows import ColumnMatch, ColumnMatchModel, ScheduleRowsModel

HEADERS = ["活动", "场地", "日期", "开始", "结束", "容量"]
BRIDGE = "金桥工程 项目对接会"
WEDNESDAY = DEMO_DAY + timedelta(days=1)
SUNDAY = DEMO_DAY + timedelta(days=5)


def _dialog(qtbot, ctx, path: Path | None = None, qtmodeltester=None) -> ImportSessionsDialog:
    """The wizard, on its rows page once ``path`` was read (on its file page if unreadable)."""
    dialog = ImportSessionsDialog(ctx)
    qtbot.addWidget(dialog)
    if qtmodeltester is not None:  # before the rows arrive: the reset and inserts checked
        qtmodeltester.check(dialog.model)
    dialog.show()
    if path is not None:
        dialog.load_file(path, advance=True)
        qtbot.waitUntil(lambda: not dialog.mode, timeout=10_000)
        if dialog.currentId() == COLUMNS_PAGE:
            dialog.next()
    return dialog


def _count(ctx) -> int:
    return len(ctx.services.sessions.list())


def test_bad_rows_are_marked_with_their_reasons_and_nothing_can_be_imported(
    qtbot, demo_ctx, tmp_path, qtmodeltester
):
    path = write_xlsx(
        tmp_path / "日程表.xlsx",
        [
            HEADERS,
            [BRIDGE, "第一会议室", WEDNESDAY, "14:00", "15:00", 60],
            [BRIDGE, "不存在的厅", WEDNESDAY, "16:00", "17:00", ""],
            [BRIDGE, "报告厅", SUNDAY, "14:30", "15:30", ""],  # the imaging festival is on
            [BRIDGE, "第一会议室", WEDNESDAY, "25:00", "26:00", ""],
        ],
    )
    before = _count(demo_ctx)
    dialog = _dialog(qtbot, demo_ctx, path, qtmodeltester)
    assert dialog.currentId() == ROWS_PAGE
    model = dialog.model

    assert model.rowCount() == 4
    by_row = {model.row(r).row: model.row(r) for r in range(model.rowCount())}
    assert by_row[2].ok
    assert [r for r, x in by_row.items() if not x.ok] == [3, 4, 5]
    position = {model.row(i).row: i for i in range(model.rowCount())}
    problems = {r: model.index(position[r], ScheduleRowsModel.PROBLEMS).data() for r in (3, 4, 5)}
    assert "不存在的厅" in problems[3]
    assert "14:00–16:00" in problems[4]  # names the clashing screening
    assert problems[5]  # the time cannot be read
    assert not dialog.import_button.isEnabled()
    assert "3 rows have problems" in dialog.summary.text()

    dialog.start_import()  # refused even if asked directly
    assert not dialog.mode
    assert _count(demo_ctx) == before


def test_a_clean_file_imports_every_row_in_a_worker(qtbot, demo_ctx, tmp_path):
    path = write_csv(
        tmp_path / "金桥 日程.csv",
        [
            HEADERS,
            [BRIDGE, "第一会议室", WEDNESDAY.isoformat(), "14:00", "15:00", "60"],
            [BRIDGE, "北京科学中心/报告厅", WEDNESDAY.isoformat(), "18:00", "19:30", ""],
        ],
        encoding="gb18030",
    )
    before = _count(demo_ctx)
    dialog = _dialog(qtbot, demo_ctx, path)
    assert dialog.model.rowCount() == 2
    assert dialog.import_button.isEnabled()
    assert dialog.summary.text() == "All 2 rows can be imported."

    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.currentId() == RESULT_PAGE, timeout=10_000)
    assert dialog.result_data.count == 2
    assert _count(demo_ctx) == before + 2
    assert "2 sessions imported from 金桥 日程.csv" in dialog.result_page.text.text()
    with qtbot.waitSignal(dialog.accepted):
        dialog.button(QWizard.WizardButton.FinishButton).click()


def test_a_file_without_the_needed_columns_says_which_are_missing(qtbot, demo_ctx, tmp_path):
    path = write_xlsx(tmp_path / "名单.xlsx", [["姓名", "电话"], ["张三", "13800000000"]])
    dialog = _dialog(qtbot, demo_ctx, path)
    assert dialog.currentId() == FILE_PAGE  # stays on the file, saying why
    assert "event" in dialog.error.text() and "room" in dialog.error.text()
    assert dialog.model.rowCount() == 0
    assert not dialog.import_button.isVisible()  # Import comes once every row is right


def _clean_csv(tmp_path: Path, name: str = "日程.csv") -> Path:
    return write_csv(
        tmp_path / name,
        [HEADERS, [BRIDGE, "第一会议室", WEDNESDAY.isoformat(), "14:00", "15:00", "60"]],
    )


def test_a_typed_path_is_read_when_enter_is_pressed(qtbot, demo_ctx, tmp_path):
    path = _clean_csv(tmp_path, "schedule.csv")  # QTest types ASCII only
    dialog = _dialog(qtbot, demo_ctx)
    edit = dialog.path_edit
    assert not edit.isReadOnly()
    edit.setFocus()
    qtbot.keyClicks(edit, str(path))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.currentId() == COLUMNS_PAGE, timeout=10_000)
    assert dialog.path == path and dialog.model.rowCount() == 1


def test_a_typed_path_is_read_by_next_and_the_columns_page_shows_the_headers(
    qtbot, demo_ctx, tmp_path
):
    path = _clean_csv(tmp_path)
    dialog = _dialog(qtbot, demo_ctx)
    next_button = dialog.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # nothing typed yet
    dialog.path_edit.setText(str(tmp_path / "没有这个文件.csv"))
    next_button.click()
    qtbot.waitUntil(lambda: not dialog.mode, timeout=10_000)
    assert dialog.currentId() == FILE_PAGE and dialog.error.text()  # cannot be read: says so

    dialog.path_edit.setText(f'"{path}"')  # pasted from Explorer's "Copy as path"
    next_button.click()
    qtbot.waitUntil(lambda: dialog.currentId() == COLUMNS_PAGE, timeout=10_000)
    table = dialog.columns_page.table.model()
    cell = lambda r, c: table.index(r, c).data()  # noqa: E731
    found = {cell(r, 0): cell(r, 1) for r in range(table.rowCount())}
    assert (
        found["Event"] == "活动"
        and found["Hall"] == "场地"
        and found["Places (optional)"] == "容量"
    )
    assert found["Session title (optional)"] == "— not in the file"
    assert cell(0, 2) == BRIDGE  # the first row's value
    dialog.next()
    assert dialog.currentId() == ROWS_PAGE and dialog.import_button.isEnabled()


def test_the_columns_model_names_each_field_and_greys_the_missing_ones(qtmodeltester):
    model = ColumnMatchModel()
    qtmodeltester.check(model)  # while empty: the reset below is checked too
    model.set_rows(
        [
            ColumnMatch("event", "活动", BRIDGE, True),
            ColumnMatch("capacity", "容量", "60", False),
            ColumnMatch("title", None, "", False),
        ]
    )
    qtmodeltester.check(model)
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header == ["Field", "Column in the file", "First row"]
    rows = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    assert rows == [
        ["Event", "活动", BRIDGE],
        ["Places (optional)", "容量", "60"],
        ["Session title (optional)", "— not in the file", ""],
    ]
    grey = Qt.ItemDataRole.ForegroundRole
    assert model.index(2, ColumnMatchModel.HEADER).data(grey) is not None
    assert model.index(0, ColumnMatchModel.HEADER).data(grey) is None
    assert model.index(2, ColumnMatchModel.FIELD).data(grey) is None
