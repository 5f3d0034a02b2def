"""The events table: title, kind, program, organizers, sessions and dates, status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from scipop.models import EventStatus
from scipop.services.events import EventData, OrganizerData
from scipop.timeutil import fmt_local
from ui.i18n import display_name, is_chinese
from ui.labels import label
from ui.models.base import RowTableModel

DATE = "%Y-%m-%d"
MUTED = QColor("#7f8c8d")


def event_title(e: EventData) -> str:
    return display_name(e.title, e.title_en)


class EventTableModel(RowTableModel[EventData]):
    """In English, organizers show their short name (BAST) when they have one."""

    CONTEXT = "EventTableModel"
    TITLE, KIND, PROGRAM, LEAD, CO_ORGANIZERS, SESSIONS, FIRST, LAST, STATUS = range(9)
    HEADERS = (
        QT_TRANSLATE_NOOP("EventTableModel", "Title"),
        QT_TRANSLATE_NOOP("EventTableModel", "Kind"),
        QT_TRANSLATE_NOOP("EventTableModel", "Program"),
        QT_TRANSLATE_NOOP("EventTableModel", "Lead organizer"),
        QT_TRANSLATE_NOOP("EventTableModel", "Co-organizers"),
        QT_TRANSLATE_NOOP("EventTableModel", "Sessions"),
        QT_TRANSLATE_NOOP("EventTableModel", "First date"),
        QT_TRANSLATE_NOOP("EventTableModel", "Last date"),
        QT_TRANSLATE_NOOP("EventTableModel", "Status"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._short_names: dict[int, str] = {}

    def set_rows(self, rows, short_names: dict[int, str] | None = None) -> None:
        self._short_names = short_names or {}
        super().set_rows(rows)

    def organizer_name(self, o: OrganizerData, *, full: bool = False) -> str:
        short = self._short_names.get(o.organization_id, "")
        if short and not full and not is_chinese():
            return short
        return display_name(o.name, o.name_en)

    def display(self, e: EventData, column: int) -> str | int | None:
        match column:
            case self.TITLE:
                return event_title(e)
            case self.KIND:
                return label(e.kind)
            case self.PROGRAM:
                return display_name(e.program_name, e.program_name_en)
            case self.LEAD:
                lead = e.lead
                return self.organizer_name(lead) if lead else ""
            case self.CO_ORGANIZERS:
                return _join(self.organizer_name(o) for o in e.co_organizers)
            case self.SESSIONS:
                return e.session_count
            case self.FIRST:
                return fmt_local(e.first_start, DATE)
            case self.LAST:
                return fmt_local(e.last_end, DATE)
            case self.STATUS:
                return label(e.status)
        return None

    def sort_key(self, e: EventData, column: int) -> Any:
        if column == self.SESSIONS:
            return e.session_count
        if column in (self.FIRST, self.LAST):
            value = e.first_start if column == self.FIRST else e.last_end
            return value.isoformat() if value else "~"  # events without sessions sort last
        return super().sort_key(e, column)

    def search_text(self, e: EventData) -> str:
        parts = [e.title, e.title_en, e.program_name, e.program_name_en]
        for o in e.organizers:
            parts += [o.name, o.name_en]
        return " ".join(parts).lower()

    def extra(self, e: EventData, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == self.PROGRAM and e.program_color:
            return QColor(e.program_color)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SESSIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and e.status != EventStatus.PUBLISHED:
            return MUTED
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TITLE:
                other = e.title_en if is_chinese() else e.title
                return "\n".join(t for t in (event_title(e), other) if t)
            if column == self.LEAD and e.lead:
                return self.organizer_name(e.lead, full=True)
            if column == self.CO_ORGANIZERS and e.co_organizers:
                return "\n".join(self.organizer_name(o, full=True) for o in e.co_organizers)
        return None


def _join(names) -> str:
    return ("、" if is_chinese() else ", ").join(names)
