"""Volunteers as the staff meet them: shifts, assignment with its rules, staffing, roster."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from scipop.errors import Conflict, DomainError, NotFound
from scipop.models import AuditEntry
from scipop.volunteers.dto import ShiftData, ShiftSeriesSpec
from scipop.volunteers.rules import NeedsConfirmation
from tests.fixtures.volunteer_world import SHOW_DAY, build_volunteers


@pytest.fixture
def store(any_store):
    """SQLite, and PostgreSQL too when SCIPOP_TEST_DATABASE_URL is set."""
    return any_store


@pytest.fixture
def services(any_services):
    return any_services


@pytest.fixture
def world(store):
    return build_volunteers(store)


def span_shift(services, world, start_h: float, end_h: float, role="引导", **kw) -> int:
    data = ShiftData(
        room_id=world.shows.room,
        role=role,
        starts_at=SHOW_DAY + timedelta(hours=start_h),
        ends_at=SHOW_DAY + timedelta(hours=end_h),
        **kw,
    )
    return services.shifts.create(data).id


def test_a_shift_for_a_session_takes_the_sessions_times_and_hall(services, world):
    got = services.shifts.create(ShiftData(session_id=world.shows.morning, role="检票", needed=2))
    assert got.starts_at == SHOW_DAY and got.ends_at == SHOW_DAY + timedelta(minutes=20)
    assert got.room_id == world.shows.room
    assert services.shifts.get(got.id).needed == 2


def test_a_shift_without_a_place_or_role_is_refused_with_every_mistake(services, world):
    with pytest.raises(DomainError) as err:
        services.shifts.create(ShiftData(role=" "))
    fields = {e.field for e in err.value.errors}
    assert {"role", "session_id", "starts_at"} <= fields


def test_assigning_an_overlapping_shift_is_refused_touching_is_fine(services, world):
    first = span_shift(services, world, 0, 2)
    touching = span_shift(services, world, 2, 4)
    overlapping = span_shift(services, world, 1, 3, role="检票")
    services.assignments.assign(first, world.zhang)
    services.assignments.assign(touching, world.zhang)
    with pytest.raises(Conflict, match="overlaps"):
        services.assignments.assign(overlapping, world.zhang)
    assert services.assignments.check(overlapping, world.li).clean


def test_warnings_need_confirmation_and_are_audited_when_accepted(services, world):
    shift = span_shift(services, world, 0, 2, skills="急救")
    with pytest.raises(NeedsConfirmation) as err:
        services.assignments.assign(shift, world.zhang)
    assert [w.code for w in err.value.warnings] == ["skills"]
    done = services.assignments.assign(shift, world.zhang, accept_warnings=True)
    with services.store.uow() as uow:
        entry = uow.session.execute(
            select(AuditEntry.entity_id, AuditEntry.after).where(AuditEntry.entity == "assignment")
        ).one()
    assert entry.entity_id == done.id and "急救" in entry.after


def test_an_inactive_volunteer_cannot_be_assigned(services, world):
    shift = span_shift(services, world, 0, 2)
    with pytest.raises(Conflict, match="inactive"):
        services.assignments.assign(shift, world.gone, accept_warnings=True)


def test_series_shifts_preview_equals_created_and_second_run_adds_nothing(services, world):
    spec = ShiftSeriesSpec(
        first_day=SHOW_DAY.date(),
        last_day=SHOW_DAY.date() + timedelta(days=30),
        role="检票",
        event_id=world.shows.event,
        needed=2,
        skills="检票",
        start_before_minutes=15,
    )
    preview = services.shifts.preview_series(spec)
    assert len(preview) == 3 and all(p.id is None for p in preview)
    created = services.shifts.create_series(spec)
    strip = lambda d: (d.session_id, d.starts_at, d.ends_at, d.role, d.needed, d.skills)  # noqa: E731
    assert [strip(c) for c in created] == [strip(p) for p in preview]
    assert created[0].starts_at == SHOW_DAY - timedelta(minutes=15)
    assert len({c.batch for c in created}) == 1
    assert services.shifts.preview_series(spec) == []
    assert [d.id for d in services.shifts.series_existing(spec)] == [c.id for c in created]
    with pytest.raises(DomainError, match="nothing to create"):
        services.shifts.create_series(spec)


def test_series_shifts_are_all_or_nothing(services, world, monkeypatch):
    from scipop.volunteers import shifts as module

    spec = ShiftSeriesSpec(
        first_day=SHOW_DAY.date(), last_day=SHOW_DAY.date(), role="检票", room_id=world.shows.room
    )
    real = module.validate
    calls = []

    def fail_third(s, data):
        calls.append(data)
        if len(calls) == 3:
            raise DomainError("boom")
        return real(s, data)

    monkeypatch.setattr(module, "validate", fail_third)
    with pytest.raises(DomainError, match="boom"):
        services.shifts.create_series(spec)
    assert services.staffing.day(SHOW_DAY.date()) == []


def test_staffing_day_shows_needed_against_assigned_and_candidates_free_first(services, world):
    a = services.shifts.create(ShiftData(session_id=world.shows.morning, role="检票", needed=2))
    span_shift(services, world, -1, 0.1, role="引导")  # 09:00–10:06, overlaps the show
    busy = services.staffing.day(SHOW_DAY.date())[0].shift_id
    services.assignments.assign(busy, world.li)
    services.assignments.assign(a.id, world.zhang)
    rows = services.staffing.day(SHOW_DAY.date())
    show = next(r for r in rows if r.shift_id == a.id)
    assert (show.needed, show.assigned, show.names, show.understaffed) == (2, 1, ("张伟",), True)
    assert show.room_name == "球幕/数字球 展厅" and show.title == "数字球幕秀：蓝色星球"
    cands = services.staffing.candidates(a.id)
    assert [(c.name, c.state) for c in cands] == [("王芳", "free"), ("李娜", "clash")]
    assert services.staffing.day(SHOW_DAY.date() + timedelta(days=1)) == []


def test_roster_search_by_name_initials_and_phone_digits(services, world):
    roster = services.roster
    assert [r.name for r in roster.search("张")] == ["张伟"]
    assert [r.name for r in roster.search("zw")] == ["张伟"]
    assert [r.name for r in roster.search("5678")] == ["张伟"]
    assert [r.name for r in roster.search("138 1234")] == ["张伟"]
    assert {r.name for r in roster.search(active=True)} == {"张伟", "李娜", "王芳"}
    assert [r.name for r in roster.search(skill="english")] == ["张伟"]
    assert [r.name for r in roster.search(organization_id=world.bast)] == ["张伟"]
    assert roster.get(world.zhang).skills == ("引导", "检票")


def test_unknown_shift_or_volunteer_says_so(services, world):
    with pytest.raises(NotFound):
        services.assignments.check(999, world.zhang)
    with pytest.raises(NotFound):
        services.staffing.candidates(999)
    assert date.today()  # the world is far in the future; nothing above depended on today


def test_a_volunteers_languages_are_kept_in_one_form(services, world):
    from scipop.services.people import VolunteerData

    got = services.volunteers.create(
        VolunteerData(name="刘洋", phone="13512345678", skills="引导，急救", languages="英语 日语")
    )
    assert (got.skills, got.languages) == ("引导、急救", "英语、日语")
    assert services.roster.get(got.id).languages == ("英语", "日语")


def test_moving_a_shift_onto_another_of_its_peoples_shifts_is_refused(services, world):
    first = span_shift(services, world, 0, 2)
    later = span_shift(services, world, 3, 5)
    services.assignments.assign(first, world.zhang)
    services.assignments.assign(later, world.zhang)
    data = services.shifts.get(later)
    data.starts_at -= timedelta(hours=1, minutes=30)
    with pytest.raises(Conflict, match="张伟"):
        services.shifts.update(data)
    data.starts_at += timedelta(minutes=30)  # 12:00: touching the first is fine
    assert services.shifts.update(data).starts_at == SHOW_DAY + timedelta(hours=2)


def test_a_shift_with_check_ins_cannot_be_deleted_one_without_can(services, world):
    worked = span_shift(services, world, 0, 2)
    planned = span_shift(services, world, 3, 5)
    a = services.assignments.assign(worked, world.zhang)
    services.assignments.assign(planned, world.zhang)
    services.assignments.correct(a.id, SHOW_DAY, SHOW_DAY + timedelta(hours=2), "纸质签到表")
    with pytest.raises(DomainError, match="check-in"):
        services.shifts.delete(worked)
    services.shifts.delete(planned)
    assert [r.shift_id for r in services.staffing.day(SHOW_DAY.date())] == [worked]


def test_the_limits_are_settings_and_a_change_applies_at_once(services, world):
    long = span_shift(services, world, 0, 7)  # 7 h: over the 6 h in a row
    assert [w.code for w in services.assignments.check(long, world.zhang).warnings] == [
        "consecutive"
    ]
    services.volunteer_settings.set_limits(max_consecutive_hours=7)
    assert services.assignments.check(long, world.zhang).clean
    assert services.volunteer_settings.limits().max_consecutive_hours == 7
    with pytest.raises(DomainError):
        services.volunteer_settings.set_limits(max_hours_per_day=30)


def test_moving_a_session_moves_its_shifts_with_it(services, world):
    door = services.shifts.create(
        ShiftData(
            session_id=world.shows.morning,
            role="检票",
            starts_at=SHOW_DAY - timedelta(minutes=15),
            ends_at=SHOW_DAY + timedelta(minutes=20),
        )
    )
    elsewhere = span_shift(services, world, -3, -1)  # not the session's: stays
    services.scheduling.move(world.shows.morning, SHOW_DAY + timedelta(hours=1), outside_hours=True)
    moved = services.shifts.get(door.id)
    assert moved.starts_at == SHOW_DAY + timedelta(minutes=45)
    assert moved.ends_at == SHOW_DAY + timedelta(hours=1, minutes=20)
    assert services.shifts.get(elsewhere).starts_at == SHOW_DAY - timedelta(hours=3)


def test_a_cancelled_sessions_shift_is_not_understaffed(services, world):
    shift = services.shifts.create(ShiftData(session_id=world.shows.noon, role="检票", needed=2))
    services.scheduling.cancel(world.shows.noon)
    [row] = [r for r in services.staffing.day(SHOW_DAY.date()) if r.shift_id == shift.id]
    assert row.cancelled and not row.understaffed


def test_a_night_shift_shows_on_both_days_and_counts_hours_on_each(services, world):
    night = span_shift(services, world, 12, 17, role="布展")  # 22:00–03:00
    days = [SHOW_DAY.date(), SHOW_DAY.date() + timedelta(days=1)]
    assert [[r.shift_id for r in services.staffing.day(d)] for d in days] == [[night], [night]]
    morning = span_shift(services, world, 20, 26, role="引导")  # 06:00–12:00 the next day
    services.assignments.assign(night, world.zhang)
    # 3 h after midnight + 6 h = 9 h that day: over the 8 h a day (the 3 h rest ends the run)
    got = services.assignments.check(morning, world.zhang)
    assert [w.code for w in got.warnings] == ["day_hours"]
    assert got.warnings[0].params["day"] == days[1].isoformat()


def test_series_shifts_keep_to_the_chosen_weekdays(services, world):
    from scipop.models import Session as EventSession

    with services.store.uow(write=True) as uow:  # the same three shows a day later (Friday)
        for key in ("morning", "noon"):
            x = uow.session.get(EventSession, getattr(world.shows, key))
            uow.session.add(
                EventSession(
                    event_id=x.event_id,
                    room_id=x.room_id,
                    starts_at=x.starts_at + timedelta(days=1),
                    ends_at=x.ends_at + timedelta(days=1),
                    capacity=60,
                )
            )
        uow.commit()
    spec = ShiftSeriesSpec(
        first_day=SHOW_DAY.date(),
        last_day=SHOW_DAY.date() + timedelta(days=6),
        role="检票",
        room_id=world.shows.room,
        weekdays=(4,),  # Fridays only
    )
    got = services.shifts.preview_series(spec)
    assert [d.starts_at.date() for d in got] == [SHOW_DAY.date() + timedelta(days=1)] * 2


def test_candidates_come_free_first_then_with_warnings_then_clashing(services, world):
    first_aid = span_shift(services, world, 0, 2, role="医疗", skills="急救")
    busy = span_shift(services, world, 1, 3, role="引导")
    services.assignments.assign(busy, world.wang)
    cands = services.staffing.candidates(first_aid)
    assert [(c.name, c.state) for c in cands] == [
        ("李娜", "free"),
        ("张伟", "warnings"),
        ("王芳", "clash"),
    ]
    assert [w.code for w in cands[1].check.warnings] == ["skills"]
    assert cands[0].skills == ("急救",) and cands[1].languages == ("English",)
