"""Venues and the rooms of one venue."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from scipop.services.venues import RoomData, VenueData
from ui.i18n import display_name
from ui.models.base import RowTableModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)


class VenueTableModel(RowTableModel[VenueData]):
    CONTEXT = "VenueTableModel"
    NAME, ADDRESS, ROOMS = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("VenueTableModel", "Venue"),
        QT_TRANSLATE_NOOP("VenueTableModel", "Address"),
        QT_TRANSLATE_NOOP("VenueTableModel", "Rooms"),
    )

    def display(self, v: VenueData, column: int) -> str | int | None:
        match column:
            case self.NAME:
                return display_name(v.name, v.name_en)
            case self.ADDRESS:
                return v.address
            case self.ROOMS:
                return v.room_count
        return None

    def search_text(self, v: VenueData) -> str:
        return f"{v.name} {v.name_en} {v.address}".lower()

    def extra(self, v: VenueData, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROOMS:
            return RIGHT
        return None


class RoomTableModel(RowTableModel[RoomData]):
    CONTEXT = "RoomTableModel"
    NAME, CAPACITY, HOURS, SETUP, TEARDOWN, SHAREABLE, SESSIONS = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("RoomTableModel", "Room"),
        QT_TRANSLATE_NOOP("RoomTableModel", "Capacity"),
        QT_TRANSLATE_NOOP("RoomTableModel", "Opening hours"),
        QT_TRANSLATE_NOOP("RoomTableModel", "Setup (min)"),
        QT_TRANSLATE_NOOP("RoomTableModel", "Teardown (min)"),
        QT_TRANSLATE_NOOP("RoomTableModel", "Shareable"),
        QT_TRANSLATE_NOOP("RoomTableModel", "Sessions"),
    )

    def display(self, r: RoomData, column: int) -> str | int | None:
        match column:
            case self.NAME:
                return display_name(r.name, r.name_en)
            case self.CAPACITY:
                return r.capacity
            case self.HOURS:
                return f"{r.opens_at:%H:%M}–{r.closes_at:%H:%M}"
            case self.SETUP:
                return r.setup_minutes
            case self.TEARDOWN:
                return r.teardown_minutes
            case self.SHAREABLE:
                yes = QT_TRANSLATE_NOOP("RoomTableModel", "Yes")
                no = QT_TRANSLATE_NOOP("RoomTableModel", "No")
                return QCoreApplication.translate(self.CONTEXT, yes if r.shareable else no)
            case self.SESSIONS:
                return r.session_count
        return None

    def sort_key(self, r: RoomData, column: int) -> Any:
        if column == self.SHAREABLE:
            return int(r.shareable)
        return super().sort_key(r, column)

    def search_text(self, r: RoomData) -> str:
        return f"{r.name} {r.name_en}".lower()

    def extra(self, r: RoomData, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (self.CAPACITY, self.SETUP, self.TEARDOWN, self.SESSIONS):
                return RIGHT
            if column in (self.HOURS, self.SHAREABLE):
                return CENTER
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SHAREABLE:
            return QCoreApplication.translate(
                self.CONTEXT, "Several sessions may use a shareable hall at the same time."
            )
        return None
