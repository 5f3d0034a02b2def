"""The one conflict check every path uses: dialog, calendar drag, import, CLI, recurrence.

A session occupies its room from ``start - setup`` to ``end + teardown`` (half-open, so
touching is fine). Two occupied intervals in the same room may not overlap, unless the
room is shareable; cancelled sessions do not block.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from scipop.errors import Conflict
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import Event, Room, SessionStatus
from scipop.models import Session as EventSession
from scipop.timeutil import to_local

# A buffer longer than this is refused, so the indexed query can widen its window by it.
MAX_BUFFER_MINUTES = 240

CLASH = QT_TRANSLATE_NOOP("errors", "Hall '{room}' is booked {day} {start}–{end} by '{event}'.")
CLASH_SETUP = QT_TRANSLATE_NOOP(
    "errors", "Hall '{room}' is booked {day} {start}–{end} by '{event}' (with {setup} min setup)."
)
CLASH_TEARDOWN = QT_TRANSLATE_NOOP(
    "errors",
    "Hall '{room}' is booked {day} {start}–{end} by '{event}' (with {teardown} min teardown).",
)
CLASH_BOTH = QT_TRANSLATE_NOOP(
    "errors",
    "Hall '{room}' is booked {day} {start}–{end} by '{event}' "
    "(with {setup} min setup and {teardown} min teardown).",
)
CLASH_OWN_BUFFER = QT_TRANSLATE_NOOP(
    "errors",
    "Hall '{room}' needs {own_setup} min setup before and {own_teardown} min teardown after "
    "this session, which then overlaps '{event}' booked {day} {start}–{end}.",
)
CLASH_ROW = QT_TRANSLATE_NOOP(
    "errors", "Hall '{room}' is already booked {day} {start}–{end} by row {row} ('{event}')."
)
CLASH_SERIES = QT_TRANSLATE_NOOP(
    "errors",
    "Hall '{room}' is already booked {day} {start}–{end} by another occurrence of this "
    "series ('{event}').",
)


def occupied(
    start: datetime, end: datetime, setup: int, teardown: int
) -> tuple[datetime, datetime]:
    """The interval a session keeps its room busy: buffers included."""
    return start - timedelta(minutes=setup), end + timedelta(minutes=teardown)


@dataclass(frozen=True)
class Slot:
    """A booking not in the database yet (a row of a file, an occurrence of a series)."""

    room_id: int
    starts_at: datetime
    ends_at: datetime
    setup: int
    teardown: int
    event_title: str = ""
    title: str = ""
    row: int | None = None  # spreadsheet row, for imports
    series: bool = False  # another occurrence of the same new series

    @property
    def occupied(self) -> tuple[datetime, datetime]:
        return occupied(self.starts_at, self.ends_at, self.setup, self.teardown)


class Pending:
    """Bookings of one batch (a file, a series) not in the database yet, by room and time.

    Only bookings that passed the check are added, so in a room that is not shareable they
    never overlap each other: sorted by start, the one to compare with is found by bisection.
    """

    def __init__(self, slots: Iterable[Slot] = ()) -> None:
        self._starts: dict[int, list[datetime]] = {}
        self._slots: dict[int, list[Slot]] = {}
        for slot in slots:
            self.add(slot)

    def add(self, slot: Slot) -> None:
        lo = slot.occupied[0]
        starts = self._starts.setdefault(slot.room_id, [])
        i = bisect_right(starts, lo)
        starts.insert(i, lo)
        self._slots.setdefault(slot.room_id, []).insert(i, slot)

    def overlapping(self, room_id: int, lo: datetime, hi: datetime) -> Slot | None:
        """A pending booking in ``room_id`` whose occupied interval overlaps ``[lo, hi)``."""
        starts = self._starts.get(room_id)
        if not starts:
            return None
        i = bisect_left(starts, hi)  # slots [0, i) start before hi
        if i and self._slots[room_id][i - 1].occupied[1] > lo:
            return self._slots[room_id][i - 1]
        return None

    def __len__(self) -> int:
        return sum(len(v) for v in self._slots.values())


NO_PENDING = Pending()


@dataclass(frozen=True)
class Clash:
    """The booking something clashes with, and why: enough to say it to a person."""

    room_name: str
    starts_at: datetime
    ends_at: datetime
    setup: int
    teardown: int
    event_title: str
    title: str = ""
    session_id: int | None = None
    row: int | None = None
    series: bool = False
    own_setup: int = 0
    own_teardown: int = 0
    own_buffer_only: bool = False  # the clash exists only because of the new session's buffers

    def error(self) -> Conflict:
        local_start, local_end = to_local(self.starts_at), to_local(self.ends_at)
        event = self.event_title
        if self.title and self.title != self.event_title:
            event = f"{self.event_title} · {self.title}"
        params = {
            "room": self.room_name,
            "day": local_start.strftime("%Y-%m-%d"),
            "start": local_start.strftime("%H:%M"),
            "end": local_end.strftime("%H:%M"),
            "event": event,
            "setup": self.setup,
            "teardown": self.teardown,
            "own_setup": self.own_setup,
            "own_teardown": self.own_teardown,
            "row": self.row,
            "session_id": self.session_id,
        }
        if self.row is not None:
            template = CLASH_ROW
        elif self.series:
            template = CLASH_SERIES
        elif self.own_buffer_only:
            template = CLASH_OWN_BUFFER
        elif self.setup and self.teardown:
            template = CLASH_BOTH
        elif self.setup:
            template = CLASH_SETUP
        elif self.teardown:
            template = CLASH_TEARDOWN
        else:
            template = CLASH
        return Conflict(template, **params)


# Built once: only the parameters change from check to check (no statement building or
# cache-key work per call). The (room_id, starts_at, ends_at) index serves the range.
_CANDIDATES = (
    select(
        EventSession.id,
        EventSession.starts_at,
        EventSession.ends_at,
        EventSession.setup_minutes,
        EventSession.teardown_minutes,
        EventSession.title,
        Event.title,
    )
    .join(Event, Event.id == EventSession.event_id)
    .where(
        EventSession.room_id == bindparam("room_id"),
        EventSession.starts_at < bindparam("hi"),
        EventSession.ends_at > bindparam("lo"),
        EventSession.status == SessionStatus.SCHEDULED,
        EventSession.id.not_in(bindparam("ignore", expanding=True)),
    )
    .order_by(EventSession.starts_at)
)


def find_clash(
    s: Session,
    room: Room,
    start: datetime,
    end: datetime,
    setup: int,
    teardown: int,
    *,
    ignore: Iterable[int] = (),
    pending: Pending = NO_PENDING,
) -> Clash | None:
    """The first booking in ``room`` that the proposed one would overlap, buffers included.

    Looks in the database (an indexed range query on room and time, skipping ``ignore``d
    session ids and cancelled sessions) and then in ``pending`` bookings of the same batch.
    """
    if room.shareable:
        return None
    lo, hi = occupied(start, end, setup, teardown)
    widen = timedelta(
        minutes=max(MAX_BUFFER_MINUTES, room.setup_minutes or 0, room.teardown_minutes or 0)
    )
    params = {
        "room_id": room.id,
        "hi": hi + widen,
        "lo": lo - widen,
        "ignore": [i for i in ignore if i is not None],
    }
    if s.autoflush:
        s.flush()  # bookings added in this unit of work count (what ORM execute would do)
    rows = s.connection().execute(_CANDIDATES, params)
    for sid, b_start, b_end, b_setup, b_down, b_title, event_title in rows:
        b_setup = room.setup_minutes if b_setup is None else b_setup
        b_down = room.teardown_minutes if b_down is None else b_down
        b_lo, b_hi = occupied(b_start, b_end, b_setup, b_down)
        if lo < b_hi and b_lo < hi:
            return _clash(
                room,
                start,
                end,
                setup,
                teardown,
                b_start,
                b_end,
                b_setup,
                b_down,
                event_title,
                b_title,
                session_id=sid,
            )
    other = pending.overlapping(room.id, lo, hi)
    if other is not None:
        return _clash(
            room,
            start,
            end,
            setup,
            teardown,
            other.starts_at,
            other.ends_at,
            other.setup,
            other.teardown,
            other.event_title,
            other.title,
            row=other.row,
            series=other.series,
        )
    return None


def _clash(
    room: Room,
    start,
    end,
    setup,
    teardown,
    b_start,
    b_end,
    b_setup,
    b_down,
    event_title: str,
    title: str,
    **where,
) -> Clash:
    b_lo, b_hi = occupied(b_start, b_end, b_setup, b_down)
    return Clash(
        room_name=room.name,
        starts_at=b_start,
        ends_at=b_end,
        setup=b_setup,
        teardown=b_down,
        event_title=event_title,
        title=title or "",
        own_setup=setup,
        own_teardown=teardown,
        own_buffer_only=not (start < b_hi and b_lo < end),
        **where,
    )
