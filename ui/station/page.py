"""The Check-in page: choose the door (a session, or whatever is open now in a hall), open
the station window (kiosk or not), and set the door's business settings (check-in window,
staff and supervisor PINs), which every station on the database shares.

Its reads and writes run off the GUI thread (ui.operations); a refused setting is said
under the settings, in the page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from scipop.errors import DomainError
from scipop.services.sessions import SessionData
from scipop.services.venues import RoomData
from scipop.station.config import CheckInWindow, PinKind
from ui.context import AppContext
from ui.dialogs.base import ErrorLabel
from ui.dialogs.register_dialog import session_items
from ui.dialogs.walk_in_dialog import running_session, todays_sessions
from ui.errors import error_text
from ui.i18n import display_name
from ui.operations import WriteOp
from ui.pages.base import Page
from ui.settings import STATION_DOOR, STATION_OPERATOR, STATION_ROOM
from ui.station.dialogs import ask_pin
from ui.station.window import StationSetup, StationWindow
from ui.widgets.session_combo import SessionCombo


@dataclass(frozen=True)
class DoorChoices:
    """What the page shows, read in a worker."""

    sessions: list[SessionData]
    rooms: list[RoomData]
    window: CheckInWindow
    staff_pin: bool
    supervisor_pin: bool


def read_door_choices(services, now: datetime | None = None) -> DoorChoices:
    """Today's sessions not over yet (else the latest 200), the halls, the shared settings."""
    sessions = todays_sessions(services, now)
    if not sessions:
        sessions = services.sessions.list(include_cancelled=False)[-200:]
    config = services.station.config
    return DoorChoices(
        sessions,
        services.rooms.list(),
        config.window(),
        config.has_pin(PinKind.STAFF),
        config.has_pin(PinKind.SUPERVISOR),
    )


def read_pins(services) -> tuple[bool, bool]:
    config = services.station.config
    return config.has_pin(PinKind.STAFF), config.has_pin(PinKind.SUPERVISOR)


class CheckInPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.windows: list[StationWindow] = []
        door = QGroupBox(self.tr("Door"), self)
        form = QFormLayout(door)
        self.session_radio = QRadioButton(self.tr("This session:"), door)
        self.session_combo = SessionCombo(door)
        self.hall_radio = QRadioButton(self.tr("Whatever is open now in this hall:"), door)
        self.room_combo = QComboBox(door)
        self.session_radio.setChecked(True)
        form.addRow(self.session_radio, self.session_combo)
        form.addRow(self.hall_radio, self.room_combo)
        self.door_edit = QLineEdit(door)
        self.door_edit.setObjectName("door_edit")
        self.door_edit.setPlaceholderText(self.tr("e.g. East door"))
        self.door_edit.setText(ctx.settings.get(STATION_DOOR))
        form.addRow(self.tr("Door name:"), self.door_edit)
        # who scans here: every scan is logged with them (empty: this PC's login)
        self.operator_edit = QLineEdit(door)
        self.operator_edit.setObjectName("operator_edit")
        self.operator_edit.setPlaceholderText(
            self.tr("The volunteer or staff member at this door (empty: %1)").replace(
                "%1", ctx.services.store.actor
            )
        )
        self.operator_edit.setText(ctx.settings.get(STATION_OPERATOR))
        form.addRow(self.tr("Operator:"), self.operator_edit)
        self.kiosk_check = QCheckBox(self.tr("Kiosk: full screen, the staff PIN to leave"), door)
        form.addRow("", self.kiosk_check)
        self.open_button = QPushButton(self.tr("Open the check-in station"), door)
        self.open_button.clicked.connect(self.open_station)
        form.addRow("", self.open_button)
        # why the station cannot open (nothing to check in to), and what to do about it
        self.open_note = QLabel(door)
        self.open_note.setObjectName("open_note")
        self.open_note.setWordWrap(True)
        self.open_note.setProperty("role", "hint")
        self.open_note.hide()
        form.addRow("", self.open_note)
        self._loaded = False  # the sessions and halls are read: say what is missing
        self.session_radio.toggled.connect(self._update_open)
        self.session_combo.session_changed.connect(self._update_open)
        self.room_combo.currentIndexChanged.connect(self._update_open)
        self._update_open()

        rules = QGroupBox(self.tr("Every station on this database"), self)
        rform = QFormLayout(rules)
        self.before_spin = QSpinBox(rules)
        self.before_spin.setRange(0, 1440)
        self.before_spin.setSuffix(self.tr(" min before the start"))
        self.after_spin = QSpinBox(rules)
        self.after_spin.setRange(0, 1440)
        self.after_spin.setSuffix(self.tr(" min after the end"))
        self.save_window_button = save_window = QPushButton(
            self.tr("Save the check-in window"), rules
        )
        save_window.clicked.connect(self.save_window)
        rform.addRow(self.tr("Doors open:"), self.before_spin)
        rform.addRow(self.tr("Doors close:"), self.after_spin)
        rform.addRow("", save_window)
        pins = QHBoxLayout()
        self.staff_button = staff = QPushButton(self.tr("Set the staff PIN…"), rules)
        staff.clicked.connect(lambda: self.set_pin(PinKind.STAFF))
        self.supervisor_button = supervisor = QPushButton(self.tr("Set the supervisor PIN…"), rules)
        supervisor.clicked.connect(lambda: self.set_pin(PinKind.SUPERVISOR))
        pins.addWidget(staff)
        pins.addWidget(supervisor)
        rform.addRow(self.tr("PINs:"), pins)
        self.pin_status = QLabel(rules)
        rform.addRow("", self.pin_status)
        self.settings_error = ErrorLabel(rules)  # a refused window or PIN, said here
        rform.addRow("", self.settings_error)
        self.settings_note = QLabel(rules)  # what was saved
        self.settings_note.setProperty("role", "hint")
        rform.addRow("", self.settings_note)

        box = QVBoxLayout(self)
        box.addWidget(door)
        box.addWidget(rules)
        box.addStretch(1)

    def reload(self) -> None:
        self.query(read_door_choices, self._show)

    def _show(self, read: DoorChoices) -> None:
        self.session_combo.set_items(session_items(read.sessions))
        running = running_session(read.sessions)
        if running is not None:
            self.session_combo.select(running)
        self.room_combo.clear()
        for room in read.rooms:
            self.room_combo.addItem(display_name(room.name, room.name_en), room.id)
        saved = self.room_combo.findData(self.ctx.settings.get(STATION_ROOM))
        if saved >= 0:
            self.room_combo.setCurrentIndex(saved)
        self._loaded = True
        self._update_open()
        self.before_spin.setValue(int(read.window.before.total_seconds() // 60))
        self.after_spin.setValue(int(read.window.after.total_seconds() // 60))
        self._show_pins((read.staff_pin, read.supervisor_pin))

    def _show_pins(self, pins: tuple[bool, bool]) -> None:
        has_staff, has_super = pins
        yes, no = self.tr("set"), self.tr("not set")
        self.pin_status.setText(
            self.tr("Staff PIN: %1 · supervisor PIN: %2")
            .replace("%1", yes if has_staff else no)
            .replace("%2", yes if has_super else no)
        )
        self.kiosk_check.setEnabled(has_staff)
        self.kiosk_check.setToolTip("" if has_staff else self.tr("Set a staff PIN first."))
        if not has_staff:
            self.kiosk_check.setChecked(False)

    def _missing(self) -> str:
        """Why the station cannot open now ("" when it can)."""
        if self.hall_radio.isChecked():
            if self.room_combo.count() == 0:
                return self.tr(
                    "There is no hall to check in at yet: add a venue and its halls first."
                )
            if self.room_combo.currentData() is None:
                return self.tr("Choose the hall.")
            return ""
        if self.session_combo.count() == 0:
            return self.tr(
                "There is no session to check in to yet: book a session in the Calendar "
                "first (or load the demo data)."
            )
        if self.session_combo.session_id() is None:
            return self.tr("Choose the session.")
        return ""

    @Slot()
    def _update_open(self, *_args) -> None:
        missing = self._missing() if self._loaded else ""
        self.open_button.setEnabled(self._loaded and not missing)
        self.open_button.setToolTip(missing)
        self.open_note.setText(missing)
        self.open_note.setVisible(bool(missing))

    def setup(self) -> StationSetup | None:
        door = self.door_edit.text().strip() or self.tr("Door")
        self.ctx.settings.set(STATION_DOOR, door)
        operator = self.operator_edit.text().strip()
        self.ctx.settings.set(STATION_OPERATOR, operator)
        kiosk = self.kiosk_check.isChecked()
        if self.hall_radio.isChecked():
            room_id = self.room_combo.currentData()
            if room_id is None:
                return None
            self.ctx.settings.set(STATION_ROOM, room_id)
            return StationSetup(door, None, room_id, kiosk, operator)
        session_id = self.session_combo.session_id()
        if session_id is None:
            return None
        return StationSetup(door, session_id, None, kiosk, operator)

    @Slot()
    def open_station(self) -> StationWindow | None:
        setup = self.setup()
        if setup is None:
            self._update_open()  # says what is missing
            return None
        window = StationWindow(self.ctx, setup)
        window.closed.connect(lambda w=window: self.windows.remove(w))
        self.windows.append(window)
        window.start()
        return window

    # ---- the shared settings, written in a worker; a refusal is said under them
    def _write_setting(self, op, saved: str, then=None) -> WriteOp:
        self.settings_error.show_message("")
        self.settings_note.setText("")

        def done(result) -> None:
            self.settings_note.setText(saved)
            if then is not None:
                then(result)

        def refused(exc: DomainError) -> None:
            self.settings_error.show_message(error_text(exc))

        buttons = (self.save_window_button, self.staff_button, self.supervisor_button)
        return WriteOp(self.ctx, self, op, done).failure(refused).disabling(*buttons).run()

    @Slot()
    def save_window(self) -> WriteOp:
        before, after = self.before_spin.value(), self.after_spin.value()
        return self._write_setting(
            lambda services: services.station.config.set_window(before, after),
            self.tr("The check-in window is saved."),
        )

    def set_pin(self, kind: PinKind) -> WriteOp | None:
        title = self.tr("Staff PIN") if kind == PinKind.STAFF else self.tr("Supervisor PIN")
        pin = ask_pin(self, title, self.tr("New PIN (4 to 12 digits):"))
        if pin is None:
            return None

        def write(services) -> tuple[bool, bool]:
            services.station.config.set_pin(kind, pin)
            return read_pins(services)

        return self._write_setting(
            write, self.tr("The PIN is saved (as a hash, never as text)."), self._show_pins
        )
