"""Book or edit one session: event, hall, day and times, places, buffers, overrides.

Every save goes through ``SchedulingService`` (the one conflict check); a refusal keeps the
dialog open with the message beside the field, or at the top for a clash, and nothing typed
is lost. While the form changes, the slot is checked quietly so a clash shows before OK.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from scipop.app import Services
from scipop.errors import DomainError, ValidationError
from scipop.scheduling.following import FollowingChange
from scipop.scheduling.rules import SessionDraft
from scipop.services.sessions import SessionData
from scipop.timeutil import to_local
from ui.context import AppContext
from ui.dialogs.base import ErrorLabel, FormDialog
from ui.dialogs.pickers import (
    NO_ID,
    EventPicker,
    RoomPicker,
    ScheduleChoices,
    date_edit,
    local_datetime,
    minutes_spin,
    room_hint,
    row,
    time_edit,
)
from ui.errors import error_text
from ui.operations import QueryOp
from ui.widgets.setup_hint import EVENT, VENUE, Hint, SetupHint

CHOOSE_EVENT = QT_TRANSLATE_NOOP("errors", "Choose the event this session belongs to.")
CHOOSE_ROOM = QT_TRANSLATE_NOOP("errors", "Choose the hall.")
CHECK_DELAY_MS = 350


@dataclass
class SessionDialogResult:
    session: SessionData | None
    cancelled: bool = False


class SessionDialog(FormDialog):
    """``session`` given: edit it. Otherwise ``draft`` pre-fills a new one (room, times…).

    ``choices`` (the events and halls, see :func:`read_schedule_choices`) are read in a worker
    by the opening page: the dialog itself reads nothing on the GUI thread."""

    checked = Signal(str)  # what the quiet check while typing found

    def __init__(
        self,
        ctx: AppContext,
        *,
        choices: ScheduleChoices,
        session: SessionData | None = None,
        draft: SessionDraft | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, parent)
        self.session = session
        self.setWindowTitle(self.tr("Edit session") if session else self.tr("New session"))
        events, rooms = choices
        self.start_instead = ""  # what to create first, chosen in the hint (see setup_hint)
        self.setup_hint = self._say_what_is_missing(bool(events), bool(rooms))

        self.event_combo = self.add_field("event_id", self.tr("&Event:"), EventPicker(events, self))
        self.room_combo = self.add_field("room_id", self.tr("&Hall:"), RoomPicker(rooms, self))
        self.room_hint = QLabel(self)
        self.room_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.room_hint.setProperty("role", "hint")
        self.form.addRow("", self.room_hint)

        start = draft.starts_at if draft else datetime.combine(date.today(), time(10))
        end = draft.ends_at if draft else start + timedelta(hours=1)
        local_start, local_end = _local(start), _local(end)
        self.date_edit = date_edit(self, local_start.date())
        self.start_edit = time_edit(self, local_start.time())
        self.end_edit = time_edit(self, local_end.time())
        self.add_field(
            "starts_at",
            self.tr("&Day and start:"),
            row(self, self.date_edit, self.start_edit),
            focus=self.start_edit,
        )
        self.add_field("ends_at", self.tr("E&nd:"), self.end_edit)

        self.capacity_spin = self.add_field(
            "capacity", self.tr("&Places:"), minutes_spin(self, "", 100_000)
        )
        self.capacity_spin.setSingleStep(1)
        self.capacity_spin.setMinimum(1)

        self.buffers_check = QCheckBox(self.tr("Override the hall's buffers:"), self)
        self.setup_spin = minutes_spin(self, self.tr(" min setup"))
        self.teardown_spin = minutes_spin(self, self.tr(" min teardown"))
        buffers = row(self, self.buffers_check, self.setup_spin, self.teardown_spin)
        self.add_field("setup_minutes", self.tr("&Buffers:"), buffers, focus=self.setup_spin)
        self.add_error_target(
            "teardown_minutes", self.teardown_spin, self._fields["setup_minutes"][1]
        )
        self.outside_check = QCheckBox(self.tr("Book outside the hall's opening hours"), self)
        self.closed_check = QCheckBox(self.tr("Book on a closed day"), self)
        self.form.addRow(self.tr("Overrides:"), row(self, self.outside_check, self.closed_check))
        self.title_edit = self.add_field("title", self.tr("&Title:"), QLineEdit(self))
        self.title_edit.setPlaceholderText(self.tr("Optional, e.g. Public lecture"))

        self.scope_one = QRadioButton(self.tr("This session only"), self)
        self.scope_following = QRadioButton(
            self.tr("This and the following sessions of the series"), self
        )
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.scope_one)
        self.scope_group.addButton(self.scope_following)
        self.scope_one.setChecked(True)
        self.scope_row = row(self, self.scope_one, self.scope_following)
        self.form.addRow(self.tr("Apply to:"), self.scope_row)
        self.form.setRowVisible(self.scope_row, bool(session and session.series_id))

        self.check_label = ErrorLabel(self)
        self.check_label.setProperty("role", "hint")
        # Its two lines kept from the start: "The hall is free" appearing moves nothing (OK).
        policy = self.check_label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.check_label.setSizePolicy(policy)
        self.check_label.setMinimumHeight(2 * self.check_label.fontMetrics().lineSpacing() + 2)
        self.check_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.layout().insertWidget(self.layout().count() - 1, self.check_label)
        self.cancel_session_button: QPushButton | None = None
        if session is not None and not session.cancelled:
            self.cancel_session_button = self.buttons.addButton(
                self.tr("Cancel session…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.cancel_session_button.clicked.connect(self._cancel_session)
        self.result_info = SessionDialogResult(None)

        self._fill(session, draft)
        self.room_combo.currentIndexChanged.connect(self._room_changed)
        self.buffers_check.toggled.connect(self._buffers_toggled)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_now)
        for signal in (
            self.event_combo.currentIndexChanged,
            self.room_combo.currentIndexChanged,
            self.date_edit.dateChanged,
            self.start_edit.timeChanged,
            self.end_edit.timeChanged,
            self.capacity_spin.valueChanged,
            self.setup_spin.valueChanged,
            self.teardown_spin.valueChanged,
            self.buffers_check.toggled,
            self.outside_check.toggled,
            self.closed_check.toggled,
        ):
            signal.connect(self._schedule_check)
        self.resize(640, 0)

    # ---- filling
    def _fill(self, session: SessionData | None, draft: SessionDraft | None) -> None:
        if session is not None:
            self.event_combo.set_event(session.event_id)
            self.room_combo.set_room(session.room_id)
            self.capacity_spin.setValue(session.capacity)
            self.buffers_check.setChecked(session.buffers_overridden)
            self.setup_spin.setValue(session.setup_minutes)
            self.teardown_spin.setValue(session.teardown_minutes)
            self.outside_check.setChecked(session.outside_hours)
            self.title_edit.setText(session.title)
            local_start, local_end = _local(session.starts_at), _local(session.ends_at)
            self.date_edit.setDate(local_start.date())
            self.start_edit.setTime(local_start.time())
            self.end_edit.setTime(local_end.time())
        elif draft is not None:
            self.event_combo.set_event(draft.event_id if draft.event_id > 0 else None)
            self.room_combo.set_room(draft.room_id)
            self.title_edit.setText(draft.title)
            self.outside_check.setChecked(draft.outside_hours)
            self.closed_check.setChecked(draft.allow_closed_day)
        room = self.room_combo.room()
        if room is not None:
            self.capacity_spin.setMaximum(room.capacity)
            if session is None:
                cap = draft.capacity if draft and draft.capacity else room.capacity
                self.capacity_spin.setValue(min(cap, room.capacity))
                overridden = draft is not None and (
                    draft.setup_minutes is not None or draft.teardown_minutes is not None
                )
                self.buffers_check.setChecked(overridden)
                self.setup_spin.setValue(
                    draft.setup_minutes
                    if overridden and draft.setup_minutes is not None
                    else room.setup_minutes
                )
                self.teardown_spin.setValue(
                    draft.teardown_minutes
                    if overridden and draft.teardown_minutes is not None
                    else room.teardown_minutes
                )
        self._buffers_toggled(self.buffers_check.isChecked())
        self.room_hint.setText(room_hint(room))

    @Slot(int)
    def _room_changed(self, _index: int) -> None:
        room = self.room_combo.room()
        self.room_hint.setText(room_hint(room))
        if room is None:
            return
        was_full = self.capacity_spin.value() == self.capacity_spin.maximum()
        self.capacity_spin.setMaximum(room.capacity)
        if was_full or self.session is None:
            self.capacity_spin.setValue(room.capacity)
        if not self.buffers_check.isChecked():
            self.setup_spin.setValue(room.setup_minutes)
            self.teardown_spin.setValue(room.teardown_minutes)

    @Slot(bool)
    def _buffers_toggled(self, on: bool) -> None:
        self.setup_spin.setEnabled(on)
        self.teardown_spin.setEnabled(on)
        room = self.room_combo.room()
        if not on and room is not None:
            self.setup_spin.setValue(room.setup_minutes)
            self.teardown_spin.setValue(room.teardown_minutes)

    # ---- building and saving
    def collect(self) -> SessionDraft:
        event_id = self.event_combo.event_id()
        if event_id == NO_ID:
            raise ValidationError("event_id", CHOOSE_EVENT)
        room_id = self.room_combo.room_id()
        if room_id == NO_ID:
            raise ValidationError("room_id", CHOOSE_ROOM)
        day = self.date_edit.date().toPython()
        overridden = self.buffers_check.isChecked()
        return SessionDraft(
            event_id=event_id,
            room_id=room_id,
            starts_at=local_datetime(day, self.start_edit.time().toPython()),
            ends_at=local_datetime(day, self.end_edit.time().toPython()),
            capacity=self.capacity_spin.value(),
            title=self.title_edit.text().strip(),
            setup_minutes=self.setup_spin.value() if overridden else None,
            teardown_minutes=self.teardown_spin.value() if overridden else None,
            outside_hours=self.outside_check.isChecked(),
            allow_closed_day=self.closed_check.isChecked(),
        )

    def plan(self) -> tuple[str, int | None, SessionDraft | FollowingChange]:
        """What to write: create, update this session, or change it and the following ones."""
        draft = self.collect()
        self._check_timer.stop()
        if self.session is None:
            return "create", None, draft
        if self.scope_following.isChecked() and self.session.series_id:
            return "following", self.session.id, self._following(draft)
        return "update", self.session.id, draft

    def write(self, services: Services, plan: tuple) -> SessionData:
        what, session_id, change = plan
        scheduling = services.scheduling
        if what == "create":
            return scheduling.create(change)
        if what == "following":
            return scheduling.edit_following(session_id, change)[0]
        return scheduling.update(session_id, change)

    def _saved(self, result: SessionData) -> None:
        self.result_info = SessionDialogResult(result)
        super()._saved(result)

    def _following(self, draft: SessionDraft) -> FollowingChange:
        old = self.session
        assert old is not None
        new_start = draft.starts_at
        length = int((draft.ends_at - draft.starts_at).total_seconds() // 60)
        old_length = int((old.ends_at - old.starts_at).total_seconds() // 60)
        return FollowingChange(
            shift=new_start - old.starts_at,
            duration_minutes=length if length != old_length else None,
            room_id=draft.room_id if draft.room_id != old.room_id else None,
            capacity=draft.capacity if draft.capacity != old.capacity else None,
            title=draft.title if draft.title != old.title else None,
            setup_minutes=draft.setup_minutes,
            teardown_minutes=draft.teardown_minutes,
            outside_hours=draft.outside_hours,
            allow_closed_day=draft.allow_closed_day,
        )

    # ---- the quiet check while typing
    def _say_what_is_missing(self, has_events: bool, has_rooms: bool) -> SetupHint | None:
        """No event or no hall: a session cannot be booked; say which to create, offer it."""
        if has_events and has_rooms:
            return None
        if not has_events and not has_rooms:
            text = self.tr(
                "A session is booked in a hall for an event, and there are neither yet: add a "
                "venue and its halls, and create an event, first."
            )
        elif not has_rooms:
            text = self.tr("There is no hall to book yet: add a venue and its halls first.")
        else:
            text = self.tr("There is no event yet: create the event this session belongs to.")
        starts = tuple(
            s for s, missing in ((VENUE, not has_rooms), (EVENT, not has_events)) if missing
        )
        hint = SetupHint(self)
        hint.show_hint(Hint(text, starts))
        hint.requested.connect(self._start_instead)
        self.layout().insertWidget(0, hint)
        return hint

    @Slot(str)
    def _start_instead(self, what: str) -> None:
        self.start_instead = what
        self.reject()

    @Slot()
    def _schedule_check(self, *_args) -> None:
        self._check_timer.start()

    @Slot()
    def check_now(self) -> None:
        """Check the slot as OK would, write nothing (in a worker); shows what it found."""
        try:
            draft = self.collect()
        except DomainError as exc:
            self._show_check(exc)
            return
        session_id = self.session.id if self.session is not None else None
        QueryOp(
            self.ctx,
            self,
            lambda s: s.scheduling.check(draft, session_id),
            lambda _r: self._show_check(None),
        ).latest("check").failure(self._show_check).run()

    def _show_check(self, error: DomainError | None) -> None:
        if error is not None:
            text = error_text(error)
            self.check_label.setProperty("role", "error")
        else:
            text = self.tr("The hall is free at this time.")
            self.check_label.setProperty("role", "hint")
        self.check_label.style().unpolish(self.check_label)
        self.check_label.style().polish(self.check_label)
        self.check_label.show_message(text)
        self.checked.emit(text)

    # ---- cancelling from the dialog
    @Slot()
    def _cancel_session(self) -> None:
        from ui.dialogs.session_actions import cancel_session

        if self.session is not None:
            cancel_session(self, self.ctx, self.session, self._cancelled)

    def _cancelled(self) -> None:
        self.result_info = SessionDialogResult(None, cancelled=True)
        self.result_data = self.session
        self.accept()

    def done(self, result: int) -> None:
        self._check_timer.stop()
        super().done(result)


def _local(value: datetime) -> datetime:
    return to_local(value) if value.tzinfo is not None else value
