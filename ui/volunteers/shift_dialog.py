"""Create or edit a shift: for a session (its times), or in a hall for a time span; the role,
how many people it needs and the skills it requires."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from scipop.app import Services
from scipop.timeutil import local_zone, to_local, to_utc
from scipop.volunteers.dto import ShiftData
from ui.context import AppContext
from ui.dialogs.base import FormDialog
from ui.dialogs.pickers import RoomPicker, date_edit, row, time_edit
from ui.volunteers.texts import local_today
from ui.widgets.session_combo import SessionCombo, describe_session

ROLES = ("引导", "检票", "讲解", "舞台", "翻译", "医疗")
SESSIONS_AROUND_DAYS = 45


def expanding(widget: QWidget) -> QWidget:
    """A combo box as wide as the form (long hall and event names)."""
    policy = widget.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
    widget.setSizePolicy(policy)
    return widget


def role_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.addItems(ROLES)
    combo.setCurrentIndex(-1)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMinimumContentsLength(12)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


class ShiftDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        shift: ShiftData | None = None,
        *,
        day: date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, parent)
        self.shift = shift or ShiftData()
        self.setWindowTitle(self.tr("Edit shift") if shift else self.tr("New shift"))
        services = ctx.services
        s = self.shift
        start_day = to_local(s.starts_at).date() if s.starts_at else (day or local_today())

        self.at_session = QRadioButton(self.tr("At a &session"), self)
        self.in_hall = QRadioButton(self.tr("In a &hall for a time span"), self)
        self.where_group = QButtonGroup(self)
        self.where_group.addButton(self.at_session)
        self.where_group.addButton(self.in_hall)
        self.form.addRow(self.tr("Where:"), row(self, self.at_session, self.in_hall))

        lo = datetime.combine(start_day - timedelta(days=7), time(0), tzinfo=local_zone())
        hi = datetime.combine(
            start_day + timedelta(days=SESSIONS_AROUND_DAYS), time(0), tzinfo=local_zone()
        )
        self.sessions = {
            x.id: x for x in services.sessions.list(start=lo, end=hi, include_cancelled=False)
        }
        if s.session_id is not None and s.session_id not in self.sessions:
            try:
                x = services.sessions.get(s.session_id)
                self.sessions[x.id] = x
            except Exception:
                pass
        self.session_combo = self.add_field("session_id", self.tr("S&ession:"), SessionCombo(self))
        self.session_combo.set_items(
            (
                x.id,
                describe_session(
                    x.starts_at, x.event_title, x.event_title_en, x.room_name, x.room_name_en
                ),
                "",
            )
            for x in sorted(self.sessions.values(), key=lambda x: x.starts_at)
        )
        self.room_combo = self.add_field(
            "room_id", self.tr("Ha&ll:"), expanding(RoomPicker(services.rooms.list(), self))
        )
        self.date_edit = date_edit(self, start_day)
        self.start_edit = time_edit(
            self, to_local(s.starts_at).time() if s.starts_at else time(9, 0)
        )
        self.end_edit = time_edit(self, to_local(s.ends_at).time() if s.ends_at else time(12, 0))
        self.span_row = row(self, self.date_edit, self.start_edit, "–", self.end_edit)
        self.add_field("starts_at", self.tr("&When:"), self.span_row, focus=self.date_edit)
        self.add_error_target("ends_at", self.end_edit, self._fields["starts_at"][1])

        self.role_combo = self.add_field("role", self.tr("&Role:"), role_combo(self))
        self.needed_spin = self.add_field("needed", self.tr("&People needed:"), QSpinBox(self))
        self.needed_spin.setRange(0, 999)
        self.skills_edit = self.add_field("skills", self.tr("Required s&kills:"), QLineEdit(self))
        self.skills_edit.setPlaceholderText(self.tr("e.g. 英语、急救 (optional)"))
        self.notes_edit = self.add_field("notes", self.tr("N&otes:"), QPlainTextEdit(self))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(70)

        if s.session_id is not None or s.id is None:
            self.at_session.setChecked(True)
        else:
            self.in_hall.setChecked(True)
        if s.session_id is not None:
            self.session_combo.select(s.session_id)
        if s.room_id is not None:
            self.room_combo.set_room(s.room_id)
        self.role_combo.setEditText(s.role)
        self.needed_spin.setValue(s.needed)
        self.skills_edit.setText(s.skills)
        self.notes_edit.setPlainText(s.notes)
        self.at_session.toggled.connect(self._where_changed)
        self._where_changed()
        self.resize(620, 0)

    @Slot()
    def _where_changed(self) -> None:
        session = self.at_session.isChecked()
        self.form.setRowVisible(self.session_combo.parentWidget(), session)
        self.form.setRowVisible(self.room_combo.parentWidget(), not session)
        self.form.setRowVisible(self.span_row.parentWidget(), not session)

    def collect(self) -> ShiftData:
        base = replace(
            self.shift,
            role=self.role_combo.currentText(),
            needed=self.needed_spin.value(),
            skills=self.skills_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )
        if self.at_session.isChecked():
            session_id = self.session_combo.session_id()
            same = session_id is not None and session_id == self.shift.session_id
            return replace(
                base,
                session_id=session_id,
                room_id=None,
                starts_at=self.shift.starts_at if same else None,
                ends_at=self.shift.ends_at if same else None,
            )
        day = self.date_edit.date().toPython()
        zone = local_zone()
        start = datetime.combine(day, self.start_edit.time().toPython(), tzinfo=zone)
        end = datetime.combine(day, self.end_edit.time().toPython(), tzinfo=zone)
        if end < start:  # a night shift: ends the next day
            end += timedelta(days=1)
        room_id = self.room_combo.currentData()
        return replace(
            base, session_id=None, room_id=room_id, starts_at=to_utc(start), ends_at=to_utc(end)
        )

    def write(self, services: Services, data: ShiftData) -> ShiftData:
        service = services.shifts
        return service.update(data) if data.id is not None else service.create(data)
