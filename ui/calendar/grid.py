"""The calendar's background: opening hours, closed days, today, hour lines and the clock.

Painted by the view's ``drawBackground`` (cached), never built from items.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from ui.calendar.layout import Geometry

BACKGROUND = QColor("#ffffff")
CLOSED_HOURS = QColor("#f0f2f5")
CLOSED_DAY = QColor("#e9ecef")
TODAY = QColor("#fffbea")
HOUR_LINE = QColor("#dde2e8")
HALF_LINE = QColor("#eef1f4")
COLUMN_LINE = QColor("#e3e7ec")
GAP = QColor("#cfd6dd")
NOW = QColor("#d93025")


def paint_grid(
    painter: QPainter,
    rect: QRectF,
    g: Geometry | None,
    *,
    week: bool,
    today: date,
    now_minute: int,
) -> None:
    """Paint the part ``rect`` (scene coordinates) of the grid of ``g``."""
    painter.fillRect(rect, BACKGROUND)
    if g is None or not g.columns:
        return
    _columns(painter, rect, g, week=week, today=today)
    _hour_lines(painter, rect, g)
    _column_lines(painter, rect, g)
    if g.first_minute <= now_minute <= g.last_minute:
        painter.setPen(QPen(NOW, 1.5))
        y = g.y_of(now_minute)
        for c in g.columns:
            if c.day == today:
                x = g.x_of(c.index)
                painter.drawLine(QPointF(x, y), QPointF(x + g.column_width, y))


def _columns(painter: QPainter, rect: QRectF, g: Geometry, *, week: bool, today: date) -> None:
    """Group gaps, closed days (hatched), closed hours and today's opening hours."""
    top, bottom = 0.0, g.height
    hatch = QBrush(QColor("#d6dbe1"), Qt.BrushStyle.BDiagPattern)
    for c in g.columns:
        x = g.x_of(c.index)
        if x > rect.right() or x + g.column_width < rect.left():
            continue
        if c.first_of_group and c.index and g.group_gap:
            painter.fillRect(QRectF(x - g.group_gap, top, g.group_gap, bottom), GAP)
        col = QRectF(x, top, g.column_width, bottom)
        if c.closed_reason is not None:
            painter.fillRect(col, CLOSED_DAY)
            painter.fillRect(col, hatch)
            continue
        opens = c.room.opens_at.hour * 60 + c.room.opens_at.minute
        closes = c.room.closes_at.hour * 60 + c.room.closes_at.minute
        if c.day == today and week:
            painter.fillRect(
                QRectF(x, g.y_of(opens), g.column_width, (closes - opens) * g.px_per_minute),
                TODAY,
            )
        if opens > g.first_minute:
            painter.fillRect(QRectF(x, top, g.column_width, g.y_of(opens)), CLOSED_HOURS)
        if closes < g.last_minute:
            painter.fillRect(
                QRectF(x, g.y_of(closes), g.column_width, bottom - g.y_of(closes)), CLOSED_HOURS
            )


def _hour_lines(painter: QPainter, rect: QRectF, g: Geometry) -> None:
    """A line every hour, a dashed one every half hour when there is room for it."""
    left, right = max(rect.left(), 0.0), min(rect.right(), g.width)
    half = g.px_per_minute * 30 >= 14
    for minute in range(g.first_minute, g.last_minute + 1, 30):
        y = g.y_of(minute)
        if y < rect.top() - 1 or y > rect.bottom() + 1:
            continue
        if minute % 60 == 0:
            painter.setPen(QPen(HOUR_LINE, 1))
        elif half:
            painter.setPen(QPen(HALF_LINE, 1, Qt.PenStyle.DashLine))
        else:
            continue
        painter.drawLine(QPointF(left, y + 0.5), QPointF(right, y + 0.5))


def _column_lines(painter: QPainter, rect: QRectF, g: Geometry) -> None:
    painter.setPen(QPen(COLUMN_LINE, 1))
    for c in g.columns:
        x = g.x_of(c.index) + g.column_width
        if rect.left() - 1 <= x <= rect.right() + 1:
            painter.drawLine(QPointF(x - 0.5, 0.0), QPointF(x - 0.5, g.height))
