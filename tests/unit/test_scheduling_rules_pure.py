"""The pure parts of scheduling: occupied intervals, pending batches, rules, cells, headers."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from scipop.importing.cells import CellError, to_count, to_date, to_time
from scipop.scheduling.conflicts import Pending, Slot, occupied
from scipop.scheduling.import_columns import normalise
from scipop.scheduling.recurrence import RecurrenceRule


def t(h: int, m: int = 0) -> datetime:
    return datetime(2030, 12, 5, h, m, tzinfo=UTC)


def test_occupied_interval_includes_setup_before_and_teardown_after():
    assert occupied(t(10), t(11), 30, 15) == (t(9, 30), t(11, 15))


def test_pending_batch_finds_an_overlap_only_in_the_same_room_and_not_when_touching():
    pending = Pending([Slot(1, t(10), t(10, 20), 0, 5), Slot(1, t(11), t(11, 20), 0, 5)])
    assert pending.overlapping(1, t(10, 25), t(11)) is None  # fits between, touching both
    assert pending.overlapping(1, t(10, 24), t(10, 40)).starts_at == t(10)
    assert pending.overlapping(1, t(10, 50), t(11, 1)).starts_at == t(11)
    assert pending.overlapping(2, t(10), t(12)) is None
    assert len(pending) == 2


def test_weekly_rule_expands_to_local_starts_on_the_chosen_weekdays():
    rule = RecurrenceRule(
        event_id=1,
        room_id=1,
        first_day=date(2030, 12, 2),  # Monday
        weeks=2,
        weekdays=(1, 2, 3, 4, 5, 6),
        start_time=time(9, 30),
        every_minutes=30,
        last_start=time(16, 30),
        duration_minutes=20,
    )
    starts = rule.starts()
    assert len(starts) == 2 * 6 * 15
    assert starts[0].isoformat() == "2030-12-03T09:30:00+08:00"
    assert starts[14].time() == time(16, 30)
    assert {s.weekday() for s in starts} == {1, 2, 3, 4, 5, 6}
    assert RecurrenceRule.from_json(rule.to_json()) == rule


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14:00", time(14)),
        ("14：30", time(14, 30)),
        ("9:05:00", time(9, 5)),
        ("14点", time(14)),
        ("2点半", time(2, 30)),
        ("下午2:30", time(14, 30)),
        ("2:30 PM", time(14, 30)),
        (0.5, time(12)),
        (timedelta(hours=9, minutes=30), time(9, 30)),
    ],
)
def test_times_are_read_the_way_staff_write_them(text, expected):
    assert to_time(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2030-12-05", date(2030, 12, 5)),
        ("2030/12/5", date(2030, 12, 5)),
        ("2030.12.05", date(2030, 12, 5)),
        ("2030年12月5日", date(2030, 12, 5)),
        ("20301205", date(2030, 12, 5)),
        (47822, date(2030, 12, 5)),  # an Excel serial number
        (datetime(2030, 12, 5, 0, 0), date(2030, 12, 5)),
    ],
)
def test_dates_are_read_in_every_common_form(text, expected):
    assert to_date(text) == expected


@pytest.mark.parametrize("bad", ["14", "25:00", "明天", ""])
def test_bad_times_say_what_was_written(bad):
    with pytest.raises(CellError) as err:
        to_time(bad)
    assert (repr(bad.strip()) in str(err.value)) or bad == ""


def test_bad_dates_and_counts_are_refused():
    with pytest.raises(CellError, match="2030-02-30"):
        to_date("2030-02-30")
    with pytest.raises(CellError, match="abc"):
        to_count("abc")
    assert to_count("1,200") == 1200 and to_count(80.0) == 80


def test_headers_match_with_spaces_brackets_and_case_ignored():
    assert normalise(" Start Time ") == "starttime"
    assert normalise("开始时间（HH:MM）") == "开始时间"
    assert normalise("场地/展厅") == "场地/展厅"
