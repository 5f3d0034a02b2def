"""Registering a person or a group for a session; a full session offers the waiting list."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from scipop.app import Services
from scipop.errors import CapacityExceeded, DomainError, ValidationError
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import AttendeeCategory
from scipop.phones import display_phone, phone_or_original
from scipop.registration.dto import Registrant, TicketData
from scipop.registration.service import MAX_HEADCOUNT
from scipop.services.people import AttendeeData
from scipop.services.sessions import SessionData
from scipop.timeutil import utcnow
from ui.context import AppContext
from ui.dialogs.base import FormDialog
from ui.errors import error_text
from ui.operations import QueryOp
from ui.ticket_labels import category_choices
from ui.widgets.plain_text import ask
from ui.widgets.session_combo import SessionCombo, describe_session

LOOKUP_DELAY_MS = 250
translate = QCoreApplication.translate
ATTENDEE_ROLE = Qt.ItemDataRole.UserRole + 1
CHOOSE_SESSION = QT_TRANSLATE_NOOP("errors", "Choose a session.")


def session_items(sessions: list[SessionData]) -> list[tuple[int, str, str]]:
    """Combo entries that say how many places are left."""
    items = []
    for x in sessions:
        text = describe_session(
            x.starts_at, x.event_title, x.event_title_en, x.room_name, x.room_name_en
        )
        # the brackets are the language's: ASCII in English, full-width （） in Chinese
        if x.free:
            label = translate("RegisterDialog", "%1 (%2 free)").replace("%2", str(x.free))
        else:
            label = translate("RegisterDialog", "%1 (full)")
        items.append((x.id, label.replace("%1", text), ""))
    return items


def open_session_list(services: Services) -> list[SessionData]:
    """Sessions people can still register for: not cancelled, not over (in a worker)."""
    return services.sessions.list(start=utcnow(), include_cancelled=False)


@dataclass(frozen=True)
class RegisterPlan:
    """What the worker registers: nothing of the dialog's widgets."""

    session_id: int
    person: Registrant
    attendee_id: int | None  # someone picked from the list, left as they were
    waitlist: bool = False


class RegisterDialog(FormDialog):
    """Fields of a new attendee, or pick a registered one; the session; single or group."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        session_id: int | None = None,
        attendee: AttendeeData | None = None,
        sessions: list[SessionData],
    ):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Register for a session"))
        self.result_data: TicketData | None = None
        self.waitlisted = False
        self.picked: AttendeeData | None = None  # someone chosen from the attendee list
        self.sessions = {x.id: x for x in sessions}  # read in a worker: open_session_list

        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Type a name or phone of someone registered…"))
        self.find_edit.setClearButtonEnabled(True)
        self._found = QStandardItemModel(self)
        completer = QCompleter(self._found, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated[QModelIndex].connect(self._picked)
        self.find_edit.setCompleter(completer)
        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        self._lookup_timer.setInterval(LOOKUP_DELAY_MS)
        self._lookup_timer.timeout.connect(self._lookup)
        self.find_edit.textEdited.connect(lambda _t: self._lookup_timer.start())
        self.form.addRow(self.tr("Registered before?"), self.find_edit)

        self.name_edit = self.add_field("name", self.tr("Name"), QLineEdit(self))
        self.phone_edit = self.add_field("phone", self.tr("Phone"), QLineEdit(self))
        self.phone_edit.setPlaceholderText(self.tr("13800138000"))
        self.email_edit = self.add_field("email", self.tr("Email"), QLineEdit(self))
        self.organization_edit = self.add_field(
            "organization", self.tr("Organization or school"), QLineEdit(self)
        )
        self.category_combo = QComboBox(self)
        for text, value in category_choices():
            self.category_combo.addItem(text, value)
        self.add_field("category", self.tr("Category"), self.category_combo)

        self.session_combo = SessionCombo(self)
        self.session_combo.set_items(session_items(list(self.sessions.values())))
        self.session_combo.session_changed.connect(self._session_changed)
        self.add_field("session", self.tr("Session"), self.session_combo)
        self.places_label = QLabel(self)
        self.places_label.setProperty("role", "muted")
        self.form.addRow("", self.places_label)

        kind_row = QWidget(self)
        row = QHBoxLayout(kind_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.single_radio = QRadioButton(self.tr("One person"), kind_row)
        self.group_radio = QRadioButton(self.tr("A group of"), kind_row)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.single_radio)
        self.kind_group.addButton(self.group_radio)
        self.single_radio.setChecked(True)
        self.headcount_spin = QSpinBox(kind_row)
        self.headcount_spin.setRange(2, MAX_HEADCOUNT)
        self.headcount_spin.setValue(40)
        self.headcount_spin.setSuffix(self.tr(" people"))
        self.headcount_spin.setEnabled(False)
        self.group_radio.toggled.connect(self.headcount_spin.setEnabled)
        self.group_radio.toggled.connect(lambda _on: self._session_changed(self.session_id()))
        self.headcount_spin.valueChanged.connect(
            lambda _v: self._session_changed(self.session_id())
        )
        for w in (self.single_radio, self.group_radio, self.headcount_spin):
            row.addWidget(w)
        row.addStretch(1)
        self.add_field("headcount", self.tr("Ticket"), kind_row, focus=self.headcount_spin)
        hint = QLabel(self.tr("A school class is one group ticket: one code for everyone."), self)
        hint.setProperty("role", "muted")
        self.form.addRow("", hint)

        if session_id is not None:
            self.session_combo.select(session_id)
        if attendee is not None:
            self.fill(attendee)
        self._session_changed(self.session_id())
        self.name_edit.setFocus()
        self.resize(620, self.sizeHint().height())

    # ---- picking someone registered before
    @Slot()
    def _lookup(self) -> None:
        """Those registered before whose name or phone matches, read in a worker (the newest
        text wins), offered under the field."""
        text = self.find_edit.text().strip()
        if len(text) < 1:
            self._found.clear()
            return
        QueryOp(
            self.ctx, self, lambda s: s.attendees.search(text, limit=15), self._show_found
        ).latest("lookup").run()

    def _show_found(self, found: list[AttendeeData]) -> None:
        self._found.clear()
        for a in found:
            parts = [a.name, display_phone(a.phone), a.organization]
            item = QStandardItem(" · ".join(p for p in parts if p))
            item.setData(a, ATTENDEE_ROLE)
            self._found.appendRow(item)
        if found and self.find_edit.hasFocus():
            self.find_edit.completer().complete()

    @Slot(QModelIndex)
    def _picked(self, index: QModelIndex) -> None:
        attendee = index.data(ATTENDEE_ROLE)
        if attendee is not None:
            self.fill(attendee)

    def fill(self, a: AttendeeData) -> None:
        self.picked = a
        self.name_edit.setText(a.name)
        self.phone_edit.setText(display_phone(a.phone))
        self.email_edit.setText(a.email)
        self.organization_edit.setText(a.organization)
        self.category_combo.setCurrentIndex(
            max(0, self.category_combo.findData(AttendeeCategory(a.category)))
        )

    # ---- places
    def session_id(self) -> int | None:
        return self.session_combo.session_id()

    def headcount(self) -> int:
        return self.headcount_spin.value() if self.group_radio.isChecked() else 1

    @Slot(object)
    def _session_changed(self, session_id: int | None) -> None:
        x = self.sessions.get(session_id) if session_id is not None else None
        if x is None:
            self.places_label.setText("")
            return
        text = (
            self.tr("%1 of %2 places taken, %3 free.")
            .replace("%1", str(x.booked))
            .replace("%2", str(x.capacity))
            .replace("%3", str(x.free))
        )
        if self.headcount() > x.free:
            text += " " + self.tr("Not enough places: the ticket would join the waiting list.")
        self.places_label.setText(text)

    # ---- saving
    def collect(self) -> tuple[int | None, Registrant]:
        return self.session_id(), Registrant(
            name=self.name_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            organization=self.organization_edit.text(),
            category=self.category_combo.currentData(),
            headcount=self.headcount(),
        )

    def existing_attendee(self, person: Registrant) -> int | None:
        """The picked attendee's id while their name and phone are left as they were."""
        a = self.picked
        if a is None or a.id is None:
            return None
        same = person.name.strip() == a.name and phone_or_original(person.phone) == a.phone
        return a.id if same else None

    def plan(self) -> RegisterPlan:
        """What OK writes (checked here first: a session must be chosen)."""
        session_id, person = self.collect()
        if session_id is None:
            raise ValidationError("session", CHOOSE_SESSION)
        return RegisterPlan(session_id, person, self.existing_attendee(person))

    def write(self, services: Services, plan: RegisterPlan) -> TicketData:
        """In a worker (ui.operations): register, or put on the waiting list when asked to."""
        registration = services.registration
        if plan.attendee_id is not None:  # the same person, even without a phone to match on
            return registration.register_existing(
                plan.session_id,
                plan.attendee_id,
                headcount=plan.person.headcount,
                waitlist=plan.waitlist,
            )
        return registration.register(plan.session_id, plan.person, waitlist=plan.waitlist)

    def retry(self, exc: DomainError, plan: RegisterPlan) -> RegisterPlan | None:
        """The session is full: offer its waiting list; the dialog stays open if declined."""
        full = isinstance(exc, CapacityExceeded) and not plan.waitlist
        if full and self.offer_waiting_list(exc):
            self.waitlisted = True
            return replace(plan, waitlist=True)
        return None

    def offer_waiting_list(self, full: CapacityExceeded) -> bool:
        return ask(
            self,
            self.tr("Session full"),
            error_text(full)
            + "\n\n"
            + self.tr(
                "Put them on the waiting list? They get a ticket "
                "when places free up, in the order they joined."
            ),
            default_yes=True,
        )
