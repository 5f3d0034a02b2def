"""Reading sessions: the rows the calendar, the CLI and the check-in station show."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from scipop.errors import not_found
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import Event, EventOrganizer, Room, SessionStatus, Ticket, TicketStatus
from scipop.models import Session as EventSession
from scipop.store.uow import Store

SESSION_MISSING = QT_TRANSLATE_NOOP("errors", "Session #{id} does not exist.")


@dataclass
class SessionData:
    """One session as shown: times are tz-aware UTC (show them with ``fmt_local``).

    ``setup_minutes``/``teardown_minutes`` are the effective buffers (the session's override,
    else the room's default); ``buffers_overridden`` says whether the session overrides them.
    """

    id: int
    event_id: int
    event_title: str
    event_title_en: str
    room_id: int
    room_name: str
    room_name_en: str
    starts_at: datetime
    ends_at: datetime
    capacity: int
    booked: int
    status: SessionStatus
    title: str = ""
    series_id: int | None = None
    program_color: str = ""
    venue_id: int | None = None
    venue_name: str = ""
    venue_name_en: str = ""
    program_id: int | None = None
    program_name: str = ""
    program_name_en: str = ""
    organization_ids: tuple[int, ...] = ()
    setup_minutes: int = 0
    teardown_minutes: int = 0
    buffers_overridden: bool = False
    outside_hours: bool = False
    room_capacity: int = 0
    room_shareable: bool = False

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.booked)

    @property
    def cancelled(self) -> bool:
        return self.status == SessionStatus.CANCELLED


def to_data(x: EventSession, booked: int) -> SessionData:
    """The dataclass for a loaded session (event, program, room and venue loaded or lazy)."""
    room, event = x.room, x.event
    program = event.program
    return SessionData(
        id=x.id,
        event_id=x.event_id,
        event_title=event.title,
        event_title_en=event.title_en,
        room_id=x.room_id,
        room_name=room.name,
        room_name_en=room.name_en,
        starts_at=x.starts_at,
        ends_at=x.ends_at,
        capacity=x.capacity,
        booked=booked,
        status=SessionStatus(x.status),
        title=x.title,
        series_id=x.series_id,
        program_color=program.color if program else "",
        venue_id=room.venue_id,
        venue_name=room.venue.name,
        venue_name_en=room.venue.name_en,
        program_id=event.program_id,
        program_name=program.name if program else "",
        program_name_en=program.name_en if program else "",
        organization_ids=tuple(o.organization_id for o in event.organizers),
        setup_minutes=room.setup_minutes if x.setup_minutes is None else x.setup_minutes,
        teardown_minutes=(
            room.teardown_minutes if x.teardown_minutes is None else x.teardown_minutes
        ),
        buffers_overridden=x.setup_minutes is not None or x.teardown_minutes is not None,
        outside_hours=x.outside_hours,
        room_capacity=room.capacity,
        room_shareable=room.shareable,
    )


def _options():
    return (
        joinedload(EventSession.event).joinedload(Event.program),
        joinedload(EventSession.event).selectinload(Event.organizers),
        joinedload(EventSession.room).joinedload(Room.venue),
    )


class SessionQueries:
    """Read side of sessions; writing them is the scheduling service's job."""

    def __init__(self, store: Store):
        self.store = store

    def list(
        self,
        *,
        event_id: int | None = None,
        room_id: int | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        venue_id: int | None = None,
        program_id: int | None = None,
        organization_id: int | None = None,
        series_id: int | None = None,
        include_cancelled: bool = True,
    ) -> list[SessionData]:
        """Sessions overlapping ``[start, end)`` (either may be None), filtered, by start time."""
        with self.store.uow() as uow:
            s = uow.session
            q = select(EventSession).options(*_options())
            q = q.order_by(EventSession.starts_at, EventSession.room_id)
            if event_id is not None:
                q = q.where(EventSession.event_id == event_id)
            if room_id is not None:
                q = q.where(EventSession.room_id == room_id)
            if series_id is not None:
                q = q.where(EventSession.series_id == series_id)
            if start is not None:
                q = q.where(EventSession.ends_at > start)
            if end is not None:
                q = q.where(EventSession.starts_at < end)
            if venue_id is not None:
                q = q.where(
                    EventSession.room_id.in_(select(Room.id).where(Room.venue_id == venue_id))
                )
            if program_id is not None:
                q = q.where(
                    EventSession.event_id.in_(
                        select(Event.id).where(Event.program_id == program_id)
                    )
                )
            if organization_id is not None:
                q = q.where(
                    EventSession.event_id.in_(
                        select(EventOrganizer.event_id).where(
                            EventOrganizer.organization_id == organization_id
                        )
                    )
                )
            if not include_cancelled:
                q = q.where(EventSession.status == SessionStatus.SCHEDULED)
            sessions = s.scalars(q).unique().all()
            booked = booked_counts(s, [x.id for x in sessions])
            return [to_data(x, booked.get(x.id, 0)) for x in sessions]

    def get(self, session_id: int) -> SessionData:
        with self.store.uow() as uow:
            return load_data(uow.session, session_id)


def load_data(s: Session, session_id: int) -> SessionData:
    x = s.scalars(
        select(EventSession).options(*_options()).where(EventSession.id == session_id)
    ).first()
    if x is None:
        raise not_found(SESSION_MISSING, session_id)
    return to_data(x, booked_counts(s, [x.id]).get(x.id, 0))


def booked_counts(s: Session, ids: Iterable[int]) -> dict[int, int]:
    """Places taken per session: active tickets' headcounts."""
    ids = list(ids)
    out: dict[int, int] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        q = (
            select(Ticket.session_id, func.coalesce(func.sum(Ticket.headcount), 0))
            .where(Ticket.session_id.in_(part), Ticket.status == TicketStatus.ACTIVE)
            .group_by(Ticket.session_id)
        )
        out.update({k: int(v) for k, v in s.execute(q).all()})
    return out
