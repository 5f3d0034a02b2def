"""The sessions of one event (event detail): when, where, places booked, status, series."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from scipop.services.sessions import SessionData
from scipop.timeutil import fmt_local, to_local
from ui.calendar.headers import date_label
from ui.i18n import display_name
from ui.models.base import RowTableModel

MUTED = QColor("#7f8c8d")
FULL = QColor("#b3261e")
SCHEDULED = QT_TRANSLATE_NOOP("EventSessionsModel", "Scheduled")
CANCELLED = QT_TRANSLATE_NOOP("EventSessionsModel", "Cancelled")
IN_SERIES = QT_TRANSLATE_NOOP("EventSessionsModel", "Series #%1")


class EventSessionsModel(RowTableModel[SessionData]):
    CONTEXT = "EventSessionsModel"
    DAY, TIME, HALL, TITLE, BOOKED, STATUS, SERIES = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("EventSessionsModel", "Day"),
        QT_TRANSLATE_NOOP("EventSessionsModel", "Time"),
        QT_TRANSLATE_NOOP("EventSessionsModel", "Hall"),
        QT_TRANSLATE_NOOP("EventSessionsModel", "Title"),
        QT_TRANSLATE_NOOP("EventSessionsModel", "Booked / places"),
        QT_TRANSLATE_NOOP("EventSessionsModel", "Status"),
        QT_TRANSLATE_NOOP("EventSessionsModel", "Series"),
    )

    def display(self, x: SessionData, column: int) -> str | int | None:
        match column:
            case self.DAY:
                day = to_local(x.starts_at).date()
                return date_label(day)
            case self.TIME:
                return f"{fmt_local(x.starts_at, '%H:%M')}–{fmt_local(x.ends_at, '%H:%M')}"
            case self.HALL:
                return display_name(x.room_name, x.room_name_en)
            case self.TITLE:
                return x.title
            case self.BOOKED:
                return f"{x.booked} / {x.capacity}"
            case self.STATUS:
                return QCoreApplication.translate(
                    self.CONTEXT, CANCELLED if x.cancelled else SCHEDULED
                )
            case self.SERIES:
                if x.series_id is None:
                    return ""
                return QCoreApplication.translate(self.CONTEXT, IN_SERIES).replace(
                    "%1", str(x.series_id)
                )
        return None

    def sort_key(self, x: SessionData, column: int) -> Any:
        if column in (self.DAY, self.TIME):
            return x.starts_at.isoformat()
        if column == self.BOOKED:
            return (x.booked, x.capacity)
        if column == self.SERIES:
            return x.series_id or 0
        return super().sort_key(x, column)

    def search_text(self, x: SessionData) -> str:
        return " ".join((x.room_name, x.room_name_en, x.title)).lower()

    def extra(self, x: SessionData, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if x.cancelled:
                return MUTED
            if column == self.BOOKED and x.booked >= x.capacity:
                return FULL
        if role == Qt.ItemDataRole.FontRole and x.cancelled and column == self.STATUS:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.BOOKED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
