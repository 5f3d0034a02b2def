"""The station's recent scans (every door of the session) and the lost-code lookup rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QColor

from scipop.models import ScanVerdict
from scipop.station.lookup import LookupRow
from scipop.station.service import FeedScan
from scipop.timeutil import fmt_local
from ui.errors import translated
from ui.models.base import RowTableModel
from ui.ticket_labels import ticket_label

GOOD = (ScanVerdict.ACCEPTED, ScanVerdict.PARTIAL, ScanVerdict.EXIT)
_GOOD_COLOUR = QColor("#1e8449")
_BAD_COLOUR = QColor("#c0392b")


class FeedModel(RowTableModel[FeedScan]):
    """The newest scans first; rows from other stations arrive by polling."""

    CONTEXT = "FeedModel"
    TIME, STATION, VERDICT, REASON = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("FeedModel", "Time"),
        QT_TRANSLATE_NOOP("FeedModel", "Door"),
        QT_TRANSLATE_NOOP("FeedModel", "Verdict"),
        QT_TRANSLATE_NOOP("FeedModel", "Reason"),
    )
    LIMIT = 200

    def __init__(self, parent=None):
        super().__init__(parent)
        # each row's texts and colour, made once: a scan inserted on top makes the view ask
        # again for every visible cell and role, and a station scans several times a second
        self._cells: dict[int, tuple[tuple[str, ...], QColor]] = {}

    def set_rows(self, rows) -> None:
        self._cells.clear()
        super().set_rows(rows)

    def retranslate(self) -> None:
        self._cells.clear()
        super().retranslate()

    def _cells_of(self, scan: FeedScan) -> tuple[tuple[str, ...], QColor]:
        got = self._cells.get(scan.id)
        if got is None:
            texts = tuple(self.display(scan, c) or "" for c in range(len(self.HEADERS)))
            got = (texts, _GOOD_COLOUR if scan.verdict in GOOD else _BAD_COLOUR)
            if len(self._cells) > 4 * self.LIMIT:
                self._cells.clear()
            self._cells[scan.id] = got
        return got

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = index.row()
            if not index.isValid() or row >= len(self._rows):
                return None
            text = self._cells_of(self._rows[row])[0][index.column()]
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if len(text) > 16 else None
            return text
        if role == Qt.ItemDataRole.ForegroundRole:
            row = index.row()
            if index.column() != self.VERDICT or row >= len(self._rows):
                return None
            return self._cells_of(self._rows[row])[1]
        if role < Qt.ItemDataRole.UserRole:
            return None  # fonts, alignment, backgrounds…: the view's own
        return super().data(index, role)

    def add_newest(self, scans: list[FeedScan]) -> None:
        """Put scans (newest first) on top, skipping any already shown."""
        known = {r.id for r in self._rows}
        fresh = [s for s in scans if s.id not in known]
        if not fresh:
            return
        self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
        self._rows[0:0] = fresh
        self.endInsertRows()
        if len(self._rows) > self.LIMIT:
            self.beginRemoveRows(QModelIndex(), self.LIMIT, len(self._rows) - 1)
            for gone in self._rows[self.LIMIT :]:
                self._cells.pop(gone.id, None)
            del self._rows[self.LIMIT :]
            self.endRemoveRows()

    @property
    def newest_id(self) -> int:
        return self._rows[0].id if self._rows else 0

    def display(self, scan: FeedScan, column: int) -> str | int | None:
        match column:
            case self.TIME:
                return fmt_local(scan.scanned_at, "%H:%M:%S")
            case self.STATION:
                return scan.station
            case self.VERDICT:
                return ticket_label(scan.verdict)
            case self.REASON:
                return translated(scan.context, scan.template, scan.params, "")
        return None

    def extra(self, scan: FeedScan, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.VERDICT:
            return _GOOD_COLOUR if scan.verdict in GOOD else _BAD_COLOUR
        return None


class LookupModel(RowTableModel[LookupRow]):
    """People found by name, pinyin initials or the last 4 phone digits (phones masked)."""

    CONTEXT = "LookupModel"
    NAME, PHONE, ORGANIZATION, ARRIVED = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("LookupModel", "Name"),
        QT_TRANSLATE_NOOP("LookupModel", "Phone"),
        QT_TRANSLATE_NOOP("LookupModel", "School / organization"),
        QT_TRANSLATE_NOOP("LookupModel", "Arrived"),
    )

    def display(self, row: LookupRow, column: int) -> str | int | None:
        match column:
            case self.NAME:
                return row.name
            case self.PHONE:
                return row.phone_masked
            case self.ORGANIZATION:
                return row.organization
            case self.ARRIVED:
                return f"{row.arrived}/{row.headcount}"
        return None
