"""Moving a ticket to another session, capacity-checked there (the code stays valid)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtWidgets import QLabel, QWidget

from scipop.app import Services
from scipop.errors import CapacityExceeded, DomainError, ValidationError
from scipop.registration.dto import ChangeResult
from scipop.registration.table_queries import AttendeeRow
from scipop.services.sessions import SessionData
from ui.context import AppContext
from ui.dialogs.base import FormDialog
from ui.dialogs.register_dialog import CHOOSE_SESSION, session_items
from ui.errors import error_text
from ui.models.attendees import session_text, ticket_text
from ui.widgets.plain_text import ask, plain_label
from ui.widgets.session_combo import SessionCombo


@dataclass(frozen=True)
class MovePlan:
    ticket_id: int
    session_id: int
    waitlist: bool = False


class MoveDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        row: AttendeeRow,
        parent: QWidget | None = None,
        *,
        sessions: list[SessionData],
    ):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Move to another session"))
        self.row = row
        self.result_data: ChangeResult | None = None
        # read in a worker by the page (open_session_list), like every dialog's choices
        listed = [x for x in sessions if x.id != row.session_id]
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

    def plan(self) -> MovePlan:
        """What OK writes: a session must be chosen."""
        session_id = self.collect()
        if session_id is None:
            raise ValidationError("session", CHOOSE_SESSION)
        assert self.row.ticket_id is not None
        return MovePlan(self.row.ticket_id, session_id)

    def write(self, services: Services, plan: MovePlan) -> ChangeResult:
        """In a worker (ui.operations)."""
        return services.registration.move(plan.ticket_id, plan.session_id, waitlist=plan.waitlist)

    def retry(self, exc: DomainError, plan: MovePlan) -> MovePlan | None:
        """That session is full: offer its waiting list; the dialog stays open if declined."""
        if not isinstance(exc, CapacityExceeded) or plan.waitlist:
            return None
        question = self.tr("Put the ticket on that session's waiting list instead?")
        if ask(self, self.tr("Session full"), error_text(exc) + "\n\n" + question):
            return replace(plan, waitlist=True)
        return None
