"""Correct a volunteer's check-in and check-out times on a shift (a note is required; audited)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QLineEdit, QWidget

from scipop.app import Services
from scipop.timeutil import local_zone, to_local, to_utc
from ui.context import AppContext
from ui.dialogs.base import FormDialog
from ui.dialogs.pickers import row
from ui.widgets.plain_text import plain_label


def _edit(parent: QWidget, value: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    local = to_local(value)
    edit.setDateTime(QDateTime(local.date(), local.time().replace(second=0, microsecond=0)))
    return edit


class CorrectTimesDialog(FormDialog):
    def __init__(self, ctx: AppContext, assignment, shift, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.assignment = assignment
        self.setWindowTitle(self.tr("Correct check-in and check-out"))
        a = assignment
        self.form.addRow(self.tr("Volunteer:"), plain_label(a.volunteer_name, self))
        came = a.corrected_in_at or a.checked_in_at
        left = a.corrected_out_at or a.checked_out_at
        self.in_check = QCheckBox(self.tr("Checked &in at"), self)
        self.in_check.setChecked(True)
        self.in_edit = _edit(self, came or shift.starts_at)
        self.add_field(
            "checked_in_at", "", row(self, self.in_check, self.in_edit), focus=self.in_edit
        )
        self.out_check = QCheckBox(self.tr("Checked &out at"), self)
        self.out_check.setChecked(left is not None or came is None)
        self.out_edit = _edit(self, left or shift.ends_at)
        self.add_field(
            "checked_out_at", "", row(self, self.out_check, self.out_edit), focus=self.out_edit
        )
        self.note_edit = self.add_field("note", self.tr("&Why (required):"), QLineEdit(self))
        self.note_edit.setPlaceholderText(
            self.tr("e.g. forgot to scan out; confirmed by the hall lead")
        )
        self.note_edit.setText(a.correction_note)
        self.in_check.toggled.connect(self.in_edit.setEnabled)
        self.out_check.toggled.connect(self.out_edit.setEnabled)
        self.out_edit.setEnabled(self.out_check.isChecked())
        self.note_edit.setFocus()
        self.resize(460, 0)

    def collect(self):
        def local(edit: QDateTimeEdit):
            return edit.dateTime().toPython().replace(tzinfo=local_zone())

        came = to_utc(local(self.in_edit)) if self.in_check.isChecked() else None
        left = to_utc(local(self.out_edit)) if self.out_check.isChecked() else None
        return (self.assignment.id, came, left, self.note_edit.text())

    def write(self, services: Services, data):
        ident, came, left, note = data
        return services.assignments.correct(ident, came, left, note)
