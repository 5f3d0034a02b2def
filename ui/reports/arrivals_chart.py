"""Arrivals per 15 minutes as a QtCharts area chart over the hours of the day."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCharts import QAreaSeries, QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QPointF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget


def _ms(at: datetime) -> float:
    """A naive local time as milliseconds since the epoch, the way QDateTimeAxis reads them."""
    return float(QDateTime(at.date(), at.time()).toMSecsSinceEpoch())


class ArrivalsChart(QChartView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = QChart()
        chart.legend().hide()
        chart.setTitle(self.tr("Check-ins per 15 minutes"))
        self.upper = QLineSeries()
        self.lower = QLineSeries()
        self.area = QAreaSeries(self.upper, self.lower)
        self.area.setColor(QColor("#4a90d9"))
        self.area.setBorderColor(QColor("#2c6aa8"))
        chart.addSeries(self.area)
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("HH:mm")
        self.x_axis.setTickCount(11)
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setTitleText(self.tr("People"))
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.area.attachAxis(self.x_axis)
        self.area.attachAxis(self.y_axis)
        self.setChart(chart)
        self.setMinimumHeight(220)

    def set_buckets(self, buckets: list[tuple[datetime, int]]) -> None:
        """Stepped: each 15-minute bucket is a flat top from its start to the next one's."""
        if not buckets:
            self.upper.clear()
            self.lower.clear()
            return
        step = 15 * 60 * 1000
        upper: list[QPointF] = []
        for at, people in buckets:
            start = _ms(at)
            upper += [QPointF(start, people), QPointF(start + step, people)]
        self.upper.replace(upper)
        self.lower.replace([QPointF(p.x(), 0) for p in upper])
        first = buckets[0][0].replace(minute=0)  # whole hours at both ends
        last = buckets[-1][0].replace(minute=0) + timedelta(hours=1)
        hours = max(1, round((last - first).total_seconds() / 3600))
        every = 1 if hours <= 12 else 2
        if hours % every:
            last += timedelta(hours=1)
            hours += 1
        self.x_axis.setTickCount(hours // every + 1)
        self.x_axis.setRange(
            QDateTime(first.date(), first.time()), QDateTime(last.date(), last.time())
        )
        top = max(people for _at, people in buckets)
        self.y_axis.setRange(0, max(5, int(top * 1.15) + 1))
        self.y_axis.applyNiceNumbers()

    def points(self) -> int:
        return self.upper.count()
