"""Every rule a booking must pass, checked the same way for one session or a whole file.

:class:`Planner` works inside one unit of work: it caches rooms, events and closed days so
an import of thousands of rows asks the database once per row (the conflict query) only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scipop.errors import (
    HINT_CLOSED_DAY,
    HINT_OUTSIDE_HOURS,
    CapacityExceeded,
    DomainError,
    InvalidInput,
    NotFound,
    ValidationError,
)
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import ClosedDay, Event, Room, Ticket, TicketStatus
from scipop.scheduling.conflicts import (
    MAX_BUFFER_MINUTES,
    NO_PENDING,
    Clash,
    Pending,
    Slot,
    find_clash,
)
from scipop.services.events import EVENT_MISSING
from scipop.services.venues import ROOM_MISSING
from scipop.timeutil import to_local, to_utc

END_BEFORE_START = QT_TRANSLATE_NOOP(
    "errors", "The session must end after it starts ({start}–{end})."
)
CAPACITY_RANGE = QT_TRANSLATE_NOOP(
    "errors", "Capacity must be between 1 and the hall's {room_capacity} (it is {value})."
)
BELOW_BOOKED = QT_TRANSLATE_NOOP(
    "errors",
    "Capacity cannot be {value}: {booked} place(s) are already booked for this session.",
)
BUFFER_RANGE = QT_TRANSLATE_NOOP(
    "errors", "A setup or teardown buffer must be 0 to {max} minutes (it is {value})."
)
OUTSIDE_HOURS = QT_TRANSLATE_NOOP(
    "errors",
    "Hall '{room}' is open {opens}–{closes}; {start}–{end} is outside opening hours.",
)
CLOSED_DAY = QT_TRANSLATE_NOOP(
    "errors",
    "{day} is a closed day ({reason}) at '{venue}'.",
)


@dataclass
class SessionDraft:
    """What a person asks for when booking or editing a session.

    Times may be tz-aware in any zone, or naive meaning local time (Asia/Shanghai).
    ``capacity=None`` means the room's capacity; ``setup_minutes``/``teardown_minutes``
    ``None`` mean the room's defaults. ``outside_hours`` and ``allow_closed_day`` are the
    explicit overrides of the opening-hours and closed-day rules.
    """

    event_id: int
    room_id: int
    starts_at: datetime
    ends_at: datetime
    capacity: int | None = None
    title: str = ""
    setup_minutes: int | None = None
    teardown_minutes: int | None = None
    outside_hours: bool = False
    allow_closed_day: bool = False


@dataclass
class Problem:
    """One rule a booking breaks: the field to point at and the error to show."""

    field: str
    error: DomainError
    clash: Clash | None = None  # set when the problem is a clash with another booking

    @property
    def message(self) -> str:
        return self.error.message


@dataclass
class Checked:
    """A draft that passed: UTC times, effective buffers, the room and event it uses."""

    draft: SessionDraft
    room: Room
    event: Event
    starts_at: datetime
    ends_at: datetime
    capacity: int
    setup: int
    teardown: int
    problems: list[Problem] = field(default_factory=list)

    def slot(self, *, row: int | None = None, series: bool = False) -> Slot:
        return Slot(
            self.room.id,
            self.starts_at,
            self.ends_at,
            self.setup,
            self.teardown,
            self.event.title,
            self.draft.title,
            row=row,
            series=series,
        )


class Planner:
    """Checks drafts against the rules inside one unit of work.

    ``lock=True`` (every writing path) locks each room it books into (``SELECT … FOR
    UPDATE``) until the unit of work ends, so on PostgreSQL two PCs booking the same hall
    queue instead of both passing the check. SQLite's ``BEGIN IMMEDIATE`` already serialises
    writers (and SQLAlchemy leaves FOR UPDATE out there).
    """

    def __init__(self, s: Session, *, lock: bool = False):
        self.s = s
        self.lock = lock
        self._rooms: dict[int, Room | None] = {}
        self._events: dict[int, Event | None] = {}
        self._closed: dict[date, list[ClosedDay]] | None = None

    # ---- lookups
    def room(self, room_id: int) -> Room | None:
        if room_id not in self._rooms:
            if self.lock:
                lock_rooms(self.s, [room_id])
            self._rooms[room_id] = self.s.get(Room, room_id)
        return self._rooms[room_id]

    def event(self, event_id: int) -> Event | None:
        if event_id not in self._events:
            self._events[event_id] = self.s.get(Event, event_id)
        return self._events[event_id]

    def closed_day(self, room: Room, day: date) -> ClosedDay | None:
        if self._closed is None:
            self._closed = defaultdict(list)
            for c in self.s.scalars(select(ClosedDay)):
                self._closed[c.day].append(c)
        return next(
            (c for c in self._closed.get(day, ()) if c.venue_id in (None, room.venue_id)), None
        )

    def booked(self, session_id: int) -> int:
        return (
            self.s.scalar(
                select(func.coalesce(func.sum(Ticket.headcount), 0)).where(
                    Ticket.session_id == session_id, Ticket.status == TicketStatus.ACTIVE
                )
            )
            or 0
        )

    # ---- the rules
    def check(
        self,
        draft: SessionDraft,
        *,
        session_id: int | None = None,
        ignore: Iterable[int] = (),
        pending: Pending = NO_PENDING,
        booked: int | None = None,
        check_clash: bool = True,
    ) -> Checked | list[Problem]:
        """The checked booking, or every problem with it (conflicts last, checked only if
        the rest is valid). ``session_id`` is the session being edited (never its own clash)."""
        problems: list[Problem] = []
        room = self.room(draft.room_id)
        event = self.event(draft.event_id)
        if event is None:
            problems.append(Problem("event_id", NotFound(EVENT_MISSING, id=draft.event_id)))
        if room is None:
            problems.append(Problem("room_id", NotFound(ROOM_MISSING, id=draft.room_id)))
        start, end = to_utc(draft.starts_at), to_utc(draft.ends_at)
        if end <= start:
            problems.append(
                Problem(
                    "ends_at",
                    ValidationError(
                        "ends_at",
                        END_BEFORE_START,
                        start=to_local(start).strftime("%Y-%m-%d %H:%M"),
                        end=to_local(end).strftime("%Y-%m-%d %H:%M"),
                    ),
                )
            )
        for name in ("setup_minutes", "teardown_minutes"):
            value = getattr(draft, name)
            if value is not None and not 0 <= value <= MAX_BUFFER_MINUTES:
                problems.append(
                    Problem(
                        name,
                        ValidationError(name, BUFFER_RANGE, max=MAX_BUFFER_MINUTES, value=value),
                    )
                )
        if room is None or event is None:
            return problems
        capacity = room.capacity if draft.capacity is None else int(draft.capacity)
        if not 1 <= capacity <= room.capacity:
            problems.append(
                Problem(
                    "capacity",
                    ValidationError(
                        "capacity", CAPACITY_RANGE, room_capacity=room.capacity, value=capacity
                    ),
                )
            )
        elif session_id is not None:
            taken = self.booked(session_id) if booked is None else booked
            if capacity < taken:
                problems.append(
                    Problem(
                        "capacity", CapacityExceeded(BELOW_BOOKED, value=capacity, booked=taken)
                    )
                )
        if end > start:
            problems += self._calendar_problems(draft, room, start, end)
        setup = room.setup_minutes if draft.setup_minutes is None else draft.setup_minutes
        teardown = (
            room.teardown_minutes if draft.teardown_minutes is None else draft.teardown_minutes
        )
        if problems:
            return problems
        if not check_clash:
            return Checked(draft, room, event, start, end, capacity, setup, teardown)
        ignored = [*ignore, session_id] if session_id is not None else list(ignore)
        clash = find_clash(
            self.s, room, start, end, setup, teardown, ignore=ignored, pending=pending
        )
        if clash is not None:
            return [Problem("starts_at", clash.error(), clash)]
        return Checked(draft, room, event, start, end, capacity, setup, teardown)

    def _calendar_problems(
        self, draft: SessionDraft, room: Room, start: datetime, end: datetime
    ) -> list[Problem]:
        problems = []
        local_start, local_end = to_local(start), to_local(end)
        if not draft.outside_hours and not within_hours(room, local_start, local_end):
            problems.append(
                Problem(
                    "starts_at",
                    ValidationError(
                        "starts_at",
                        OUTSIDE_HOURS,
                        HINT_OUTSIDE_HOURS,
                        room=room.name,
                        opens=room.opens_at.strftime("%H:%M"),
                        closes=room.closes_at.strftime("%H:%M"),
                        start=local_start.strftime("%Y-%m-%d %H:%M"),
                        end=local_end.strftime("%H:%M"),
                    ),
                )
            )
        if not draft.allow_closed_day:
            day = local_start.date()
            last = (local_end - timedelta(microseconds=1)).date()
            while day <= last:
                closed = self.closed_day(room, day)
                if closed is not None:
                    problems.append(
                        Problem(
                            "starts_at",
                            ValidationError(
                                "starts_at",
                                CLOSED_DAY,
                                HINT_CLOSED_DAY,
                                day=day.isoformat(),
                                reason=closed.reason or "—",
                                venue=room.venue.name,
                            ),
                        )
                    )
                    break
                day += timedelta(days=1)
        return problems


def lock_rooms(s: Session, room_ids: Iterable[int] | None = None) -> None:
    """Lock the rooms (all when None) for booking until the transaction ends, in id order."""
    q = select(Room.id).order_by(Room.id).with_for_update()
    if room_ids is not None:
        q = q.where(Room.id.in_(sorted(set(room_ids))))
    s.execute(q).all()


def within_hours(room: Room, local_start: datetime, local_end: datetime) -> bool:
    """The session lies inside one day's opening hours of ``room`` (local times)."""
    return (
        local_start.date() == local_end.date()
        and local_start.time() >= room.opens_at
        and local_end.time() <= room.closes_at
    )


def first_problem(problems: list[Problem]) -> DomainError:
    """The error to raise for a refused booking: all field errors together, else the first."""
    fields = [p.error for p in problems if isinstance(p.error, ValidationError)]
    others = [p.error for p in problems if not isinstance(p.error, ValidationError)]
    if others:
        return others[0]
    if len(fields) == 1:
        return fields[0]
    return InvalidInput(fields)


def refusal_summary(items: list, shown: int = 5) -> str:
    """The first few refused occurrences as "2026-12-05 10:00 — why", then "… (+n)"."""
    details = "; ".join(
        f"{to_local(i.starts_at):%Y-%m-%d %H:%M} — {i.message}" for i in items[:shown]
    )
    if len(items) > shown:
        details += f"; … (+{len(items) - shown})"
    return details
