"""The preview of a recurring series: every occurrence, its state, and what to do about it.

The "Action" column (keep / skip / move) and the "Move to" column (a new start time that
day) are editable; each edit changes ``resolutions`` and emits ``resolutions_changed`` so
the dialog can check the series again.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTime, Signal
from PySide6.QtGui import QColor

from scipop.scheduling.recurrence import (
    SKIP,
    MoveTo,
    Occurrence,
    OccurrenceStatus,
    Resolution,
    Skip,
)
from scipop.timeutil import local_zone, to_local
from ui.calendar.headers import date_label
from ui.errors import error_text
from ui.models.base import Index, RowTableModel

KEEP, SKIPPING, MOVING = "keep", "skip", "move"
ACTIONS = {
    KEEP: QT_TRANSLATE_NOOP("OccurrenceModel", "As planned"),
    SKIPPING: QT_TRANSLATE_NOOP("OccurrenceModel", "Skip"),
    MOVING: QT_TRANSLATE_NOOP("OccurrenceModel", "Move"),
}
STATES = {
    OccurrenceStatus.OK: QT_TRANSLATE_NOOP("OccurrenceModel", "OK"),
    OccurrenceStatus.MOVED: QT_TRANSLATE_NOOP("OccurrenceModel", "Moved"),
    OccurrenceStatus.CLASH: QT_TRANSLATE_NOOP("OccurrenceModel", "Clash"),
    OccurrenceStatus.OUTSIDE_HOURS: QT_TRANSLATE_NOOP("OccurrenceModel", "Outside hours"),
    OccurrenceStatus.INVALID: QT_TRANSLATE_NOOP("OccurrenceModel", "Refused"),
    OccurrenceStatus.CLOSED_DAY: QT_TRANSLATE_NOOP("OccurrenceModel", "Closed day"),
    OccurrenceStatus.EXCLUDED: QT_TRANSLATE_NOOP("OccurrenceModel", "Excluded"),
    OccurrenceStatus.SKIPPED: QT_TRANSLATE_NOOP("OccurrenceModel", "Skipped"),
}
COLORS = {
    OccurrenceStatus.OK: ("#1e7b34", None),
    OccurrenceStatus.MOVED: ("#0b57d0", "#eef4fd"),
    OccurrenceStatus.CLASH: ("#b3261e", "#fdecea"),
    OccurrenceStatus.OUTSIDE_HOURS: ("#8a4b00", "#fff3e0"),
    OccurrenceStatus.INVALID: ("#b3261e", "#fdecea"),
    OccurrenceStatus.CLOSED_DAY: ("#6c757d", None),
    OccurrenceStatus.EXCLUDED: ("#6c757d", None),
    OccurrenceStatus.SKIPPED: ("#6c757d", None),
}
NOT_ACTIONABLE = (OccurrenceStatus.CLOSED_DAY, OccurrenceStatus.EXCLUDED)


def _t(text: str) -> str:
    return QCoreApplication.translate("OccurrenceModel", text)


class OccurrenceModel(RowTableModel[Occurrence]):
    CONTEXT = "OccurrenceModel"
    NUMBER, DAY, TIME, STATE, DETAILS, ACTION, MOVE_TO = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("OccurrenceModel", "#"),
        QT_TRANSLATE_NOOP("OccurrenceModel", "Day"),
        QT_TRANSLATE_NOOP("OccurrenceModel", "Planned"),
        QT_TRANSLATE_NOOP("OccurrenceModel", "State"),
        QT_TRANSLATE_NOOP("OccurrenceModel", "Details"),
        QT_TRANSLATE_NOOP("OccurrenceModel", "Action"),
        QT_TRANSLATE_NOOP("OccurrenceModel", "Move to"),
    )

    resolutions_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.resolutions: dict[int, Resolution] = {}
        self.room_names: dict[int, str] = {}

    def set_preview(
        self, occurrences: list[Occurrence], resolutions: dict[int, Resolution]
    ) -> None:
        self.resolutions = dict(resolutions)
        self.set_rows(occurrences)

    # ---- counts
    def unresolved(self) -> list[Occurrence]:
        return [o for o in self._rows if o.needs_resolution]

    def to_create(self) -> int:
        return sum(
            1 for o in self._rows if o.status in (OccurrenceStatus.OK, OccurrenceStatus.MOVED)
        )

    def action_of(self, o: Occurrence) -> str:
        resolution = self.resolutions.get(o.index)
        if isinstance(resolution, Skip):
            return SKIPPING
        if isinstance(resolution, MoveTo):
            return MOVING
        return KEEP

    # ---- display
    def display(self, o: Occurrence, column: int) -> str | int | None:
        planned = to_local(o.planned_start)
        match column:
            case self.NUMBER:
                return o.index + 1
            case self.DAY:
                return date_label(planned.date())
            case self.TIME:
                length = o.ends_at - o.starts_at
                return f"{planned:%H:%M}–{to_local(o.planned_start + length):%H:%M}"
            case self.STATE:
                return _t(STATES[o.status])
            case self.DETAILS:
                return self.details(o)
            case self.ACTION:
                return "" if o.status in NOT_ACTIONABLE else _t(ACTIONS[self.action_of(o)])
            case self.MOVE_TO:
                resolution = self.resolutions.get(o.index)
                if isinstance(resolution, MoveTo):
                    return f"{to_local(resolution.starts_at):%H:%M}"
                return ""
        return None

    def details(self, o: Occurrence) -> str:
        if o.error is not None and o.needs_resolution:
            return error_text(o.error)
        if o.status == OccurrenceStatus.CLOSED_DAY:
            return o.reason or ""
        if o.status == OccurrenceStatus.MOVED:
            where = self.room_names.get(o.room_id, "")
            text = f"→ {to_local(o.starts_at):%Y-%m-%d %H:%M}–{to_local(o.ends_at):%H:%M}"
            return f"{text} {where}".strip()
        return ""

    def sort_key(self, o: Occurrence, column: int) -> Any:
        if column in (self.NUMBER, self.DAY, self.TIME):
            return o.index
        if column == self.STATE:
            return (not o.needs_resolution, o.status.value, o.index)
        return super().sort_key(o, column)

    def search_text(self, o: Occurrence) -> str:
        return f"{self.display(o, self.DAY)} {self.display(o, self.STATE)}".lower()

    def extra(self, o: Occurrence, column: int, role: int) -> Any:
        fg, bg = COLORS.get(o.status, (None, None))
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.STATE, self.DETAILS):
            return QColor(fg) if fg else None
        if role == Qt.ItemDataRole.BackgroundRole and bg:
            return QColor(bg)
        if role == Qt.ItemDataRole.EditRole:
            if column == self.ACTION:
                return self.action_of(o)
            if column == self.MOVE_TO:
                resolution = self.resolutions.get(o.index)
                start = resolution.starts_at if isinstance(resolution, MoveTo) else o.planned_start
                local = to_local(start)
                return QTime(local.hour, local.minute)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.DETAILS, self.STATE):
            return self.details(o) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # ---- editing
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        o = self._rows[index.row()]
        if index.column() in (self.ACTION, self.MOVE_TO) and o.status not in NOT_ACTIONABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        o = self._rows[index.row()]
        if index.column() == self.ACTION:
            if value == SKIPPING:
                self.resolve(o.index, SKIP)
            elif value == KEEP:
                self.resolve(o.index, None)
            elif value == MOVING and not isinstance(self.resolutions.get(o.index), MoveTo):
                self.resolve(o.index, MoveTo(o.planned_start))
            else:
                return False
        elif index.column() == self.MOVE_TO:
            at = _as_time(value)
            if at is None:
                return False
            day = to_local(o.planned_start).date()
            self.resolve(o.index, MoveTo(datetime.combine(day, at, tzinfo=local_zone())))
        else:
            return False
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def resolve(self, occurrence_index: int, resolution: Resolution | None, *, emit=True) -> None:
        if resolution is None:
            self.resolutions.pop(occurrence_index, None)
        else:
            self.resolutions[occurrence_index] = resolution
        if emit:
            self.resolutions_changed.emit()

    def skip_all_problems(self) -> int:
        problems = self.unresolved()
        for o in problems:
            self.resolve(o.index, SKIP, emit=False)
        if problems:
            self.resolutions_changed.emit()
        return len(problems)


def _as_time(value: Any) -> time | None:
    if isinstance(value, QTime):
        return value.toPython() if value.isValid() else None
    if isinstance(value, time):
        return value
    if isinstance(value, str):
        try:
            return time.fromisoformat(value.strip())
        except ValueError:
            return None
    return None
