"""The Attendees table's rows: every attendee with each of their tickets, read page by page.

A row is one ticket with its attendee, or an attendee who holds no ticket. Rows are keyed by
``(attendee id, ticket id or 0)`` and listed newest first. The table never holds 100,000
rows in memory: it reads the first pages by keyset (``WHERE key < last ORDER BY key DESC
LIMIT n``, which walks the primary-key index), and once :mod:`scipop.registration.table_index`
has matched a filter, the details of the matching keys are read a page at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from scipop.models import Attendee, AttendeeCategory, Ticket, TicketKind, TicketStatus
from scipop.redact import mask_phone
from scipop.registration.ticket_join import as_dataclass, labelled, ticket_select
from scipop.store.uow import Store

RowKey = tuple[int, int]  # (attendee id, ticket id or 0 for an attendee without a ticket)
IN_CHUNK = 500


@dataclass
class AttendeeRow:
    """One row of the Attendees table; the ticket fields are None/empty without a ticket."""

    attendee_id: int
    name: str
    phone: str
    email: str
    organization: str
    category: AttendeeCategory
    ticket_id: int | None = None
    session_id: int | None = None
    kind: TicketKind | None = None
    headcount: int = 0
    arrived: int = 0
    status: TicketStatus | None = None
    waitlist_position: int | None = None
    code: str | None = None
    event_title: str = ""
    event_title_en: str = ""
    room_name: str = ""
    room_name_en: str = ""
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    first_scan_at: datetime | None = None
    first_scan_station: str = ""

    @property
    def key(self) -> RowKey:
        return (self.attendee_id, self.ticket_id or 0)

    @property
    def has_ticket(self) -> bool:
        return self.ticket_id is not None

    @property
    def phone_masked(self) -> str:
        return mask_phone(self.phone)


ROW_FIELDS = {"name": "attendee_name"}  # AttendeeRow field -> join column, where names differ
ATTENDEE_FIELDS = ("attendee_id", "name", "phone", "email", "organization", "category")


def _joined() -> Select:
    """Every attendee with each of their tickets (one row without a ticket for the others)."""
    return ticket_select(AttendeeRow, every_attendee=True, renamed=ROW_FIELDS)


def _ticket_joined() -> Select:
    """The same columns for rows known to hold a ticket (inner joins, led by the ticket ids)."""
    return ticket_select(AttendeeRow, renamed=ROW_FIELDS)


def _to_row(r: Row[Any]) -> AttendeeRow:
    row = as_dataclass(AttendeeRow, r)
    if row.ticket_id is None:
        row.event_title = row.event_title_en = row.room_name = row.room_name_en = ""
        row.headcount = row.arrived = 0
        row.first_scan_station = ""
    return row


class AttendeeTable:
    """Reads for the Attendees table; each call is its own short read-only unit of work."""

    def __init__(self, store: Store):
        self.store = store

    def first_rows(self, limit: int, after: RowKey | None = None) -> list[AttendeeRow]:
        """Up to ``limit`` rows, newest first, after the row keyed ``after`` (keyset paging)."""
        ticket_key = func.coalesce(Ticket.id, 0)
        q = _joined().order_by(Attendee.id.desc(), ticket_key.desc()).limit(limit)
        if after is not None:
            a, t = after
            q = q.where(or_(Attendee.id < a, and_(Attendee.id == a, ticket_key < t)))
        with self.store.uow() as uow:
            return [_to_row(r) for r in uow.session.execute(q)]

    def row_count(self) -> int:
        """All rows: every ticket, plus one for each attendee who holds none."""
        with self.store.uow() as uow:
            return _row_count(uow.session)

    def rows(self, keys: Sequence[RowKey]) -> list[AttendeeRow]:
        """The rows for ``keys`` in the order given; keys gone from the database are left out."""
        ticket_ids = [t for _a, t in keys if t]
        bare = [a for a, t in keys if not t]
        found: dict[RowKey, AttendeeRow] = {}
        with self.store.uow() as uow:
            s = uow.session
            for start in range(0, len(ticket_ids), IN_CHUNK):
                part = ticket_ids[start : start + IN_CHUNK]
                for r in s.execute(_ticket_joined().where(Ticket.id.in_(part))):
                    row = _to_row(r)
                    found[row.key] = row
            for start in range(0, len(bare), IN_CHUNK):
                part = bare[start : start + IN_CHUNK]
                q = select(*labelled(ATTENDEE_FIELDS, ROW_FIELDS)).where(Attendee.id.in_(part))
                for r in s.execute(q):
                    row = as_dataclass(AttendeeRow, r)
                    found[row.key] = row
        return [found[k] for k in keys if k in found]


def _row_count(s: Session) -> int:
    attendees = s.scalar(select(func.count()).select_from(Attendee)) or 0
    tickets = s.scalar(select(func.count()).select_from(Ticket)) or 0
    holders = s.scalar(select(func.count(func.distinct(Ticket.attendee_id)))) or 0
    return int(attendees) - int(holders) + int(tickets)


@dataclass
class Pager:
    """Hands out the table's rows a page at a time: by keyset, or from a list of keys."""

    table: AttendeeTable
    keys: list[RowKey] | None = None  # None: every row, newest first, read by keyset
    total: int = 0
    _done: int = 0
    _last: RowKey | None = None
    _exhausted: bool = False

    @classmethod
    def everything(cls, table: AttendeeTable) -> Pager:
        return cls(table, None, table.row_count())

    @classmethod
    def of_keys(cls, table: AttendeeTable, keys: list[RowKey], done: int = 0) -> Pager:
        return cls(table, keys, len(keys), done)

    @property
    def has_more(self) -> bool:
        if self.keys is not None:
            return self._done < len(self.keys)
        return not self._exhausted

    def next_page(self, n: int) -> list[AttendeeRow]:
        if self.keys is not None:
            part = self.keys[self._done : self._done + n]
            self._done += len(part)
            return self.table.rows(part)
        rows = self.table.first_rows(n, self._last)
        if len(rows) < n:
            self._exhausted = True
            self.total = self._done + len(rows)
        if rows:
            self._last = rows[-1].key
        self._done += len(rows)
        return rows
