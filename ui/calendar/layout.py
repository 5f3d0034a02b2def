"""Where things go on the calendar: columns of (room, day), minutes down the page, lanes.

Plain Python (no Qt) so the geometry is easy to test. The week view groups columns by room
(each hall's week side by side under its full name); the day view has one column per room.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from scipop.scheduling.calendar import CalendarData, CalendarRoom, CalendarSession
from scipop.timeutil import local_zone, to_local, to_utc

SNAP_MINUTES = 5
DEFAULT_HOURS = (8 * 60, 18 * 60)
ZOOMS = (0.6, 0.8, 1.0, 1.3, 1.7, 2.2, 3.0, 4.0)  # pixels per minute
DEFAULT_ZOOM = 2  # index into ZOOMS


@dataclass(frozen=True)
class Column:
    index: int
    room: CalendarRoom
    day: date
    closed_reason: str | None = None
    first_of_group: bool = False


@dataclass(frozen=True)
class Span:
    """A session in local terms: its day and its minutes after that day's midnight."""

    day: date
    start: float
    end: float


def spans(sessions: Iterable[CalendarSession]) -> dict[int, Span]:
    """Session id -> Span, converting each time zone once (the layout's hot path)."""
    zone = local_zone()
    out = {}
    for x in sessions:
        start, end = x.starts_at.astimezone(zone), x.ends_at.astimezone(zone)
        midnight = start.replace(hour=0, minute=0, second=0, microsecond=0)
        out[x.id] = Span(
            start.date(),
            (start - midnight).total_seconds() / 60,
            (end - midnight).total_seconds() / 60,
        )
    return out


def minute_of_day(value: datetime, day: date) -> float:
    """Minutes from local midnight of ``day`` to ``value`` (may be <0 or >1440)."""
    midnight = datetime.combine(day, time(0), tzinfo=local_zone())
    return (to_local(value) - midnight).total_seconds() / 60


def at_minute(day: date, minute: float) -> datetime:
    """The UTC instant ``minute`` minutes after local midnight of ``day`` (wall clock)."""
    local = datetime.combine(day, time(0), tzinfo=local_zone()) + timedelta(minutes=minute)
    return to_utc(local)


def snap(minute: float, step: int = SNAP_MINUTES) -> int:
    return int(round(minute / step) * step)


def hours_shown(data: CalendarData, local: dict[int, Span] | None = None) -> tuple[int, int]:
    """The minutes of the day to show: the rooms' opening hours and every session, whole hours."""
    if not data.rooms:
        return DEFAULT_HOURS
    local = local if local is not None else spans(data.sessions)
    lo = min(r.opens_at.hour * 60 + r.opens_at.minute for r in data.rooms)
    hi = max(r.closes_at.hour * 60 + r.closes_at.minute for r in data.rooms)
    for x in data.sessions:
        span = local[x.id]
        lo = min(lo, span.start - x.setup_minutes)
        hi = max(hi, span.end + x.teardown_minutes)
    lo = max(0, int(lo // 60) * 60)
    hi = min(24 * 60, int(-(-hi // 60)) * 60)
    return lo, max(hi, lo + 60)


def build_columns(data: CalendarData, *, week: bool) -> list[Column]:
    """Day view: one column per room. Week view: each room's seven days side by side."""
    columns: list[Column] = []
    days = data.days if week else [data.first_day]
    for room in data.rooms:
        for i, day in enumerate(days):
            columns.append(
                Column(
                    len(columns),
                    room,
                    day,
                    data.closed_reason(day, room),
                    first_of_group=i == 0,
                )
            )
    return columns


@dataclass
class Geometry:
    """Scene coordinates: x by column (with a gap between room groups), y by minute."""

    columns: list[Column]
    first_minute: int
    last_minute: int
    px_per_minute: float
    column_width: float
    group_gap: float = 0.0

    def __post_init__(self) -> None:
        self._x: list[float] = []
        x = 0.0
        for c in self.columns:
            if c.first_of_group and c.index:
                x += self.group_gap
            self._x.append(x)
            x += self.column_width
        self.width = x
        self.height = (self.last_minute - self.first_minute) * self.px_per_minute
        self._by_key = {(c.room.id, c.day): c for c in self.columns}

    def x_of(self, column: int) -> float:
        return self._x[column]

    def column_at(self, x: float) -> Column | None:
        """The column under ``x``; in a gap between groups, the nearer neighbour."""
        if not self.columns or x < 0 or x >= self.width:
            return None
        lo, hi = 0, len(self._x) - 1
        while lo < hi:  # last column whose left edge is <= x
            mid = (lo + hi + 1) // 2
            if self._x[mid] <= x:
                lo = mid
            else:
                hi = mid - 1
        return self.columns[lo]

    def column_for(self, room_id: int, day: date) -> Column | None:
        return self._by_key.get((room_id, day))

    def y_of(self, minute: float) -> float:
        return (minute - self.first_minute) * self.px_per_minute

    def minute_at(self, y: float) -> float:
        return self.first_minute + y / self.px_per_minute

    def clamp_minute(self, minute: float, length: float = 0) -> float:
        return max(self.first_minute, min(minute, self.last_minute - length))

    def block_rect(
        self, column: Column, start_minute: float, end_minute: float, lane=(0, 1)
    ) -> tuple[float, float, float, float]:
        """(x, y, w, h) of a block; ``lane`` = (index, count) splits the column."""
        index, count = lane
        inner = self.column_width - 4
        w = inner / count
        x = self.x_of(column.index) + 2 + index * w
        top = self.y_of(max(start_minute, self.first_minute))
        bottom = self.y_of(min(end_minute, self.last_minute))
        return x, top, max(w - 1, 2.0), max(bottom - top, 3.0)


def assign_lanes(intervals: Iterable[tuple[int, float, float]]) -> dict[int, tuple[int, int]]:
    """Side-by-side lanes for overlapping intervals (a shareable hall): id -> (lane, lanes).

    Intervals that overlap, directly or through others, form a cluster sharing a lane count.
    """
    out: dict[int, tuple[int, int]] = {}
    cluster: list[tuple[int, int]] = []  # (id, lane)
    lane_ends: list[float] = []
    cluster_end = float("-inf")

    def close() -> None:
        for ident, lane in cluster:
            out[ident] = (lane, len(lane_ends))

    for ident, lo, hi in sorted(intervals, key=lambda t: (t[1], t[2])):
        if cluster and lo >= cluster_end:
            close()
            cluster, lane_ends = [], []
        for lane, end in enumerate(lane_ends):
            if end <= lo:
                lane_ends[lane] = hi
                break
        else:
            lane = len(lane_ends)
            lane_ends.append(hi)
        cluster.append((ident, lane))
        cluster_end = hi if len(cluster) == 1 else max(cluster_end, hi)
    if cluster:
        close()
    return out


def placements(
    data: CalendarData,
    geometry: Geometry,
    visible: set[int] | None = None,
    local: dict[int, Span] | None = None,
) -> dict[int, tuple[Column, float, float, tuple[int, int]]]:
    """Session id -> (column, start minute, end minute, lane) for each session shown."""
    local = local if local is not None else spans(data.sessions)
    per_column: dict[int, list[tuple[CalendarSession, float, float]]] = {}
    for x in data.sessions:
        if visible is not None and x.id not in visible:
            continue
        span = local[x.id]
        column = geometry.column_for(x.room_id, span.day)
        if column is None:
            continue
        per_column.setdefault(column.index, []).append((x, span.start, span.end))
    out = {}
    for index, items in per_column.items():
        column = geometry.columns[index]
        shared = column.room.shareable
        lanes = assign_lanes((x.id, s, e) for x, s, e in items) if shared else {}
        for x, s, e in items:
            out[x.id] = (column, s, e, lanes.get(x.id, (0, 1)))
    return out
