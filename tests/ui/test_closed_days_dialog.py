"""Closed days and holidays, edited from the Venues page: listed, a range added with its
reason, a bad range refused beside its field, days removed; the calendar then reloads."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from scipop.services.venues import VenueData
from tests.ui.conftest import settle
from tests.ui.modal import ModalHandler
from ui.dialogs.closed_days_dialog import ClosedDaysDialog
from ui.pages.venues import VenuesPage


def _venue(ctx) -> VenueData:
    return ctx.services.venues.create(
        VenueData(name="北京科学中心", name_en="Beijing Science Center")
    )


def _dialog(qtbot, ctx, venue: VenueData) -> ClosedDaysDialog:
    dialog = ClosedDaysDialog(ctx, venue)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    return dialog


def _set(edit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def test_a_range_with_its_reason_is_added_and_listed_day_by_day(qtbot, ctx):
    venue = _venue(ctx)
    ctx.services.closed_days.add(date(2031, 1, 1), None, "元旦", venue_id=None)
    dialog = _dialog(qtbot, ctx, venue)
    assert [dialog.model.index(0, c).data() for c in range(3)] == [
        "2031-01-01 Wed",
        "元旦",
        "Every venue",
    ]
    _set(dialog.first_edit, date(2031, 1, 22))
    _set(dialog.last_edit, date(2031, 1, 28))
    dialog.reason_edit.setText("春节")
    dialog.add()
    settle(qtbot)
    assert dialog.changed
    assert dialog.notice.text() == "7 days closed."
    assert [d.day.isoformat() for d in dialog.days()][:3] == [
        "2031-01-01",
        "2031-01-22",
        "2031-01-23",
    ]
    assert len(dialog.days()) == 8
    assert {d.reason for d in dialog.days()[1:]} == {"春节"}
    assert dialog.model.index(1, 2).data() == "This venue"


def test_a_day_already_closed_is_named_beside_the_first_day_and_the_message_goes_when_fixed(
    qtbot, ctx
):
    venue = _venue(ctx)
    ctx.services.closed_days.add(date(2031, 1, 1), None, "元旦", venue_id=venue.id)
    dialog = _dialog(qtbot, ctx, venue)
    _set(dialog.first_edit, date(2030, 12, 31))
    _set(dialog.last_edit, date(2031, 1, 2))
    dialog.add()
    settle(qtbot)
    assert dialog.field_error("first_day") == (
        "2031-01-01 is already a closed day (元旦); choose other days."
    )
    assert len(dialog.days()) == 1  # nothing added
    _set(dialog.first_edit, date(2031, 1, 2))
    assert dialog.field_error("first_day") == ""


def test_removing_the_selected_days_opens_them_again(qtbot, ctx):
    venue = _venue(ctx)
    ctx.services.closed_days.add(date(2031, 5, 1), date(2031, 5, 3), "劳动节", venue.id)
    dialog = _dialog(qtbot, ctx, venue)
    assert not dialog.remove_button.isEnabled()
    dialog.view.selectRow(0)
    dialog.remove_selected()
    settle(qtbot)
    assert [d.day for d in dialog.days()] == [date(2031, 5, 2), date(2031, 5, 3)]
    assert [d.day for d in ctx.services.closed_days.list(venue.id)] == [
        date(2031, 5, 2),
        date(2031, 5, 3),
    ]


def test_the_venues_page_opens_the_selected_venues_closed_days(qtbot, ctx):
    venue = _venue(ctx)
    page = VenuesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(qtbot)
    page.venues.select_id(venue.id)
    assert page.closed_days_action.isEnabled()
    seen: list[str] = []

    def close(dialog) -> None:
        assert isinstance(dialog, ClosedDaysDialog)
        seen.append(dialog.windowTitle())
        dialog.reject()

    handler = ModalHandler(close)
    page.closed_days_action.trigger()
    assert handler.done
    assert seen == ["Closed days and holidays: Beijing Science Center"]


def test_the_series_dialog_opens_the_halls_venues_closed_days(qtbot, demo_ctx):
    from ui.dialogs.pickers import read_schedule_choices
    from ui.dialogs.series_dialog import SeriesDialog

    series = SeriesDialog(demo_ctx, choices=read_schedule_choices(demo_ctx.services))
    qtbot.addWidget(series)
    series.show()
    room = series.room_combo.room()
    seen: list[str] = []

    def add_a_day(dialog) -> None:
        assert isinstance(dialog, ClosedDaysDialog)
        seen.append(dialog.windowTitle())
        _set(dialog.first_edit, date(2031, 3, 3))
        _set(dialog.last_edit, date(2031, 3, 3))
        dialog.reason_edit.setText("设备检修")
        dialog.add()
        qtbot.waitUntil(lambda: dialog.changed, timeout=10_000)
        dialog.reject()

    handler = ModalHandler(add_a_day)
    series.closed_days_button.click()
    assert handler.done
    assert seen == [f"Closed days and holidays: {room.venue_name_en}"]
    days = demo_ctx.services.closed_days.list(room.venue_id)
    assert any(d.day == date(2031, 3, 3) and d.reason == "设备检修" for d in days)
    assert series._previewed is None  # a preview made before must be made again
