"""The dashboard's live figures: a refresh sees new scans from any PC, and the week's totals."""

from __future__ import annotations

from datetime import timedelta

import pytest

from scipop.app import Services
from scipop.models import AttendeeCategory
from scipop.registration.dto import Registrant
from scipop.reports.survey import DEFAULT_MAPPING, SurveyCategory
from scipop.station.service import Mode
from tests.fixtures.report_world import build_report_world
from tests.fixtures.tickets_world import build_shows


def _morning_show_running_now(services: Services, people: int, phones: str):
    """Now, the shows (the morning one moved to now: today's, running), ``people`` tickets."""
    from scipop.models import Session as EventSession
    from scipop.timeutil import utcnow

    now = utcnow()
    world = build_shows(services.store)
    with services.store.uow(write=True) as uow:
        sess = uow.session.get(EventSession, world.morning)
        sess.starts_at, sess.ends_at = now - timedelta(minutes=5), now + timedelta(minutes=30)
        uow.commit()
    tickets = [
        services.registration.register(
            world.morning, Registrant(name=f"观众{i}", phone=f"{phones}{i:04d}")
        )
        for i in range(people)
    ]
    return now, world, tickets


@pytest.fixture
def services(any_services: Services) -> Services:
    """SQLite, and PostgreSQL too when SCIPOP_TEST_DATABASE_URL names one (as in the CI)."""
    return any_services


def test_a_refresh_counts_the_scans_made_since_the_last_one(services):
    now, world, tickets = _morning_show_running_now(services, 5, "1380000")
    reader = services.reports.dashboard()
    first = reader.refresh(now)
    assert first.full
    show = next(x for x in first.sessions if x.id == world.morning)
    assert (show.registered, show.checked_in) == (5, 0)
    for t in tickets[:3]:
        services.registration.admit(t.code, world.morning, station="东门")
    services.registration.admit(tickets[0].code, world.morning, station="西门")  # duplicate
    later = reader.refresh(now + timedelta(seconds=3))
    assert not later.full
    show = next(x for x in later.sessions if x.id == world.morning)
    assert show.checked_in == 3
    hall = next(h for h in later.halls if h.room_id == world.room)
    assert (hall.present, hall.sessions_now) == (3, 1)
    assert sum(n for _at, n in later.arrivals) == 3
    assert later.week.checked_in == 3 and later.week.registered == 5
    # a minute later, nothing registered: the tickets are not read again (the audit trail
    # did not grow), and the live figures stand
    quiet = reader.refresh(now + timedelta(seconds=61))
    assert (
        not quiet.full and next(x for x in quiet.sessions if x.id == world.morning).checked_in == 3
    )
    # a registration (from any PC) leaves an audit entry: the next minute reads the tickets
    services.registration.register(world.morning, Registrant(name="迟到", phone="13800009999"))
    again = reader.refresh(now + timedelta(seconds=62))
    show = next(x for x in again.sessions if x.id == world.morning)
    assert again.full and (show.registered, show.checked_in) == (6, 3)
    assert again.week.registered == 6 and again.week.checked_in == 3
    # and every ten minutes in any case
    assert reader.refresh(now + timedelta(seconds=63)).full is False
    assert reader.refresh(now + timedelta(seconds=62 + 600)).full


def test_the_survey_mapping_is_stored_audited_and_checked(services):
    build_report_world(services)
    survey = services.reports.survey
    assert survey.get() == DEFAULT_MAPPING
    survey.set({k: SurveyCategory.OPEN_DAY for k in DEFAULT_MAPPING})
    assert set(survey.get().values()) == {SurveyCategory.OPEN_DAY}
    import pytest

    from scipop.errors import ValidationError

    with pytest.raises(ValidationError):
        survey.set({next(iter(DEFAULT_MAPPING)): "lectures"})
    assert survey.reset() == DEFAULT_MAPPING
    _ = AttendeeCategory


def test_exits_leave_the_hall_and_an_undone_check_in_is_taken_back(services):
    from scipop.models import Session as EventSession
    from scipop.timeutil import utcnow

    now = utcnow()
    world = build_shows(services.store)
    with services.store.uow(write=True) as uow:
        sess = uow.session.get(EventSession, world.morning)
        sess.starts_at, sess.ends_at = now - timedelta(minutes=5), now + timedelta(minutes=30)
        uow.commit()
    tickets = [
        services.registration.register(
            world.morning, Registrant(name=f"观众{i}", phone=f"1380000{i:04d}")
        )
        for i in range(3)
    ]
    reader = services.reports.dashboard()
    reader.refresh(now)
    results = [services.station.scan(t.code, world.morning, station="东门") for t in tickets]
    services.station.minus_one(world.morning, station="东门")  # someone left
    services.station.undo(results[2].scan_id, station="东门")  # a check-in taken back
    data = reader.refresh(now + timedelta(seconds=3))
    show = next(x for x in data.sessions if x.id == world.morning)
    hall = next(h for h in data.halls if h.room_id == world.room)
    assert show.checked_in == 2
    assert hall.present == 1
    assert sum(n for _at, n in data.arrivals) == 2
    full = reader.refresh(now + timedelta(seconds=90))
    assert next(x for x in full.sessions if x.id == world.morning).checked_in == 2
    assert next(h for h in full.halls if h.room_id == world.room).present == 1


def test_a_halls_occupancy_counts_people_of_an_earlier_show_who_have_not_left(services):
    from scipop.reports.dashboard import DashboardReader
    from tests.fixtures.station_world import build_hall_day

    d = build_hall_day(services.store)
    for name, show in (("a1", d.first), ("a2", d.first), ("b1", d.second)):
        services.station.scan(d.tickets[name].code, show, station="东门")
    services.station.scan(d.tickets["a2"].code, d.second, station="东门", mode=Mode.EXIT)
    data = DashboardReader(services.store).refresh()
    hall = next(h for h in data.halls if h.room_id == d.room)
    assert hall.present == services.station.counters(d.second).in_hall == 2


def test_the_first_read_of_the_day_sums_the_same_arrivals_as_the_scans_one_by_one(services):
    """The day's quarter-hour sums (from the day index on SQLite, migration 0007) match the
    scans summed one by one (the refresh's path), and what a refresh then adds."""
    from collections import Counter

    from scipop.reports import queries as q
    from scipop.reports.dashboard import _day_bounds
    from scipop.timeutil import to_local

    now, world, tickets = _morning_show_running_now(services, 4, "1390000")
    for t in tickets[:3]:
        services.station.scan(t.code, world.morning, station="东门")
    services.station.minus_one(world.morning, station="东门")  # an exit is no arrival
    with services.store.uow() as uow:  # the reader's day: local midnight to midnight
        day, _top = q.day_arrivals(uow.session, *_day_bounds(to_local(now).date()))
        one_by_one = Counter()
        for _sid, bucket, people in q.arrivals_since(uow.session, 0)[0]:
            one_by_one[bucket] += people
    assert day == {b: n for b, n in one_by_one.items() if n} and sum(day.values()) == 3
    reader = services.reports.dashboard()
    indexed = reader.refresh(now)
    assert sum(n for _a, n in indexed.arrivals) == 3
    assert next(h for h in indexed.halls if h.room_id == world.room).present == 2
    services.station.scan(tickets[3].code, world.morning, station="西门")
    later = reader.refresh(now + timedelta(seconds=3))
    assert sum(n for _a, n in later.arrivals) == 4
    assert next(x for x in later.sessions if x.id == world.morning).checked_in == 4
