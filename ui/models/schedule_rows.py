"""The rows of a schedule file being imported: cells as written, each bad row with its reasons."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication

from scipop.importing.report import RowError
from scipop.scheduling.importing import PreviewRow
from ui.errors import translated
from ui.models.base import RowTableModel

BAD_BG = QColor("#fdecea")
BAD_FG = QColor("#b3261e")
OK_FG = QColor("#1e7b34")
OK = QT_TRANSLATE_NOOP("ScheduleRowsModel", "OK")
PROBLEM = QT_TRANSLATE_NOOP("ScheduleRowsModel", "Problem")


def reason_text(e: RowError) -> str:
    """The reason of one problem in the UI's language (column named when there is one)."""
    reason = translated("errors", e.reason_template, e.params, e.reason)
    if e.column:
        return (
            QCoreApplication.translate("ScheduleRowsModel", "%1: %2")
            .replace("%1", e.column)
            .replace("%2", reason)
        )
    return reason


class ScheduleRowsModel(RowTableModel[PreviewRow]):
    CONTEXT = "ScheduleRowsModel"
    ROW, STATE, EVENT, ROOM, DATE, START, END, CAPACITY, TITLE, PROBLEMS = range(10)
    KEYS = {
        EVENT: "event",
        ROOM: "room",
        DATE: "date",
        START: "start",
        END: "end",
        CAPACITY: "capacity",
        TITLE: "title",
    }
    HEADERS = (
        QT_TRANSLATE_NOOP("ScheduleRowsModel", "Row"),
        QT_TRANSLATE_NOOP("ScheduleRowsModel", "State"),
        QT_TRANSLATE_NOOP("ScheduleRowsModel", "Event"),
        QT_TRANSLATE_NOOP("ScheduleRowsModel", "Hall"),
        QT_TRANSLATE_NOOP("ScheduleRowsModel", "Date"),
        QT_TRANSLATE_NOOP("ScheduleRowsModel", "Start"),
        QT_TRANSLATE_NOOP("ScheduleRowsModel", "End"),
        QT_TRANSLATE_NOOP("ScheduleRowsModel", "Places"),
        QT_TRANSLATE_NOOP("ScheduleRowsModel", "Title"),
        QT_TRANSLATE_NOOP("ScheduleRowsModel", "Problems"),
    )

    def display(self, r: PreviewRow, column: int) -> str | int | None:
        if column == self.ROW:
            return r.row
        if column == self.STATE:
            return QCoreApplication.translate(self.CONTEXT, OK if r.ok else PROBLEM)
        if column == self.PROBLEMS:
            return "; ".join(reason_text(e) for e in r.errors)
        if column == self.CAPACITY and r.booking is not None and not r.cells.get("capacity"):
            return str(r.booking.capacity)  # the hall's capacity, as it will be booked
        key = self.KEYS.get(column)
        return r.cells.get(key, "") if key else None

    def sort_key(self, r: PreviewRow, column: int) -> Any:
        if column == self.ROW:
            return r.row
        if column == self.STATE:
            return (r.ok, r.row)
        return super().sort_key(r, column)

    def search_text(self, r: PreviewRow) -> str:
        return " ".join(r.cells.values()).lower()

    def extra(self, r: PreviewRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and not r.ok:
            return BAD_BG
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.STATE, self.PROBLEMS):
            return OK_FG if r.ok else BAD_FG
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column in (self.STATE, self.PROBLEMS)
            and r.errors
        ):
            return "\n".join(reason_text(e) for e in r.errors)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.ROW, self.CAPACITY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


COLUMN_NAMES = {  # column key -> what the wizard calls the field
    "event": QT_TRANSLATE_NOOP("ImportSessionsDialog", "Event"),
    "room": QT_TRANSLATE_NOOP("ImportSessionsDialog", "Hall"),
    "date": QT_TRANSLATE_NOOP("ImportSessionsDialog", "Date"),
    "start": QT_TRANSLATE_NOOP("ImportSessionsDialog", "Start"),
    "end": QT_TRANSLATE_NOOP("ImportSessionsDialog", "End"),
    "capacity": QT_TRANSLATE_NOOP("ImportSessionsDialog", "Places"),
    "title": QT_TRANSLATE_NOOP("ImportSessionsDialog", "Session title"),
}


@dataclass(frozen=True)
class ColumnMatch:
    """One field of a schedule row: the file's header feeding it (None: absent), first value."""

    key: str
    header: str | None
    first: str
    required: bool


class ColumnMatchModel(RowTableModel[ColumnMatch]):
    """The wizard's columns page: which column of the file feeds each field."""

    CONTEXT = "ColumnMatchModel"
    FIELD, HEADER, FIRST = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("ColumnMatchModel", "Field"),
        QT_TRANSLATE_NOOP("ColumnMatchModel", "Column in the file"),
        QT_TRANSLATE_NOOP("ColumnMatchModel", "First row"),
    )

    def display(self, m: ColumnMatch, column: int) -> str | None:
        match column:
            case self.FIELD:
                name = COLUMN_NAMES.get(m.key, m.key)
                name = QCoreApplication.translate("ImportSessionsDialog", name)
                if m.required:
                    return name
                optional = QCoreApplication.translate("ColumnMatchModel", "%1 (optional)")
                return optional.replace("%1", name)
            case self.HEADER:
                if m.header is None:
                    return QCoreApplication.translate("ColumnMatchModel", "— not in the file")
                return m.header
            case self.FIRST:
                return m.first
        return None

    def extra(self, m: ColumnMatch, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and m.header is None and column != self.FIELD:
            return QGuiApplication.palette().placeholderText()
        return None
