"""What a block and its tooltip say, in the UI's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from scipop.scheduling.calendar import CalendarRoom, CalendarSession
from ui.calendar.headers import date_label
from ui.calendar.items import BlockTexts
from ui.calendar.layout import Span
from ui.i18n import display_name

CONTEXT = "CalendarBlock"
BOOKED = QT_TRANSLATE_NOOP("CalendarBlock", "Booked: %1 of %2 places")
FULL = QT_TRANSLATE_NOOP("CalendarBlock", "Booked: %1 of %2 places (full)")
PROGRAM = QT_TRANSLATE_NOOP("CalendarBlock", "Program: %1")
BUFFERS = QT_TRANSLATE_NOOP("CalendarBlock", "Setup %1 min before, teardown %2 min after")
SERIES = QT_TRANSLATE_NOOP("CalendarBlock", "Part of a recurring series")
OUTSIDE = QT_TRANSLATE_NOOP("CalendarBlock", "Booked outside opening hours")
HINT = QT_TRANSLATE_NOOP(
    "CalendarBlock",
    "Drag to move, drag the bottom edge to change the end, double-click or Enter to edit.",
)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def hhmm(minute: float) -> str:
    m = round(minute)
    return f"{m // 60:02d}:{m % 60:02d}"


def span_label(lo: float, hi: float | None = None) -> str:
    """Minutes past midnight as "09:30" or "09:30–10:30"."""
    return hhmm(lo) if hi is None else f"{hhmm(lo)}–{hhmm(hi)}"


def session_title(x: CalendarSession) -> str:
    title = display_name(x.event_title, x.event_title_en)
    return f"{title} · {x.title}" if x.title else title


def block_texts(x: CalendarSession, span: Span) -> BlockTexts:
    start, end = hhmm(span.start), hhmm(span.end)
    return BlockTexts(
        title=session_title(x),
        time=f"{start}–{end}",
        start=start,
        places=f"{x.booked}/{x.capacity}",
    )


def tooltip(x: CalendarSession, room: CalendarRoom, span: Span) -> str:
    """Everything about a block, built when the pointer rests on it."""
    start, end = hhmm(span.start), hhmm(span.end)
    day = span.day
    lines = [
        session_title(x),
        display_name(room.name, room.name_en),
        f"{date_label(day)}  {start}–{end}",
        _t(FULL if x.full else BOOKED).replace("%1", str(x.booked)).replace("%2", str(x.capacity)),
    ]
    if x.program_name:
        lines.append(_t(PROGRAM).replace("%1", display_name(x.program_name, x.program_name_en)))
    if x.setup_minutes or x.teardown_minutes:
        lines.append(
            _t(BUFFERS).replace("%1", str(x.setup_minutes)).replace("%2", str(x.teardown_minutes))
        )
    if x.series_id is not None:
        lines.append(_t(SERIES))
    if x.outside_hours:
        lines.append(_t(OUTSIDE))
    lines.append(_t(HINT))
    return "\n".join(lines)
