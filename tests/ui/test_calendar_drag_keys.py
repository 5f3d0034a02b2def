"""The calendar view's drag state machine and keyboard, on a small hand-made day (no database).

Three halls, sessions at known minutes; signals are recorded instead of answered by a page.
"""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QPoint, Qt

from scipop.scheduling.calendar import CalendarData, CalendarRoom, CalendarSession
from ui.calendar.drag import Mode
from ui.calendar.layout import at_minute, minute_of_day
from ui.calendar.view import CalendarView

DAY = date(2030, 12, 3)


def _room(ident: int) -> CalendarRoom:
    return CalendarRoom(
        ident, 1, f"厅{ident}", f"Hall {ident}", "中心", "Center", 50, time(9), time(17)
    )


def _session(ident: int, room: int, start: str, end: str) -> CalendarSession:
    h0, m0 = map(int, start.split(":"))
    h1, m1 = map(int, end.split(":"))
    return CalendarSession(
        ident,
        1,
        room,
        at_minute(DAY, h0 * 60 + m0),
        at_minute(DAY, h1 * 60 + m1),
        50,
        3,
        f"展{ident}",
        f"Show {ident}",
    )


SESSIONS = [
    _session(1, 1, "10:00", "11:00"),
    _session(2, 1, "13:00", "14:00"),
    _session(3, 2, "12:30", "13:30"),
    _session(4, 3, "09:30", "10:00"),
]


@pytest.fixture
def view(qtbot):
    v = CalendarView()
    qtbot.addWidget(v)
    v.resize(900, 700)
    v.show()
    qtbot.waitExposed(v)
    v.set_data(CalendarData(DAY, DAY, [_room(1), _room(2), _room(3)], SESSIONS), week=False)
    return v


def _record(view: CalendarView) -> list[tuple]:
    seen: list[tuple] = []
    view.move_requested.connect(lambda *a: seen.append(("move", *a)))
    view.resize_requested.connect(lambda *a: seen.append(("resize", *a)))
    view.create_requested.connect(lambda *a: seen.append(("create", *a)))
    view.edit_requested.connect(lambda *a: seen.append(("edit", *a)))
    view.cancel_requested.connect(lambda *a: seen.append(("cancel", *a)))
    view.step_requested.connect(lambda *a: seen.append(("step", *a)))
    return seen


def _column_of(view: CalendarView, session_id: int) -> int:
    """The hall whose column the block's middle is in."""
    item = view.items[session_id]
    return view.geometry_.column_at(item.body().center().x()).room.id


def _press_move(qtbot, view: CalendarView, start: QPoint, end: QPoint) -> None:
    vp = view.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(vp, QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    qtbot.mouseMove(vp, end)


def test_a_click_on_a_block_selects_it_and_asks_nothing(qtbot, view):
    seen = _record(view)
    before = view.items[1].box()
    point = view.scene_point(1)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.drag.active.mode is Mode.MOVE and not view.drag.active.moved
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert seen == [] and view.drag.active is None and view.drag.pending is None
    assert view.current_session().id == 1 and view.items[1].box() == before


def test_a_block_dropped_in_another_hall_stays_there_while_the_page_answers(qtbot, view):
    seen = _record(view)
    start = view.scene_point(1)
    target = view.point_at(3, DAY, 10 * 60 + 30)
    _press_move(qtbot, view, start, QPoint(target.x(), start.y()))
    drag = view.drag.active
    assert drag.mode is Mode.MOVE and drag.moved and drag.target_key() == (3, DAY)
    assert _column_of(view, 1) == 3  # the preview follows the pointer into the hall
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=target)

    assert len(seen) == 1 and seen[0][0] == "move"
    _kind, ident, starts_at, room = seen[0]
    assert (ident, room, minute_of_day(starts_at, DAY)) == (1, 3, 10 * 60)
    assert view.drag.pending is not None and view.drag.active is None
    view.resize(800, 640)  # a banner appears, the window is resized: a new layout
    qtbot.waitUntil(lambda: view.viewport().width() < 850)
    assert _column_of(view, 1) == 3  # not back in the old hall
    assert view.items[1].opacity() < 1

    view.refuse(1, "Hall 3 is busy")
    assert _column_of(view, 1) == 1 and view.items[1].opacity() == 1.0
    assert view.items[1].refusal == "Hall 3 is busy" and view.drag.pending is None


def test_new_data_ends_a_pending_drag(qtbot, view):
    _record(view)
    start = view.scene_point(1)
    _press_move(qtbot, view, start, start + QPoint(0, 60))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(0, 60))
    assert view.drag.pending is not None
    view.set_data(view.data, week=False)
    assert view.drag.pending is None and view.drag.active is None


def test_escape_drops_a_drag_and_puts_the_block_back(qtbot, view):
    seen = _record(view)
    before = view.items[2].box()
    start = view.scene_point(2)
    _press_move(qtbot, view, start, start + QPoint(0, 80))
    assert view.items[2].box() != before
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.drag.active is None and view.items[2].box() == before
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(0, 80))
    assert seen == []


def test_dragging_the_bottom_edge_asks_for_a_new_end(qtbot, view):
    view.set_zoom(view.zoom + 2)
    seen = _record(view)
    edge = view.scene_point(2, "bottom")
    ppm = view.geometry_.px_per_minute
    _press_move(qtbot, view, edge, edge + QPoint(0, round(30 * ppm)))
    assert view.drag.active.mode is Mode.RESIZE
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=edge + QPoint(0, 30))
    assert [s[:2] for s in seen] == [("resize", 2)]
    assert minute_of_day(seen[0][2], DAY) == 14 * 60 + 30


def test_sweeping_empty_space_asks_for_a_new_session_there(qtbot, view):
    seen = _record(view)
    top = view.point_at(2, DAY, 15 * 60)
    bottom = view.point_at(2, DAY, 16 * 60 + 30)
    _press_move(qtbot, view, top, bottom)
    assert view.drag.active.mode is Mode.CREATE and view.draft.isVisible()
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=bottom)
    (kind, room, lo, hi) = seen[0]
    assert (kind, room) == ("create", 2)
    assert (minute_of_day(lo, DAY), minute_of_day(hi, DAY)) == (15 * 60, 16 * 60 + 30)
    assert not view.draft.isVisible()


def test_arrows_walk_down_a_column_and_across_to_the_nearest_block(qtbot, view):
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # nothing current: the first block shown
    assert view.current_session().id == 1
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.current_session().id == 2
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the last one of its column: stays
    assert view.current_session().id == 2
    qtbot.keyClick(view, Qt.Key.Key_Right)  # hall 2: the block nearest in time
    assert view.current_session().id == 3
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current_session().id == 4
    qtbot.keyClick(view, Qt.Key.Key_Right)  # no hall further right
    assert view.current_session().id == 4
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.current_session().id == 4


def test_keys_ask_the_page_to_move_edit_cancel_and_step(qtbot, view):
    seen = _record(view)
    view.select(3)
    view.setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(view, Qt.Key.Key_Up, ctrl)
    qtbot.keyClick(view, Qt.Key.Key_Left, ctrl)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    moves = [(s[1], minute_of_day(s[2], DAY), s[3]) for s in seen if s[0] == "move"]
    assert moves == [(3, 12 * 60 + 25, None), (3, 12 * 60 + 30, 1)]
    assert [s for s in seen if s[0] != "move"] == [("edit", 3), ("cancel", 3), ("step", 1)]
    zoom = view.zoom
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom == zoom + 1
