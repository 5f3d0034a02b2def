"""Upgrading a database re-stores every phone in one form and merges the people this reveals."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from alembic import command
from sqlalchemy import select, text

from scipop.models import Attendee, AuditEntry, Event, EventKind, Room, Ticket, Venue, Volunteer
from scipop.store.migrate import alembic_config, upgrade_to_head
from scipop.store.uow import Store
from tests.conftest import PG_URL, _reset_postgres
from tests.fixtures.tickets_world import SHOW_DAY, ShowWorld


@pytest.fixture(params=["sqlite", "postgresql"] if PG_URL else ["sqlite"])
def old_store(request, db_url):
    """A database at revision 0002, when phones were stored as typed (digits, maybe a +)."""
    url = db_url
    if request.param == "postgresql":
        _reset_postgres(PG_URL)
        url = PG_URL
    store = Store(url, actor="tester")
    cfg = alembic_config(store.engine)
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    yield store
    store.dispose()


def _add_people(store: Store, world) -> dict[str, int]:
    ids = {}
    with store.uow(write=True) as uow:
        s = uow.session
        for key, name, phone, email in [
            ("plus", "王芳", "+8613800138000", ""),
            ("idd", "王芳", "008613800138000", "wf@example.cn"),
            ("plain", "王芳", "13800138000", ""),
            ("sister", "王丽", "13800138000", ""),  # same phone, another person
            ("landline", "北京科学中心", "01062651234", ""),
            ("junk", "李雷", "12345", ""),
        ]:
            a = Attendee(name=name, phone=phone, email=email)
            s.add(a)
            s.flush()
            ids[key] = a.id
        for key, session in (("plus", world.morning), ("idd", world.noon), ("plain", world.noon)):
            t = Ticket(session_id=session, attendee_id=ids[key])
            s.add(t)
            s.flush()
            ids[f"ticket_{key}"] = t.id
        s.execute(  # revision 0002's columns (the model has newer ones)
            text(
                "INSERT INTO volunteer (name, phone, email, skills, active, notes, created_at,"
                " updated_at) VALUES ('志愿者', '0086 139 0000 1111', '', '', :yes, '', :t, :t)"
            ),
            {"t": SHOW_DAY, "yes": True},
        )
        uow.commit()
    return ids


def _old_shows(store: Store) -> ShowWorld:
    """The three shows, written with revision 0002's columns (the models have newer ones)."""
    with store.uow(write=True) as uow:
        s = uow.session
        venue = Venue(name="北京科学中心")
        room = Room(venue=venue, name="球幕/数字球 展厅", capacity=60)
        event = Event(title="数字球幕秀：蓝色星球", kind=EventKind.SHOW)
        s.add_all([venue, room, event])
        s.flush()
        ids = []
        for i in range(3):
            start = SHOW_DAY + timedelta(hours=2 * i)
            s.execute(
                text(
                    "INSERT INTO session (event_id, room_id, title, starts_at, ends_at, capacity,"
                    " outside_hours, status, created_at, updated_at) VALUES (:event, :room, '',"
                    " :start, :end, 60, :no, 'scheduled', :start, :start)"
                ),
                {
                    "event": event.id,
                    "room": room.id,
                    "start": start.replace(tzinfo=None),
                    "end": (start + timedelta(minutes=20)).replace(tzinfo=None),
                    "no": False,
                },
            )
            ids.append(s.scalar(text("SELECT max(id) FROM session")))
        uow.commit()
        return ShowWorld(room.id, event.id, *ids)


def test_upgrading_merges_one_person_stored_three_ways_keeping_every_ticket(old_store):
    world = _old_shows(old_store)
    ids = _add_people(old_store, world)

    assert upgrade_to_head(old_store.engine)

    with old_store.uow() as uow:
        s = uow.session
        people = {a.id: a for a in s.scalars(select(Attendee))}
        assert set(people) == {ids["plus"], ids["sister"], ids["landline"], ids["junk"]}
        kept = people[ids["plus"]]
        assert kept.phone == "+8613800138000" and kept.email == "wf@example.cn"
        assert people[ids["sister"]].phone == "+8613800138000"
        assert people[ids["landline"]].phone == "+861062651234"
        assert people[ids["junk"]].phone == "12345"  # not a number: left for a person to fix
        owners = dict(s.execute(select(Ticket.id, Ticket.attendee_id)).all())
        assert owners == {
            ids["ticket_plus"]: kept.id,
            ids["ticket_idd"]: kept.id,
            ids["ticket_plain"]: kept.id,
        }
        assert s.scalar(select(Volunteer.phone)) == "+8613900001111"
        (entry,) = s.scalars(select(AuditEntry).where(AuditEntry.action == "merge")).all()
        assert entry.entity == "attendee" and entry.entity_id == kept.id
        after = json.loads(entry.after)
        assert sorted(after["merged"]) == sorted([ids["idd"], ids["plain"]])
        assert sorted(after["tickets_moved"]) == sorted([ids["ticket_idd"], ids["ticket_plain"]])
        assert "migration" in entry.actor
