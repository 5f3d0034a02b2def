"""Recurring series: preview every occurrence, resolve clashes explicitly, edit the following."""

from __future__ import annotations

import json
from datetime import date, time, timedelta

import pytest
from sqlalchemy import func, select

from scipop.app import Services
from scipop.errors import Conflict, ValidationError
from scipop.models import Series
from scipop.models import Session as EventSession
from scipop.scheduling import SessionDraft
from scipop.scheduling.following import FollowingChange, FollowingRefused
from scipop.scheduling.recurrence import (
    SKIP,
    MoveTo,
    OccurrenceStatus,
    RecurrenceRule,
    SeriesRefused,
)
from tests.fixtures.scheduling_world import CLOSED, World, at, build_world

TUESDAY = date(2030, 12, 3)


@pytest.fixture
def services(any_services: Services) -> Services:
    """Every story here runs on SQLite, and on PostgreSQL when SCIPOP_TEST_DATABASE_URL is set."""
    return any_services


@pytest.fixture
def world(services: Services) -> World:
    return build_world(services)


def sphere_shows(w: World, **kw) -> RecurrenceRule:
    """Science on a Sphere: every 30 min 09:30–16:30, Tuesday to Sunday, 8 weeks, 20 min."""
    values = dict(
        event_id=w.show,
        room_id=w.sphere,
        first_day=TUESDAY,
        weeks=8,
        weekdays=(1, 2, 3, 4, 5, 6),
        start_time=time(9, 30),
        every_minutes=30,
        last_start=time(16, 30),
        duration_minutes=20,
    )
    values.update(kw)
    return RecurrenceRule(**values)


def test_preview_of_eight_weeks_of_shows_lists_the_closed_day_and_each_clash(services, world):
    sched = services.scheduling
    blocker = sched.create(SessionDraft(world.forum, world.sphere, at(10, 5), at(10, 35)))
    occ = sched.preview_series(sphere_shows(world))
    assert len(occ) == 8 * 6 * 15  # every planned show is listed, none dropped
    by = {}
    for o in occ:
        by.setdefault(o.status, []).append(o)
    assert len(by[OccurrenceStatus.CLOSED_DAY]) == 15  # 2030-12-10, 设备检修
    assert by[OccurrenceStatus.CLOSED_DAY][0].reason == "设备检修"
    clashes = by[OccurrenceStatus.CLASH]
    assert [o.starts_at for o in clashes] == [at(10), at(10, 30)]
    assert all(o.clash.session_id == blocker.id for o in clashes)
    assert "2026 诺贝尔奖获得者北京论坛" in clashes[0].message
    assert len(by[OccurrenceStatus.OK]) == 8 * 6 * 15 - 15 - 2


def test_creating_with_unresolved_clashes_is_refused_listing_them(services, world):
    sched = services.scheduling
    sched.create(SessionDraft(world.forum, world.sphere, at(10, 5), at(10, 35)))
    with pytest.raises(SeriesRefused) as err:
        sched.create_series(sphere_shows(world))
    assert [o.starts_at for o in err.value.occurrences] == [at(10), at(10, 30)]
    assert "2 occurrence(s)" in str(err.value) and "2030-12-05 10:00" in str(err.value)
    assert isinstance(err.value, Conflict)
    assert len(services.sessions.list()) == 1  # nothing was created


def test_clashes_skipped_or_moved_explicitly_are_created_as_asked(services, world):
    sched = services.scheduling
    sched.create(SessionDraft(world.forum, world.sphere, at(10, 5), at(10, 35)))
    rule = sphere_shows(world)
    occ = sched.preview_series(rule)
    first, second = (o for o in occ if o.status == OccurrenceStatus.CLASH)
    # moving into another clash is still refused
    bad = {first.index: SKIP, second.index: MoveTo(at(10, 50))}
    again = sched.preview_series(rule, bad)
    assert again[second.index].status == OccurrenceStatus.CLASH
    assert "another occurrence of this series" in again[second.index].message
    with pytest.raises(SeriesRefused):
        sched.create_series(rule, bad)
    good = {first.index: SKIP, second.index: MoveTo(at(10, 30), room_id=world.lecture)}
    result = sched.create_series(rule, good)
    assert result.created == 8 * 6 * 15 - 15 - 1
    statuses = {o.status for o in result.not_created}
    assert statuses == {OccurrenceStatus.SKIPPED, OccurrenceStatus.CLOSED_DAY}
    moved = services.sessions.list(room_id=world.lecture)
    assert [(m.starts_at, m.series_id) for m in moved] == [(at(10, 30), result.series_id)]
    with services.store.uow() as uow:
        stored = uow.session.get(Series, result.series_id)
        assert RecurrenceRule.from_json(stored.rule) == rule
        assert json.loads(stored.rule)["skipped"] == [first.planned_start.isoformat()]


def test_every_saturday_for_a_term_without_the_excluded_dates(services, world):
    rule = RecurrenceRule(
        event_id=world.forum,
        room_id=world.conf,
        first_day=date(2030, 12, 1),
        until=date(2031, 1, 18),
        weekdays=(5,),
        start_time=time(14),
        duration_minutes=180,
        exclude_dates=(date(2030, 12, 28),),
        title="周六讲堂",
    )
    occ = services.scheduling.preview_series(rule)
    assert [o.starts_at.date() for o in occ] == [
        date(2030, 12, 7),
        date(2030, 12, 14),
        date(2030, 12, 21),
        date(2030, 12, 28),
        date(2031, 1, 4),
        date(2031, 1, 11),
        date(2031, 1, 18),
    ]
    assert occ[3].status == OccurrenceStatus.EXCLUDED
    result = services.scheduling.create_series(rule)
    sessions = services.sessions.list(series_id=result.series_id)
    assert len(sessions) == 6
    assert {(s.title, s.capacity) for s in sessions} == {("周六讲堂", 80)}
    assert all(s.ends_at - s.starts_at == timedelta(hours=3) for s in sessions)


def test_occurrences_outside_opening_hours_need_the_override(services, world):
    rule = sphere_shows(world, weeks=1, start_time=time(17, 20), every_minutes=None)
    occ = services.scheduling.preview_series(rule)
    assert {o.status for o in occ} == {OccurrenceStatus.OUTSIDE_HOURS}
    with pytest.raises(SeriesRefused):
        services.scheduling.create_series(rule)
    rule.outside_hours = True
    assert services.scheduling.create_series(rule).created == 6


def test_occurrences_that_overlap_each_other_are_clashes_too(services, world):
    rule = sphere_shows(world, weeks=1, every_minutes=15, last_start=time(10, 0))
    occ = services.scheduling.preview_series(rule)
    day_one = [o for o in occ if o.starts_at.date() == TUESDAY]
    assert [o.status for o in day_one] == [
        OccurrenceStatus.OK,  # 09:30
        OccurrenceStatus.CLASH,  # 09:45 overlaps 09:30–09:55
        OccurrenceStatus.OK,  # 10:00
    ]


def test_a_bad_rule_is_refused_before_any_preview(services, world):
    with pytest.raises(ValidationError, match="last day or a number of weeks"):
        services.scheduling.preview_series(sphere_shows(world, weeks=None))


@pytest.fixture
def saturdays(services, world):
    rule = RecurrenceRule(
        event_id=world.forum,
        room_id=world.conf,
        first_day=date(2030, 12, 7),
        weeks=6,
        weekdays=(5,),
        start_time=time(14),
        duration_minutes=120,
    )
    result = services.scheduling.create_series(rule)
    return services.sessions.list(series_id=result.series_id)


def test_edit_this_and_following_shifts_them_and_splits_the_series(services, saturdays):
    third = saturdays[2]
    changed = services.scheduling.edit_following(
        third.id, FollowingChange(shift=timedelta(hours=1), capacity=40)
    )
    assert [c.id for c in changed] == [s.id for s in saturdays[2:]]
    assert all(to_hm(c) == ("15:00", "17:00") and c.capacity == 40 for c in changed)
    untouched = services.sessions.list(series_id=saturdays[0].series_id)
    assert [s.id for s in untouched] == [s.id for s in saturdays[:2]]
    assert changed[0].series_id != saturdays[0].series_id
    assert len({c.series_id for c in changed}) == 1


def test_edit_following_is_all_or_nothing_when_one_occurrence_would_clash(
    services, world, saturdays
):
    fourth_day = saturdays[3].starts_at.astimezone(at(0).tzinfo).date()
    services.scheduling.create(
        SessionDraft(world.show, world.conf, at(16, 30, day=fourth_day), at(17, day=fourth_day))
    )
    with pytest.raises(FollowingRefused) as err:
        services.scheduling.edit_following(
            saturdays[2].id, FollowingChange(shift=timedelta(hours=1))
        )
    assert [r.session_id for r in err.value.refusals] == [saturdays[3].id]
    assert "数字球幕秀：蓝色星球" in str(err.value)
    after = services.sessions.list(series_id=saturdays[0].series_id)
    assert [to_hm(s) for s in after] == [("14:00", "16:00")] * 6  # nothing moved


def test_cancel_this_and_following_and_edit_one_occurrence_alone(services, world, saturdays):
    cancelled = services.scheduling.cancel_following(saturdays[4].id)
    assert [c.id for c in cancelled] == [s.id for s in saturdays[4:]]
    assert all(c.cancelled for c in cancelled)
    one = services.scheduling.move(saturdays[1].id, at(9, day=saturdays[1].starts_at.date()))
    assert one.series_id == saturdays[1].series_id and to_hm(one) == ("09:00", "11:00")
    with services.store.uow() as uow:
        n = uow.session.scalar(select(func.count()).select_from(EventSession))
    assert n == 6


def test_closed_day_inside_a_series_can_be_booked_when_the_rule_says_so(services, world):
    rule = sphere_shows(world, first_day=CLOSED, weeks=1, every_minutes=None, weekdays=(1,))
    assert services.scheduling.preview_series(rule)[0].status == OccurrenceStatus.CLOSED_DAY
    rule.skip_closed_days = False
    assert services.scheduling.create_series(rule).created == 1


def to_hm(x) -> tuple[str, str]:
    from scipop.timeutil import to_local

    return to_local(x.starts_at).strftime("%H:%M"), to_local(x.ends_at).strftime("%H:%M")
