"""A ticket reads the same wherever it is shown: the one ticket/attendee join, mapped by name."""

from __future__ import annotations

import dataclasses

import pytest

from scipop.models import AttendeeCategory, TicketKind
from scipop.registration.dto import Registrant, TicketData
from scipop.registration.queries import TICKET_FIELDS
from scipop.registration.table_queries import ROW_FIELDS, AttendeeRow, AttendeeTable
from scipop.registration.ticket_join import ticket_select
from scipop.services.people import AttendeeData
from tests.fixtures.tickets_world import build_shows


@pytest.mark.parametrize(
    ("target", "renamed"), [(TicketData, TICKET_FIELDS), (AttendeeRow, ROW_FIELDS)]
)
def test_every_field_is_read_from_a_column_labelled_with_its_name(target, renamed):
    names = [f.name for f in dataclasses.fields(target)]
    assert list(ticket_select(target, renamed=renamed).selected_columns.keys()) == names


def test_a_ticket_from_the_join_equals_the_ticket_loaded_whole(services):
    world = build_shows(services.store, capacity=60, morning=2)
    group = Registrant(
        name="北京景山学校 初二(3)班",
        phone="13800138000",
        email="class3@jingshan.cn",
        organization="北京景山学校",
        category=AttendeeCategory.STUDENT,
        headcount=12,
    )
    ticket = services.registration.register(world.noon, group)
    services.registration.register(world.morning, Registrant(name="张伟"))
    loaded = services.tickets.get(ticket.id)  # from the ORM objects, field by field
    assert loaded.kind == TicketKind.GROUP and loaded.headcount == 12
    assert services.tickets.search("景山") == [loaded]
    assert services.tickets.for_session(world.noon) == [loaded]
    assert services.tickets.for_attendee(ticket.attendee_id) == [loaded]

    services.attendees.create(AttendeeData(name="赵六"))  # holds no ticket
    table = AttendeeTable(services.store)
    rows = {r.name: r for r in table.first_rows(10)}
    assert rows["赵六"].ticket_id is None and rows["赵六"].event_title == ""
    row = rows[group.name]
    assert table.rows([row.key]) == [row]
    shared = {f.name for f in dataclasses.fields(AttendeeRow)} & set(TicketData.__annotations__)
    assert {n: getattr(row, n) for n in shared} == {n: getattr(loaded, n) for n in shared}
    assert (row.ticket_id, row.name) == (loaded.id, loaded.attendee_name)
