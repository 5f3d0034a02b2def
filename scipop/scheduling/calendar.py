"""What the calendar shows for a range of days: the rooms as columns and the sessions in them.

Built for a full season: one query for the rooms, one for the sessions of the range (plain
columns, no ORM objects), one for their booked counts and one for their events' organizers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scipop.models import ClosedDay, Event, EventOrganizer, Program, Room, SessionStatus, Venue
from scipop.models import Session as EventSession
from scipop.services.sessions import booked_counts
from scipop.store.uow import Store
from scipop.timeutil import local_zone, to_utc


@dataclass(frozen=True)
class CalendarRoom:
    """A room shown as a column: its opening hours, default buffers and venue."""

    id: int
    venue_id: int
    name: str
    name_en: str
    venue_name: str
    venue_name_en: str
    capacity: int
    opens_at: time
    closes_at: time
    setup_minutes: int = 0
    teardown_minutes: int = 0
    shareable: bool = False


@dataclass(frozen=True)
class CalendarSession:
    """A scheduled session as a block: times tz-aware UTC, buffers effective (room default)."""

    id: int
    event_id: int
    room_id: int
    starts_at: datetime
    ends_at: datetime
    capacity: int
    booked: int
    event_title: str
    event_title_en: str = ""
    title: str = ""
    program_id: int | None = None
    program_name: str = ""
    program_name_en: str = ""
    color: str = ""
    organization_ids: tuple[int, ...] = ()
    series_id: int | None = None
    setup_minutes: int = 0
    teardown_minutes: int = 0
    outside_hours: bool = False

    @property
    def full(self) -> bool:
        return self.booked >= self.capacity


@dataclass
class CalendarData:
    """The rooms (venue order, then as created), the days and the sessions of ``[first, last]``."""

    first_day: date
    last_day: date
    rooms: list[CalendarRoom]
    sessions: list[CalendarSession]
    closed: dict[tuple[date, int], str] = field(default_factory=dict)  # (day, venue id) -> why

    @property
    def days(self) -> list[date]:
        n = (self.last_day - self.first_day).days + 1
        return [self.first_day + timedelta(days=i) for i in range(n)]

    def closed_reason(self, day: date, room: CalendarRoom) -> str | None:
        return self.closed.get((day, room.venue_id))


def local_bounds(first_day: date, last_day: date) -> tuple[datetime, datetime]:
    """UTC instants of local midnight before ``first_day`` and after ``last_day``."""
    zone = local_zone()
    start = datetime.combine(first_day, time(0), tzinfo=zone)
    end = datetime.combine(last_day + timedelta(days=1), time(0), tzinfo=zone)
    return to_utc(start), to_utc(end)


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of the week holding ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


class CalendarQueries:
    """Read side of the calendar page; writes go through ``SchedulingService``."""

    def __init__(self, store: Store):
        self.store = store

    def rooms(self, venue_id: int | None = None) -> list[CalendarRoom]:
        with self.store.uow() as uow:
            return _rooms(uow.session, venue_id)

    def load(
        self,
        first_day: date,
        last_day: date,
        *,
        venue_id: int | None = None,
        room_ids: list[int] | None = None,
    ) -> CalendarData:
        """The scheduled sessions overlapping the local days ``first_day``–``last_day``
        in the rooms of ``venue_id`` (all rooms when None), narrowed to ``room_ids``."""
        with self.store.uow() as uow:
            s = uow.session
            rooms = _rooms(s, venue_id)
            if room_ids is not None:
                wanted = set(room_ids)
                rooms = [r for r in rooms if r.id in wanted]
            start, end = local_bounds(first_day, last_day)
            sessions = _sessions(s, rooms, start, end)
            closed = _closed(s, first_day, last_day, {r.venue_id for r in rooms})
            return CalendarData(first_day, last_day, rooms, sessions, closed)


def _rooms(s: Session, venue_id: int | None) -> list[CalendarRoom]:
    q = (
        select(Room, Venue.name, Venue.name_en)
        .join(Venue, Venue.id == Room.venue_id)
        .order_by(Venue.id, Room.id)
    )
    if venue_id is not None:
        q = q.where(Room.venue_id == venue_id)
    return [
        CalendarRoom(
            id=r.id,
            venue_id=r.venue_id,
            name=r.name,
            name_en=r.name_en,
            venue_name=vname,
            venue_name_en=vname_en,
            capacity=r.capacity,
            opens_at=r.opens_at,
            closes_at=r.closes_at,
            setup_minutes=r.setup_minutes,
            teardown_minutes=r.teardown_minutes,
            shareable=r.shareable,
        )
        for r, vname, vname_en in s.execute(q).all()
    ]


def _sessions(
    s: Session, rooms: list[CalendarRoom], start: datetime, end: datetime
) -> list[CalendarSession]:
    if not rooms:
        return []
    by_id = {r.id: r for r in rooms}
    x = EventSession
    q = (
        select(
            x.id,
            x.event_id,
            x.room_id,
            x.starts_at,
            x.ends_at,
            x.capacity,
            x.title,
            x.series_id,
            x.setup_minutes,
            x.teardown_minutes,
            x.outside_hours,
            Event.title,
            Event.title_en,
            Event.program_id,
            Program.name,
            Program.name_en,
            Program.color,
        )
        .join(Event, Event.id == x.event_id)
        .outerjoin(Program, Program.id == Event.program_id)
        .where(
            x.room_id.in_(list(by_id)),
            x.starts_at < end,
            x.ends_at > start,
            x.status == SessionStatus.SCHEDULED,
        )
        .order_by(x.starts_at, x.room_id)
    )
    rows = s.execute(q).all()
    booked = booked_counts(s, [r[0] for r in rows])
    organizers = _organizers(s, {r[1] for r in rows})
    out = []
    for r in rows:
        room = by_id[r[2]]
        out.append(
            CalendarSession(
                id=r[0],
                event_id=r[1],
                room_id=r[2],
                starts_at=r[3],
                ends_at=r[4],
                capacity=r[5],
                booked=booked.get(r[0], 0),
                event_title=r[11],
                event_title_en=r[12] or "",
                title=r[6] or "",
                program_id=r[13],
                program_name=r[14] or "",
                program_name_en=r[15] or "",
                color=r[16] or "",
                organization_ids=organizers.get(r[1], ()),
                series_id=r[7],
                setup_minutes=room.setup_minutes if r[8] is None else r[8],
                teardown_minutes=room.teardown_minutes if r[9] is None else r[9],
                outside_hours=bool(r[10]),
            )
        )
    return out


def _organizers(s: Session, event_ids: set[int]) -> dict[int, tuple[int, ...]]:
    if not event_ids:
        return {}
    out: dict[int, list[int]] = {}
    q = select(EventOrganizer.event_id, EventOrganizer.organization_id).where(
        EventOrganizer.event_id.in_(list(event_ids))
    )
    for event_id, org_id in s.execute(q):
        out.setdefault(event_id, []).append(org_id)
    return {k: tuple(v) for k, v in out.items()}


def _closed(
    s: Session, first_day: date, last_day: date, venue_ids: set[int]
) -> dict[tuple[date, int], str]:
    q = select(ClosedDay.day, ClosedDay.venue_id, ClosedDay.reason).where(
        ClosedDay.day >= first_day, ClosedDay.day <= last_day
    )
    out: dict[tuple[date, int], str] = {}
    for day, venue_id, reason in s.execute(q):
        targets = venue_ids if venue_id is None else {venue_id} & venue_ids
        for v in targets:
            out.setdefault((day, v), reason or "")
    return out


def session_count(store: Store) -> int:
    """Scheduled sessions in the database (for the benchmark's report)."""
    with store.uow() as uow:
        return (
            uow.session.scalar(
                select(func.count())
                .select_from(EventSession)
                .where(EventSession.status == SessionStatus.SCHEDULED)
            )
            or 0
        )
