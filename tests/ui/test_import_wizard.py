"""The spreadsheet imports are real wizards: their pages, Back keeping the choices, a typed
path read with Enter, Qt's own buttons in Chinese, and closing after an import accepting."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard, QWizardPage
from sqlalchemy import event, func, select

from scipop.models import Volunteer
from tests.fixtures.spreadsheets import write_csv
from ui.dialogs.import_attendees import ImportAttendeesDialog
from ui.dialogs.import_volunteers import ImportVolunteersDialog
from ui.dialogs.import_wizard import (
    FILE_PAGE,
    MAPPING_PAGE,
    PREVIEW_PAGE,
    RESULT_PAGE,
    VALUES_PAGE,
)
from ui.dialogs.register_dialog import open_session_list

ROSTER = [
    ["姓名", "手机", "Mail", "备用电话"],
    ["张伟", "13800000001", "zw@example.org", "13900000001"],
    ["李娜", "13800000002", "", "13900000002"],
]


def _count(ctx) -> int:
    with ctx.store.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(Volunteer))


def test_each_import_is_a_wizard_with_its_pages(qtbot, ctx):
    attendees = ImportAttendeesDialog(ctx, sessions=open_session_list(ctx.services))
    volunteers = ImportVolunteersDialog(ctx)
    for dialog in (attendees, volunteers):
        qtbot.addWidget(dialog)
        assert isinstance(dialog, QWizard)
        assert all(isinstance(dialog.page(i), QWizardPage) for i in dialog.pageIds())
        assert dialog.currentId() == FILE_PAGE
        assert not dialog.button(QWizard.WizardButton.NextButton).isEnabled()  # no file yet
    everything = [FILE_PAGE, MAPPING_PAGE, VALUES_PAGE, PREVIEW_PAGE, RESULT_PAGE]
    assert attendees.pageIds() == everything  # a form's answers may need mapping
    assert volunteers.pageIds() == [FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, RESULT_PAGE]
    assert attendees.page(PREVIEW_PAGE).isCommitPage()


def test_enter_reads_a_typed_path_and_back_from_the_rows_keeps_the_mapping(
    qtbot, ctx, tmp_path: Path
):
    path = write_csv(tmp_path / "roster.csv", ROSTER)  # QTest types ASCII only
    dialog = ImportVolunteersDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.currentId() == MAPPING_PAGE, timeout=10_000)

    phone, email = dialog.field_combos["phone"], dialog.field_combos["email"]
    assert phone.currentText() == "手机" and email.currentText() == "Mail"
    phone.setCurrentIndex(phone.findText("备用电话"))  # the user knows better
    email.setCurrentIndex(0)  # — not in this file —
    dialog.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: dialog.currentId() == PREVIEW_PAGE, timeout=10_000)
    rows = dialog.preview.rows
    assert [r.phone for r in rows] == ["+8613900000001", "+8613900000002"]
    assert [r.email for r in rows] == ["", ""]

    dialog.button(QWizard.WizardButton.BackButton).click()
    assert dialog.currentId() == MAPPING_PAGE
    assert phone.currentText() == "备用电话" and email.currentData() is None
    dialog.button(QWizard.WizardButton.NextButton).click()  # checked again, same choices
    qtbot.waitUntil(lambda: dialog.currentId() == PREVIEW_PAGE, timeout=10_000)
    assert dialog.import_button.isEnabled() and dialog.import_good_button.isHidden()


def test_closing_after_an_import_accepts_and_cancel_before_rejects(qtbot, ctx, tmp_path: Path):
    path = write_csv(tmp_path / "志愿者.csv", ROSTER)
    before = ImportVolunteersDialog(ctx, path=path)
    qtbot.addWidget(before)
    before.show()
    with qtbot.waitSignal(before.rejected):
        before.button(QWizard.WizardButton.CancelButton).click()

    dialog = ImportVolunteersDialog(ctx, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.next()
    qtbot.waitUntil(lambda: dialog.currentId() == MAPPING_PAGE, timeout=10_000)
    dialog.next()
    qtbot.waitUntil(lambda: dialog.currentId() == PREVIEW_PAGE, timeout=10_000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.currentId() == RESULT_PAGE, timeout=10_000)
    assert _count(ctx) == 2
    assert not dialog.button(QWizard.WizardButton.CancelButton).isVisible()
    with qtbot.waitSignal(dialog.accepted):
        dialog.close()  # the window's own close button: the page still reloads
    assert dialog.result() == QWizard.DialogCode.Accepted.value


def test_the_wizard_buttons_read_in_chinese(qtbot, ctx, chinese):
    dialog = ImportAttendeesDialog(ctx, sessions=open_session_list(ctx.services))
    qtbot.addWidget(dialog)
    texts = {
        b: dialog.button(b).text()
        for b in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CancelButton,
            QWizard.WizardButton.FinishButton,
        )
    }
    assert texts == {
        QWizard.WizardButton.BackButton: "< 上一步(&B)",
        QWizard.WizardButton.NextButton: "下一步(&N) >",
        QWizard.WizardButton.CancelButton: "取消",
        QWizard.WizardButton.FinishButton: "关闭",
    }
    assert dialog.page(PREVIEW_PAGE).buttonText(QWizard.WizardButton.CommitButton) == "导入(&I)"


def test_checking_the_rows_shows_progress_and_can_be_cancelled(qtbot, ctx, tmp_path: Path):
    path = write_csv(tmp_path / "志愿者.csv", ROSTER)
    dialog = ImportVolunteersDialog(ctx, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.next()
    qtbot.waitUntil(lambda: dialog.currentId() == MAPPING_PAGE, timeout=10_000)

    def slow(*_args) -> None:
        time.sleep(0.3)  # a server across a busy network

    engine = ctx.services.store.engine
    event.listen(engine, "before_cursor_execute", slow)
    try:
        dialog.button(QWizard.WizardButton.NextButton).click()
        page = dialog.mapping_page
        assert dialog.busy and page.progress_box.isVisible()
        assert not dialog.button(QWizard.WizardButton.NextButton).isEnabled()
        assert not dialog.button(QWizard.WizardButton.BackButton).isEnabled()
        page.cancel_button.click()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    finally:
        event.remove(engine, "before_cursor_execute", slow)
    assert dialog.currentId() == MAPPING_PAGE  # stays, saying so
    assert dialog.error_label.text() == "Cancelled; nothing was imported."
    assert not page.progress_box.isVisible() and _count(ctx) == 0
    dialog.next()  # and can go on
    qtbot.waitUntil(lambda: dialog.currentId() == PREVIEW_PAGE, timeout=10_000)
