"""The check-in station's service: every action at the door, one unit of work each.

Scans in (entry) and out (exit), the "-1" key, undo of the last check-in, a supervisor's
override past the hall's capacity, "move here" for a ticket of another session, check-in
by hand from the lost-code lookup, walk-ins, the counters and the feed of other stations'
scans. Every write is retried while the database is busy (``on_wait`` is told).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import Integer, String, bindparam, func, select, text

from scipop.errors import Conflict, DomainError, NotFound
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import (
    Scan,
    ScanMethod,
    ScanVerdict,
    SessionStatus,
    Ticket,
)
from scipop.models import Session as EventSession
from scipop.models.base import UTCDateTime
from scipop.registration import admission
from scipop.registration import verdicts as V
from scipop.registration.admission import Door
from scipop.registration.dto import AdmitResult
from scipop.registration.queries import _reason_detail
from scipop.registration.scanlog import MAX_SCAN_CHARS, write_scan
from scipop.registration.service import RegistrationService
from scipop.services.sessions import SESSION_MISSING
from scipop.station.config import PinKind, StationConfig
from scipop.station.lookup import LookupRow, lookup
from scipop.station.retry import retrying
from scipop.store.uow import Store
from scipop.tickets.codes import InvalidCode
from scipop.timeutil import fmt_local, utcnow
from scipop.volunteers.dto import ShiftScanResult

WRONG_PIN = QT_TRANSLATE_NOOP("errors", "That is not the supervisor PIN.")
NOT_UNDOABLE = QT_TRANSLATE_NOOP("errors", "Scan #{id} is not a check-in that can be undone.")
ALREADY_UNDONE = QT_TRANSLATE_NOOP("errors", "Scan #{id} has already been undone.")
SCAN_MISSING = QT_TRANSLATE_NOOP("errors", "Scan #{id} does not exist.")
LEFT_ALREADY = QT_TRANSLATE_NOOP(
    "errors", "Scan #{id} cannot be undone: its people have already been scanned out."
)

# what a ticket has inside now: what it let in less what went out (and check-ins undone)
_TICKET_INSIDE = text("SELECT COALESCE(SUM(admitted), 0) FROM scan WHERE ticket_id = :tid")
_LAST_EXIT = text(
    "SELECT scanned_at, station FROM scan WHERE ticket_id = :tid AND verdict = 'exit'"
    " ORDER BY id DESC LIMIT 1"
).columns(scanned_at=UTCDateTime(), station=String())
_SESSION_HALL = text("SELECT room_id, starts_at FROM session WHERE id = :sid").columns(
    room_id=Integer(), starts_at=UTCDateTime()
)
# the session of the hall's day a "-1" takes one off: this one if anyone is inside, else the
# earliest that has someone
_SOMEONE_INSIDE = text(
    "SELECT id FROM session WHERE room_id = :room AND starts_at >= :d0 AND starts_at < :d1"
    " AND in_hall > 0 ORDER BY CASE WHEN id = :sid THEN 0 ELSE 1 END, starts_at, id LIMIT 1"
).bindparams(bindparam("d0", type_=UTCDateTime()), bindparam("d1", type_=UTCDateTime()))


def _session_hall(conn, session_id: int):
    return conn.execute(_SESSION_HALL, {"sid": session_id}).first()


OnWait = Callable[[int], None] | None


class Mode(StrEnum):
    ENTRY = "entry"
    EXIT = "exit"


@dataclass
class Counters:
    """The numbers on the station: checked in / registered / capacity, and in the hall now.

    ``in_hall`` is the hall's (the room's), not the session's: the people let in to any of
    the hall's sessions that day less those who left, never below 0. ``last_scan_id`` is the
    newest scan of those sessions when it was counted.
    """

    session_id: int
    checked_in: int
    registered: int
    capacity: int
    in_hall: int
    hall_capacity: int
    last_scan_id: int
    cancelled: bool
    room_id: int = 0
    day: tuple[datetime, datetime] | None = None


@dataclass
class FeedScan:
    """A scan at any station of the session, for the station's recent list."""

    id: int
    station: str
    scanned_at: datetime
    verdict: ScanVerdict
    admitted: int
    method: ScanMethod
    context: str
    template: str
    params: dict


class StationService:
    def __init__(self, store: Store, registration: RegistrationService | None = None):
        self.store = store
        self.config = StationConfig(store)
        self.registration = registration or RegistrationService(store)

    def _door(self, station: str, operator: str, method: ScanMethod = ScanMethod.SCAN) -> Door:
        return Door(station, operator, utcnow(), method, self.config.window())

    # ---- scanning
    def scan(
        self,
        code: str,
        session_id: int | None,
        *,
        station: str,
        operator: str = "",
        mode: Mode = Mode.ENTRY,
        count: int | None = None,
        on_wait: OnWait = None,
        room_id: int | None = None,
    ) -> AdmitResult | ShiftScanResult:
        """One scan at the door: a verdict, never an exception for what was scanned.

        ``session_id`` None: a door for every session (the ticket's own), or with ``room_id``
        the door of that hall while none of its sessions is open: a ticket of this hall is
        judged for its own session (not yet open, closed…), one of another hall is refused
        as the wrong session.
        """
        from scipop.volunteers.checkin import badge_scan

        if isinstance(code, str):
            code = code[:MAX_SCAN_CHARS]  # capped before anything reads it
        badge = badge_scan(self.store, code, station=station, operator=operator, on_wait=on_wait)
        if badge is not None:  # a volunteer's badge: their shift, not the door
            return badge
        if mode == Mode.EXIT:
            return retrying(
                lambda: self._scan_out(code, session_id, station, operator, room_id),
                on_wait=on_wait,
            )
        return retrying(
            lambda: admission.admit(
                self.store, code, session_id, count, door=self._door(station, operator),
                room_id=room_id,
            ),
            on_wait=on_wait,
        )  # fmt: skip

    def _scan_out(
        self,
        code: str,
        session_id: int | None,
        station: str,
        operator: str,
        room_id: int | None = None,
    ) -> AdmitResult:
        """People leaving: a ticket counts out of the hall once, as many as it let in.

        A ticket scanned out twice, or never let in to this hall, is refused (logged with
        the reason) and the hall's count is left as it is.
        """
        door = Door(station, operator or self.store.actor, utcnow(), ScanMethod.EXIT)
        raw = code[:MAX_SCAN_CHARS] if isinstance(code, str) else ""
        try:
            parts = admission.verify(self.store, raw)
        except InvalidCode:
            return admission.admit(self.store, raw, session_id, door=door)  # logs it as invalid
        common = door.common(raw)
        with self.store.uow(write=True, operator=door.operator or None, racing=True) as uow:
            s = uow.session
            conn = s.connection()
            row = conn.execute(admission.TICKET_BY_ID, {"tid": parts.ticket_id}).first()
            if row is None:
                result = write_scan(
                    s,
                    **common,
                    session_id=session_id,
                    verdict=ScanVerdict.INVALID,
                    template=V.NO_SUCH_TICKET,
                    params={"id": parts.ticket_id},
                )
                uow.commit()
                return result
            if session_id is not None:
                here = _session_hall(conn, session_id)
                room_id = None if here is None else here.room_id
            if room_id is not None and room_id != row.room_id:
                result = write_scan(
                    s,
                    **common,
                    session_id=session_id,
                    ticket_id=row.id,
                    verdict=ScanVerdict.WRONG_SESSION,
                    template=V.NEVER_IN_HALL,
                    params={"name": row.attendee_name},
                )
            else:
                result = self._count_out(s, row, common)
            result.ticket = admission.ticket_data(row)
            uow.commit()
            return result

    @staticmethod
    def _count_out(s, row, common: dict) -> AdmitResult:
        """Ticket ``row`` leaves its session's hall: everyone it has inside, once."""
        conn = s.connection()
        inside = int(conn.execute(_TICKET_INSIDE, {"tid": row.id}).scalar() or 0)
        ids = {"session_id": row.session_id, "ticket_id": row.id}
        name = row.attendee_name
        if inside <= 0:
            last = conn.execute(_LAST_EXIT, {"tid": row.id}).first()
            if last is None:
                return write_scan(
                    s, **common, **ids, verdict=ScanVerdict.INVALID, template=V.NEVER_IN,
                    params={"name": name},
                )  # fmt: skip
            params = {
                "name": name,
                "left_at": fmt_local(last.scanned_at, "%H:%M:%S"),
                "left_station": last.station or "?",
            }
            return write_scan(
                s, **common, **ids, verdict=ScanVerdict.DUPLICATE, template=V.ALREADY_LEFT,
                params=params,
            )  # fmt: skip
        keys = admission._hall_keys(row.room_id, row.session_id, row.starts_at)
        in_hall = admission._move_hall(conn, keys, -inside)
        result = write_scan(
            s, **common, **ids, verdict=ScanVerdict.EXIT, template=V.LEFT,
            params={"name": name, "count": inside}, admitted=-inside,
        )  # fmt: skip
        result.in_hall = in_hall
        result.hall_capacity = row.hall_capacity
        return result

    def minus_one(self, session_id: int, *, station: str, operator: str = "") -> AdmitResult:
        """Someone left the hall without scanning out: one off the hall's count.

        The one is taken off this session if it has anyone inside, else off the earliest of
        the hall's sessions that day that has; with nobody counted inside it is refused.
        """

        def run() -> AdmitResult:
            door = Door(station, operator or self.store.actor, utcnow(), ScanMethod.MINUS_ONE)
            with self.store.uow(write=True, operator=door.operator or None, racing=True) as uow:
                s = uow.session
                conn = s.connection()
                where = _session_hall(conn, session_id)
                if where is None:
                    raise NotFound(SESSION_MISSING, id=session_id)
                keys = admission._hall_keys(where.room_id, session_id, where.starts_at)
                taken = conn.execute(_SOMEONE_INSIDE, keys).scalar()
                if taken is None:
                    result = write_scan(
                        s, **door.common(""), session_id=session_id,
                        verdict=ScanVerdict.INVALID, template=V.NOBODY_IN, params={},
                    )  # fmt: skip
                    result.in_hall = 0
                else:
                    in_hall = admission._move_hall(conn, {**keys, "sid": taken}, -1)
                    result = write_scan(
                        s, **door.common(""), session_id=taken, verdict=ScanVerdict.EXIT,
                        template=V.ONE_LEFT, params={}, admitted=-1,
                    )  # fmt: skip
                    result.in_hall = in_hall
                uow.commit()
                return result

        return retrying(run)

    # ---- by hand
    def check_in_by_hand(
        self,
        ticket_id: int,
        session_id: int,
        *,
        station: str,
        operator: str = "",
        count: int | None = None,
        on_wait: OnWait = None,
    ) -> AdmitResult:
        """The lost-code lookup: admit a ticket by its id; logged as manual."""
        door = self._door(station, operator, ScanMethod.MANUAL)
        return retrying(
            lambda: admission.admit_ticket(self.store, ticket_id, session_id, count, door),
            on_wait=on_wait,
        )

    def override(
        self,
        ticket_id: int,
        session_id: int,
        pin: str,
        *,
        station: str,
        operator: str = "",
        count: int | None = None,
    ) -> AdmitResult:
        """A supervisor admits past the hall's capacity (PIN checked; audited)."""
        if not self.config.check_pin(PinKind.SUPERVISOR, pin, where=station):
            raise DomainError(WRONG_PIN)
        door = self._door(station, operator, ScanMethod.OVERRIDE)
        door.override = True
        door.audit = f"ticket #{ticket_id} admitted past the hall's capacity at {station}"
        return retrying(
            lambda: admission.admit_ticket(self.store, ticket_id, session_id, count, door)
        )

    def move_here(
        self, ticket_id: int, session_id: int, *, station: str, operator: str = ""
    ) -> AdmitResult:
        """A ticket of another session: move it to this one (if there is room), then admit it."""
        # CapacityExceeded when there is no room; a busy database is waited for, as a scan is
        retrying(lambda: self.registration.move(ticket_id, session_id))
        door = self._door(station, operator, ScanMethod.MOVE)
        return retrying(
            lambda: admission.admit_ticket(self.store, ticket_id, session_id, None, door)
        )

    def undo(
        self, scan_id: int, *, station: str, operator: str = "", count: int | None = None
    ) -> AdmitResult:
        """Take back a check-in made by mistake, or ``count`` people of it (audited)."""

        def run() -> AdmitResult:
            door = Door(station, operator or self.store.actor, utcnow(), ScanMethod.UNDO)
            with self.store.uow(write=True, operator=door.operator or None) as uow:
                s = uow.session
                scan = s.get(Scan, scan_id)
                if scan is None:
                    raise NotFound(SCAN_MISSING, id=scan_id)
                accepted = (ScanVerdict.ACCEPTED, ScanVerdict.PARTIAL)
                if scan.verdict not in accepted or not scan.ticket_id or scan.admitted < 1:
                    raise Conflict(NOT_UNDOABLE, id=scan_id)
                taken_back = -int(
                    s.scalar(
                        select(func.coalesce(func.sum(Scan.admitted), 0)).where(
                            Scan.ref_scan_id == scan_id
                        )
                    )
                )
                ticket = s.get(Ticket, scan.ticket_id)
                left = min(scan.admitted - taken_back, ticket.arrived)
                if left < 1:
                    raise Conflict(ALREADY_UNDONE, id=scan_id)
                inside = int(s.connection().execute(_TICKET_INSIDE, {"tid": ticket.id}).scalar())
                left = min(left, inside)  # people already scanned out are no longer inside
                if left < 1:
                    raise Conflict(LEFT_ALREADY, id=scan_id)
                n = left if count is None else min(count, left)
                ticket.arrived -= n
                if ticket.arrived == 0:
                    ticket.first_scan_at = None
                    ticket.first_scan_station = ""
                in_hall = admission.take_hall(s, scan.session_id, -n)
                result = write_scan(
                    s,
                    **door.common(""),
                    session_id=scan.session_id,
                    ticket_id=ticket.id,
                    verdict=ScanVerdict.UNDONE,
                    template=V.UNDONE,
                    params={"name": ticket.attendee.name, "count": n},
                    admitted=-n,
                    ref_scan_id=scan_id,
                )
                result.in_hall = in_hall
                s.flush()
                after = s.connection().execute(admission.TICKET_BY_ID, {"tid": ticket.id}).first()
                result.ticket = admission.ticket_data(after)
                uow.audit(
                    "undo",
                    "scan",
                    scan_id,
                    f"check-in of ticket #{ticket.id} ({n}) undone at {station}",
                    {"arrived": ticket.arrived + n},
                    {"arrived": ticket.arrived},
                )
                uow.commit()
                return result

        return retrying(run)

    # ---- reading
    def counters(self, session_id: int) -> Counters:
        """The session's counters and its hall's count now (two SELECTs, one read)."""
        with self.store.uow() as uow:
            return _counters(uow.session.connection(), session_id)

    def refresh(
        self, session_id: int, after_id: int, known: Counters | None = None
    ) -> tuple[Counters, list[FeedScan]]:
        """What a station polls for: the scans since ``after_id`` and the counters, in one
        read. The counters are re-counted only when a scan was logged in the hall since
        ``known`` was (``last_scan_id``), else ``known`` comes back as it is."""
        with self.store.uow() as uow:
            conn = uow.session.connection()
            scans = _feed(conn, session_id, after_id)
            if known is not None and known.session_id == session_id:
                mark = conn.execute(_HALL_MARK, _mark_keys(known)).scalar() or 0
                if mark == known.last_scan_id:
                    return known, scans
            return _counters(conn, session_id), scans

    def scans_since(self, session_id: int, after_id: int, limit: int = 50) -> list[FeedScan]:
        """Scans of the session (every station) newer than ``after_id``, newest first."""
        with self.store.uow() as uow:
            return _feed(uow.session.connection(), session_id, after_id, limit)

    def session_for_hall(self, room_id: int, now: datetime | None = None) -> int | None:
        """The hall's session whose door is open now; else the next one today, else the last.

        A station following "whatever is open now in this hall" scans against it, so a scan
        between two shows says "not yet open" (or "closed") rather than nothing.
        """
        now = now or utcnow()
        window = self.config.window()
        live = (EventSession.room_id == room_id, EventSession.status == SessionStatus.SCHEDULED)
        with self.store.uow() as uow:
            s = uow.session
            found = s.scalar(
                select(EventSession.id)
                .where(
                    *live,
                    EventSession.starts_at <= now + window.before,
                    EventSession.ends_at > now - window.after,
                )
                .order_by(EventSession.starts_at)
                .limit(1)
            )
            if found is None:
                found = s.scalar(
                    select(EventSession.id)
                    .where(
                        *live,
                        EventSession.starts_at > now,
                        EventSession.starts_at < now + timedelta(hours=24),
                    )
                    .order_by(EventSession.starts_at)
                    .limit(1)
                )
            if found is None:
                found = s.scalar(
                    select(EventSession.id)
                    .where(*live, EventSession.ends_at <= now)
                    .order_by(EventSession.ends_at.desc())
                    .limit(1)
                )
            return found

    def lookup(self, session_id: int, text: str) -> list[LookupRow]:
        return lookup(self.store, session_id, text)


_COUNTERS = text(
    "SELECT s.capacity, s.status, s.room_id, s.starts_at, r.capacity AS hall_capacity,"
    " (SELECT COALESCE(SUM(t.headcount), 0) FROM ticket t"
    "   WHERE t.session_id = s.id AND t.status = 'active') AS booked,"
    " (SELECT COALESCE(SUM(t.arrived), 0) FROM ticket t"
    "   WHERE t.session_id = s.id AND t.status = 'active') AS arrived"
    " FROM session s JOIN room r ON r.id = s.room_id WHERE s.id = :sid"
).columns(starts_at=UTCDateTime())
# the hall's sessions that day: their count, and their newest scan
_HALL_SUMS = text(
    "SELECT COALESCE(SUM(in_hall), 0),"
    " (SELECT MAX(c.id) FROM scan c WHERE c.session_id IN (SELECT o.id FROM session o"
    "   WHERE o.room_id = :room AND o.starts_at >= :d0 AND o.starts_at < :d1))"
    " FROM session WHERE room_id = :room AND starts_at >= :d0 AND starts_at < :d1"
).bindparams(bindparam("d0", type_=UTCDateTime()), bindparam("d1", type_=UTCDateTime()))
_HALL_MARK = text(
    "SELECT MAX(c.id) FROM scan c WHERE c.session_id IN (SELECT o.id FROM session o"
    " WHERE o.room_id = :room AND o.starts_at >= :d0 AND o.starts_at < :d1)"
).bindparams(bindparam("d0", type_=UTCDateTime()), bindparam("d1", type_=UTCDateTime()))
_FEED = (
    select(
        Scan.id,
        Scan.station,
        Scan.scanned_at,
        Scan.verdict,
        Scan.admitted,
        Scan.method,
        Scan.reason_detail,
    )
    .where(Scan.session_id == bindparam("sid"), Scan.id > bindparam("after"))
    .order_by(Scan.id.desc())
    .limit(bindparam("limit"))
)


def _mark_keys(c: Counters) -> dict:
    d0, d1 = c.day
    return {"room": c.room_id, "d0": d0, "d1": d1}


def _counters(conn, session_id: int) -> Counters:
    sess = conn.execute(_COUNTERS, {"sid": session_id}).first()
    if sess is None:
        raise NotFound(SESSION_MISSING, id=session_id)
    day = admission.hall_day(sess.starts_at)
    inside, mark = conn.execute(
        _HALL_SUMS, {"room": sess.room_id, "d0": day[0], "d1": day[1]}
    ).one()
    return Counters(
        session_id,
        int(sess.arrived),
        int(sess.booked),
        sess.capacity,
        max(0, int(inside)),
        sess.hall_capacity,
        int(mark or 0),
        sess.status == SessionStatus.CANCELLED.value,
        sess.room_id,
        day,
    )


def _feed(conn, session_id: int, after_id: int, limit: int = 50) -> list[FeedScan]:
    rows = conn.execute(_FEED, {"sid": session_id, "after": after_id, "limit": limit}).all()
    out = []
    for r in rows:
        detail = _reason_detail(r.reason_detail) or {
            "context": "scan",
            "template": "",
            "params": {},
        }
        out.append(
            FeedScan(r.id, r.station, r.scanned_at, r.verdict, r.admitted, r.method, **detail)
        )
    return out
