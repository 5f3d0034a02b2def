"""Reading sessions: the rows the calendar, the CLI and the check-in station show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from scipop.models import Event, Room, SessionStatus, Ticket, TicketStatus
from scipop.models import Session as EventSession
from scipop.store.uow import Store


@dataclass
class SessionData:
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
    ) -> list[SessionData]:
        with self.store.uow() as uow:
            s = uow.session
            q = (
                select(EventSession)
                .options(
                    joinedload(EventSession.event).joinedload(Event.program),
                    joinedload(EventSession.room).joinedload(Room.venue),
                )
                .order_by(EventSession.starts_at, EventSession.room_id)
            )
            if event_id is not None:
                q = q.where(EventSession.event_id == event_id)
            if room_id is not None:
                q = q.where(EventSession.room_id == room_id)
            if start is not None:
                q = q.where(EventSession.ends_at > start)
            if end is not None:
                q = q.where(EventSession.starts_at < end)
            sessions = s.scalars(q).unique().all()
            booked = self._booked(s, [x.id for x in sessions])
            return [
                SessionData(
                    id=x.id,
                    event_id=x.event_id,
                    event_title=x.event.title,
                    event_title_en=x.event.title_en,
                    room_id=x.room_id,
                    room_name=x.room.name,
                    room_name_en=x.room.name_en,
                    starts_at=x.starts_at,
                    ends_at=x.ends_at,
                    capacity=x.capacity,
                    booked=booked.get(x.id, 0),
                    status=x.status,
                    title=x.title,
                    series_id=x.series_id,
                    program_color=x.event.program.color if x.event.program else "",
                )
                for x in sessions
            ]

    @staticmethod
    def _booked(s, ids: list[int]) -> dict[int, int]:
        """Places taken per session: active tickets' headcounts."""
        if not ids:
            return {}
        out: dict[int, int] = {}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk : chunk + 500]
            q = (
                select(Ticket.session_id, func.coalesce(func.sum(Ticket.headcount), 0))
                .where(Ticket.session_id.in_(part), Ticket.status == TicketStatus.ACTIVE)
                .group_by(Ticket.session_id)
            )
            out.update(dict(s.execute(q).all()))
        return out
