"""The Volunteers page's table models: roster, staffing, candidates, hours and shift lines.

Rows are the volunteer services' dataclasses. Filling an empty model inserts rows and
emptying removes them (other changes reset), so the views keep their place and
``qtmodeltester`` sees every kind of change. The roster and the candidates can be dragged
(their volunteer ids as :data:`VOLUNTEER_MIME`); the staffing model takes a drop on a shift.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMimeData, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ui.models.base import NO_PARENT, Index, R, RowTableModel
from ui.resources import icon
from ui.volunteers.texts import (
    hours_text,
    issue_text,
    join_items,
    span_text,
    status_text,
)

VOLUNTEER_MIME = "application/x-scipop-volunteer-ids"
UNDERSTAFFED_BG = QColor("#fde2e1")
UNDERSTAFFED_FG = QColor("#a4262c")
WARNING_FG = QColor("#8a5a00")
CLASH_FG = QColor("#8c8c8c")
INACTIVE_FG = QColor("#8c8c8c")


def volunteer_mime(ids: Sequence[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(VOLUNTEER_MIME, json.dumps([int(i) for i in ids]).encode())
    return mime


def volunteer_ids(mime: QMimeData) -> list[int]:
    """The volunteer ids a drag carries ([] for anything else)."""
    if not mime.hasFormat(VOLUNTEER_MIME):
        return []
    try:
        values = json.loads(bytes(mime.data(VOLUNTEER_MIME).data()).decode())
    except ValueError:
        return []
    return [int(v) for v in values if isinstance(v, int)]


class VolunteerTableModel(RowTableModel[R]):
    """``set_rows`` inserts into an empty model and removes to empty it; else resets."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if value is None and role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            text = super().data(index, Qt.ItemDataRole.DisplayRole)  # columns are narrow
            return text if isinstance(text, str) and text else None
        return value

    def set_rows(self, rows: Sequence[R]) -> None:
        rows = list(rows)
        if not self._rows and rows:
            self.beginInsertRows(NO_PARENT, 0, len(rows) - 1)
            self._rows = rows
            self.endInsertRows()
        elif self._rows and not rows:
            self.beginRemoveRows(NO_PARENT, 0, len(self._rows) - 1)
            self._rows = []
            self.endRemoveRows()
        else:
            super().set_rows(rows)


class DragVolunteers:
    """Mixin: rows can be dragged as their volunteers' ids (the ``ID_FIELD`` of the rows)."""

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [VOLUNTEER_MIME]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeData(self, indexes) -> QMimeData:
        ids: list[int] = []
        for index in indexes:
            if index.isValid():
                ident = getattr(self._rows[index.row()], self.ID_FIELD)  # a volunteer's
                if ident not in ids:
                    ids.append(ident)
        return volunteer_mime(ids)


# ---- the roster
class RosterModel(DragVolunteers, VolunteerTableModel):
    CONTEXT = "RosterModel"
    NAME, PHONE, ORGANIZATION, SKILLS, LANGUAGES, ACTIVE = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("RosterModel", "Name"),
        QT_TRANSLATE_NOOP("RosterModel", "Phone"),
        QT_TRANSLATE_NOOP("RosterModel", "Organization"),
        QT_TRANSLATE_NOOP("RosterModel", "Skills"),
        QT_TRANSLATE_NOOP("RosterModel", "Languages"),
        QT_TRANSLATE_NOOP("RosterModel", "Active"),
    )

    def display(self, row, column: int) -> Any:
        from scipop.phones import display_phone

        if column == self.NAME:
            return row.name
        if column == self.PHONE:
            return display_phone(row.phone) if row.phone else ""
        if column == self.ORGANIZATION:
            return row.organization_name
        if column == self.SKILLS:
            return join_items(row.skills)
        if column == self.LANGUAGES:
            return join_items(row.languages)
        if column == self.ACTIVE:
            return self.tr("Yes") if row.active else self.tr("No")
        return None

    def search_text(self, row) -> str:
        return f"{row.name} {row.initials} {row.phone} {row.organization_name}".lower()

    def extra(self, row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(INACTIVE_FG)
        if role == Qt.ItemDataRole.ToolTipRole and row.notes and column == self.NAME:
            return row.notes
        return None


# ---- staffing: the shifts of a day
class StaffingModel(VolunteerTableModel):
    """Each shift of a day; under-staffed ones coloured, with an icon and "1 missing"."""

    CONTEXT = "StaffingModel"
    TIME, ROLE, HALL, SESSION, STAFFED, NAMES = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("StaffingModel", "Time"),
        QT_TRANSLATE_NOOP("StaffingModel", "Role"),
        QT_TRANSLATE_NOOP("StaffingModel", "Hall"),
        QT_TRANSLATE_NOOP("StaffingModel", "Session / event"),
        QT_TRANSLATE_NOOP("StaffingModel", "Staffed"),
        QT_TRANSLATE_NOOP("StaffingModel", "Assigned"),
    )
    volunteers_dropped = Signal(int, list)  # shift id, volunteer ids
    ID_FIELD = "shift_id"

    def display(self, row, column: int) -> Any:
        if column == self.TIME:
            return span_text(row.starts_at, row.ends_at)
        if column == self.ROLE:
            return row.role
        if column == self.HALL:
            return row.room_name
        if column == self.SESSION:
            return row.title or self.tr("(hall shift)")
        if column == self.STAFFED:
            text = f"{row.assigned}/{row.needed}"
            if row.assigned < row.needed:
                text += " · " + self.tr("%1 missing").replace("%1", str(row.needed - row.assigned))
            return text
        if column == self.NAMES:
            return join_items(row.names)
        return None

    def sort_key(self, row, column: int) -> Any:
        if column == self.TIME:
            return row.starts_at.isoformat()
        if column == self.STAFFED:
            return row.assigned - row.needed
        return super().sort_key(row, column)

    def search_text(self, row) -> str:
        return f"{row.role} {row.room_name} {row.title} {' '.join(row.names)}".lower()

    def extra(self, row, column: int, role: int) -> Any:
        short = row.assigned < row.needed
        if role == Qt.ItemDataRole.BackgroundRole and short:
            return QBrush(UNDERSTAFFED_BG)
        if role == Qt.ItemDataRole.ForegroundRole and short and column == self.STAFFED:
            return QBrush(UNDERSTAFFED_FG)
        if role == Qt.ItemDataRole.FontRole and short and column == self.STAFFED:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == self.STAFFED:
            return icon("understaffed") if short else icon("staffed")
        if role == Qt.ItemDataRole.ToolTipRole:
            if short:
                return (
                    self.tr("Under-staffed: %1 of %2 assigned")
                    .replace("%1", str(row.assigned))
                    .replace("%2", str(row.needed))
                )
            if column == self.NAMES and row.names:
                return "\n".join(row.names)
        return None

    # ---- dropping volunteers on a shift
    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [VOLUNTEER_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return bool(volunteer_ids(data)) and self._target(row, parent) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        ids = volunteer_ids(data)
        target = self._target(row, parent)
        if not ids or target is None:
            return False
        self.volunteers_dropped.emit(target.shift_id, ids)
        return False  # nothing moves in the model: the page assigns, then reloads

    def _target(self, row: int, parent: Index):
        r = parent.row() if parent.isValid() else row
        return self._rows[r] if 0 <= r < len(self._rows) else None


# ---- who is free for the selected shift
class CandidateModel(DragVolunteers, VolunteerTableModel):
    """Free first, then those with warnings (with the warning), clashes greyed with the reason."""

    CONTEXT = "CandidateModel"
    NAME, ORGANIZATION, STATE = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("CandidateModel", "Volunteer"),
        QT_TRANSLATE_NOOP("CandidateModel", "Organization"),
        QT_TRANSLATE_NOOP("CandidateModel", "Availability"),
    )
    ORDER = {"free": 0, "warnings": 1, "clash": 2}
    # In a narrow side list the organization goes beneath the name (its column hidden)
    stacked = False

    def set_rows(self, rows) -> None:
        super().set_rows(sorted(rows, key=lambda c: (self.ORDER.get(c.state, 3), c.name)))

    ID_FIELD = "volunteer_id"

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._rows[index.row()].state == "clash":
            flags &= ~Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def display(self, row, column: int) -> Any:
        if column == self.NAME:
            if self.stacked and row.organization_name:
                return f"{row.name}\n{row.organization_name}"
            return row.name
        if column == self.ORGANIZATION:
            return row.organization_name
        if column == self.STATE:
            if row.state == "free":
                return self.tr("Free")
            issues = row.check.errors if row.state == "clash" else row.check.warnings
            return " ".join(issue_text(i) for i in issues)
        return None

    def sort_key(self, row, column: int) -> Any:
        if column == self.STATE:
            return f"{self.ORDER.get(row.state, 3)}{row.name}"
        return super().sort_key(row, column)

    def search_text(self, row) -> str:
        return f"{row.name} {row.organization_name} {' '.join(row.skills)}".lower()

    def extra(self, row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.state == "clash":
                return QBrush(CLASH_FG)
            if row.state == "warnings" and column == self.STATE:
                return QBrush(WARNING_FG)
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            return icon({"free": "staffed", "warnings": "warning", "clash": "clash"}[row.state])
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATE:
            return self.display(row, column)
        return None


# ---- hours
class VolunteerHoursModel(VolunteerTableModel):
    CONTEXT = "HoursModel"
    NAME, ORGANIZATION, SHIFTS, PLANNED, WORKED, NO_SHOWS = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("HoursModel", "Volunteer"),
        QT_TRANSLATE_NOOP("HoursModel", "Organization"),
        QT_TRANSLATE_NOOP("HoursModel", "Shifts"),
        QT_TRANSLATE_NOOP("HoursModel", "Planned (h)"),
        QT_TRANSLATE_NOOP("HoursModel", "Worked (h)"),
        QT_TRANSLATE_NOOP("HoursModel", "No-shows"),
    )

    ID_FIELD = "volunteer_id"

    def display(self, row, column: int) -> Any:
        return (
            row.name,
            row.organization_name,
            row.shifts,
            hours_text(row.planned_hours),
            hours_text(row.worked_hours),
            row.no_shows,
        )[column]

    def sort_key(self, row, column: int) -> Any:
        if column == self.PLANNED:
            return row.planned_hours
        if column == self.WORKED:
            return row.worked_hours
        return super().sort_key(row, column)

    def search_text(self, row) -> str:
        return f"{row.name} {row.organization_name}".lower()

    def extra(self, row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.SHIFTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class OrgHoursModel(VolunteerTableModel):
    CONTEXT = "HoursModel"
    ORGANIZATION, VOLUNTEERS, SHIFTS, PLANNED, WORKED, NO_SHOWS = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("HoursModel", "Organization"),
        QT_TRANSLATE_NOOP("HoursModel", "Volunteers"),
        QT_TRANSLATE_NOOP("HoursModel", "Shifts"),
        QT_TRANSLATE_NOOP("HoursModel", "Planned (h)"),
        QT_TRANSLATE_NOOP("HoursModel", "Worked (h)"),
        QT_TRANSLATE_NOOP("HoursModel", "No-shows"),
    )

    def display(self, row, column: int) -> Any:
        return (
            row.organization_name or self.tr("(no organization)"),
            row.volunteers,
            row.shifts,
            hours_text(row.planned_hours),
            hours_text(row.worked_hours),
            row.no_shows,
        )[column]

    def sort_key(self, row, column: int) -> Any:
        if column == self.PLANNED:
            return row.planned_hours
        if column == self.WORKED:
            return row.worked_hours
        return super().sort_key(row, column)

    def extra(self, row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.VOLUNTEERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ShiftLineModel(VolunteerTableModel):
    """One volunteer's assignments with planned and worked hours."""

    CONTEXT = "HoursModel"
    DAY, TIME, ROLE, PLACE, STATUS, PLANNED, WORKED, NOTE = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("HoursModel", "Day"),
        QT_TRANSLATE_NOOP("HoursModel", "Time"),
        QT_TRANSLATE_NOOP("HoursModel", "Role"),
        QT_TRANSLATE_NOOP("HoursModel", "Hall / session"),
        QT_TRANSLATE_NOOP("HoursModel", "Status"),
        QT_TRANSLATE_NOOP("HoursModel", "Planned (h)"),
        QT_TRANSLATE_NOOP("HoursModel", "Worked (h)"),
        QT_TRANSLATE_NOOP("HoursModel", "Correction"),
    )

    ID_FIELD = "assignment_id"

    def display(self, row, column: int) -> Any:
        from scipop.timeutil import fmt_local

        if column == self.DAY:
            return fmt_local(row.starts_at, "%Y-%m-%d")
        if column == self.TIME:
            return span_text(row.starts_at, row.ends_at)
        if column == self.ROLE:
            return row.role
        if column == self.PLACE:
            return " · ".join(p for p in (row.room_name, row.title) if p)
        if column == self.STATUS:
            text = status_text(row.status)
            if row.missing_checkout:
                text += " · " + self.tr("no check-out")
            return text
        if column == self.PLANNED:
            return hours_text(row.planned_hours)
        if column == self.WORKED:
            return hours_text(row.worked_hours)
        if column == self.NOTE:
            return row.correction_note
        return None

    def sort_key(self, row, column: int) -> Any:
        if column in (self.DAY, self.TIME):
            return row.starts_at.isoformat()
        return super().sort_key(row, column)


class AssignmentModel(VolunteerTableModel):
    """The people on one shift, with their status and check-in/out times."""

    CONTEXT = "AssignmentModel"
    NAME, STATUS, IN, OUT, NOTE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("AssignmentModel", "Volunteer"),
        QT_TRANSLATE_NOOP("AssignmentModel", "Status"),
        QT_TRANSLATE_NOOP("AssignmentModel", "Checked in"),
        QT_TRANSLATE_NOOP("AssignmentModel", "Checked out"),
        QT_TRANSLATE_NOOP("AssignmentModel", "Correction"),
    )

    def display(self, row, column: int) -> Any:
        from scipop.timeutil import fmt_local

        if column == self.NAME:
            return row.volunteer_name
        if column == self.STATUS:
            return status_text(row.status)
        if column == self.IN:
            return fmt_local(row.corrected_in_at or row.checked_in_at, "%H:%M")
        if column == self.OUT:
            return fmt_local(row.corrected_out_at or row.checked_out_at, "%H:%M")
        if column == self.NOTE:
            return row.correction_note
        return None
