"""Writing checked registration rows in bulk: attendees and signed tickets, tens of thousands
per second, inside the import's unit of work.

Ids are allocated up front (SQLite: above the current maximum, safe because the writing
transaction holds the database lock; PostgreSQL: from the table's sequence), so each ticket's
code is signed before its row is inserted and every row goes in with one plain executemany.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from scipop.importing.attendee_rows import AttendeeRow
from scipop.models import Attendee, Ticket, TicketKind, TicketStatus
from scipop.progress import Progress
from scipop.registration.capacity import waiting_count
from scipop.tickets.keys import load_keyring
from scipop.timeutil import utcnow

CHUNK = 5000


def allocate_ids(s: Session, table: Table, n: int) -> list[int] | None:
    """``n`` fresh primary keys for ``table``, or None where this database cannot say."""
    if n == 0:
        return []
    dialect = s.get_bind().dialect.name
    if dialect == "sqlite":
        start = (s.scalar(select(func.max(table.c.id))) or 0) + 1
        return list(range(start, start + n))
    if dialect == "postgresql":
        q = text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)")
        return [int(i) for i in s.scalars(q, {"t": table.name, "n": n})]
    return None


def _insert(s: Session, table: Table, rows: list[dict], progress: Progress) -> list[int]:
    ids = allocate_ids(s, table, len(rows))
    if ids is None:  # another database: let it number the rows and tell us
        out: list[int] = []
        for start in range(0, len(rows), CHUNK):
            stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            out += s.execute(stmt, rows[start : start + CHUNK]).scalars().all()
        return out
    for row, ident in zip(rows, ids, strict=True):
        row["id"] = ident
    executemany(s, table, rows, progress)
    return ids


def executemany(s: Session, table: Table, rows: list[dict], progress: Progress) -> None:
    """One INSERT for many rows straight through the driver.

    Values must already be what the database stores: enum values as strings, and datetimes
    passed through :func:`stored` (SQLAlchemy's per-row type processing is what makes bulk
    inserts slow; here the few typed values are converted once by the caller).
    """
    if not rows:
        return
    names = list(rows[0])
    conn = s.connection()
    style = conn.dialect.paramstyle
    if style not in ("qmark", "format", "pyformat"):
        for start in range(0, len(rows), CHUNK):
            s.execute(insert(table), rows[start : start + CHUNK])
        return
    mark = "?" if style == "qmark" else "%s"
    quote = conn.dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES ({', '.join([mark] * len(names))})"
    )
    as_tuple = itemgetter(*names)
    for start in range(0, len(rows), CHUNK):
        conn.exec_driver_sql(sql, list(map(as_tuple, rows[start : start + CHUNK])))
        progress.check()


def stored(s: Session, column, value):
    """``value`` as the database stores it in ``column`` (e.g. a UTC datetime on SQLite)."""
    dialect = s.get_bind().dialect
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    return process(value) if process else value


@dataclass
class Written:
    """The ids an import created, for the audit trail."""

    attendee_ids: list[int] = field(default_factory=list)
    ticket_ids: list[int] = field(default_factory=list)


def write_rows(s: Session, rows: list[AttendeeRow], progress: Progress) -> Written:
    """Insert attendees (reusing known name + phone) and their tickets; returns their ids."""
    now = stored(s, Ticket.__table__.c.created_at, utcnow())
    known = known_attendees(s, rows)
    fresh: dict[tuple[str, str], dict] = {}
    for r in rows:
        key = (r.name, r.phone) if r.phone else (r.name, f"#row{r.row}")
        if key in known or key in fresh:
            continue
        fresh[key] = {
            "name": r.name,
            "phone": r.phone,
            "email": r.email,
            "organization": r.organization,
            "category": r.category.value,
            "notes": r.notes,
            "created_at": now,
            "updated_at": now,
        }
    progress.report(0, 2, "saving")
    ids = _insert(s, Attendee.__table__, list(fresh.values()), progress)
    known.update(zip(fresh, ids, strict=True))
    progress.report(1, 2, "saving")
    waiting = {r.session_id for r in rows if r.waitlisted}
    positions = {sid: waiting_count(s, sid) for sid in waiting}
    ring = load_keyring(s)
    ticket_ids = allocate_ids(s, Ticket.__table__, len(rows))
    tickets = []
    for i, r in enumerate(rows):
        position = None
        if r.waitlisted:
            positions[r.session_id] += 1
            position = positions[r.session_id]
        row = {
            "session_id": r.session_id,
            "attendee_id": known[(r.name, r.phone) if r.phone else (r.name, f"#row{r.row}")],
            "kind": (TicketKind.GROUP if r.headcount > 1 else TicketKind.SINGLE).value,
            "headcount": r.headcount,
            "arrived": 0,
            "status": (TicketStatus.WAITLISTED if r.waitlisted else TicketStatus.ACTIVE).value,
            "waitlist_position": position,
            "generation": 1,
            "key_id": None,
            "code": None,
            "first_scan_at": None,
            "first_scan_station": "",
            "created_at": now,
            "updated_at": now,
        }
        if ticket_ids is not None:
            row["id"] = ticket_ids[i]
            if not r.waitlisted:
                row["key_id"] = ring.signing_id
                row["code"] = ring.sign(ticket_ids[i], 1)
        tickets.append(row)
    if ticket_ids is not None:
        executemany(s, Ticket.__table__, tickets, progress)
    else:
        ticket_ids = _sign_after_insert(s, tickets, ring, progress)
    progress.report(2, 2, "saving")
    return Written(list(ids), list(ticket_ids))


def _sign_after_insert(s: Session, tickets: list[dict], ring, progress: Progress) -> list[int]:
    from sqlalchemy import bindparam, update

    ids = _insert(s, Ticket.__table__, tickets, progress)
    codes = [
        {"tid": tid, "code": ring.sign(tid, 1), "key_id": ring.signing_id}
        for tid, t in zip(ids, tickets, strict=True)
        if t["status"] == TicketStatus.ACTIVE.value
    ]
    if codes:
        table = Ticket.__table__
        stmt = (
            update(table)
            .where(table.c.id == bindparam("tid"))
            .values(code=bindparam("code"), key_id=bindparam("key_id"))
        )
        s.execute(stmt, codes)
    return ids


def known_attendees(s: Session, rows: list[AttendeeRow]) -> dict[tuple[str, str], int]:
    """Attendees already in the database with a name and phone that rows use."""
    phones = sorted({r.phone for r in rows if r.phone})
    known: dict[tuple[str, str], int] = {}
    for start in range(0, len(phones), 500):
        part = phones[start : start + 500]
        for aid, name, phone in s.execute(
            select(Attendee.id, Attendee.name, Attendee.phone).where(Attendee.phone.in_(part))
        ):
            known.setdefault((name, phone), aid)
    return known
