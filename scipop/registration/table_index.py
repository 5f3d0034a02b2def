"""Filter-as-you-type for the Attendees table: the row keys and the text they match, in memory.

SQLite cannot use an index for ``LIKE '%王秀英%'``; scanning 100,000 attendees that way takes
50–70 ms a keystroke. This index is built once in a worker (a few hundred milliseconds), then
a keystroke matches plain strings in memory in a few milliseconds, and typing more characters
only narrows the previous result. The rows' details are read from the database by key
(:class:`scipop.registration.table_queries.AttendeeTable`), so what is shown is always fresh.

A row matches when every word typed appears in its attendee's name, phone or organization,
in its session's event title, hall or local date and time (``2030-12-05 10:00``), or in its
ticket code.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import compress
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from scipop.models import Attendee, Event, Room, SessionStatus, Ticket, TicketStatus
from scipop.models import Session as EventSession
from scipop.progress import NO_PROGRESS, Progress
from scipop.registration.table_queries import RowKey
from scipop.store.uow import Store
from scipop.timeutil import to_local

Row = tuple[int, int, int]  # (attendee id, ticket id or 0, session id or 0)
SORTS = ("newest", "name", "phone", "organization", "category", "session", "ticket", "status")
_STATUS_RANK = {TicketStatus.ACTIVE: 0, TicketStatus.WAITLISTED: 1, TicketStatus.CANCELLED: 2}
_LAST = datetime.max.replace(tzinfo=UTC)
SEPARATOR = "\x00"
_CODE_CHARS = frozenset("0123456789abcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True)
class SessionChoice:
    """A session as the session filter lists it (times UTC)."""

    id: int
    starts_at: datetime
    ends_at: datetime
    event_title: str
    event_title_en: str
    room_name: str
    room_name_en: str
    capacity: int
    cancelled: bool


class Haystack:
    """Many short texts joined into one string: a substring search runs at C speed (str.find)
    over all of them, then each hit is mapped back to its owner by bisection."""

    def __init__(self, items: Iterable[tuple[int, str]]):
        ids: list[int] = []
        starts: list[int] = []
        parts: list[str] = []
        at = 0
        for ident, text in items:
            ids.append(ident)
            starts.append(at)
            parts.append(text)
            at += len(text) + 1
        self.ids = ids
        self.starts = starts
        self.text = SEPARATOR.join(parts)
        self.parts = parts

    def __len__(self) -> int:
        return len(self.ids)

    def find(self, word: str) -> set[int]:
        """The ids whose text contains ``word`` (which must not contain the separator)."""
        text, starts, ids = self.text, self.starts, self.ids
        if text.count(word) * 8 > len(ids):
            # Common (a digit, a frequent surname): testing each text beats one bisection a hit.
            return set(compress(ids, [word in t for t in self.parts]))
        found: set[int] = set()
        i = text.find(word)
        while i >= 0:
            k = bisect_right(starts, i) - 1
            found.add(ids[k])
            nxt = starts[k + 1] if k + 1 < len(starts) else len(text)
            i = text.find(word, nxt)  # one hit per owner is enough
        return found


@dataclass
class _Query:
    text: str
    session_id: int | None
    sort: str
    descending: bool
    rows: list[Row]


@dataclass
class SearchIndex:
    rows: list[Row]  # newest attendee first, each attendee's newest ticket first
    attendees: dict[int, tuple[str, str, str, str]]  # name, phone, organization, category
    attendee_text: Haystack  # name, phone and organization, lower case
    tickets: dict[int, tuple[str, int | None]]  # status, waitlist position
    codes: Haystack
    sessions: dict[int, SessionChoice]
    session_text: dict[int, str]
    stamp: tuple[int, int, int] = (0, 0, 0)
    collate: Callable[[str], Any] | None = None  # a sort key for names (pinyin order in the GUI)
    _orders: dict[tuple[str, bool], list[Row]] = field(default_factory=dict, repr=False)
    _last: _Query | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.rows)

    def session_choices(self) -> list[SessionChoice]:
        return sorted(self.sessions.values(), key=lambda c: (c.starts_at, c.id))

    def match(
        self,
        text: str = "",
        *,
        session_id: int | None = None,
        sort: str = "newest",
        descending: bool = False,
    ) -> list[RowKey]:
        """The keys of the rows that match, in the order asked for."""
        text = " ".join(text.lower().split())
        last = self._last
        if (
            last is not None
            and (last.session_id, last.sort, last.descending) == (session_id, sort, descending)
            and text.startswith(last.text)
        ):
            base = last.rows  # typing on only narrows what matched before
        else:
            base = self.ordered(sort, descending)
            if session_id is not None:
                base = [r for r in base if r[2] == session_id]
        for word in text.split():
            base = self._narrow(base, word)
        self._last = _Query(text, session_id, sort, descending, base)
        return [(a, t) for a, t, _s in base]

    def _narrow(self, rows: list[Row], word: str) -> list[Row]:
        word = word.replace(SEPARATOR, "")
        if not word:
            return rows
        attendees = self.attendee_text.find(word)
        sessions = {s for s, t in self.session_text.items() if word in t}
        codes: set[int] = set()
        if len(word) >= 4 and _CODE_CHARS.issuperset(word):
            codes = self.codes.find(word)
        if not sessions and not codes:
            return [r for r in rows if r[0] in attendees] if attendees else []
        return [r for r in rows if r[0] in attendees or r[2] in sessions or r[1] in codes]

    def ordered(self, sort: str, descending: bool) -> list[Row]:
        """Every row sorted by ``sort`` (ties keep the newest-first order); cached."""
        key = (sort, descending)
        if key not in self._orders:
            if sort == "newest":
                rows = list(reversed(self.rows)) if descending else self.rows
            else:
                rows = sorted(self.rows, key=self._sort_key(sort), reverse=descending)
            self._orders[key] = rows
        return self._orders[key]

    def _sort_key(self, sort: str) -> Callable[[Row], object]:
        people, tickets, sessions = self.attendees, self.tickets, self.sessions
        column = {"name": 0, "phone": 1, "organization": 2, "category": 3}.get(sort)
        if column in (0, 2) and self.collate is not None:
            # Collate each distinct text once (names repeat a lot), then sort by plain ints.
            distinct = sorted({p[column] for p in people.values()}, key=self.collate)
            rank = {text: i for i, text in enumerate(distinct)}
            return lambda r: rank[people[r[0]][column]]
        if column is not None:
            return lambda r: people[r[0]][column]
        if sort == "session":
            return lambda r: sessions[r[2]].starts_at if r[2] in sessions else _LAST
        if sort == "ticket":
            return lambda r: r[1] or 1 << 62
        if sort == "status":
            return lambda r: (
                (_STATUS_RANK.get(tickets[r[1]][0], 3), tickets[r[1]][1] or 0)
                if r[1] in tickets
                else (4, 0)
            )
        raise ValueError(f"unknown sort {sort!r}; one of {', '.join(SORTS)}")


def stamp(store: Store) -> tuple[int, int, int]:
    """A cheap fingerprint of the rows (newest ids and the ticket count): did anything arrive?"""
    with store.uow() as uow:
        s = uow.session
        return (
            int(s.scalar(select(func.max(Attendee.id))) or 0),
            int(s.scalar(select(func.max(Ticket.id))) or 0),
            int(s.scalar(select(func.count()).select_from(Ticket)) or 0),
        )


def _raw(s: Session, q: Select) -> list[tuple]:
    """Plain tuples straight from the driver: 100,000 rows without per-row result processing
    (enum and datetime conversion) take half the time. ``q`` has no parameters."""
    sql = str(q.compile(dialect=s.bind.dialect, compile_kwargs={"literal_binds": True}))
    cursor = s.connection().connection.cursor()
    try:
        cursor.execute(sql)
        return cursor.fetchall()
    finally:
        cursor.close()


def build_index(
    store: Store,
    progress: Progress = NO_PROGRESS,
    collate: Callable[[str], Any] | None = None,
) -> SearchIndex:
    """Read every attendee, ticket and session once (the slow part: run it in a worker).

    ``collate`` turns a name into its sort key (the GUI passes a QCollator's, for pinyin
    order); the rows sorted by name are prepared here, off the GUI thread.
    """
    mark = stamp(store)
    with store.uow() as uow:
        s = uow.session
        progress.report(0, 3, "sessions")
        sessions: dict[int, SessionChoice] = {}
        session_text: dict[int, str] = {}
        q = (
            select(
                EventSession.id,
                EventSession.starts_at,
                EventSession.ends_at,
                Event.title,
                Event.title_en,
                Room.name,
                Room.name_en,
                EventSession.capacity,
                EventSession.status,
                EventSession.title,
            )
            .join(Event, EventSession.event_id == Event.id)
            .join(Room, EventSession.room_id == Room.id)
        )
        for sid, start, end, title, title_en, room, room_en, cap, status, own in s.execute(q):
            sessions[sid] = SessionChoice(
                sid,
                start,
                end,
                title,
                title_en,
                room,
                room_en,
                cap,
                status == SessionStatus.CANCELLED,
            )
            when = f"{to_local(start):%Y-%m-%d %H:%M}"
            session_text[sid] = "\n".join((title, title_en, room, room_en, own, when)).lower()
        progress.check()
        progress.report(1, 3, "tickets")
        ticket_rows = _raw(
            s,
            select(
                Ticket.attendee_id,
                Ticket.id,
                Ticket.session_id,
                Ticket.status,
                Ticket.waitlist_position,
                Ticket.code,
            ).order_by(Ticket.attendee_id.desc(), Ticket.id.desc()),
        )
        progress.check()
        progress.report(2, 3, "attendees")
        people = _raw(
            s,
            select(
                Attendee.id, Attendee.name, Attendee.phone, Attendee.organization, Attendee.category
            ).order_by(Attendee.id.desc()),
        )
    progress.check()
    tickets = {t: (st, pos) for _a, t, _s, st, pos, _code in ticket_rows}
    codes = Haystack((t, code.lower()) for _a, t, _s, _st, _pos, code in ticket_rows if code)
    attendees: dict[int, tuple[str, str, str, str]] = {}
    rows: list[Row] = []
    i, n = 0, len(ticket_rows)
    for aid, name, phone, org, category in people:
        attendees[aid] = (name, phone, org, category)
        while i < n and ticket_rows[i][0] > aid:  # a ticket of a vanished attendee (never)
            i += 1
        if i < n and ticket_rows[i][0] == aid:
            while i < n and ticket_rows[i][0] == aid:
                rows.append((aid, ticket_rows[i][1], ticket_rows[i][2]))
                i += 1
        else:
            rows.append((aid, 0, 0))
    attendee_text = Haystack(
        (aid, f"{name}\n{phone}\n{org}".lower()) for aid, name, phone, org, _c in people
    )
    progress.report(3, 3, "attendees")
    index = SearchIndex(
        rows, attendees, attendee_text, tickets, codes, sessions, session_text, mark, collate
    )
    index.ordered("name", False)
    return index
