"""Exporting schedules from the GUI: the dialog writes off the GUI thread, then offers the file."""

from __future__ import annotations

from datetime import timedelta

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from tests.fixtures.shift_world import build_shifts
from tests.fixtures.tickets_world import SHOW_DAY
from ui.volunteers.schedule_export import ScheduleExportDialog, context_for

DAY = SHOW_DAY.date()


@pytest.fixture
def world(ctx):
    return build_shifts(ctx.store)


def test_a_volunteers_week_as_ics_is_written_and_offered(qtbot, ctx, world, tmp_path):
    dialog = ScheduleExportDialog(None, ctx, volunteer_ids=[world.zhang])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "张伟" in dialog.people_label.text(), timeout=10_000)
    assert dialog.people_radio.isChecked() and not dialog.day_edit.isEnabled()
    dialog.first_edit.setDate(QDate(DAY.year, DAY.month, DAY.day))
    dialog.last_edit.setDate(QDate(DAY.year, DAY.month, DAY.day).addDays(6))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("ics"))
    assert not dialog.badge_check.isEnabled()  # a QR only on the PDF
    assert dialog.suggested_name() == f"schedule-张伟-{DAY.isoformat()}.ics"

    path = tmp_path / "排班.ics"
    dialog.export_to(path)
    qtbot.waitUntil(lambda: dialog.written == [path], timeout=10_000)
    assert dialog.open_button.isVisibleTo(dialog) and dialog.folder_button.isVisibleTo(dialog)
    assert str(path) in dialog.status.text()
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert len(events) == 2


def test_a_day_as_png_and_a_pdf_with_the_badge_qr(qtbot, ctx, world, tmp_path):
    dialog = ScheduleExportDialog(None, ctx, day=DAY)
    qtbot.addWidget(dialog)
    assert dialog.day_radio.isChecked() and not dialog.people_radio.isEnabled()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("png"))
    dialog.export_to(tmp_path / "当天.png")
    qtbot.waitUntil(lambda: bool(dialog.written), timeout=10_000)
    assert (tmp_path / "当天.png").stat().st_size > 10_000

    badge = ScheduleExportDialog(None, ctx, volunteer_ids=[world.zhang, world.li])
    qtbot.addWidget(badge)
    badge.first_edit.setDate(QDate(DAY.year, DAY.month, DAY.day))
    badge.badge_check.setChecked(True)
    assert badge.request()["badge"] and badge.request()["last"] == DAY + timedelta(days=6)
    badge.export_to(tmp_path / "badges.pdf")
    qtbot.waitUntil(lambda: bool(badge.written), timeout=10_000)


def test_services_alone_are_enough_to_open_it(qtbot, ctx):
    parent = QWidget()
    qtbot.addWidget(parent)
    made = context_for(parent, ctx.services)
    assert made.services is ctx.services
    parent.ctx = ctx
    assert context_for(parent, ctx.services) is ctx
