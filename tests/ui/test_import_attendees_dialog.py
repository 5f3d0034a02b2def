"""Importing registrations through the dialog: mapping, every bad row shown, nothing imported
unless the user chooses to import only the good rows."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from scipop.registration.table_queries import AttendeeTable
from tests.ui.attendee_world import People, register_people
from ui.dialogs.import_attendees import ImportAttendeesDialog
from ui.dialogs.register_dialog import open_session_list
from ui.models.import_rows import RowErrorModel

HEADERS = ["序号", "姓名", "手机号（必填）", "单位/学校", "类别", "场次", "人数"]


@pytest.fixture
def people(services) -> People:
    return register_people(services)


def _write(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", encoding="gb18030", newline="") as f:  # as Excel saves it in China
        csv.writer(f).writerows([HEADERS, *rows])
    return path


@pytest.fixture
def form_export(tmp_path: Path, people: People) -> Path:
    noon, afternoon, morning = people.world.noon, people.world.afternoon, people.world.morning
    return _write(
        tmp_path / "报名表（第一批）.csv",
        [
            [1, "周杰", "13511112222", "北京四中", "学生", noon, 1],  # row 2: good
            [2, "", "13511113333", "", "", noon, 1],  # row 3: no name
            [3, "吴磊", "135-abc", "", "", noon, 1],  # row 4: bad phone
            [4, "郑爽", "13511114444", "", "", 999, 1],  # row 5: no such session
            [5, "孙红", "13511115555", "", "教师", morning, 30],  # row 6: over capacity
            [6, "周杰", "13511112222", "北京四中", "学生", noon, 1],  # row 7: twice in the file
            [7, "钱多", "13511116666", "", "公众", afternoon, 2],  # row 8: good
        ],
    )


def _count(ctx) -> int:
    return AttendeeTable(ctx.store).row_count()


def _to_preview(qtbot, dialog: ImportAttendeesDialog) -> None:
    dialog.next()
    qtbot.waitUntil(lambda: dialog.step() == dialog.MAPPING, timeout=10_000)
    dialog.next()
    qtbot.waitUntil(lambda: dialog.step() == dialog.PREVIEW, timeout=10_000)


def test_the_mapping_is_guessed_from_chinese_headers(qtbot, ctx, form_export):
    dialog = ImportAttendeesDialog(ctx, sessions=open_session_list(ctx.services), path=form_export)
    qtbot.addWidget(dialog)
    dialog.next()
    qtbot.waitUntil(lambda: dialog.step() == dialog.MAPPING, timeout=10_000)
    chosen = {f: c.currentText() for f, c in dialog.field_combos.items()}
    assert chosen["name"] == "姓名" and chosen["phone"] == "手机号（必填）"
    assert chosen["organization"] == "单位/学校" and chosen["session"] == "场次"
    assert chosen["headcount"] == "人数" and chosen["email"] == "— not in this file —"
    assert "7 row(s)" in dialog.mapping_note.text() and "Guessed" in dialog.mapping_note.text()
    assert dialog.sample_model.rowCount() == 5
    assert dialog.sample_model.headerData(0, dialog.sample_view.verticalHeader().orientation()) == 2


def test_every_bad_row_is_listed_and_nothing_is_imported_unless_chosen(qtbot, ctx, form_export):
    before = _count(ctx)
    dialog = ImportAttendeesDialog(ctx, sessions=open_session_list(ctx.services), path=form_export)
    qtbot.addWidget(dialog)
    _to_preview(qtbot, dialog)

    model = dialog.error_model
    rows = [model.index(r, RowErrorModel.ROW).data() for r in range(model.rowCount())]
    reasons = {
        int(model.index(r, RowErrorModel.ROW).data()): model.index(r, RowErrorModel.PROBLEM).data()
        for r in range(model.rowCount())
    }
    assert rows == ["3", "4", "5", "6", "7"]
    assert reasons[3] == "The name is missing."
    assert reasons[4] == "'135-abc' is not a phone number: it should be digits, like 138 1234 5678."
    assert reasons[5] == "There is no session '999'."
    assert reasons[6].startswith("Over capacity")
    assert reasons[7] == "周杰 (135****2222) is already on row 2 for the same session."
    assert "2 good, 5 with problems" in dialog.preview_summary.text()

    assert not dialog.import_button.isEnabled()  # a file with errors imports nothing…
    assert not dialog.import_good_button.isHidden()
    assert dialog.import_good_button.text() == "Import only the 2 good row(s)"
    dialog.import_button.click()
    assert _count(ctx) == before

    dialog.import_good_button.click()  # …unless the user says so
    qtbot.waitUntil(lambda: dialog.step() == dialog.RESULT, timeout=10_000)
    assert _count(ctx) == before + 2
    assert dialog.summary.tickets == 2 and dialog.summary.people == 3
    assert "Skipped 5 bad row(s): 3, 4, 5, 6, 7." in dialog.result_label.text()


def test_a_clean_file_imports_with_the_import_button_and_the_mapping_is_remembered(
    qtbot, ctx, tmp_path, people
):
    path = _write(
        tmp_path / "第二批.csv", [[1, "冯雪", "13522223333", "", "", people.world.noon, 1]]
    )
    dialog = ImportAttendeesDialog(ctx, sessions=open_session_list(ctx.services), path=path)
    qtbot.addWidget(dialog)
    _to_preview(qtbot, dialog)
    assert dialog.import_button.isEnabled() and dialog.import_good_button.isHidden()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.step() == dialog.RESULT, timeout=10_000)
    assert dialog.summary.tickets == 1

    again = ImportAttendeesDialog(
        ctx, sessions=open_session_list(ctx.services), path=path
    )  # the next export of the same form
    qtbot.addWidget(again)
    again.next()
    qtbot.waitUntil(lambda: again.step() == again.MAPPING, timeout=10_000)
    assert "last time" in again.mapping_note.text()


def test_an_unreadable_file_says_why_and_stays_on_the_first_step(qtbot, ctx, tmp_path, people):
    bad = tmp_path / "名单.xlsx"
    bad.write_bytes(b"not a workbook")
    dialog = ImportAttendeesDialog(ctx, sessions=open_session_list(ctx.services), path=bad)
    qtbot.addWidget(dialog)
    dialog.next()
    qtbot.waitUntil(lambda: not dialog.error_label.isHidden(), timeout=10_000)
    assert "名单.xlsx" in dialog.error_label.text()
    assert dialog.step() == dialog.FILE


def test_a_forms_answers_are_mapped_to_sessions_with_the_suggestion_preselected(
    qtbot, qtmodeltester, ctx, tmp_path
):
    from PySide6.QtWidgets import QComboBox

    from tests.fixtures.form_world import FIRST_EXPORT, SPHERE_10, build_form_world, write_form
    from ui.dialogs.value_mapping import AnswerModel

    world = build_form_world(ctx.store)
    path = write_form(tmp_path / "问卷星导出.xlsx", FIRST_EXPORT)
    dialog = ImportAttendeesDialog(ctx, sessions=open_session_list(ctx.services), path=path)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.values_step.model)  # before the answers fill it
    dialog.next()
    qtbot.waitUntil(lambda: dialog.step() == dialog.MAPPING, timeout=10_000)
    dialog.next()
    qtbot.waitUntil(lambda: dialog.step() == dialog.VALUES, timeout=10_000)

    step = dialog.values_step
    model = step.model
    rows = {model.index(r, AnswerModel.ANSWER).data(): r for r in range(model.rowCount())}
    assert set(rows) == {SPHERE_10, "3人", "三人", "我是带队老师", "家长"}
    combo = step.view.indexWidget(model.index(rows[SPHERE_10], AnswerModel.MEANING))
    assert isinstance(combo, QComboBox) and combo.currentData() == world.shows.morning
    assert "10:00 · Sphere show: Blue Planet" in combo.currentText()
    parents = step.view.indexWidget(model.index(rows["家长"], AnswerModel.MEANING))
    assert parents.currentData() is None  # no guess: the user chooses
    parents.setCurrentIndex(parents.findData("public"))

    dialog.next()
    qtbot.waitUntil(lambda: dialog.step() == dialog.PREVIEW, timeout=10_000)
    assert dialog.preview.ok, [e.message for e in dialog.preview.errors]
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.step() == dialog.RESULT, timeout=10_000)
    assert dialog.summary.tickets == 4 and dialog.summary.people == 9

    again = ImportAttendeesDialog(
        ctx,
        sessions=open_session_list(ctx.services),
        path=write_form(tmp_path / "第二批.xlsx", FIRST_EXPORT),
    )
    qtbot.addWidget(again)
    again.next()
    qtbot.waitUntil(lambda: again.step() == again.MAPPING, timeout=10_000)
    again.next()
    qtbot.waitUntil(lambda: again.step() == again.VALUES, timeout=10_000)
    remembered = again.values_step.model
    row = next(
        r for r in range(remembered.rowCount())
        if remembered.index(r, AnswerModel.ANSWER).data() == "家长"
    )  # fmt: skip
    assert remembered.index(row, AnswerModel.MEANING).data() == "Public"
