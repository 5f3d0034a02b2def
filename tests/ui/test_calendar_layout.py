"""Calendar geometry: columns of (hall, day), minutes down the page, lanes in shared halls."""

from __future__ import annotations

from datetime import date, time, timedelta

from scipop.scheduling.calendar import CalendarData, CalendarRoom, CalendarSession
from ui.calendar.layout import (
    Geometry,
    assign_lanes,
    at_minute,
    build_columns,
    hours_shown,
    minute_of_day,
    placements,
    snap,
)

MONDAY = date(2030, 12, 2)


def _room(ident: int, *, venue=1, shareable=False, opens=time(9), closes=time(17)):
    name, name_en = f"厅{ident}", f"Hall {ident}"
    return CalendarRoom(
        ident, venue, name, name_en, "中心", "Center", 50, opens, closes, shareable=shareable
    )


def _session(ident: int, room: int, day: date, start: str, end: str) -> CalendarSession:
    h0, m0 = map(int, start.split(":"))
    h1, m1 = map(int, end.split(":"))
    return CalendarSession(
        ident, 1, room, at_minute(day, h0 * 60 + m0), at_minute(day, h1 * 60 + m1), 50, 0, "展"
    )


def test_touching_sessions_share_a_lane_and_overlapping_ones_sit_side_by_side():
    lanes = assign_lanes([(1, 0, 60), (2, 60, 120), (3, 30, 90), (4, 200, 260)])
    assert lanes[1] == (0, 2) and lanes[2] == (0, 2)  # touching: same lane
    assert lanes[3] == (1, 2)  # overlaps both: the second lane
    assert lanes[4] == (0, 1)  # alone later on: the whole width


def test_the_week_puts_each_halls_seven_days_side_by_side():
    rooms = [_room(1), _room(2, venue=2)]  # the first venue is closed on Monday
    data = CalendarData(MONDAY, MONDAY + timedelta(days=6), rooms, [], {(MONDAY, 1): "元旦"})
    columns = build_columns(data, week=True)
    assert [(c.room.id, c.day.weekday()) for c in columns[:8]] == [
        (1, 0), (1, 1), (1, 2), (1, 3), (1, 4), (1, 5), (1, 6), (2, 0)
    ]  # fmt: skip
    assert columns[0].closed_reason == "元旦" and columns[7].closed_reason is None
    g = Geometry(columns, 9 * 60, 17 * 60, 1.0, 60.0, group_gap=6)
    assert g.x_of(7) == 7 * 60 + 6  # a gap before the second hall
    assert g.column_at(7 * 60 + 10).index == 7
    assert g.column_at(60 * 3 + 1).day == MONDAY + timedelta(days=3)
    assert g.column_at(-1) is None and g.column_at(g.width) is None


def test_minutes_and_instants_round_trip_in_local_time():
    when = at_minute(MONDAY, 9 * 60 + 30)
    assert when.utcoffset() == timedelta(0)  # stored UTC
    assert minute_of_day(when, MONDAY) == 570
    assert snap(572) == 570 and snap(573) == 575


def test_hours_shown_cover_opening_hours_and_every_session():
    rooms = [_room(1, opens=time(8, 30), closes=time(21))]
    late = _session(1, 1, MONDAY, "21:00", "22:10")
    data = CalendarData(MONDAY, MONDAY, rooms, [late])
    assert hours_shown(data) == (8 * 60, 23 * 60)


def test_only_a_shared_hall_splits_overlapping_blocks_into_lanes():
    rooms = [_room(1, shareable=True), _room(2)]
    sessions = [
        _session(1, 1, MONDAY, "09:00", "17:00"),
        _session(2, 1, MONDAY, "10:00", "11:00"),
        _session(3, 2, MONDAY, "10:00", "11:00"),
    ]
    data = CalendarData(MONDAY, MONDAY, rooms, sessions)
    g = Geometry(build_columns(data, week=False), 9 * 60, 17 * 60, 1.0, 100.0)
    placed = placements(data, g)
    assert placed[1][3] == (0, 2) and placed[2][3] == (1, 2)
    assert placed[3][3] == (0, 1)
    assert placements(data, g, visible={3}).keys() == {3}
