"""Staff set up organizations, halls and events; the services refuse what would go wrong."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time

import pytest
from sqlalchemy import select

from scipop.errors import InUse, InvalidInput, NotFound, ValidationError
from scipop.models import AuditEntry, OrganizerRole
from scipop.models import Session as EventSession
from scipop.services.events import EventData, OrganizerData
from scipop.services.organizations import OrganizationData, ProgramData
from scipop.services.venues import RoomData, VenueData


@pytest.fixture
def center(any_services):
    venue = any_services.venues.create(
        VenueData(name="北京科学中心", name_en="Beijing Science Center")
    )
    sphere = any_services.rooms.create(
        RoomData(venue_id=venue.id, name="球幕/数字球 展厅", capacity=60, teardown_minutes=5)
    )
    return venue, sphere


@pytest.fixture
def orgs(any_services):
    bast = any_services.organizations.create(
        OrganizationData(name="北京市科学技术协会", short_name="BAST")
    )
    bjast = any_services.organizations.create(
        OrganizationData(name="北京市科学技术研究院", short_name="BJAST")
    )
    return bast, bjast


def _event(orgs, **kw) -> EventData:
    bast, bjast = orgs
    return EventData(
        title=kw.pop("title", "数字球幕秀：蓝色星球"),
        organizers=[
            OrganizerData(bjast.id, OrganizerRole.LEAD),
            OrganizerData(bast.id, OrganizerRole.CO_ORGANIZER),
        ],
        **kw,
    )


def test_two_organizations_cannot_share_a_name_even_in_other_case(any_services, orgs):
    with pytest.raises(ValidationError) as info:
        any_services.organizations.create(OrganizationData(name="北京市科学技术协会"))
    assert info.value.field == "name"
    assert "already exists" in str(info.value)
    any_services.organizations.create(OrganizationData(name="Beijing Science Society"))
    with pytest.raises(ValidationError):
        any_services.organizations.create(OrganizationData(name="beijing science society"))


def test_room_needs_a_positive_capacity_and_a_name(any_services, center):
    venue, _ = center
    with pytest.raises(InvalidInput) as info:
        any_services.rooms.create(RoomData(venue_id=venue.id, name=" ", capacity=0))
    assert set(info.value.by_field()) == {"name", "capacity"}


def test_room_must_close_after_it_opens(any_services, center):
    venue, _ = center
    with pytest.raises(ValidationError) as info:
        any_services.rooms.create(
            RoomData(venue_id=venue.id, name="报告厅", opens_at=time(18), closes_at=time(9))
        )
    assert info.value.field == "closes_at"


def test_same_room_name_is_fine_in_another_venue(any_services, center):
    other = any_services.venues.create(VenueData(name="北京市科学技术研究院"))
    room = any_services.rooms.create(RoomData(venue_id=other.id, name="球幕/数字球 展厅"))
    assert room.venue_name == "北京市科学技术研究院"


def test_event_with_a_lead_and_a_co_organizer_is_listed_with_both(any_services, orgs):
    created = any_services.events.create(_event(orgs))
    [listed] = any_services.events.list()
    assert listed.id == created.id
    assert listed.lead.name == "北京市科学技术研究院"
    assert [o.name for o in listed.co_organizers] == ["北京市科学技术协会"]


def test_event_needs_exactly_one_lead(any_services, orgs):
    bast, bjast = orgs
    data = EventData(
        title="金桥工程 项目对接会",
        organizers=[OrganizerData(bast.id, OrganizerRole.LEAD), OrganizerData(bjast.id, "lead")],
    )
    with pytest.raises(ValidationError) as info:
        any_services.events.create(data)
    assert info.value.field == "organizers"
    assert "(now 2)" in str(info.value)


def test_editing_an_event_swaps_its_lead_and_keeps_one_row_per_organizer(any_services, orgs):
    bast, _ = orgs
    event = any_services.events.create(_event(orgs))
    event.organizers = [OrganizerData(bast.id, OrganizerRole.LEAD)]
    updated = any_services.events.update(event)
    assert [(o.name, o.role) for o in updated.organizers] == [
        ("北京市科学技术协会", OrganizerRole.LEAD)
    ]


def test_deleting_a_room_with_sessions_is_refused_with_the_reason(
    any_services, any_store, center, orgs
):
    _, sphere = center
    event = any_services.events.create(_event(orgs))
    with any_store.uow(write=True) as uow:
        uow.session.add(
            EventSession(
                event_id=event.id,
                room_id=sphere.id,
                starts_at=datetime(2026, 12, 1, 2, 0, tzinfo=UTC),
                ends_at=datetime(2026, 12, 1, 2, 20, tzinfo=UTC),
                capacity=60,
            )
        )
        uow.commit()
    with pytest.raises(InUse) as info:
        any_services.rooms.delete(sphere.id)
    assert "球幕/数字球 展厅" in str(info.value) and "1 session" in str(info.value)
    assert any_services.rooms.get(sphere.id).session_count == 1


def test_deleting_an_organizer_of_an_event_is_refused(any_services, orgs):
    any_services.events.create(_event(orgs))
    with pytest.raises(InUse):
        any_services.organizations.delete(orgs[0].id)


def test_deleting_a_venue_with_rooms_is_refused_until_the_rooms_are_gone(any_services, center):
    venue, sphere = center
    with pytest.raises(InUse):
        any_services.venues.delete(venue.id)
    any_services.rooms.delete(sphere.id)
    any_services.venues.delete(venue.id)
    with pytest.raises(NotFound):
        any_services.venues.get(venue.id)


def test_program_colour_must_be_a_hex_colour(any_services):
    with pytest.raises(ValidationError) as info:
        any_services.programs.create(ProgramData(name="机器人杯赛", color="green"))
    assert info.value.field == "color"


def test_every_change_leaves_an_audit_entry_with_before_and_after(any_services, any_store, center):
    _, sphere = center
    sphere.capacity = 80
    any_services.rooms.update(sphere)
    with any_store.uow() as uow:
        entries = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "room").order_by(AuditEntry.id)
        ).all()
        assert [e.action for e in entries] == ["create", "update"]
        assert entries[-1].actor == "tester"
        assert json.loads(entries[-1].before)["capacity"] == 60
        assert json.loads(entries[-1].after)["capacity"] == 80
        assert entries[-1].at.tzinfo is not None


def test_a_failed_update_changes_nothing(any_services, center):
    _, sphere = center
    sphere.capacity = -5
    sphere.name = ""
    with pytest.raises(InvalidInput):
        any_services.rooms.update(sphere)
    again = any_services.rooms.get(sphere.id)
    assert (again.name, again.capacity) == ("球幕/数字球 展厅", 60)


def test_listing_venues_and_volunteers_takes_the_same_few_queries_however_many_there_are(
    any_services, any_store
):
    from sqlalchemy import event

    from scipop.services.people import VolunteerData

    def selects_to_list() -> int:
        seen: list[str] = []

        def _count(conn, cursor, statement, *args) -> None:
            if statement.lstrip().upper().startswith("SELECT"):
                seen.append(statement)

        event.listen(any_store.engine, "before_cursor_execute", _count)
        try:
            any_services.venues.list()
            any_services.volunteers.list()
        finally:
            event.remove(any_store.engine, "before_cursor_execute", _count)
        return len(seen)

    def add(n: int) -> None:
        for i in range(n):
            org = any_services.organizations.create(OrganizationData(name=f"学会{n}-{i}"))
            venue = any_services.venues.create(VenueData(name=f"场馆{n}-{i}"))
            any_services.rooms.create(RoomData(venue_id=venue.id, name="报告厅", capacity=80))
            any_services.volunteers.create(
                VolunteerData(name=f"志愿者{n}-{i}", organization_id=org.id)
            )

    add(1)
    few = selects_to_list()
    add(5)
    assert selects_to_list() == few
    assert [v.room_count for v in any_services.venues.list()] == [1] * 6
    assert {v.organization_name for v in any_services.volunteers.list()} == {
        f"学会{n}-{i}" for n, i in [(1, 0)] + [(5, i) for i in range(5)]
    }
