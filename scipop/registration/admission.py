"""Admitting people at the door: first scan wins, groups arrive in parts, every scan logged.

The code is capped, normalised and its signature checked (with the cached key ring) before
any lock is taken: junk never holds up the other stations. The ticket with its session and
hall is read (one SELECT) before the write lock too; then one short writing unit of work
takes places with conditional UPDATEs (the hall's count, then the ticket: two stations
scanning the same code at the same moment cannot both admit it; when the ticket changed
since it was read, it is read again and judged anew under the lock) and logs the scan (one
INSERT); those three run on sqlite3's own cursor on SQLite (driver_sql.py). On SQLite with
the door's lock (POSIX) the read and the writes run on the store's door connection (one
sqlite3 connection kept for the door, store/door_lock.py), and a ticket that, as read, is
admitted takes :func:`_admit_queued`: under the lock run only BEGIN IMMEDIATE, the three
statements and COMMIT, everything else is made before it. :func:`admit` never raises for
any text: every scan gets a Scan row with its verdict and reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Integer, Row, String, bindparam, select, text
from sqlalchemy.orm import Session

from scipop.errors import CapacityExceeded
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import (
    Room,
    ScanMethod,
    ScanVerdict,
    SessionStatus,
    Ticket,
    TicketStatus,
)
from scipop.models import Session as EventSession
from scipop.models.base import UTCDateTime
from scipop.registration import verdicts as V
from scipop.registration.driver_sql import DriverQuery, DriverStatement
from scipop.registration.dto import AdmitResult, TicketData
from scipop.registration.scanlog import (
    INSERT_SCAN,
    MAX_SCAN_CHARS,
    safe_text,
    scan_row,
    write_scan,
)
from scipop.registration.ticket_join import field_names, labelled, ticket_from
from scipop.scheduling.calendar import local_bounds
from scipop.store.engine import begin_polling, polling
from scipop.store.uow import Store
from scipop.tickets.codes import NOT_A_CODE, UNKNOWN_KEY, CodeParts, InvalidCode, parse_scanned
from scipop.tickets.codes import split as split_code
from scipop.tickets.keys import key_cache
from scipop.timeutil import fmt_local, to_local, utcnow

_TICKET_FIELDS = field_names(TicketData)
TICKET_ROW = select(
    *labelled(_TICKET_FIELDS, {"id": "ticket_id"}),
    Ticket.key_id.label("key_id"),
    EventSession.status.label("session_status"),
    EventSession.room_id.label("room_id"),
    Room.capacity.label("hall_capacity"),
).select_from(ticket_from())
# built once: its SQL is compiled once, and no statement is built per scan
TICKET_BY_ID = TICKET_ROW.where(Ticket.id == bindparam("tid"))
_TICKET_BY_ID_RAW = DriverQuery(TICKET_BY_ID)  # the door's read, on its own sqlite3 connection


# The writes of a scan, built once (plain SQL, portable: SQLite ≥ 3.35 and PostgreSQL).
_CLAIM = (
    text(
        "UPDATE ticket SET arrived = arrived + :n,"
        " first_scan_at = CASE WHEN first_scan_at IS NULL THEN :now ELSE first_scan_at END,"
        " first_scan_station = CASE WHEN first_scan_at IS NULL THEN :door"
        " ELSE first_scan_station END"
        " WHERE id = :tid AND generation = :gen AND status = 'active'"
        " AND arrived + :n <= headcount"
        " RETURNING arrived, first_scan_at, first_scan_station"
    )
    .bindparams(bindparam("now", type_=UTCDateTime()))
    .columns(arrived=Integer(), first_scan_at=UTCDateTime(), first_scan_station=String())
)


# "In the hall now" is the hall's, not a session's: people in for the 14:00 show who have not
# left are still inside when the 15:00 show's door opens. Each session keeps the people it let
# in less those who left (session.in_hall, the sum of its scans' ``admitted``, never below 0);
# the hall's count is the sum over the hall's sessions of that (local) day. Scanning out and
# "-1" take people off the session they came in for, so no session's count goes below 0.
def _day_bound(name: str):
    return bindparam(name, type_=UTCDateTime())


_OTHERS = (
    "(SELECT COALESCE(SUM(o.in_hall), 0) FROM session o WHERE o.room_id = :room"
    " AND o.starts_at >= :d0 AND o.starts_at < :d1 AND o.id <> :sid)"
)
_HALL_IN = text(
    f"UPDATE session SET in_hall = in_hall + :n WHERE id = :sid AND in_hall + :n + {_OTHERS}"
    f" <= :cap RETURNING in_hall + {_OTHERS}"
).bindparams(_day_bound("d0"), _day_bound("d1"))
_HALL_IN_ANY = text(
    f"UPDATE session SET in_hall = in_hall + :n WHERE id = :sid RETURNING in_hall + {_OTHERS}"
).bindparams(_day_bound("d0"), _day_bound("d1"))
_HALL_OUT = text(
    "UPDATE session SET in_hall = CASE WHEN in_hall + :n < 0 THEN 0 ELSE in_hall + :n END"
    f" WHERE id = :sid RETURNING in_hall + {_OTHERS}"
).bindparams(_day_bound("d0"), _day_bound("d1"))
_CLAIM_RAW = DriverStatement(_CLAIM, datetime_params=["now"], datetime_columns=[1])
_HALL_STATEMENTS = {
    name: DriverStatement(statement, datetime_params=["d0", "d1"])
    for name, statement in (("in", _HALL_IN), ("any", _HALL_IN_ANY), ("out", _HALL_OUT))
}
_HALL_NOW = text(
    "SELECT COALESCE(SUM(in_hall), 0) FROM session WHERE room_id = :room"
    " AND starts_at >= :d0 AND starts_at < :d1"
).bindparams(_day_bound("d0"), _day_bound("d1"))
# PostgreSQL: admissions to one hall queue on its row, so two doors cannot both take its last place
_LOCK_HALL = text("SELECT id FROM room WHERE id = :room FOR UPDATE")


def hall_day(starts_at: datetime) -> tuple[datetime, datetime]:
    """The local day (as UTC bounds) of a session starting at ``starts_at``."""
    day = to_local(starts_at).date()
    return local_bounds(day, day)


def _hall_keys(room_id: int, session_id: int, starts_at: datetime) -> dict[str, Any]:
    d0, d1 = hall_day(starts_at)
    return {"room": room_id, "sid": session_id, "d0": d0, "d1": d1}


def hall_now(s: Session, room_id: int, starts_at: datetime) -> int:
    """People in the hall ``room_id`` now: its sessions of that day, never below 0."""
    d0, d1 = hall_day(starts_at)
    got = s.connection().execute(_HALL_NOW, {"room": room_id, "d0": d0, "d1": d1}).scalar()
    return max(0, int(got or 0))


@dataclass(frozen=True)
class CheckInWindow:
    """When a session's door is open: from ``before`` its start until ``after`` its end."""

    before: timedelta = timedelta(minutes=30)
    after: timedelta = timedelta(0)


@dataclass
class Door:
    """Who scans where, when, and how the scan came about."""

    station: str = ""
    operator: str = ""
    now: datetime = field(default_factory=utcnow)
    method: ScanMethod = ScanMethod.SCAN
    window: CheckInWindow | None = None  # None: no opening hours checked
    override: bool = False  # a supervisor admits past the hall's capacity
    audit: str = ""  # an admission to put in the audit trail too (an override)

    def common(self, raw: str) -> dict[str, Any]:
        return {
            "raw": raw,
            "station": self.station,
            "operator": self.operator,
            "now": self.now,
            "method": self.method,
        }


def verify(store: Store, text: str) -> CodeParts:
    """The parts of a genuine code; :class:`InvalidCode` otherwise. No lock, cached keys."""
    code = parse_scanned(text[:MAX_SCAN_CHARS])
    got = split_code(code)
    if got is None:
        raise InvalidCode(NOT_A_CODE, code=safe_text(code, 40))
    ring = key_cache(store).ring(wanted_key=got[0].key_id)
    if ring is None:
        raise InvalidCode(UNKNOWN_KEY, code=safe_text(code, 40))
    return ring.verify(code)


def admit(
    store: Store,
    ticket_code: str,
    session_id: int | None,
    count: int | None = None,
    station: str = "",
    operator: str = "",
    *,
    door: Door | None = None,
    room_id: int | None = None,
) -> AdmitResult:
    """Scan ``ticket_code`` at the door of ``session_id``: admit ``count`` people of it.

    ``session_id`` None admits to the session the ticket is for (one door for all of them);
    with ``room_id`` only if that session is in this hall (else: the wrong session).
    ``count`` None means everyone not yet admitted (1 for a single ticket). A group can come
    in parts: 32 of 40 now, the other 8 later with the same code. Never raises for a bad code
    (or any text at all): the verdict says why it was refused, and the scan is logged.
    """
    door = door or Door(station, operator)
    door.operator = door.operator or store.actor
    raw = ticket_code[:MAX_SCAN_CHARS] if isinstance(ticket_code, str) else ""
    try:
        parts = verify(store, raw)
    except InvalidCode as exc:
        with store.uow(write=True, operator=door.operator or None, racing=True) as uow:
            result = write_scan(
                uow.session,
                **door.common(raw),
                verdict=ScanVerdict.INVALID,
                template=exc.template,
                params=exc.params,
                session_id=session_id,
                context="errors",  # the code messages are domain errors
            )
            uow.commit()
            return result
    return admit_ticket(
        store, parts.ticket_id, session_id, count, door, raw=raw, parts=parts, room_id=room_id
    )


def admit_ticket(
    store: Store,
    ticket_id: int,
    session_id: int | None,
    count: int | None,
    door: Door,
    *,
    raw: str = "",
    parts: CodeParts | None = None,
    room_id: int | None = None,
) -> AdmitResult:
    """Admit ticket ``ticket_id`` (from a verified code's ``parts``, or by hand without)."""
    door.operator = door.operator or store.actor
    common = door.common(raw)  # everything that needs no lock is made before taking it
    # The ticket is read before the write lock (a WAL reader waits for nobody): the other
    # doors go on writing meanwhile. What it says is checked again under the lock by the
    # conditional UPDATEs; when one finds it changed, the ticket is read again and judged anew.
    if store.door_connection is not None:  # SQLite on POSIX: the door's own connection and queue
        with store.door_connection.use() as driver:
            dialect = store.engine.dialect
            row = polling(lambda: _TICKET_BY_ID_RAW.first(driver, dialect, {"tid": ticket_id}))
            target = _target(row, session_id, room_id)
            if row is not None and target is not None:
                fast = _admit_queued(store, driver, row, parts, target, count, door, common)
                if fast is not None:
                    return fast
    else:
        with store.engine.connect() as reading:  # a connection, no ORM session: nothing to track
            row = reading.execute(TICKET_BY_ID, {"tid": ticket_id}).first()
    with store.uow(write=True, operator=door.operator or None, racing=True) as uow:
        s = uow.session
        if row is None:
            result = write_scan(
                s,
                **common,
                verdict=ScanVerdict.INVALID,
                template=V.NO_SUCH_TICKET,
                params={"id": ticket_id},
                session_id=session_id,
            )
        else:
            result = _judge(s, row, parts, _target(row, session_id, room_id), count, door, common)
            if door.audit and result.accepted:
                uow.audit(door.method.value, "scan", result.scan_id, door.audit)
        uow.commit()
        return result


def _target(row: Row[Any] | None, session_id: int | None, room_id: int | None) -> int | None:
    """The session a scan of ``row`` is for: the door's; else (a door for every session,
    or a hall's door with none of its sessions open) the ticket's own if it is in that hall.
    None: a ticket of another hall, refused as the wrong session."""
    if session_id is not None or row is None:
        return session_id
    if room_id is None or row.room_id == room_id:
        return row.session_id
    return None


def _verdict(row: Row[Any], wanted: int, arrived: int, door: Door) -> tuple[ScanVerdict, str]:
    verdict = ScanVerdict.ACCEPTED
    template = V.WELCOME if row.headcount == 1 else V.GROUP_ARRIVED
    if row.headcount > 1 and arrived < row.headcount:
        verdict = ScanVerdict.PARTIAL
    template = {
        ScanMethod.MANUAL: V.MANUAL,
        ScanMethod.OVERRIDE: V.OVERRIDDEN,
        ScanMethod.MOVE: V.MOVED_HERE,
    }.get(door.method, template)
    return verdict, template


def _admit_queued(
    store: Store,
    driver: Any,
    row: Row[Any],
    parts: CodeParts | None,
    session_id: int,
    count: int | None,
    door: Door,
    common: dict[str, Any],
) -> AdmitResult | None:
    """An admission on SQLite with the door's lock, for a ticket that, as read, is admitted.

    Every door of every process queues on the lock, so what runs while it is held is kept as
    short as raw sqlite3's: the verdict, the scan row and every parameter are made before it,
    and under it run only BEGIN IMMEDIATE, the hall's UPDATE, the ticket's claim, the scan's
    INSERT and COMMIT, on sqlite3's own connection (no SQLAlchemy session work). With 4
    stations on 2 cores a door preempted while holding the lock holds up all the others.
    None, with nothing written (rolled back), when the ticket would be refused or the hall or
    the ticket is no longer as read: the caller then judges it the usual way, under the lock.
    """
    if door.override or door.audit or _refusal(row, parts, session_id, door) is not None:
        return None
    remaining = row.headcount - row.arrived
    wanted = remaining if count is None else count
    if remaining <= 0 or not 1 <= wanted <= remaining:
        return None
    arrived = row.arrived + wanted
    verdict, template = _verdict(row, wanted, arrived, door)
    params = {"name": row.attendee_name, "count": wanted, "arrived": arrived,
              "headcount": row.headcount}  # fmt: skip
    values, result = scan_row(
        **common, ticket_id=row.id, session_id=session_id, verdict=verdict, template=template,
        params=params, admitted=wanted,
    )  # fmt: skip
    dialect = store.engine.dialect
    keys = {**_hall_keys(row.room_id, session_id, row.starts_at), "n": wanted}
    if row.hall_capacity is None:
        hall_statement = _HALL_STATEMENTS["any"]
    else:
        hall_statement, keys["cap"] = _HALL_STATEMENTS["in"], row.hall_capacity
    hall_params = hall_statement.bind(dialect, keys)
    claim_params = _CLAIM_RAW.bind(
        dialect,
        {"tid": row.id, "gen": row.generation, "n": wanted, "now": door.now,
         "door": safe_text(common["station"], 100)},
    )  # fmt: skip
    scan_params = INSERT_SCAN.bind(dialect, values)
    store.door_lock.acquire()
    try:
        begin_polling(driver)  # BEGIN IMMEDIATE; waits (polling) only for non-door writers
        try:
            hall = hall_statement.run(driver, hall_params)
            claimed = None if hall is None else _CLAIM_RAW.run(driver, claim_params)
            if claimed is None or claimed[0] != arrived:
                driver.execute("ROLLBACK")
                return None
            scan = INSERT_SCAN.run(driver, scan_params)
            driver.execute("COMMIT")
        except BaseException:
            if driver.in_transaction:
                driver.execute("ROLLBACK")
            raise
    finally:
        store.door_lock.release()
    arrived, first_scan_at, first_scan_station = _CLAIM_RAW.result(dialect, claimed)
    result.scan_id = scan[0]
    result.ticket = ticket_data(
        row, arrived=arrived, first_scan_at=first_scan_at, first_scan_station=first_scan_station
    )
    result.hall_capacity = row.hall_capacity
    result.in_hall = max(0, int(hall[0]))
    return result


def ticket_data(row: Row[Any], **changed: Any) -> TicketData:
    values = {name: getattr(row, name) for name in _TICKET_FIELDS}
    values.update(changed)
    return TicketData(**values)


def _refusal(row: Row[Any], parts: CodeParts | None, session_id: int | None, door: Door):
    """The verdict refusing this ticket here before any place is taken, or None."""
    name = row.attendee_name
    if parts is not None:  # only the key the ticket's code was issued under admits it
        if row.key_id is None:  # no code issued (or taken back): no code is its
            return ScanVerdict.REVOKED, V.REVOKED, {"name": name}
        if parts.key_id != row.key_id:
            return ScanVerdict.REVOKED, V.OTHER_KEY, {"name": name}
        if parts.generation != row.generation:
            return ScanVerdict.REVOKED, V.REVOKED, {"name": name}
    if row.status == TicketStatus.CANCELLED:
        return ScanVerdict.REVOKED, V.REVOKED, {"name": name}
    if row.status == TicketStatus.WAITLISTED:
        return ScanVerdict.FULL, V.WAITING, {"name": name, "position": row.waitlist_position}
    if row.session_id != session_id:
        where = {"name": name, "event": row.event_title, "room": row.room_name}
        return (
            ScanVerdict.WRONG_SESSION,
            V.WRONG_SESSION,
            {**where, "start": fmt_local(row.starts_at)},
        )
    if row.session_status == SessionStatus.CANCELLED:
        start = fmt_local(row.starts_at)
        return (
            ScanVerdict.CANCELLED,
            V.SESSION_CANCELLED,
            {"name": name, "event": row.event_title, "start": start},
        )
    window = door.window
    if window is not None:
        opens, closes = row.starts_at - window.before, row.ends_at + window.after
        if door.now < opens:
            times = {"opens": fmt_local(opens, "%H:%M"), "start": fmt_local(row.starts_at, "%H:%M")}
            return ScanVerdict.NOT_OPEN, V.NOT_OPEN, {"name": name, **times}
        if door.now >= closes:
            return (
                ScanVerdict.CLOSED,
                V.CLOSED,
                {"name": name, "closes": fmt_local(closes, "%H:%M")},
            )
    return None


def _judge(
    s: Session,
    row: Row[Any],
    parts: CodeParts | None,
    session_id: int | None,
    count: int | None,
    door: Door,
    common: dict[str, Any],
    *,
    fresh: bool = False,
) -> AdmitResult:
    """The verdict for ``row`` (read before the lock unless ``fresh``), written under it."""
    name = row.attendee_name
    ids = {"ticket_id": row.id, "session_id": session_id}

    def done(verdict, template, params, *, admitted=0, ticket=None, **extra) -> AdmitResult:
        result = write_scan(
            s, **common, **ids, verdict=verdict, template=template, params=params, admitted=admitted
        )
        result.ticket = ticket or ticket_data(row)
        result.hall_capacity = row.hall_capacity
        for key, value in extra.items():
            setattr(result, key, value)
        return result

    refused = _refusal(row, parts, session_id, door)
    if refused is not None:
        return done(*refused)
    remaining = row.headcount - row.arrived
    wanted = remaining if count is None else count
    if remaining <= 0:
        return _already_used(done, row, row)
    if wanted < 1:
        return done(ScanVerdict.INVALID, V.BAD_COUNT, {"count": wanted})
    if wanted > remaining:
        params = {"name": name, "remaining": remaining, "headcount": row.headcount, "count": wanted}
        return done(ScanVerdict.DUPLICATE, V.TOO_MANY, params)
    conn = s.connection()
    keys = _hall_keys(row.room_id, session_id, row.starts_at)
    if door.override:
        hall_after = _move_hall(conn, keys, wanted)
    else:
        if conn.dialect.name != "sqlite":  # SQLite: the write lock already serialises doors
            conn.execute(_LOCK_HALL, {"room": row.room_id})
        hall_after = _move_hall(conn, keys, wanted, row.hall_capacity)
    if hall_after is None:
        inside = hall_now(s, row.room_id, row.starts_at)
        params = {"name": name, "count": wanted, "in_hall": inside, "capacity": row.hall_capacity}
        return done(ScanVerdict.FULL, V.HALL_FULL, params, in_hall=inside)
    claimed = _CLAIM_RAW.first(
        conn,
        {
            "tid": row.id,
            "gen": row.generation,
            "n": wanted,
            "now": door.now,
            "door": safe_text(common["station"], 100),
        },
    )
    if claimed is None:  # the ticket changed since it was read: another door was faster…
        hall_after = _move_hall(conn, keys, -wanted)
        now_row = conn.execute(TICKET_BY_ID, {"tid": row.id}).one()
        if not fresh:  # …so judge it again as it is now, under the lock
            return _judge(s, now_row, parts, session_id, count, door, common, fresh=True)
        return _already_used(done, now_row, now_row, in_hall=hall_after)
    arrived, first_scan_at, first_scan_station = claimed
    ticket = ticket_data(
        row, arrived=arrived, first_scan_at=first_scan_at, first_scan_station=first_scan_station
    )
    params = {"name": name, "count": wanted, "arrived": arrived, "headcount": row.headcount}
    verdict, template = _verdict(row, wanted, arrived, door)
    return done(verdict, template, params, admitted=wanted, ticket=ticket, in_hall=hall_after)


def _already_used(done, row: Row[Any], first: Row[Any], **extra: Any) -> AdmitResult:
    params = {
        "name": row.attendee_name,
        "first_at": fmt_local(first.first_scan_at, "%H:%M:%S") if first.first_scan_at else "?",
        "first_station": first.first_scan_station or "?",
    }
    return done(
        ScanVerdict.DUPLICATE,
        V.ALREADY_USED,
        params,
        ticket=ticket_data(row),
        first_at=first.first_scan_at,
        first_station=first.first_scan_station or "",
        **extra,
    )


def _move_hall(conn: Any, keys: dict[str, Any], n: int, capacity: int | None = None) -> int | None:
    """``n`` people into the session's hall (negative: out); the hall's count after it, or
    None when they would not fit in ``capacity`` (None: no limit)."""
    if n < 0:
        statement, values = _HALL_STATEMENTS["out"], {**keys, "n": n}
    elif capacity is None:
        statement, values = _HALL_STATEMENTS["any"], {**keys, "n": n}
    else:
        statement, values = _HALL_STATEMENTS["in"], {**keys, "n": n, "cap": capacity}
    got = statement.first(conn, values)
    return None if got is None else max(0, int(got[0]))


_SESSION_HALL_CAPACITY = text(
    "SELECT s.room_id, s.starts_at, r.capacity FROM session s JOIN room r ON r.id = s.room_id"
    " WHERE s.id = :sid"
).columns(room_id=Integer(), starts_at=UTCDateTime(), capacity=Integer())
WALK_IN_HALL_FULL = QT_TRANSLATE_NOOP(
    "errors",
    "The hall is full: {in_hall} of {capacity} inside, no room for {count} more now. Register"
    " without admitting, or admit them when people have left.",
)
_SESSION_HALL = text("SELECT room_id, starts_at FROM session WHERE id = :sid").columns(
    room_id=Integer(), starts_at=UTCDateTime()
)


def take_hall(s: Session, session_id: int, n: int) -> int:
    """People leaving the session's hall (negative ``n``) or coming in regardless of its
    capacity; the hall's count after it."""
    conn = s.connection()
    where = conn.execute(_SESSION_HALL, {"sid": session_id}).first()
    if where is None:
        return 0
    return _move_hall(conn, _hall_keys(where.room_id, session_id, where.starts_at), n) or 0


def log_walk_in(s: Session, ticket: Ticket, station: str, operator: str) -> AdmitResult:
    """A walk-in registered at the door is inside at once: mark arrival and log it.

    :class:`CapacityExceeded` when the hall has no room for them (nothing is written: the
    caller's unit of work rolls back).
    """
    now = utcnow()
    s.flush()
    conn = s.connection()
    where = conn.execute(_SESSION_HALL_CAPACITY, {"sid": ticket.session_id}).one()
    keys = _hall_keys(where.room_id, ticket.session_id, where.starts_at)
    if conn.dialect.name != "sqlite":
        conn.execute(_LOCK_HALL, {"room": where.room_id})
    in_hall = _move_hall(conn, keys, ticket.headcount, where.capacity)
    if in_hall is None:
        inside = hall_now(s, where.room_id, where.starts_at)
        raise CapacityExceeded(
            WALK_IN_HALL_FULL, count=ticket.headcount, in_hall=inside, capacity=where.capacity
        )
    ticket.arrived = ticket.headcount
    ticket.first_scan_at = now
    ticket.first_scan_station = safe_text(station, 100)
    s.flush()
    result = write_scan(
        s,
        raw=ticket.code or "",
        station=station,
        operator=operator,
        now=now,
        verdict=ScanVerdict.ACCEPTED,
        template=V.WALK_IN,
        params={"name": ticket.attendee.name},
        ticket_id=ticket.id,
        session_id=ticket.session_id,
        admitted=ticket.headcount,
        method=ScanMethod.WALK_IN,
    )
    result.in_hall = in_hall
    return result
