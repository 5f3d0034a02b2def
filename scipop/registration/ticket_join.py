"""The one join of a ticket with its attendee, session, event and room, read by column name.

Every read of tickets as people see them (the Attendees table, ticket lists, the door,
printing) selects from :func:`ticket_from`. Each column is labelled with the name of the
dataclass field it fills, so a row becomes a dataclass by name (:func:`as_dataclass`),
never by position.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, FromClause, Row, Select, join, outerjoin, select

from scipop.models import Attendee, Event, Room, Ticket
from scipop.models import Session as EventSession

T = TypeVar("T")

# field name -> column: the names the dataclasses over this join use
COLUMNS: dict[str, ColumnElement[Any]] = {
    "ticket_id": Ticket.id,
    "session_id": Ticket.session_id,
    "attendee_id": Attendee.id,
    "attendee_name": Attendee.name,
    "phone": Attendee.phone,
    "email": Attendee.email,
    "organization": Attendee.organization,
    "category": Attendee.category,
    "kind": Ticket.kind,
    "headcount": Ticket.headcount,
    "arrived": Ticket.arrived,
    "status": Ticket.status,
    "waitlist_position": Ticket.waitlist_position,
    "code": Ticket.code,
    "generation": Ticket.generation,
    "event_title": Event.title,
    "event_title_en": Event.title_en,
    "room_name": Room.name,
    "room_name_en": Room.name_en,
    "starts_at": EventSession.starts_at,
    "ends_at": EventSession.ends_at,
    "first_scan_at": Ticket.first_scan_at,
    "first_scan_station": Ticket.first_scan_station,
    "created_at": Ticket.created_at,
}


def ticket_from(*, every_attendee: bool = False) -> FromClause:
    """Tickets joined to their attendee, session, event and room.

    With ``every_attendee`` the join is led by the attendees and outer: an attendee who
    holds no ticket is one row whose ticket, session, event and room columns are NULL.
    """
    if every_attendee:
        return (
            outerjoin(Attendee, Ticket, Ticket.attendee_id == Attendee.id)
            .outerjoin(EventSession, Ticket.session_id == EventSession.id)
            .outerjoin(Event, EventSession.event_id == Event.id)
            .outerjoin(Room, EventSession.room_id == Room.id)
        )
    return (
        join(Ticket, Attendee, Ticket.attendee_id == Attendee.id)
        .join(EventSession, Ticket.session_id == EventSession.id)
        .join(Event, EventSession.event_id == Event.id)
        .join(Room, EventSession.room_id == Room.id)
    )


def field_names(target: type) -> list[str]:
    return [f.name for f in dataclasses.fields(target)]


def labelled(names: Iterable[str], renamed: Mapping[str, str] | None = None) -> list[Any]:
    """The columns for the fields ``names``, each labelled with its field's name.

    ``renamed`` maps a field to the column it reads when their names differ
    (``{"id": "ticket_id"}``).
    """
    renamed = renamed or {}
    return [COLUMNS[renamed.get(name, name)].label(name) for name in names]


def ticket_select(
    target: type, *, every_attendee: bool = False, renamed: Mapping[str, str] | None = None
) -> Select:
    """SELECT every field of the dataclass ``target`` FROM :func:`ticket_from`."""
    columns = labelled(field_names(target), renamed)
    return select(*columns).select_from(ticket_from(every_attendee=every_attendee))


def as_dataclass(target: type[T], row: Row[Any]) -> T:
    """The dataclass for a row of labelled columns, field by field name."""
    return target(**row._mapping)
