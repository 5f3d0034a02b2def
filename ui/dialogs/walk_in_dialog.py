"""A walk-in at the door: name, optional phone, category; the running session preselected.

Reused by the check-in station, which passes its own session and station name.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from scipop.errors import ValidationError
from scipop.registration.dto import TicketData
from scipop.registration.service import MAX_HEADCOUNT
from scipop.services.sessions import SessionData
from scipop.timeutil import to_local, utcnow
from ui.context import AppContext
from ui.dialogs.base import FormDialog
from ui.dialogs.register_dialog import CHOOSE_SESSION, session_items
from ui.ticket_labels import category_choices
from ui.widgets.session_combo import SessionCombo


def todays_sessions(ctx: AppContext, now: datetime | None = None) -> list[SessionData]:
    """Today's sessions (local day) that have not ended."""
    now = now or utcnow()
    local = to_local(now)
    end_of_day = local.replace(hour=23, minute=59, second=59)
    return ctx.services.sessions.list(start=now, end=end_of_day, include_cancelled=False)


def running_session(sessions: list[SessionData], now: datetime | None = None) -> int | None:
    """The session running now, else the next to start, else None."""
    now = now or utcnow()
    for x in sessions:
        if x.starts_at <= now < x.ends_at:
            return x.id
    upcoming = [x for x in sessions if x.starts_at >= now]
    return min(upcoming, key=lambda x: x.starts_at).id if upcoming else None


class WalkInDialog(FormDialog):
    """Registers (and by default admits) someone on the spot; never the waiting list."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        session_id: int | None = None,
        sessions: list[SessionData] | None = None,
        station: str = "",
        now: datetime | None = None,
    ):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Walk-in"))
        self.station = station
        self.result_data: TicketData | None = None
        listed = sessions if sessions is not None else todays_sessions(ctx, now)
        if not listed:  # nothing left today: offer what is coming
            listed = ctx.services.sessions.list(start=now or utcnow(), include_cancelled=False)
        self.sessions = {x.id: x for x in listed}

        self.name_edit = self.add_field("name", self.tr("Name"), QLineEdit(self))
        self.phone_edit = self.add_field("phone", self.tr("Phone (optional)"), QLineEdit(self))
        self.category_combo = QComboBox(self)
        for text, value in category_choices():
            self.category_combo.addItem(text, value)
        self.add_field("category", self.tr("Category"), self.category_combo)
        self.session_combo = SessionCombo(self)
        self.session_combo.set_items(session_items(listed))
        self.add_field("session", self.tr("Session"), self.session_combo)
        self.headcount_spin = QSpinBox(self)
        self.headcount_spin.setRange(1, MAX_HEADCOUNT)
        self.add_field("headcount", self.tr("People"), self.headcount_spin)
        self.admit_check = QCheckBox(self.tr("Admit now (they are at the door)"), self)
        self.admit_check.setChecked(True)
        self.form.addRow("", self.admit_check)

        chosen = session_id if session_id is not None else running_session(listed, now)
        if chosen is not None:
            self.session_combo.select(chosen)
        self.name_edit.setFocus()
        self.resize(520, self.sizeHint().height())

    def collect(self) -> dict:
        return {
            "session_id": self.session_combo.session_id(),
            "name": self.name_edit.text(),
            "phone": self.phone_edit.text(),
            "category": self.category_combo.currentData(),
            "headcount": self.headcount_spin.value(),
            "admit": self.admit_check.isChecked(),
        }

    def save(self, data: dict) -> TicketData:
        if data["session_id"] is None:
            raise ValidationError("session", CHOOSE_SESSION)
        services = self.ctx.services
        ticket = services.registration.walk_in(
            data["session_id"],
            data["name"],
            data["phone"],
            headcount=data["headcount"],
            category=data["category"],
            admit=data["admit"],
            station=self.station,
        )
        return ticket
