"""A ticket's scans at the door: time, station, verdict and reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from scipop.models import ScanVerdict
from scipop.registration.dto import ScanData
from scipop.timeutil import fmt_local
from ui.errors import translated
from ui.models.base import RowTableModel
from ui.ticket_labels import ticket_label

ACCEPTED = QColor("#1e8449")
REFUSED = QColor("#c0392b")


class ScanTableModel(RowTableModel[ScanData]):
    CONTEXT = "ScanTableModel"
    TIME, STATION, VERDICT, REASON = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ScanTableModel", "Time"),
        QT_TRANSLATE_NOOP("ScanTableModel", "Station"),
        QT_TRANSLATE_NOOP("ScanTableModel", "Verdict"),
        QT_TRANSLATE_NOOP("ScanTableModel", "Reason"),
    )

    def display(self, scan: ScanData, column: int) -> str | int | None:
        match column:
            case self.TIME:
                return fmt_local(scan.scanned_at, "%m-%d %H:%M")
            case self.STATION:
                return scan.station
            case self.VERDICT:
                verdict = ticket_label(scan.verdict)
                return f"{verdict} ×{scan.admitted}" if scan.admitted > 1 else verdict
            case self.REASON:
                return reason_text(scan)
        return None

    def sort_key(self, scan: ScanData, column: int) -> Any:
        if column == self.TIME:
            return scan.scanned_at.isoformat()
        return super().sort_key(scan, column)

    def extra(self, scan: ScanData, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.VERDICT:
            ok = scan.verdict in (ScanVerdict.ACCEPTED, ScanVerdict.PARTIAL)
            return ACCEPTED if ok else REFUSED
        if role == Qt.ItemDataRole.ToolTipRole:
            when = fmt_local(scan.scanned_at, "%Y-%m-%d %H:%M:%S")
            return f"{when} · {scan.station}\n{reason_text(scan)}"
        return None


def reason_text(scan: ScanData) -> str:
    """Why the scan was accepted or refused, in the UI's language."""
    return translated(scan.context, scan.template, scan.params, scan.reason)
