"""The dashboard's live figures: today's sessions, hall occupancy, arrivals, the week's totals.

A :class:`DashboardReader` is kept by the page and refreshed every few seconds. The scan log
only grows (an undo is a scan of its own), so scans are read once: the day's arrivals per
15 minutes on the first refresh of the day (summed in SQL), then only the scans logged since
the last refresh, whichever PC on the database made them. Registrations and corrections are
read again (the week's tickets, summed per session in SQL) at most every ``FULL_EVERY``
seconds when the audit trail grew since the last read (every change to tickets and sessions
leaves an entry), and every ``REREAD_ANYWAY`` seconds in any case; who is in a hall is the
doors' own count (``session.in_hall``), read on every refresh.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from scipop.errors import DatabaseUnavailable
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.reports import queries as q
from scipop.reports.scope import ReportScope
from scipop.store.uow import Store
from scipop.timeutil import to_local, utcnow

FULL_EVERY = 60.0  # seconds at least between reads of the registrations (and corrections)
REREAD_ANYWAY = 600.0  # seconds at most between them, whatever the audit trail says
UNREADABLE = QT_TRANSLATE_NOOP("errors", "The figures could not be read: {details}")


@dataclass(frozen=True)
class DashboardSession:
    id: int
    event_title: str
    event_title_en: str
    room_id: int
    room_name: str
    room_name_en: str
    starts_at: datetime
    ends_at: datetime
    capacity: int
    registered: int
    checked_in: int

    def running(self, now: datetime) -> bool:
        return self.starts_at <= now < self.ends_at

    @property
    def fill_rate(self) -> float:
        return self.checked_in / self.capacity if self.capacity else 0.0


@dataclass(frozen=True)
class HallOccupancy:
    room_id: int
    name: str
    name_en: str
    capacity: int
    present: int  # in the hall now: let in to its sessions today less those gone out, never < 0
    sessions_now: int

    @property
    def rate(self) -> float:
        return self.present / self.capacity if self.capacity else 0.0


@dataclass(frozen=True)
class WeekTotals:
    first_day: date
    last_day: date
    sessions: int
    registered: int
    checked_in: int
    no_shows: int
    capacity: int


@dataclass(frozen=True)
class DashboardData:
    day: date
    at: datetime
    sessions: list[DashboardSession]
    halls: list[HallOccupancy]
    arrivals: list[tuple[datetime, int]]  # local bucket start, people; every 15 min of the day
    week: WeekTotals
    full: bool = False


@dataclass
class _State:
    day: date
    sessions: dict[int, DashboardSession] = field(default_factory=dict)
    room_capacity: dict[int, int] = field(default_factory=dict)
    buckets: dict[datetime, int] = field(default_factory=lambda: defaultdict(int))
    live: dict[int, int] = field(default_factory=lambda: defaultdict(int))  # since the tickets
    in_hall: dict[int, int] = field(default_factory=dict)
    last_scan_id: int = 0
    week: list[q.SessionFigures] = field(default_factory=list)
    audit_top: int = -1  # the audit trail's last entry at the last read of the tickets
    full_at: float = 0.0


class DashboardReader:
    def __init__(self, store: Store):
        self.store = store
        self._state: _State | None = None
        self._lock = threading.Lock()  # one refresh at a time, whichever thread asks

    def refresh(self, now: datetime | None = None, *, full: bool = False) -> DashboardData:
        """``full`` reads the registrations again now (the scans are never read twice)."""
        try:
            return self._refresh(now or utcnow(), full)
        except OperationalError as exc:  # the server or the file out of reach: try again soon
            raise DatabaseUnavailable(UNREADABLE, details=str(exc.orig or exc)) from exc

    def _refresh(self, now: datetime, full: bool) -> DashboardData:
        day = to_local(now).date()
        with self._lock, self.store.uow() as uow:
            s = uow.session
            state = self._state
            if state is None or state.day != day:
                state = self._state = self._first_of_day(s, day)
            else:
                self._new_scans(s, state)
            tickets = full or self._due(s, state, now)
            if tickets:
                self._tickets(s, state, now)
            state.in_hall = q.in_hall(s, list(state.sessions))
            return self._data(state, now, tickets)

    @staticmethod
    def _due(s: Session, state: _State, now: datetime) -> bool:
        """The tickets are read again when changed (the audit trail grew), once a minute."""
        since = now.timestamp() - state.full_at
        if state.full_at == 0.0 or since >= REREAD_ANYWAY:
            return True
        return since >= FULL_EVERY and q.audit_top(s) != state.audit_top

    # ---- reads (one unit of work: on SQLite one snapshot)
    def _first_of_day(self, s: Session, day: date) -> _State:
        state = _State(day=day)
        start, end = _day_bounds(day)
        buckets, state.last_scan_id = q.day_arrivals(s, start, end)
        for bucket, people in buckets.items():
            state.buckets[_local(bucket)] += people
        return state

    def _new_scans(self, s: Session, state: _State) -> None:
        rows, state.last_scan_id = q.arrivals_since(s, state.last_scan_id)
        for session_id, bucket, people in rows:
            state.buckets[_local(bucket)] += people
            state.live[session_id] += people

    def _tickets(self, s: Session, state: _State, now: datetime) -> None:
        """The week's registrations and check-ins per session, summed in SQL; they include
        every scan read so far, so the live counts start again from zero."""
        monday = state.day - timedelta(days=state.day.weekday())
        week = q.session_figures(s, ReportScope(monday, monday + timedelta(days=6)), walk_ins=False)
        state.room_capacity = q.room_capacities(s, sorted({f.room_id for f in week}))
        state.audit_top = q.audit_top(s)
        state.live.clear()
        state.sessions.clear()
        state.full_at = now.timestamp()
        state.week = week
        for f in week:
            if to_local(f.starts_at).date() == state.day:
                state.sessions[f.id] = DashboardSession(
                    f.id,
                    f.event_title,
                    f.event_title_en,
                    f.room_id,
                    f.room_name,
                    f.room_name_en,
                    f.starts_at,
                    f.ends_at,
                    f.capacity,
                    f.registered,
                    f.checked_in,
                )

    # ---- what the page shows
    def _data(self, state: _State, now: datetime, full: bool) -> DashboardData:
        sessions = [
            replace(x, checked_in=x.checked_in + state.live.get(x.id, 0))
            for x in sorted(state.sessions.values(), key=lambda x: (x.starts_at, x.id))
        ]
        halls: dict[int, list[DashboardSession]] = defaultdict(list)
        for x in sessions:
            halls[x.room_id].append(x)
        occupancy = []
        for room_id, xs in halls.items():
            running = [x for x in xs if x.running(now)]
            occupancy.append(
                HallOccupancy(
                    room_id,
                    xs[0].room_name,
                    xs[0].room_name_en,
                    state.room_capacity.get(room_id, 0),
                    # the hall's, as at its doors: people in for an earlier show who have
                    # not left are still inside (scipop/registration/admission.py)
                    max(0, sum(state.in_hall.get(x.id, 0) for x in xs)),
                    len(running),
                )
            )
        occupancy.sort(key=lambda h: h.name)
        live = state.live
        checked_in = {f.id: f.checked_in + live.get(f.id, 0) for f in state.week}
        monday = state.day - timedelta(days=state.day.weekday())
        week = WeekTotals(
            monday,
            monday + timedelta(days=6),
            len(state.week),
            sum(f.registered for f in state.week),
            sum(checked_in.values()),
            sum(max(0, f.registered - checked_in[f.id]) for f in state.week if f.ended(now)),
            sum(f.capacity for f in state.week),
        )
        return DashboardData(state.day, now, sessions, occupancy, _day_buckets(state), week, full)


def _local(bucket: datetime) -> datetime:
    return to_local(bucket).replace(tzinfo=None)


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    scope = ReportScope(day, day)
    start, end = scope.start_utc(), scope.end_utc()
    assert start is not None and end is not None
    return start, end


def _day_buckets(state: _State) -> list[tuple[datetime, int]]:
    """Every 15 minutes from the first to the last with arrivals (08:00–18:00 at least)."""
    base = datetime.combine(state.day, datetime.min.time())
    first, last = base + timedelta(hours=8), base + timedelta(hours=17, minutes=45)
    in_day = [b for b, n in state.buckets.items() if b.date() == state.day and n]
    if in_day:
        first, last = min(first, min(in_day)), max(last, max(in_day))
    out = []
    at = first
    while at <= last:
        out.append((at, state.buckets.get(at, 0)))
        at += timedelta(minutes=q.BUCKET_MINUTES)
    return out
