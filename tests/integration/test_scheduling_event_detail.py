"""The event detail view: organizers, sessions and totals in one place."""

from __future__ import annotations

from datetime import timedelta

import pytest

from scipop.app import Services
from scipop.errors import NotFound
from scipop.models import Attendee, Ticket
from scipop.scheduling import SessionDraft
from scipop.services.events import OrganizerData
from scipop.services.organizations import OrganizationData
from scipop.timeutil import utcnow
from tests.fixtures.scheduling_world import at, build_world


@pytest.fixture
def services(any_services: Services) -> Services:
    """Every story here runs on SQLite, and on PostgreSQL when SCIPOP_TEST_DATABASE_URL is set."""
    return any_services


def test_event_detail_shows_organizers_sessions_and_totals(services: Services):
    w = build_world(services)
    co = services.organizations.create(OrganizationData(name="北京市科学技术研究院"))
    event = services.events.get(w.forum)
    event.organizers = [OrganizerData(co.id, "co_organizer"), *event.organizers]
    services.events.update(event)
    sched = services.scheduling
    a = sched.create(SessionDraft(w.forum, w.lecture, at(9), at(12)))
    sched.create(SessionDraft(w.forum, w.lecture, at(14), at(17), capacity=150))
    c = sched.create(SessionDraft(w.forum, w.conf, at(14), at(17)))
    sched.cancel(c.id)
    soon = utcnow().replace(microsecond=0) - timedelta(days=2)
    past = sched.create(
        SessionDraft(w.forum, w.conf, soon, soon + timedelta(hours=1), outside_hours=True)
    )
    with services.store.uow(write=True) as uow:
        person = Attendee(name="李华")
        uow.session.add(person)
        uow.session.flush()
        uow.session.add(Ticket(session_id=a.id, attendee_id=person.id, kind="group", headcount=25))
        uow.commit()

    detail = sched.event_detail(w.forum)
    assert detail.event.title == "2026 诺贝尔奖获得者北京论坛"
    assert [o.name for o in detail.organizers] == ["北京市科学技术协会", "北京市科学技术研究院"]
    assert detail.lead.name == "北京市科学技术协会"
    assert detail.sessions[0].id == past.id
    t = detail.totals
    assert (t.sessions, t.scheduled, t.cancelled, t.upcoming) == (4, 3, 1, 2)
    assert (t.capacity, t.booked, t.free) == (200 + 150 + 80, 25, 405)
    assert t.rooms == 2


def test_event_detail_of_a_missing_event_is_not_found(services: Services):
    with pytest.raises(NotFound):
        services.scheduling.event_detail(999)
