"""Create or edit a venue and a room (hall) of a venue."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from scipop.app import Services
from scipop.services.venues import RoomData, VenueData
from ui.context import AppContext
from ui.dialogs.base import FormDialog
from ui.i18n import display_name


class VenueDialog(FormDialog):
    def __init__(self, ctx: AppContext, venue: VenueData | None = None, parent=None):
        super().__init__(ctx, parent)
        self.venue = venue or VenueData()
        self.setWindowTitle(self.tr("Edit venue") if venue else self.tr("New venue"))
        self.name_edit = self.add_field("name", self.tr("&Name (Chinese):"), QLineEdit(self))
        self.name_en_edit = self.add_field("name_en", self.tr("&English name:"), QLineEdit(self))
        self.address_edit = self.add_field("address", self.tr("&Address:"), QLineEdit(self))
        self.notes_edit = self.add_field("notes", self.tr("N&otes:"), QPlainTextEdit(self))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(80)
        self.name_edit.setText(self.venue.name)
        self.name_en_edit.setText(self.venue.name_en)
        self.address_edit.setText(self.venue.address)
        self.notes_edit.setPlainText(self.venue.notes)
        self.resize(480, 0)

    def collect(self) -> VenueData:
        return replace(
            self.venue,
            name=self.name_edit.text(),
            name_en=self.name_en_edit.text(),
            address=self.address_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    def write(self, services: Services, data: VenueData) -> VenueData:
        service = services.venues
        return service.update(data) if data.id is not None else service.create(data)


def _time_edit(parent: QWidget) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setDisplayFormat("HH:mm")
    return edit


def _minutes_spin(parent: QWidget) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(0, 24 * 60)
    spin.setSingleStep(5)
    return spin


class RoomDialog(FormDialog):
    """``room.venue_id`` preselects the venue for a new room; ``venues`` (the choices) are
    read in a worker by the opening page, not here on the GUI thread."""

    def __init__(
        self,
        ctx: AppContext,
        room: RoomData | None = None,
        parent=None,
        *,
        venues: list[VenueData],
    ):
        super().__init__(ctx, parent)
        self.room = room or RoomData()
        editing = room is not None and room.id is not None
        self.setWindowTitle(self.tr("Edit room") if editing else self.tr("New room"))
        self.venue_combo = self.add_field("venue_id", self.tr("&Venue:"), QComboBox(self))
        for v in venues:
            self.venue_combo.addItem(display_name(v.name, v.name_en), v.id)
        self.name_edit = self.add_field("name", self.tr("&Name (Chinese):"), QLineEdit(self))
        self.name_en_edit = self.add_field("name_en", self.tr("&English name:"), QLineEdit(self))
        self.capacity_spin = self.add_field("capacity", self.tr("&Capacity:"), QSpinBox(self))
        self.capacity_spin.setRange(0, 100_000)
        self.capacity_spin.setSuffix(self.tr(" people"))

        hours = QWidget(self)
        row = QHBoxLayout(hours)
        row.setContentsMargins(0, 0, 0, 0)
        self.opens_edit = _time_edit(hours)
        self.closes_edit = _time_edit(hours)
        row.addWidget(self.opens_edit)
        row.addWidget(QLabel("–", hours))
        row.addWidget(self.closes_edit)
        row.addStretch(1)
        self.add_field("closes_at", self.tr("Opening &hours:"), hours, focus=self.closes_edit)
        self.setup_spin = self.add_field(
            "setup_minutes", self.tr("&Setup buffer:"), _minutes_spin(self)
        )
        self.teardown_spin = self.add_field(
            "teardown_minutes", self.tr("&Teardown buffer:"), _minutes_spin(self)
        )
        for spin in (self.setup_spin, self.teardown_spin):
            spin.setSuffix(self.tr(" min"))
        self.shareable_check = self.add_field(
            "shareable",
            self.tr("Sharing:"),
            QCheckBox(self.tr("Several sessions may use this hall at the same time"), self),
        )
        self.notes_edit = self.add_field("notes", self.tr("N&otes:"), QPlainTextEdit(self))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(80)

        r = self.room
        venue_row = self.venue_combo.findData(r.venue_id) if r.venue_id is not None else -1
        self.venue_combo.setCurrentIndex(venue_row if venue_row >= 0 else 0)
        self.name_edit.setText(r.name)
        self.name_en_edit.setText(r.name_en)
        self.capacity_spin.setValue(r.capacity)
        self.opens_edit.setTime(QTime(r.opens_at.hour, r.opens_at.minute))
        self.closes_edit.setTime(QTime(r.closes_at.hour, r.closes_at.minute))
        self.setup_spin.setValue(r.setup_minutes)
        self.teardown_spin.setValue(r.teardown_minutes)
        self.shareable_check.setChecked(r.shareable)
        self.notes_edit.setPlainText(r.notes)
        self.resize(520, 0)

    def collect(self) -> RoomData:
        return replace(
            self.room,
            venue_id=self.venue_combo.currentData(),
            name=self.name_edit.text(),
            name_en=self.name_en_edit.text(),
            capacity=self.capacity_spin.value(),
            opens_at=self.opens_edit.time().toPython(),
            closes_at=self.closes_edit.time().toPython(),
            setup_minutes=self.setup_spin.value(),
            teardown_minutes=self.teardown_spin.value(),
            shareable=self.shareable_check.isChecked(),
            notes=self.notes_edit.toPlainText(),
        )

    def write(self, services: Services, data: RoomData) -> RoomData:
        service = services.rooms
        return service.update(data) if data.id is not None else service.create(data)
