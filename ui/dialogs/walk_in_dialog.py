"""A walk-in at the door: name, optional phone, category; the running session preselected.

Reused by the check-in station, which passes its own session and station name.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from scipop.errors import ValidationError
from scipop.registration.dto import TicketData, WalkIn
from scipop.registration.service import MAX_HEADCOUNT
from scipop.services.sessions import SessionData
from scipop.timeutil import to_local, utcnow
from ui.context import AppContext
from ui.dialogs.base import FormDialog
from ui.dialogs.register_dialog import CHOOSE_SESSION, session_items
from ui.operations import QueryOp
from ui.ticket_labels import category_choices
from ui.widgets.session_combo import SessionCombo


def running_session(sessions: list[SessionData], now: datetime | None = None) -> int | None:
    """The session running now, else the next to start, else None."""
    now = now or utcnow()
    for x in sessions:
        if x.starts_at <= now < x.ends_at:
            return x.id
    upcoming = [x for x in sessions if x.starts_at >= now]
    return min(upcoming, key=lambda x: x.starts_at).id if upcoming else None


class WalkInDialog(FormDialog):
    """Registers (and by default admits) someone on the spot; never the waiting list.

    Today's sessions are read and the walk-in is saved off the GUI thread (ui/operations):
    the dialog stays responsive while the door's database is busy, and a refusal (the
    session or the hall is full, a bad phone) shows inside the dialog, beside its field.
    """

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        session_id: int | None = None,
        sessions: list[SessionData] | None = None,
        station: str = "",
        operator: str = "",
        now: datetime | None = None,
    ):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Walk-in"))
        self.station = station
        self.operator = operator
        self.result_data: TicketData | None = None
        self.walk_in: WalkIn | None = None  # the ticket, and the scan that admitted them
        self.sessions: dict[int, SessionData] = {}
        self._wanted_session = session_id
        self._now = now

        self.name_edit = self.add_field("name", self.tr("Name"), QLineEdit(self))
        self.phone_edit = self.add_field("phone", self.tr("Phone (optional)"), QLineEdit(self))
        self.category_combo = QComboBox(self)
        for text, value in category_choices():
            self.category_combo.addItem(text, value)
        self.add_field("category", self.tr("Category"), self.category_combo)
        self.session_combo = SessionCombo(self)
        # a session's line is long (date, a Chinese title, the hall, places left): the combo
        # takes the dialog's width and its list shows whole lines, the tooltip the rest
        self.session_combo.setMinimumContentsLength(24)
        self.session_combo.view().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.session_combo.session_changed.connect(self._show_chosen)
        self.session_combo.setPlaceholderText(self.tr("Loading today's sessions…"))
        self.add_field("session", self.tr("Session"), self.session_combo)
        # the chosen session in full: a long Chinese title does not fit the combo's line
        self.session_detail = QLabel(self)
        self.session_detail.setObjectName("session_detail")
        self.session_detail.setWordWrap(True)
        self.session_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow("", self.session_detail)
        self.headcount_spin = QSpinBox(self)
        self.headcount_spin.setRange(1, MAX_HEADCOUNT)
        self.add_field("headcount", self.tr("People"), self.headcount_spin)
        self.admit_check = QCheckBox(self.tr("Admit now (they are at the door)"), self)
        self.admit_check.setChecked(True)
        self.form.addRow("", self.admit_check)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register"))

        self.name_edit.setFocus()
        self.resize(640, self.sizeHint().height())
        if sessions is not None:
            self._show_sessions(sessions)
        else:
            self.loading = (
                QueryOp(ctx, self, lambda services: _sessions_for_walk_ins(services, now),
                        self._show_sessions)
                .disabling(self.buttons.button(QDialogButtonBox.StandardButton.Ok))
                .run()
            )  # fmt: skip

    def _show_sessions(self, listed: list[SessionData]) -> None:
        self.sessions = {x.id: x for x in listed}
        items = [(i, text, text) for i, text, _tip in session_items(listed)]
        self.session_combo.set_items(items)  # its pop-up as wide as its longest line
        self._show_chosen()
        chosen = self._wanted_session
        if chosen is None or chosen not in self.sessions:
            chosen = running_session(listed, self._now)
        if chosen is not None:
            self.session_combo.select(chosen)
        if not listed:
            self.general_error.show_message(self.tr("No session today or later to register for."))

    @Slot()
    def _show_chosen(self, *_args) -> None:
        index = self.session_combo.currentIndex()
        text = self.session_combo.itemText(index) if index >= 0 else ""
        self.session_detail.setText(text)
        self.session_detail.setVisible(bool(text))
        layout = self.layout()
        layout.activate()
        wanted = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        wanted = max(wanted, self.sizeHint().height())
        if self.height() < wanted:  # the wrapped lines get their room
            self.resize(self.width(), wanted)

    def collect(self) -> dict:
        return {
            "session_id": self.session_combo.session_id(),
            "name": self.name_edit.text(),
            "phone": self.phone_edit.text(),
            "category": self.category_combo.currentData(),
            "headcount": self.headcount_spin.value(),
            "admit": self.admit_check.isChecked(),
            "station": self.station,
            "operator": self.operator,
        }

    def plan(self) -> dict:
        data = self.collect()
        if data["session_id"] is None:
            raise ValidationError("session", CHOOSE_SESSION)
        return data

    def write(self, services, data: dict) -> WalkIn:  # in a worker: only its arguments
        return services.registration.walk_in(
            data["session_id"],
            data["name"],
            data["phone"],
            headcount=data["headcount"],
            category=data["category"],
            admit=data["admit"],
            station=data["station"],
            operator=data["operator"],
        )

    def _saved(self, result: WalkIn) -> None:
        self.walk_in = result
        super()._saved(result.ticket)


def todays_sessions(services, now: datetime | None = None) -> list[SessionData]:
    """Today's sessions (in the program's zone) not over yet, cancelled ones left out."""
    now = now or utcnow()
    end_of_day = to_local(now).replace(hour=23, minute=59, second=59)
    return services.sessions.list(start=now, end=end_of_day, include_cancelled=False)


def _sessions_for_walk_ins(services, now: datetime | None) -> list[SessionData]:
    """Today's sessions not over yet; when none is left today, the coming ones."""
    now = now or utcnow()
    return todays_sessions(services, now) or services.sessions.list(
        start=now, include_cancelled=False
    )
