"""The Dashboard page: today's sessions with live check-ins, hall occupancy, arrivals per 15
minutes and the week's totals, refreshed every few seconds off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scipop.reports.dashboard import DashboardData
from scipop.timeutil import fmt_local
from ui.context import AppContext
from ui.errors import error_text
from ui.operations import Operation, QueryOp
from ui.pages.base import Page
from ui.reports.arrivals_chart import ArrivalsChart
from ui.reports.models import HallsModel, TodaySessionsModel, percent

REFRESH_MS = 3000


class DashboardPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.reader = ctx.services.reports.dashboard()
        self.refresh_op: Operation | None = None
        self.data: DashboardData | None = None

        self.sessions = TodaySessionsModel(self)
        self.sessions_view = self._table(self.sessions)
        self.halls = HallsModel(self)
        self.halls_view = self._table(self.halls)
        # a long title is elided (its tooltip says it whole), the figures keep their width
        header = self.sessions_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TodaySessionsModel.EVENT, QHeaderView.ResizeMode.Stretch)
        self.chart = ArrivalsChart(self)

        self.week_labels: dict[str, QLabel] = {}
        week_box = QGroupBox(self.tr("This week"))
        grid = QGridLayout(week_box)
        names = {
            "sessions": self.tr("Sessions"),
            "registered": self.tr("Registered"),
            "checked_in": self.tr("Checked in"),
            "no_shows": self.tr("No-shows"),
            "fill": self.tr("Fill rate"),
        }
        for column, (key, text) in enumerate(names.items()):
            value = QLabel("—")
            value.setObjectName(f"week_{key}")
            value.setStyleSheet("font-size: 20px; font-weight: bold;")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(text)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(value, 1, column)
            grid.addWidget(caption, 2, column)
            self.week_labels[key] = value
        grid.setRowStretch(0, 1)
        grid.setRowStretch(3, 1)
        self.week_title = week_box

        sessions_box = QGroupBox(self.tr("Today's sessions"))
        QVBoxLayout(sessions_box).addWidget(self.sessions_view)
        halls_box = QGroupBox(self.tr("Halls right now"))
        QVBoxLayout(halls_box).addWidget(self.halls_view)
        self.updated = QLabel()
        # the two tables one above the other, each the page's full width: side by side their
        # columns do not fit at 1280 px (headers cut, scroll bars)
        top = QSplitter(Qt.Orientation.Vertical)
        top.setChildrenCollapsible(False)
        top.addWidget(sessions_box)
        top.addWidget(halls_box)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        self.splitter = top
        bottom = QHBoxLayout()
        bottom.addWidget(self.chart, 3)
        bottom.addWidget(week_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(top, 3)
        layout.addLayout(bottom, 2)
        layout.addWidget(self.updated)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    def _table(self, model) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.verticalHeader().hide()
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def reload(self) -> None:
        self.refresh(full=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    @Slot()
    def refresh(self, full: bool = False) -> None:
        """Read the figures off the GUI thread (ui.operations); a refresh still running is
        not doubled (the reader keeps the day's figures and adds what is new)."""
        if self.refresh_op is not None and self.refresh_op.running:
            return
        reader = self.reader
        self.refresh_op = (
            QueryOp(self.ctx, self, lambda _services: reader.refresh(full=full), self._show)
            .failure(self._failed)
            .run()
        )

    @Slot(object)
    def _show(self, data: DashboardData) -> None:
        self.data = data
        self.sessions.set_rows(data.sessions)
        self.halls.set_rows(data.halls)
        self.chart.set_buckets(data.arrivals)
        week = data.week
        self.week_title.setTitle(
            self.tr("This week (%1 to %2)")
            .replace("%1", week.first_day.isoformat())
            .replace("%2", week.last_day.isoformat())
        )
        self.week_labels["sessions"].setText(str(week.sessions))
        self.week_labels["registered"].setText(str(week.registered))
        self.week_labels["checked_in"].setText(str(week.checked_in))
        self.week_labels["no_shows"].setText(str(week.no_shows))
        fill = week.checked_in / week.capacity if week.capacity else 0.0
        self.week_labels["fill"].setText(percent(fill))
        self.updated.setText(
            self.tr("Updated at %1; refreshes every few seconds.").replace(
                "%1", fmt_local(data.at, "%H:%M:%S")
            )
        )

    def _failed(self, error: Exception) -> None:
        """A domain error (the database out of reach) is said here, not in a box every 3 s."""
        self.updated.setText(self.tr("Could not refresh: %1").replace("%1", error_text(error)))
