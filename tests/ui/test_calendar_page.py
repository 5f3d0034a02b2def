"""The calendar page: halls as columns, drag to move or resize, click to book, keyboard, filters.

Every change is checked through the scheduling service, i.e. in the database.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from scipop.scheduling.calendar import CalendarSession
from scipop.timeutil import to_local
from tests.ui.conftest import DEMO_DAY, settle
from tests.ui.modal import ModalHandler
from ui.pages.calendar import CalendarPage


def _page(qtbot, ctx, *, week: bool = False, day: date = DEMO_DAY) -> CalendarPage:
    page = CalendarPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.activate()
    page.go_to(day, week=week)
    settle(qtbot)  # the week is read in a worker
    qtbot.waitExposed(page)
    return page


def _room_id(page: CalendarPage, name_en: str) -> int:
    return next(r.id for r in page.data.rooms if r.name_en == name_en)


def _show_at(page: CalendarPage, hhmm: str, day: date = DEMO_DAY) -> CalendarSession:
    sphere = _room_id(page, "Science on a Sphere Hall")
    return next(
        x
        for x in page.data.sessions
        if x.room_id == sphere
        and to_local(x.starts_at).date() == day
        and to_local(x.starts_at).strftime("%H:%M") == hhmm
    )


def _drag(qtbot, page: CalendarPage, start: QPoint, end: QPoint) -> None:
    viewport = page.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    qtbot.mouseMove(viewport, middle)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    settle(qtbot)  # the write, then the week read again


def _local_hhmm(value) -> str:
    return to_local(value).strftime("%H:%M")


def _minutes(page: CalendarPage, n: int) -> int:
    return round(n * page.view.geometry_.px_per_minute)


def test_the_week_shows_every_halls_seven_days_and_the_sessions_of_that_week(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx, week=True)
    data = page.data
    assert data.first_day == DEMO_DAY - timedelta(days=1)  # Monday
    assert data.last_day == DEMO_DAY + timedelta(days=5)  # Sunday
    assert len(page.view.geometry_.columns) == 7 * len(data.rooms)
    week = demo_ctx.services.sessions.list(
        start=min(x.starts_at for x in data.sessions),
        end=max(x.ends_at for x in data.sessions),
        include_cancelled=False,
    )
    assert {x.id for x in data.sessions} == {x.id for x in week}
    assert len(page.view.shown_items()) == len(data.sessions)
    assert page.count_label.text() == f"{len(data.sessions)} sessions"

    qtbot.keyClick(page.view, Qt.Key.Key_PageDown)
    settle(qtbot)
    assert page.data.first_day == DEMO_DAY + timedelta(days=6)


def test_dragging_a_show_to_a_free_time_moves_it_through_the_scheduling_service(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    show = _show_at(page, "16:30")
    page.view.select(show.id)
    start = page.view.scene_point(show.id)
    _drag(qtbot, page, start, start + QPoint(0, _minutes(page, 20)))

    moved = demo_ctx.services.scheduling.get(show.id)
    assert _local_hhmm(moved.starts_at) == "16:50"
    assert _local_hhmm(moved.ends_at) == "17:10"  # same length
    assert page.banner.kind == "info"
    assert page.view.current_session().id == show.id  # still selected after the reload


def test_dragging_a_show_into_another_hall_moves_it_there(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    show = _show_at(page, "16:30")
    lab = _room_id(page, "Innovation Lab")
    page.view.select(show.id)
    start = page.view.scene_point(show.id)
    target = page.view.point_at(lab, DEMO_DAY, 16 * 60 + 40)  # middle of the block
    _drag(qtbot, page, start, QPoint(target.x(), start.y()))

    moved = demo_ctx.services.scheduling.get(show.id)
    assert moved.room_id == lab
    assert _local_hhmm(moved.starts_at) == "16:30"


def test_dragging_a_show_onto_the_next_show_snaps_back_and_names_the_clash(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    show = _show_at(page, "10:00")
    page.view.select(show.id)
    item = page.view.items[show.id]
    box_before = item.box()
    start = page.view.scene_point(show.id)
    _drag(qtbot, page, start, start + QPoint(0, _minutes(page, 20)))  # onto the 10:30 show

    unchanged = demo_ctx.services.scheduling.get(show.id)
    assert _local_hhmm(unchanged.starts_at) == "10:00"
    # Snapped back to its time; the banner shown meanwhile may make the columns narrower.
    _x, y, _w, h, setup, teardown = item.box()
    assert (y, h, setup, teardown) == (box_before[1], *box_before[3:])
    message = page.banner.text()
    assert page.banner.kind == "error"
    assert "10:30–10:50" in message and "数字球幕秀" in message  # the clashing show
    assert item.tooltip_text().startswith(message)
    assert item.refusal == message


def test_dragging_the_bottom_edge_changes_the_end(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    page.view.set_zoom(page.view.zoom + 2)  # taller blocks: the edge is easy to grab
    show = _show_at(page, "16:30")
    page.view.select(show.id)
    edge = page.view.scene_point(show.id, "bottom")
    _drag(qtbot, page, edge, edge + QPoint(0, _minutes(page, 15)))

    resized = demo_ctx.services.scheduling.get(show.id)
    assert _local_hhmm(resized.starts_at) == "16:30"
    assert _local_hhmm(resized.ends_at) == "17:05"


def test_clicking_empty_space_opens_the_session_dialog_with_that_hall_and_time(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    lab = _room_id(page, "Innovation Lab")
    point = page.view.point_at(lab, DEMO_DAY, 11 * 60 + 10)
    page.view.centerOn(page.view.mapToScene(point))
    point = page.view.point_at(lab, DEMO_DAY, 11 * 60 + 10)
    seen = {}

    def look(dialog) -> None:
        seen["room"] = dialog.room_combo.room_id()
        seen["day"] = dialog.date_edit.date().toPython()
        seen["start"] = dialog.start_edit.time().toPython()
        seen["end"] = dialog.end_edit.time().toPython()
        seen["capacity"] = dialog.capacity_spin.value()
        dialog.reject()

    handler = ModalHandler(look)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: handler.done, timeout=10_000)  # the choices are read in a worker
    assert seen == {
        "room": lab,
        "day": DEMO_DAY,
        "start": time(11, 0),
        "end": time(12, 0),
        "capacity": 40,  # the lab's capacity
    }


def test_arrow_keys_walk_the_blocks_and_ctrl_down_moves_the_session_five_minutes(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    first = _show_at(page, "16:00")
    page.view.select(first.id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    last = _show_at(page, "16:30")
    assert page.view.current_session().id == last.id

    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    moved = demo_ctx.services.scheduling.get(last.id)
    assert _local_hhmm(moved.starts_at) == "16:35"

    qtbot.keyClick(page.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    in_next_hall = demo_ctx.services.scheduling.get(last.id)
    assert in_next_hall.room_id == _room_id(page, "Lecture Hall")  # the next column
    assert _local_hhmm(in_next_hall.starts_at) == "16:35"
    assert page.view.current_session().id == last.id


def test_ctrl_up_onto_a_clash_is_refused_with_the_clashing_session_named(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    show = _show_at(page, "10:30")
    page.view.select(show.id)
    for _ in range(2):  # 10:20 overlaps the 10:00 show's teardown
        qtbot.keyClick(page.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
        settle(qtbot)
    assert _local_hhmm(demo_ctx.services.scheduling.get(show.id).starts_at) == "10:25"
    assert "10:00–10:20" in page.banner.text()


def test_delete_asks_first_then_cancels_the_session(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    show = _show_at(page, "12:00")
    page.view.select(show.id)

    def confirm(box: QMessageBox) -> None:
        assert isinstance(box, QMessageBox)
        box.buttons()[0].click()  # "Cancel this session"

    handler = ModalHandler(confirm)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: handler.done)
    settle(qtbot)
    assert demo_ctx.services.scheduling.get(show.id).cancelled
    assert show.id not in page.view.items  # the hall is free again


def test_choosing_a_program_hides_the_blocks_of_other_programs(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx, week=True)
    combo = page.program_combo
    combo.setCurrentIndex(combo.findText("Science on a Sphere Shows"))
    shown = page.view.shown_items()
    assert shown and all(i.session.program_name_en == "Science on a Sphere Shows" for i in shown)
    hidden = [i for i in page.view.items.values() if not i.isVisible()]
    assert hidden and all(i.session.program_name_en != "Science on a Sphere Shows" for i in hidden)
    assert page.count_label.text().startswith(f"{len(shown)} of {len(page.data.sessions)}")

    combo.setCurrentIndex(0)
    assert len(page.view.shown_items()) == len(page.data.sessions)


def test_choosing_a_venue_shows_only_its_halls_as_columns(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    combo = page.venue_combo
    combo.setCurrentIndex(combo.findText("BJAST Campus"))
    settle(qtbot)
    assert [r.name_en for r in page.data.rooms] == ["Conference Room 1"]
    assert len(page.view.geometry_.columns) == 1


def test_plus_and_minus_zoom_and_keep_blocks_in_their_hours(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    show = _show_at(page, "12:00")
    before = page.view.items[show.id].h
    qtbot.keyClick(page.view, Qt.Key.Key_Plus)
    assert page.view.items[show.id].h > before
    qtbot.keyClick(page.view, Qt.Key.Key_Minus)
    qtbot.keyClick(page.view, Qt.Key.Key_Minus)
    assert page.view.items[show.id].h < before


def test_unticking_halls_leaves_only_the_chosen_halls_as_columns(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx, week=True)
    sphere = _room_id(page, "Science on a Sphere Hall")
    lab = _room_id(page, "Innovation Lab")
    page.show_halls([sphere, lab])
    settle(qtbot)
    assert [r.id for r in page.data.rooms] == [sphere, lab]
    assert len(page.view.geometry_.columns) == 14
    assert page.halls_button.text() == "2 of 6 halls"
    assert all(i.session.room_id in (sphere, lab) for i in page.view.items.values())

    every = page.halls_menu.actions()[0]
    every.trigger()
    settle(qtbot)
    assert len(page.data.rooms) == 6


def test_double_click_or_enter_opens_the_session_for_editing(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    show = _show_at(page, "14:00")
    page.view.select(show.id)
    seen = []

    def look(dialog) -> None:
        seen.append((dialog.windowTitle(), dialog.session.id))
        dialog.reject()

    handler = ModalHandler(look)
    qtbot.mouseDClick(
        page.view.viewport(), Qt.MouseButton.LeftButton, pos=page.view.scene_point(show.id)
    )
    qtbot.waitUntil(lambda: handler.done)  # the session is read fresh first
    handler = ModalHandler(look)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: handler.done)
    assert seen == [("Edit session", show.id), ("Edit session", show.id)]


def test_the_toolbar_opens_the_schedule_import(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    seen = []

    def look(dialog) -> None:
        seen.append(type(dialog).__name__)
        dialog.reject()

    handler = ModalHandler(look)
    page.import_action.trigger()
    assert handler.done and seen == ["ImportSessionsDialog"]
