"""Booking sessions into halls: the conflict rules at their edges, for every path."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from scipop.app import Services
from scipop.errors import CapacityExceeded, Conflict, InvalidInput, ValidationError
from scipop.models import AuditEntry, Ticket
from scipop.scheduling import SchedulingService, SessionDraft
from tests.fixtures.scheduling_world import CLOSED, DAY, World, at, build_world

NEXT = DAY + timedelta(days=1)


@pytest.fixture
def services(any_services: Services) -> Services:
    """Every story here runs on SQLite, and on PostgreSQL when SCIPOP_TEST_DATABASE_URL is set."""
    return any_services


@pytest.fixture
def world(services: Services) -> World:
    return build_world(services)


@pytest.fixture
def sched(services: Services) -> SchedulingService:
    return SchedulingService(services.store)


def show(w: World, start: datetime, minutes: int = 20, **kw) -> SessionDraft:
    return SessionDraft(w.show, w.sphere, start, start + timedelta(minutes=minutes), **kw)


def test_clash_names_hall_event_local_times_and_teardown(sched, world):
    sched.create(show(world, at(10), 20))
    with pytest.raises(Conflict) as err:
        sched.create(show(world, at(10, 10), 20))
    assert str(err.value) == (
        "Hall '球幕/数字球 展厅' is booked 2030-12-05 10:00–10:20 by '数字球幕秀：蓝色星球' "
        "(with 5 min teardown)."
    )
    assert err.value.params["session_id"] is not None


def test_sessions_that_only_touch_are_fine_when_there_is_no_buffer(sched, world):
    sched.create(SessionDraft(world.forum, world.conf, at(9), at(10)))
    after = sched.create(SessionDraft(world.forum, world.conf, at(10), at(11)))
    before = sched.create(SessionDraft(world.forum, world.conf, at(8, 30), at(9)))
    assert after.starts_at == at(10) and before.ends_at == at(9)


def test_teardown_buffer_makes_touching_sessions_clash_until_it_is_over(sched, world):
    sched.create(show(world, at(10), 20))  # occupies 10:00–10:25
    with pytest.raises(Conflict, match="5 min teardown"):
        sched.create(show(world, at(10, 20), 20))
    assert sched.create(show(world, at(10, 25), 20)).starts_at == at(10, 25)


def test_setup_buffer_of_the_new_session_is_named_when_only_it_causes_the_clash(sched, world):
    sched.create(
        SessionDraft(world.forum, world.lecture, at(9), at(10), setup_minutes=0, teardown_minutes=0)
    )
    with pytest.raises(Conflict) as err:  # room default: 30 min setup before 10:10
        sched.create(SessionDraft(world.forum, world.lecture, at(10, 10), at(11)))
    assert "needs 30 min setup before and 15 min teardown after this session" in str(err.value)
    ok = sched.create(
        SessionDraft(world.forum, world.lecture, at(10, 10), at(11), setup_minutes=10)
    )
    assert ok.setup_minutes == 10 and ok.buffers_overridden


def test_shareable_exhibition_hall_allows_overlap_on_purpose(sched, world):
    a = sched.create(SessionDraft(world.show, world.theme, at(9), at(17)))
    b = sched.create(SessionDraft(world.forum, world.theme, at(10), at(12)))
    assert a.room_shareable and b.id != a.id


def test_cancelled_session_frees_the_hall_and_restoring_it_is_checked(sched, world):
    first = sched.create(show(world, at(11)))
    sched.cancel(first.id)
    second = sched.create(show(world, at(11)))
    assert second.id != first.id
    with pytest.raises(Conflict):
        sched.restore(first.id)
    sched.delete(second.id)
    assert sched.restore(first.id).status == "scheduled"


def test_same_instant_given_in_utc_or_local_time_is_the_same_slot(sched, world):
    sched.create(show(world, at(14)))  # 14:00 Beijing = 06:00 UTC
    utc = datetime(2030, 12, 5, 6, 0, tzinfo=UTC)
    with pytest.raises(Conflict, match="14:00–14:20"):
        sched.create(show(world, utc))
    naive_local = datetime(2030, 12, 5, 14, 10)  # naive means local
    with pytest.raises(Conflict):
        sched.create(show(world, naive_local))
    # 14:00 UTC is 22:00 in Beijing: outside the hall's hours, not a clash
    with pytest.raises(ValidationError, match="outside opening hours"):
        sched.create(show(world, datetime(2030, 12, 5, 14, 0, tzinfo=UTC)))


def test_opening_hours_refuse_unless_explicitly_overridden(sched, world):
    with pytest.raises(ValidationError, match="open 09:00–17:30") as err:
        sched.create(show(world, at(17, 20)))
    assert err.value.field == "starts_at"
    late = sched.create(show(world, at(17, 20), outside_hours=True))
    assert late.outside_hours
    closing = sched.create(show(world, at(17, 10, day=NEXT)))  # ends at closing time: fine
    assert closing.ends_at == at(17, 30, day=NEXT)


def test_closed_day_is_refused_unless_overridden_and_editing_keeps_the_override(sched, world):
    with pytest.raises(ValidationError, match="closed day \\(设备检修\\)"):
        sched.create(show(world, at(10, day=CLOSED)))
    x = sched.create(show(world, at(10, day=CLOSED), allow_closed_day=True))
    moved = sched.move(x.id, at(11, day=CLOSED))  # same day: the override stands
    assert moved.starts_at == at(11, day=CLOSED)
    # the other venue is open that day
    assert sched.create(
        SessionDraft(world.forum, world.conf, at(10, day=CLOSED), at(11, day=CLOSED))
    ).id


def test_end_before_start_and_bad_capacity_are_reported_together(sched, world):
    with pytest.raises(InvalidInput) as err:
        sched.create(show(world, at(10), -10, capacity=61))
    assert set(err.value.by_field()) == {"ends_at", "capacity"}
    with pytest.raises(ValidationError, match="between 1 and the hall's 60"):
        sched.create(show(world, at(10), capacity=0))


def test_capacity_cannot_drop_below_places_already_booked(services, sched, world):
    x = sched.create(show(world, at(10), capacity=50))
    with services.store.uow(write=True) as uow:
        from scipop.models import Attendee

        a = Attendee(name="王小明")
        uow.session.add(a)
        uow.session.flush()
        uow.session.add(Ticket(session_id=x.id, attendee_id=a.id, kind="group", headcount=30))
        uow.commit()
    draft = sched.draft_of(x.id)
    draft.capacity = 20
    with pytest.raises(CapacityExceeded, match="30 place"):
        sched.update(x.id, draft)
    draft.capacity = 30
    assert sched.update(x.id, draft).booked == 30


def test_moving_and_resizing_use_the_same_check_and_ignore_the_session_itself(sched, world):
    a = sched.create(show(world, at(10)))
    b = sched.create(show(world, at(11)))
    assert sched.move(a.id, at(10, 5)).starts_at == at(10, 5)  # overlaps only itself
    with pytest.raises(Conflict, match="11:00–11:20"):
        sched.move(a.id, at(10, 45))
    with pytest.raises(Conflict, match="5 min teardown"):
        sched.resize(a.id, at(10, 56))  # its own teardown would run to 11:01
    assert sched.resize(a.id, at(10, 55)).ends_at == at(10, 55)  # teardown ends at 11:00
    moved = sched.move(b.id, at(11), room_id=world.lecture)
    assert moved.room_name == "报告厅" and moved.capacity == 60
    big = sched.create(SessionDraft(world.forum, world.lecture, at(14), at(15), capacity=150))
    smaller = sched.move(big.id, at(14), room_id=world.conf)  # 80 places
    assert smaller.capacity == 80


def test_every_change_is_audited(services, sched, world):
    x = sched.create(show(world, at(10)))
    sched.move(x.id, at(12))
    sched.cancel(x.id)
    sched.delete(x.id)
    with services.store.uow() as uow:
        from sqlalchemy import select

        actions = uow.session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.entity == "session", AuditEntry.entity_id == x.id)
            .order_by(AuditEntry.id)
        ).all()
    assert actions == ["create", "move", "cancel", "delete"]


def test_check_gives_the_refusal_without_writing(sched, world, services):
    sched.create(show(world, at(10)))
    with pytest.raises(Conflict):
        sched.check(show(world, at(10, 10)))
    sched.check(show(world, at(10, 30)))
    assert len(services.sessions.list()) == 1
    assert DAY.isoformat() in services.sessions.list()[0].starts_at.isoformat()
