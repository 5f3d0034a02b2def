"""Moving a ticket to another session, capacity-checked there (the code stays valid)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from scipop.errors import CapacityExceeded, ValidationError
from scipop.registration.dto import ChangeResult
from scipop.registration.table_queries import AttendeeRow
from scipop.services.sessions import SessionData
from ui.context import AppContext
from ui.dialogs.base import FormDialog
from ui.dialogs.register_dialog import CHOOSE_SESSION, open_sessions, session_items
from ui.errors import error_text
from ui.models.attendees import session_text, ticket_text
from ui.widgets.plain_text import ask, plain_label
from ui.widgets.session_combo import SessionCombo


class MoveDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        row: AttendeeRow,
        parent: QWidget | None = None,
        *,
        sessions: list[SessionData] | None = None,
    ):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Move to another session"))
        self.row = row
        self.result_data: ChangeResult | None = None
        listed = sessions if sessions is not None else open_sessions(ctx)
        listed = [x for x in listed if x.id != row.session_id]
        self.sessions = {x.id: x for x in listed}

        self.who_label = plain_label(f"{row.name} · {ticket_text(row)}", self)
        self.form.addRow(self.tr("Ticket"), self.who_label)
        self.form.addRow(self.tr("Now"), plain_label(session_text(row), self))
        self.session_combo = SessionCombo(self)
        self.session_combo.set_items(session_items(listed))
        self.add_field("session", self.tr("Move to"), self.session_combo)
        note = QLabel(
            self.tr(
                "The printed code stays valid. Places freed here go to this session's waiting list."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        self.form.addRow("", note)
        self.resize(600, self.sizeHint().height())

    def collect(self) -> int | None:
        return self.session_combo.session_id()

    def save(self, session_id: int | None) -> ChangeResult:
        if session_id is None:
            raise ValidationError("session", CHOOSE_SESSION)
        registration = self.ctx.services.registration
        assert self.row.ticket_id is not None
        try:
            return registration.move(self.row.ticket_id, session_id)
        except CapacityExceeded as full:
            if not ask(
                self,
                self.tr("Session full"),
                error_text(full)
                + "\n\n"
                + self.tr("Put the ticket on that session's waiting list instead?"),
            ):
                raise
        return registration.move(self.row.ticket_id, session_id, waitlist=True)
