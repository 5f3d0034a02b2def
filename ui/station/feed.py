"""The station's recent scans (every door of the session) and the lost-code lookup rows."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

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


class FeedModel(QStandardItemModel):
    """The newest scans first; rows from other stations arrive by polling.

    Its cells are Qt's own items (texts and colours made once, when a row arrives): a scan
    put on top makes the view ask again for every visible cell and role, and answering that
    in Python took the GUI thread ~2 ms per scan, with the Python lock, while the next scan's
    worker waited for it (benchmarks/bench_station.py).
    """

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
        super().__init__(0, len(self.HEADERS), parent)
        self._rows: list[FeedScan] = []
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate(self.CONTEXT, h) for h in self.HEADERS]
        )

    def rows(self) -> list[FeedScan]:
        return list(self._rows)

    def set_rows(self, rows) -> None:
        self.removeRows(0, self.rowCount())
        self._rows = []
        self.add_newest(list(rows))

    def _items(self, scan: FeedScan) -> list[QStandardItem]:
        items = []
        for column in range(len(self.HEADERS)):
            text = str(self.display(scan, column) or "")
            item = QStandardItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if len(text) > 16:
                item.setToolTip(text)
            if column == self.VERDICT:
                item.setForeground(_GOOD_COLOUR if scan.verdict in GOOD else _BAD_COLOUR)
            items.append(item)
        return items

    def add_newest(self, scans: list[FeedScan]) -> None:
        """Put scans (newest first) on top, skipping any already shown."""
        known = {r.id for r in self._rows}
        fresh = [s for s in scans if s.id not in known]
        if not fresh:
            return
        for scan in reversed(fresh):  # the oldest goes in first, the newest ends on top
            self.insertRow(0, self._items(scan))
            self._rows.insert(0, scan)
        if len(self._rows) > self.LIMIT:
            self.removeRows(self.LIMIT, len(self._rows) - self.LIMIT)
            del self._rows[self.LIMIT :]

    @property
    def newest_id(self) -> int:
        return self._rows[0].id if self._rows else 0

    def display(self, scan: FeedScan, column: int) -> str | None:
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
