"""The Qt binding the program runs on does not corrupt the interpreter on the program's own
hot paths: painting the calendar and a table (thousands of Python overrides called from
C++), the station's verdict panel, and the void calls made to fill them."""

from __future__ import annotations

import re
import sys
from importlib.metadata import version
from pathlib import Path

from PySide6.QtWidgets import QTableView

from scipop.scheduling.calendar import CalendarData
from tests.ui.test_calendar_drag_keys import DAY, SESSIONS, _room
from ui.calendar.view import CalendarView
from ui.models.events import EventTableModel
from ui.station.verdict import VerdictPanel

ROOT = Path(__file__).resolve().parents[2]


def test_the_installed_binding_is_within_the_range_pyproject_allows():
    # PySide6 6.12.0 on Python 3.11 lost one reference to None per void call and aborted the
    # program after a few thousand calls ("none_dealloc"); pyproject.toml keeps it out.
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    upper = re.search(r'"PySide6-Essentials>=[\d.]+,<([\d.]+)"', text)
    assert upper is not None
    installed = tuple(int(x) for x in version("PySide6-Essentials").split(".")[:2])
    assert installed < tuple(int(x) for x in upper.group(1).split("."))


def test_the_programs_hot_paths_leave_the_reference_count_of_none_alone(qtbot, demo_ctx):
    view = CalendarView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    data = CalendarData(DAY, DAY, [_room(1), _room(2), _room(3)], SESSIONS)
    table = QTableView()
    qtbot.addWidget(table)
    model = EventTableModel()
    table.setModel(model)
    table.resize(900, 400)
    events = demo_ctx.services.events.list()
    panel = VerdictPanel()
    qtbot.addWidget(panel)
    panel.resize(640, 480)

    def round_trip() -> None:
        view.set_data(data, week=False)  # items built, laid out, the grid painted
        view.viewport().grab()
        model.set_rows(events)
        table.viewport().grab()  # data() for every cell, from C++
        panel.show_waiting()
        panel.grab()

    round_trip()  # first use: caches filled
    before = sys.getrefcount(None)
    for _ in range(40):
        round_trip()
    assert sys.getrefcount(None) >= before - 5
