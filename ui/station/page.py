"""The Check-in page: choose the door (a session, or whatever is open now in a hall), open
the station window (kiosk or not), and set the door's business settings (check-in window,
staff and supervisor PINs), which every station on the database shares."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from scipop.errors import DomainError
from scipop.station.config import PinKind
from ui.context import AppContext
from ui.dialogs.register_dialog import session_items
from ui.dialogs.walk_in_dialog import running_session, todays_sessions
from ui.errors import show_error
from ui.i18n import display_name
from ui.pages.base import Page
from ui.settings import STATION_DOOR, STATION_ROOM
from ui.station.dialogs import ask_pin
from ui.station.window import StationSetup, StationWindow
from ui.widgets.session_combo import SessionCombo


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
        self.kiosk_check = QCheckBox(self.tr("Kiosk: full screen, the staff PIN to leave"), door)
        form.addRow("", self.kiosk_check)
        self.open_button = QPushButton(self.tr("Open the check-in station"), door)
        self.open_button.clicked.connect(self.open_station)
        form.addRow("", self.open_button)

        rules = QGroupBox(self.tr("Every station on this database"), self)
        rform = QFormLayout(rules)
        self.before_spin = QSpinBox(rules)
        self.before_spin.setRange(0, 1440)
        self.before_spin.setSuffix(self.tr(" min before the start"))
        self.after_spin = QSpinBox(rules)
        self.after_spin.setRange(0, 1440)
        self.after_spin.setSuffix(self.tr(" min after the end"))
        save_window = QPushButton(self.tr("Save the check-in window"), rules)
        save_window.clicked.connect(self.save_window)
        rform.addRow(self.tr("Doors open:"), self.before_spin)
        rform.addRow(self.tr("Doors close:"), self.after_spin)
        rform.addRow("", save_window)
        pins = QHBoxLayout()
        staff = QPushButton(self.tr("Set the staff PIN…"), rules)
        staff.clicked.connect(lambda: self.set_pin(PinKind.STAFF))
        supervisor = QPushButton(self.tr("Set the supervisor PIN…"), rules)
        supervisor.clicked.connect(lambda: self.set_pin(PinKind.SUPERVISOR))
        pins.addWidget(staff)
        pins.addWidget(supervisor)
        rform.addRow(self.tr("PINs:"), pins)
        self.pin_status = QLabel(rules)
        rform.addRow("", self.pin_status)

        box = QVBoxLayout(self)
        box.addWidget(door)
        box.addWidget(rules)
        box.addStretch(1)

    def reload(self) -> None:
        services = self.services
        sessions = todays_sessions(self.ctx)
        if not sessions:
            sessions = services.sessions.list(include_cancelled=False)[-200:]
        self.session_combo.set_items(session_items(sessions))
        running = running_session(sessions)
        if running is not None:
            self.session_combo.select(running)
        self.room_combo.clear()
        for room in services.rooms.list():
            self.room_combo.addItem(display_name(room.name, room.name_en), room.id)
        saved = self.room_combo.findData(self.ctx.settings.get(STATION_ROOM))
        if saved >= 0:
            self.room_combo.setCurrentIndex(saved)
        window = services.station.config.window()
        self.before_spin.setValue(int(window.before.total_seconds() // 60))
        self.after_spin.setValue(int(window.after.total_seconds() // 60))
        self._show_pins()

    def _show_pins(self) -> None:
        config = self.services.station.config
        has_staff = config.has_pin(PinKind.STAFF)
        has_super = config.has_pin(PinKind.SUPERVISOR)
        yes, no = self.tr("set"), self.tr("not set")
        self.pin_status.setText(
            self.tr("Staff PIN: %1 · supervisor PIN: %2")
            .replace("%1", yes if has_staff else no)
            .replace("%2", yes if has_super else no)
        )
        self.kiosk_check.setEnabled(has_staff)
        if not has_staff:
            self.kiosk_check.setChecked(False)
            self.kiosk_check.setToolTip(self.tr("Set a staff PIN first."))

    def setup(self) -> StationSetup | None:
        door = self.door_edit.text().strip() or self.tr("Door")
        self.ctx.settings.set(STATION_DOOR, door)
        kiosk = self.kiosk_check.isChecked()
        if self.hall_radio.isChecked():
            room_id = self.room_combo.currentData()
            if room_id is None:
                return None
            self.ctx.settings.set(STATION_ROOM, room_id)
            return StationSetup(door, None, room_id, kiosk)
        session_id = self.session_combo.session_id()
        return None if session_id is None else StationSetup(door, session_id, None, kiosk)

    @Slot()
    def open_station(self) -> StationWindow | None:
        setup = self.setup()
        if setup is None:
            return None
        window = StationWindow(self.ctx, setup)
        window.closed.connect(lambda w=window: self.windows.remove(w))
        self.windows.append(window)
        window.start()
        return window

    @Slot()
    def save_window(self) -> None:
        try:
            self.services.station.config.set_window(
                self.before_spin.value(), self.after_spin.value()
            )
        except DomainError as exc:
            show_error(self, exc)

    def set_pin(self, kind: PinKind) -> None:
        title = self.tr("Staff PIN") if kind == PinKind.STAFF else self.tr("Supervisor PIN")
        pin = ask_pin(self, title, self.tr("New PIN (4 to 12 digits):"))
        if pin is None:
            return
        try:
            self.services.station.config.set_pin(kind, pin)
        except DomainError as exc:
            show_error(self, exc)
            return
        QMessageBox.information(
            self, title, self.tr("The PIN is saved (as a hash, never as text).")
        )
        self._show_pins()
