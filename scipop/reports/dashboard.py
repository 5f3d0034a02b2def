"""The dashboard's live figures: today's sessions, hall occupancy, arrivals, the week's totals.

A :class:`DashboardReader` is kept by the page and refreshed every few seconds. A full read
(tickets of the week and today's scans) happens on the first refresh, on a new day and every
``FULL_EVERY`` seconds; in between only the scans logged since the last refresh are read, so a
refresh stays cheap with 100,000 scans today, whichever PC on the database made them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from scipop.reports import queries as q
from scipop.reports.scope import ReportScope
from scipop.store.uow import Store
from scipop.timeutil import to_local, utcnow

FULL_EVERY = 60.0  # seconds between full reads (registrations, corrections)


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
    live: dict[int, int] = field(default_factory=lambda: defaultdict(int))  # since the full read
    inside: dict[int, int] = field(default_factory=lambda: defaultdict(int))  # net, today
    last_scan_id: int = 0
    week_registered: int = 0
    week_checked_in: int = 0
    week_no_shows: int = 0
    week_capacity: int = 0
    week_sessions: int = 0
    full_at: float = 0.0


class DashboardReader:
    def __init__(self, store: Store):
        self.store = store
        self._state: _State | None = None

    def refresh(self, now: datetime | None = None, *, full: bool = False) -> DashboardData:
        now = now or utcnow()
        day = to_local(now).date()
        stamp = now.timestamp()
        state = self._state
        if full or state is None or state.day != day or stamp - state.full_at >= FULL_EVERY:
            state = self._full(day, now)
            self._state = state
            did_full = True
        else:
            self._new_scans(state, now)
            did_full = False
        return self._data(state, now, did_full)

    # ---- reads
    def _full(self, day: date, now: datetime) -> _State:
        state = _State(day=day, full_at=now.timestamp())
        monday = day - timedelta(days=day.weekday())
        with self.store.uow() as uow:
            s = uow.session
            # today's scans first: what is scanned after this is added by the next refresh
            start, end = _day_bounds(day)
            rows, state.last_scan_id = q.arrivals_since(s, start, end)
            week = q.session_figures(
                s, ReportScope(monday, monday + timedelta(days=6)), walk_ins=False
            )
            state.room_capacity = q.room_capacities(s, sorted({f.room_id for f in week}))
        for bucket, people in _by_bucket(rows).items():
            state.buckets[bucket] += people
        for session_id, _bucket, _people, net in rows:
            state.inside[session_id] += net
        for f in week:
            state.week_sessions += 1
            state.week_registered += f.registered
            state.week_checked_in += f.checked_in
            state.week_capacity += f.capacity
            state.week_no_shows += f.no_shows(now) or 0
            if to_local(f.starts_at).date() == day:
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
        return state

    def _new_scans(self, state: _State, now: datetime) -> None:
        start, end = _day_bounds(state.day)
        with self.store.uow() as uow:
            rows, state.last_scan_id = q.arrivals_since(
                uow.session, start, end, after_id=state.last_scan_id
            )
        for bucket, people in _by_bucket(rows).items():
            state.buckets[bucket] += people
        for session_id, _bucket, people, net in rows:
            state.live[session_id] += people
            state.inside[session_id] += net

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
                    max(0, sum(state.inside.get(x.id, 0) for x in xs)),
                    len(running),
                )
            )
        occupancy.sort(key=lambda h: h.name)
        live_total = sum(state.live.values())
        monday = state.day - timedelta(days=state.day.weekday())
        week = WeekTotals(
            monday,
            monday + timedelta(days=6),
            state.week_sessions,
            state.week_registered,
            state.week_checked_in + live_total,
            state.week_no_shows,
            state.week_capacity,
        )
        return DashboardData(state.day, now, sessions, occupancy, _day_buckets(state), week, full)


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    scope = ReportScope(day, day)
    start, end = scope.start_utc(), scope.end_utc()
    assert start is not None and end is not None
    return start, end


def _by_bucket(rows: list[tuple[int, datetime, int, int]]) -> dict[datetime, int]:
    out: dict[datetime, int] = defaultdict(int)
    for _session_id, bucket, people, _net in rows:
        out[to_local(bucket).replace(tzinfo=None)] += people
    return out


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
