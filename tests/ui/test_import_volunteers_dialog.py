"""Importing volunteers through the shared wizard: Chinese headers guessed, every bad row
listed, nothing imported unless only the good rows are chosen, organizations named first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select

from scipop.models import Volunteer
from tests.fixtures.spreadsheets import write_csv
from ui.dialogs.import_volunteers import ImportVolunteersDialog
from ui.models.import_rows import RowErrorModel

HEADERS = ["序号", "名字", "电话", "组织", "特长", "语言", "Email", "备注"]


def _count(ctx) -> int:
    with ctx.store.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(Volunteer))


@pytest.fixture
def roster_file(tmp_path: Path, ctx) -> Path:
    with ctx.store.uow(write=True) as uow:
        uow.session.add(Volunteer(name="老志愿者", phone="+8613900000009"))
        uow.commit()
    return write_csv(
        tmp_path / "志愿者报名表.csv",
        [
            HEADERS,
            [1, "张伟", "13800000001", "北京理工大学", "检票", "英语", "", ""],  # row 2: good
            [2, "", "13800000002", "", "", "", "", ""],  # row 3: no name
            [3, "王强", "13900000009", "", "", "", "", ""],  # row 4: on the roster
            [4, "赵敏", "138-abc", "", "", "", "", ""],  # row 5: bad phone
            [5, "钱多", "13800000001", "", "", "", "", ""],  # row 6: row 2's phone
        ],
        "gb18030",
    )


def _to_preview(qtbot, dialog) -> None:
    dialog.next()
    qtbot.waitUntil(lambda: dialog.step() == dialog.MAPPING, timeout=10_000)
    dialog.next()
    qtbot.waitUntil(lambda: dialog.step() == dialog.PREVIEW, timeout=10_000)


def test_the_wizard_guesses_lists_bad_rows_and_imports_only_good_ones_on_purpose(
    qtbot, qtmodeltester, ctx, roster_file
):
    before = _count(ctx)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ImportVolunteersDialog(parent, ctx, path=roster_file)  # the Volunteers page's order
    assert dialog.parent() is parent and dialog.ctx is ctx
    dialog.next()
    qtbot.waitUntil(lambda: dialog.step() == dialog.MAPPING, timeout=10_000)
    chosen = {f: c.currentText() for f, c in dialog.field_combos.items()}
    assert chosen == {
        "name": "名字",
        "phone": "电话",
        "email": "Email",
        "organization": "组织",
        "skills": "特长",
        "languages": "语言",
        "notes": "备注",
    }
    assert "5 row(s)" in dialog.mapping_note.text()
    dialog.next()
    qtbot.waitUntil(lambda: dialog.step() == dialog.PREVIEW, timeout=10_000)

    model = dialog.error_model
    qtmodeltester.check(model)
    problems = {
        int(model.index(r, RowErrorModel.ROW).data()): model.index(r, RowErrorModel.PROBLEM).data()
        for r in range(model.rowCount())
    }
    assert sorted(problems) == [3, 4, 5, 6]
    assert problems[4] == "139****0009 is already on the roster as 老志愿者 (volunteer #1)."
    assert problems[6] == "钱多 (138****0001): the same phone is already on row 2."
    summary = dialog.preview_summary.text()
    assert "1 good, 4 with problems" in summary and "北京理工大学" in summary
    assert not dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert _count(ctx) == before

    dialog.import_good_button.click()
    qtbot.waitUntil(lambda: dialog.step() == dialog.RESULT, timeout=10_000)
    assert _count(ctx) == before + 1
    assert dialog.summary.volunteers == 1
    text = dialog.result_label.text()
    assert "Imported 1 volunteer." in text and "Added 1 organization: 北京理工大学." in text
    assert "Skipped 4 bad row(s): 3, 4, 5, 6." in text


def test_unticking_new_organizations_makes_them_bad_rows(qtbot, ctx, tmp_path):
    path = write_csv(tmp_path / "list.csv", [["姓名", "单位"], ["张伟", "无名学会"]])
    dialog = ImportVolunteersDialog(ctx, path=path)
    qtbot.addWidget(dialog)
    dialog.create_organizations_check.setChecked(False)
    _to_preview(qtbot, dialog)
    assert [e.row for e in dialog.preview.errors] == [2]
    assert "无名学会" in dialog.preview.errors[0].message
    assert dialog.import_good_button.isHidden()  # no good row to import


def test_a_clean_file_imports_with_the_import_button(qtbot, ctx, tmp_path):
    path = write_csv(tmp_path / "list.csv", [["Name", "Phone"], ["Emma Smith", "13800000003"]])
    dialog = ImportVolunteersDialog(ctx, path=path)
    qtbot.addWidget(dialog)
    _to_preview(qtbot, dialog)
    assert dialog.import_button.isEnabled() and dialog.import_good_button.isHidden()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.step() == dialog.RESULT, timeout=10_000)
    assert _count(ctx) == 1
