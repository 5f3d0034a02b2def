"""Dates say the day once, alike in both languages; the calendar's toolbar fits a 1280 px
screen in English; the session dialog keeps its size when the quiet check speaks."""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtGui import QFont, QFontMetricsF

from tests.ui.conftest import DEMO_DAY, settle
from tests.ui.test_calendar_session_dialog import _at, _new
from ui.calendar.headers import date_label, day_label, day_labels
from ui.main_window import MainWindow
from ui.pages.calendar import CalendarPage

TUESDAY = date(2026, 12, 1)
WEEK = [date(2026, 11, 30)] + [date(2026, 12, d) for d in range(1, 7)]


def _day_said_once(text: str, day: date) -> bool:
    return len(re.findall(rf"(?<!\d)0?{day.day}(?!\d)", text)) == 1


def test_a_date_says_its_day_once_in_english():
    assert date_label(TUESDAY) == "2026-12-01 Tue"
    assert date_label(date(2026, 12, 10)) == "2026-12-10 Thu"
    for day in WEEK:
        assert _day_said_once(date_label(day), day)
        assert _day_said_once(day_label(day), day)


def test_a_date_says_its_day_once_in_chinese(chinese):
    assert date_label(date(2026, 12, 10)) == "2026-12-10 周四"
    assert day_label(TUESDAY) == "周二 1日"
    for day in WEEK:
        assert _day_said_once(date_label(day), day)


def test_the_week_header_uses_one_form_for_every_day(chinese):
    metrics = QFontMetricsF(QFont())
    width = metrics.horizontalAdvance("周二 1日") + 1  # "周一 30日" is wider
    assert metrics.horizontalAdvance("周一 30日") > width
    labels = day_labels(WEEK, width, metrics)
    assert labels[:2] == ["一 30", "二 1"]  # not "一 30" beside "周二 1日"
    assert not any(label.startswith("周") for label in labels)
    wide = day_labels(WEEK, 400, metrics)
    assert wide[:2] == ["周一 30日", "周二 1日"]


def test_the_day_view_names_the_day_once(qtbot, demo_ctx):
    page = CalendarPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    page.go_to(DEMO_DAY, week=False)
    settle(qtbot)
    assert page.range_label.text() == "2030-12-03 Tue"
    page.go_to(DEMO_DAY, week=True)
    settle(qtbot)
    assert page.range_label.text() == "12-02 – 12-08 · week 49"


def test_the_english_calendar_fits_1280_pixels_beside_the_navigation(qtbot, demo_ctx):
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_page("calendar")
    settle(qtbot)
    page = window.pages["calendar"]
    margins = page.layout().contentsMargins()
    room = 1280 - window.nav.width() - margins.left() - margins.right()
    assert page.toolbar.sizeHint().width() <= room
    assert page.filters.sizeHint().width() <= room
    assert window.nav.width() + page.minimumSizeHint().width() <= 1280


def test_the_session_dialog_keeps_its_size_when_the_check_speaks(qtbot, demo_ctx):
    dialog = _new(qtbot, demo_ctx, "Science on a Sphere Hall", _at(16, 55), _at(17, 15))
    qtbot.waitExposed(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    before = (dialog.size(), ok.mapTo(dialog, ok.rect().topLeft()))
    with qtbot.waitSignal(dialog.checked) as found:
        dialog.check_now()
    assert found.args[0] == "The hall is free at this time."
    qtbot.wait(50)  # let the layout settle
    assert dialog.check_label.isVisible()
    assert (dialog.size(), ok.mapTo(dialog, ok.rect().topLeft())) == before
    dialog.start_edit.setTime(time(10, 10))
    dialog.end_edit.setTime(time(10, 25))
    with qtbot.waitSignal(dialog.checked) as found:
        dialog.check_now()
    assert "10:00–10:20" in found.args[0]  # a clash, on two lines at most
    qtbot.wait(50)
    assert (dialog.size(), ok.mapTo(dialog, ok.rect().topLeft())) == before
