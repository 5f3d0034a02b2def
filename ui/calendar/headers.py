"""The calendar's frozen margins: room (and day) names along the top, hours down the left."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from ui.calendar.layout import Column
from ui.i18n import display_name, is_chinese

HEADER_BG = QColor("#f3f5f8")
LINE = QColor("#d5dbe1")
GROUP_LINE = QColor("#9aa6b2")
TEXT = QColor("#1d2733")
MUTED = QColor("#5f6b77")
TODAY = QColor("#0b57d0")
CLOSED = QColor("#8a6d3b")
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAYS_ZH = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


SHARED = QT_TRANSLATE_NOOP("CalendarHeader", "shared")
CLOSED_ON = QT_TRANSLATE_NOOP("CalendarHeader", "Closed: %1")
OPEN_HOURS = QT_TRANSLATE_NOOP("CalendarHeader", "Open %1–%2")


def _t(text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP above) in the UI's language."""
    return QCoreApplication.translate("CalendarHeader", text)


def weekday_name(day: date) -> str:
    """ "周二" / "Tue"."""
    return (WEEKDAYS_ZH if is_chinese() else WEEKDAYS_EN)[day.weekday()]


def date_label(day: date) -> str:
    """A whole date with its weekday, the day said once: "2026-12-01 周二" / "2026-12-01 Tue"."""
    return f"{day.isoformat()} {weekday_name(day)}"


def day_label(day: date, *, compact: bool = False) -> str:
    """A day of the week view's header: "周二 1日" / "Tue 1"; compact: "二 1" / "Tu 1"."""
    if is_chinese():
        if compact:
            return f"{WEEKDAYS_ZH[day.weekday()][1]} {day.day}"
        return f"{WEEKDAYS_ZH[day.weekday()]} {day.day}日"
    if compact:
        return f"{WEEKDAYS_EN[day.weekday()][:2]} {day.day}"
    return f"{WEEKDAYS_EN[day.weekday()]} {day.day}"


def day_labels(days: list[date], width: float, metrics: QFontMetricsF) -> list[str]:
    """The labels of the week's days in columns ``width`` wide, all in one form: the full
    form when every one fits, else the compact one for all (never "一 30" beside "周二 1日")."""
    full = [day_label(d) for d in days]
    if all(metrics.horizontalAdvance(t) <= width for t in full):
        return full
    return [day_label(d, compact=True) for d in days]


def room_name(column: Column) -> str:
    return display_name(column.room.name, column.room.name_en)


def room_details(column: Column) -> str:
    room = column.room
    text = _places(room.capacity)
    if room.shareable:
        text += " · " + _t(SHARED)
    return text


def _places(n: int) -> str:
    return QCoreApplication.translate("CalendarHeader", "%n place(s)", "", n)


class ColumnHeader(QWidget):
    """Day view: each room's name and size. Week view: the room's name over its seven days.

    Double-clicking a day of the week view asks for that day (``day_activated``).
    """

    day_activated = Signal(object)  # date

    def __init__(self, view, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.setMouseTracking(True)
        self.bold = QFont(self.font())
        self.bold.setWeight(QFont.Weight.DemiBold)
        self.small = QFont(self.font())
        self.small.setPointSizeF(max(7.5, self.font().pointSizeF() * 0.88))

    def preferred_height(self, week: bool) -> int:
        line = QFontMetricsF(self.bold).lineSpacing()
        small = QFontMetricsF(self.small).lineSpacing()
        return int(2 * line + small + 10 + (small + 6 if week else 0))

    def _x(self, scene_x: float) -> float:
        return self.view.mapFromScene(QPointF(scene_x, 0)).x()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), HEADER_BG)
        g = self.view.geometry_
        if g is None or not g.columns:
            painter.end()
            return
        week = self.view.week
        height = self.height()
        sub_h = QFontMetricsF(self.small).lineSpacing() + 6 if week else 0
        groups = self._groups(g)
        for first, last in groups:
            x0 = self._x(g.x_of(first.index))
            x1 = self._x(g.x_of(last.index) + g.column_width)
            if x1 < 0 or x0 > self.width():
                continue
            top = QRectF(x0 + 6, 3, x1 - x0 - 12, height - sub_h - 6)
            self._room(painter, first, top)
            painter.setPen(QPen(GROUP_LINE if week else LINE, 1))
            painter.drawLine(QPointF(x1, 0), QPointF(x1, height))
        if week:
            painter.setFont(self.small)
            metrics = QFontMetricsF(self.small)
            y = height - sub_h
            painter.setPen(QPen(LINE, 1))
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
            today = date.today()
            labels = day_labels([c.day for c in g.columns], g.column_width - 4, metrics)
            for c, label in zip(g.columns, labels, strict=True):
                x0 = self._x(g.x_of(c.index))
                if x0 > self.width() or x0 + g.column_width < 0:
                    continue
                rect = QRectF(x0 + 2, y, g.column_width - 4, sub_h)
                if c.closed_reason is not None:
                    painter.setPen(CLOSED)
                elif c.day == today:
                    painter.setPen(TODAY)
                else:
                    painter.setPen(TEXT)
                painter.drawText(
                    rect,
                    Qt.AlignmentFlag.AlignCenter,
                    metrics.elidedText(label, Qt.TextElideMode.ElideRight, rect.width()),
                )
                if not c.first_of_group:
                    painter.setPen(QPen(LINE, 1))
                    painter.drawLine(QPointF(x0, y + 3), QPointF(x0, height - 3))
        painter.setPen(QPen(GROUP_LINE, 1))
        painter.drawLine(QPointF(0, height - 0.5), QPointF(self.width(), height - 0.5))
        painter.end()

    def _room(self, painter: QPainter, column: Column, rect: QRectF) -> None:
        """The room's name (two lines at most, elided) and its size under it."""
        bold = QFontMetricsF(self.bold)
        small = QFontMetricsF(self.small)
        name = room_name(column)
        painter.setFont(self.bold)
        painter.setPen(TEXT)
        name_rect = QRectF(rect.left(), rect.top(), rect.width(), 2 * bold.lineSpacing())
        lines = _wrap(name, rect.width(), bold, 2)
        for i, line in enumerate(lines):
            painter.drawText(
                QRectF(
                    name_rect.left(),
                    name_rect.top() + i * bold.lineSpacing(),
                    rect.width(),
                    bold.lineSpacing(),
                ),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
        painter.setFont(self.small)
        painter.setPen(MUTED)
        details = room_details(column)
        if not self.view.week and column.closed_reason is not None:
            painter.setPen(CLOSED)
            details = _t(CLOSED_ON).replace("%1", column.closed_reason or "—")
        painter.drawText(
            QRectF(
                rect.left(),
                rect.top() + len(lines) * bold.lineSpacing() + 1,
                rect.width(),
                small.lineSpacing(),
            ),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
            small.elidedText(details, Qt.TextElideMode.ElideRight, rect.width()),
        )

    @staticmethod
    def _groups(g) -> list[tuple[Column, Column]]:
        out: list[tuple[Column, Column]] = []
        for c in g.columns:
            if c.first_of_group or not out:
                out.append((c, c))
            else:
                out[-1] = (out[-1][0], c)
        return out

    def column_at(self, x: float) -> Column | None:
        g = self.view.geometry_
        if g is None:
            return None
        return g.column_at(self.view.mapToScene(int(x), 0).x())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            column = self.column_at(event.pos().x())
            if column is not None:
                room = column.room
                lines = [display_name(room.name, room.name_en)]
                lines.append(display_name(room.venue_name, room.venue_name_en))
                lines.append(
                    _t(OPEN_HOURS)
                    .replace("%1", room.opens_at.strftime("%H:%M"))
                    .replace("%2", room.closes_at.strftime("%H:%M"))
                )
                lines.append(room_details(column))
                if self.view.week:
                    lines.insert(0, date_label(column.day))
                if column.closed_reason is not None:
                    lines.append(_t(CLOSED_ON).replace("%1", column.closed_reason or "—"))
                QToolTip.showText(event.globalPos(), "\n".join(lines), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        column = self.column_at(event.position().x())
        if column is not None and self.view.week:
            self.day_activated.emit(column.day)


class TimeRuler(QWidget):
    """Hour labels down the left, in step with the view's vertical scrolling."""

    def __init__(self, view, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view

    def preferred_width(self) -> int:
        return int(QFontMetricsF(self.font()).horizontalAdvance("00:00") + 14)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), HEADER_BG)
        g = self.view.geometry_
        if g is not None:
            metrics = QFontMetricsF(self.font())
            painter.setPen(MUTED)
            half = metrics.height() / 2
            for minute in range(g.first_minute, g.last_minute + 1, 60):
                y = self.view.mapFromScene(QPointF(0, g.y_of(minute))).y()
                if -half <= y <= self.height() + half:
                    painter.setPen(QPen(LINE, 1))
                    painter.drawLine(QPointF(self.width() - 5, y), QPointF(self.width(), y))
                    painter.setPen(MUTED)
                    text = f"{minute // 60:02d}:00"
                    top = max(0.0, y - half) if minute == g.first_minute else y - half
                    painter.drawText(
                        QRectF(0, top, self.width() - 7, metrics.height()),
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                        text,
                    )
        painter.setPen(QPen(GROUP_LINE, 1))
        painter.drawLine(QPointF(self.width() - 0.5, 0), QPointF(self.width() - 0.5, self.height()))
        painter.end()


def _wrap(text: str, width: float, metrics: QFontMetricsF, max_lines: int) -> list[str]:
    from ui.calendar.items import _fit

    lines: list[str] = []
    rest = text
    while rest and len(lines) < max_lines - 1:
        piece, rest = _fit(rest, width, metrics)
        if not piece:
            break
        lines.append(piece)
    if rest:
        lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return lines
