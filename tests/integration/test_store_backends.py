"""The same services behave the same on SQLite and PostgreSQL; SQLite is set up for safe sharing.

Tests taking ``any_services``/``any_store`` run on SQLite and, when SCIPOP_TEST_DATABASE_URL is
set (as in .ci/run), on PostgreSQL too.
"""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.exc import IntegrityError

from scipop.errors import InUse, ValidationError
from scipop.models import AuditEntry, OrganizerRole, Room
from scipop.models import Session as EventSession
from scipop.services.events import EventData, OrganizerData
from scipop.services.organizations import OrganizationData
from scipop.services.venues import RoomData, VenueData

SHANGHAI = ZoneInfo("Asia/Shanghai")


def _set_up_sphere_show(services):
    """BJAST leads a Science on a Sphere show, co-organized by BAST, at Beijing Science Center."""
    bast = services.organizations.create(
        OrganizationData(name="北京市科学技术协会", name_en="BAST", short_name="BAST")
    )
    bjast = services.organizations.create(
        OrganizationData(name="北京市科学技术研究院", name_en="BJAST", short_name="BJAST")
    )
    venue = services.venues.create(VenueData(name="北京科学中心", name_en="Beijing Science Center"))
    sphere = services.rooms.create(
        RoomData(
            venue_id=venue.id, name="球幕/数字球 展厅", name_en="Science on a Sphere", capacity=60
        )
    )
    show = services.events.create(
        EventData(
            title="数字球幕秀：蓝色星球",
            title_en="Sphere show: the Blue Planet",
            organizers=[
                OrganizerData(bjast.id, OrganizerRole.LEAD),
                OrganizerData(bast.id, OrganizerRole.CO_ORGANIZER),
            ],
        )
    )
    return bast, bjast, venue, sphere, show


def _book(store, event_id: int, room_id: int, start: datetime, minutes: int = 20) -> int:
    with store.uow(write=True) as uow:
        session = EventSession(
            event_id=event_id,
            room_id=room_id,
            starts_at=start,
            ends_at=start + timedelta(minutes=minutes),
            capacity=60,
        )
        uow.session.add(session)
        uow.session.flush()
        uow.commit()
        return session.id


def test_a_co_organized_show_set_up_through_the_services_reads_back_whole(any_services):
    bast, bjast, venue, sphere, show = _set_up_sphere_show(any_services)

    listed = {e.id: e for e in any_services.events.list()}[show.id]
    assert listed.title == "数字球幕秀：蓝色星球"
    assert listed.lead is not None and listed.lead.name == "北京市科学技术研究院"
    assert [o.name for o in listed.co_organizers] == ["北京市科学技术协会"]
    rooms = any_services.rooms.list(venue_id=venue.id)
    assert [(r.name, r.capacity, r.venue_name) for r in rooms] == [
        ("球幕/数字球 展厅", 60, "北京科学中心")
    ]


def test_names_stay_unique_regardless_of_case_on_every_backend(any_services):
    _set_up_sphere_show(any_services)
    with pytest.raises(ValidationError) as info:
        any_services.venues.create(VenueData(name="北京科学中心"))
    assert info.value.field == "name"
    any_services.organizations.create(OrganizationData(name="China Science Writers"))
    with pytest.raises(ValidationError, match="already exists"):
        any_services.organizations.create(OrganizationData(name="CHINA science writers"))


def test_a_booked_hall_cannot_be_deleted_and_says_how_many_sessions_hold_it(
    any_services, any_store
):
    _, _, _, sphere, show = _set_up_sphere_show(any_services)
    _book(any_store, show.id, sphere.id, datetime(2026, 3, 14, 2, 0, tzinfo=UTC))

    with pytest.raises(InUse) as info:
        any_services.rooms.delete(sphere.id)
    assert "1 session(s)" in str(info.value)
    assert any_services.rooms.get(sphere.id).session_count == 1


def test_every_change_is_audited_with_who_and_the_values_before_and_after(any_services, any_store):
    _, _, venue, _, _ = _set_up_sphere_show(any_services)
    renamed = any_services.venues.get(venue.id)
    renamed.name_en = "Beijing Science Centre"
    any_services.venues.update(renamed)

    with any_store.uow() as uow:  # leaving a unit of work rolls back: read inside it
        entries = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        actions = [(e.action, e.entity) for e in entries]
        last = entries[-1]
        actor, at, before, after = last.actor, last.at, last.before, last.after
    assert actions == [
        ("create", "organization"),
        ("create", "organization"),
        ("create", "venue"),
        ("create", "room"),
        ("create", "event"),
        ("update", "venue"),
    ]
    assert actor == "tester"
    assert at.tzinfo is not None
    assert json.loads(before)["name_en"] == "Beijing Science Center"
    assert json.loads(after)["name_en"] == "Beijing Science Centre"


def test_times_come_back_as_the_same_instant_in_utc_whatever_zone_they_went_in(
    any_services, any_store
):
    _, _, _, sphere, show = _set_up_sphere_show(any_services)
    beijing_ten = datetime(2026, 3, 14, 10, 0, tzinfo=SHANGHAI)  # 02:00 UTC
    session_id = _book(any_store, show.id, sphere.id, beijing_ten, minutes=30)

    with any_store.uow() as uow:
        got = uow.session.get(EventSession, session_id)
        starts, ends = got.starts_at, got.ends_at
    assert starts.utcoffset() == timedelta(0)
    assert starts == beijing_ten
    assert (starts.hour, ends.hour, ends.minute) == (2, 2, 30)
    listed = any_services.events.get(show.id)
    assert listed.first_start == beijing_ten
    assert listed.first_start.tzinfo is not None


def test_a_naive_datetime_is_refused_rather_than_guessed(any_services, any_store):
    _, _, _, sphere, show = _set_up_sphere_show(any_services)
    with pytest.raises(Exception, match="naive datetime"):
        _book(any_store, show.id, sphere.id, datetime(2026, 3, 14, 10, 0))


# ---- SQLite set-up: every connection, and writers that queue instead of failing


def test_every_sqlite_connection_enforces_foreign_keys_and_uses_wal(store):
    with store.engine.connect() as a, store.engine.connect() as b:
        for conn in (a, b):
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_a_room_in_a_venue_that_does_not_exist_is_refused_by_the_database(store):
    with store.uow(write=True) as uow, pytest.raises(IntegrityError):
        uow.session.add(Room(venue_id=4242, name="幽灵展厅", capacity=10))
        uow.session.flush()


def test_a_writing_unit_of_work_begins_immediate_and_a_reading_one_does_not(store):
    statements: list[str] = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def _seen(conn, cursor, statement, *args) -> None:
        if statement.startswith("BEGIN"):
            statements.append(statement)

    with store.uow() as uow:
        uow.session.execute(text("SELECT 1"))
    with store.uow(write=True) as uow:
        uow.session.execute(text("SELECT 1"))
    assert statements == ["BEGIN", "BEGIN IMMEDIATE"]


def test_a_second_writer_waits_for_the_first_instead_of_failing(store, services):
    venue = services.venues.create(VenueData(name="北京科学中心"))
    first_has_lock = threading.Event()
    second_done = threading.Event()
    errors: list[BaseException] = []
    hold = 0.5

    def first_writer() -> None:
        with store.uow(write=True) as uow:
            uow.session.add(Room(venue_id=venue.id, name="主题展厅", capacity=200))
            uow.session.flush()
            first_has_lock.set()
            time.sleep(hold)
            uow.commit()

    def second_writer() -> None:
        try:
            first_has_lock.wait(5)
            services.rooms.create(RoomData(venue_id=venue.id, name="球幕展厅", capacity=60))
        except BaseException as exc:  # reported to the test below
            errors.append(exc)
        finally:
            second_done.set()

    threads = [threading.Thread(target=first_writer), threading.Thread(target=second_writer)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    assert first_has_lock.wait(5)
    assert not second_done.wait(hold / 2), "the second writer should still be waiting"
    for t in threads:
        t.join(15)
    waited = time.perf_counter() - started

    assert errors == []
    assert waited >= hold
    assert sorted(r.name for r in services.rooms.list()) == ["主题展厅", "球幕展厅"]
