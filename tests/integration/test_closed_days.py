"""Closed days and public holidays: listed per venue, added (a day or a range, with a reason)
and removed through the service, audited; a booking on one is refused, a series leaves it out."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from scipop.app import Services
from scipop.errors import HINT_CLOSED_DAY, InvalidInput, NotFound, ValidationError
from scipop.models import AuditEntry
from scipop.scheduling import SessionDraft
from tests.fixtures.scheduling_world import CLOSED, World, at, build_world

NEW_YEAR = date(2031, 1, 1)
SPRING = date(2031, 1, 22)  # 春节 2031: Jan 22–28


@pytest.fixture
def world(services: Services) -> World:
    return build_world(services)


def test_a_venue_lists_its_own_closed_days_and_every_venues_holidays(services, world):
    services.closed_days.add(NEW_YEAR, None, " 元旦 ", venue_id=None)
    days = services.closed_days.list(world.venue)
    assert [(d.day, d.reason, d.venue_id) for d in days] == [
        (CLOSED, "设备检修", world.venue),
        (NEW_YEAR, "元旦", None),
    ]
    other = services.rooms.get(world.conf).venue_id
    assert [d.day for d in services.closed_days.list(other)] == [NEW_YEAR]


def test_a_range_closes_each_day_and_is_audited(services, world):
    added = services.closed_days.add(SPRING, SPRING + timedelta(days=6), "春节", world.venue)
    assert [d.day for d in added.days] == [SPRING + timedelta(days=i) for i in range(7)]
    assert added.sessions_booked == 0
    with services.store.uow() as uow:
        entries = uow.session.execute(
            select(AuditEntry.action, AuditEntry.summary)
            .where(AuditEntry.entity == "closed_day")
            .order_by(AuditEntry.id)
        ).all()
    assert len(entries) == 7 and {action for action, _s in entries} == {"create"}
    assert entries[0].summary == "2031-01-22 春节"


def test_booking_on_a_new_closed_day_is_refused_and_a_series_leaves_it_out(services, world):
    day = date(2030, 12, 12)
    services.scheduling.create(
        SessionDraft(world.show, world.sphere, at(10, day=day), at(10, 20, day=day))
    )
    added = services.closed_days.add(day, None, "临时闭馆", world.venue)
    assert added.sessions_booked == 1  # said to the user; the session stays
    with pytest.raises(ValidationError) as err:
        services.scheduling.create(
            SessionDraft(world.show, world.sphere, at(11, day=day), at(11, 20, day=day))
        )
    assert err.value.hint == HINT_CLOSED_DAY and "临时闭馆" in str(err.value)


def test_bad_ranges_and_days_already_closed_are_refused_and_change_nothing(services, world):
    with pytest.raises(ValidationError, match="is before the first") as err:
        services.closed_days.add(SPRING, SPRING - timedelta(days=1), "春节", world.venue)
    assert err.value.field == "last_day"
    with pytest.raises(ValidationError, match="at most 366 days"):
        services.closed_days.add(SPRING, SPRING + timedelta(days=400), "", world.venue)
    with pytest.raises(InvalidInput):
        services.closed_days.add(SPRING, SPRING - timedelta(days=1), "长" * 201, world.venue)
    with pytest.raises(ValidationError, match="2030-12-10 is already a closed day") as err:
        services.closed_days.add(CLOSED - timedelta(days=1), CLOSED, "检修", world.venue)
    assert err.value.field == "first_day"
    assert [d.day for d in services.closed_days.list(world.venue)] == [CLOSED]


def test_removing_days_opens_them_again_all_or_nothing(services, world):
    [closed] = services.closed_days.list(world.venue)
    with pytest.raises(NotFound):
        services.closed_days.remove([closed.id, 999_999])
    assert services.closed_days.list(world.venue) == [closed]
    services.closed_days.remove([closed.id])
    assert services.closed_days.list(world.venue) == []
    services.scheduling.create(
        SessionDraft(world.show, world.sphere, at(10, day=CLOSED), at(10, 20, day=CLOSED))
    )
