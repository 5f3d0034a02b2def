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

from sqlalchemy import func, select

from scipop.errors import Conflict, DomainError, NotFound
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import (
    Room,
    Scan,
    ScanMethod,
    ScanVerdict,
    SessionStatus,
    Ticket,
    TicketStatus,
)
from scipop.models import Session as EventSession
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
from scipop.timeutil import utcnow

WRONG_PIN = QT_TRANSLATE_NOOP("errors", "That is not the supervisor PIN.")
NOT_UNDOABLE = QT_TRANSLATE_NOOP("errors", "Scan #{id} is not a check-in that can be undone.")
ALREADY_UNDONE = QT_TRANSLATE_NOOP("errors", "Scan #{id} has already been undone.")
SCAN_MISSING = QT_TRANSLATE_NOOP("errors", "Scan #{id} does not exist.")

OnWait = Callable[[int], None] | None


class Mode(StrEnum):
    ENTRY = "entry"
    EXIT = "exit"


@dataclass
class Counters:
    """The numbers on the station: checked in / registered / capacity, and in the hall now."""

    session_id: int
    checked_in: int
    registered: int
    capacity: int
    in_hall: int
    hall_capacity: int
    last_scan_id: int
    cancelled: bool


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
    ) -> AdmitResult:  # a volunteer's badge gives a scipop.volunteers.dto.ShiftScanResult
        """One scan at the door: a verdict, never an exception for what was scanned."""
        from scipop.volunteers.checkin import badge_scan

        badge = badge_scan(self.store, code, station=station, operator=operator, on_wait=on_wait)
        if badge is not None:  # a volunteer's badge: their shift, not the door
            return badge
        if mode == Mode.EXIT:
            return retrying(
                lambda: self._scan_out(code, session_id, station, operator), on_wait=on_wait
            )
        return retrying(
            lambda: admission.admit(
                self.store, code, session_id, count, door=self._door(station, operator)
            ),
            on_wait=on_wait,
        )

    def _scan_out(
        self, code: str, session_id: int | None, station: str, operator: str
    ) -> AdmitResult:
        door = Door(station, operator or self.store.actor, utcnow(), ScanMethod.EXIT)
        raw = code[:MAX_SCAN_CHARS] if isinstance(code, str) else ""
        try:
            parts = admission.verify(self.store, raw)
        except InvalidCode:
            return admission.admit(self.store, raw, session_id, door=door)  # logs it as invalid
        with self.store.uow(write=True, operator=door.operator or None, racing=True) as uow:
            s = uow.session
            row = s.execute(admission.TICKET_ROW.where(Ticket.id == parts.ticket_id)).first()
            if session_id is None and row is not None:
                session_id = row.session_id
            common = {**door.common(raw), "session_id": session_id}
            if row is None or row.session_id != session_id or row.arrived == 0:
                name = row.attendee_name if row is not None else "?"
                elsewhere = row is not None and row.session_id != session_id
                result = write_scan(
                    s,
                    **common,
                    ticket_id=row.id if row else None,
                    verdict=ScanVerdict.WRONG_SESSION if elsewhere else ScanVerdict.INVALID,
                    template=V.NEVER_IN,
                    params={"name": name},
                )
            else:
                n = row.arrived
                in_hall = admission.take_hall(s, session_id, -n)
                result = write_scan(
                    s,
                    **common,
                    ticket_id=row.id,
                    verdict=ScanVerdict.EXIT,
                    template=V.LEFT,
                    params={"name": row.attendee_name, "count": n},
                    admitted=-n,
                )
                result.in_hall = in_hall
                result.ticket = admission.ticket_data(row)
            uow.commit()
            return result

    def minus_one(self, session_id: int, *, station: str, operator: str = "") -> AdmitResult:
        """Someone left the hall without scanning out."""

        def run() -> AdmitResult:
            door = Door(station, operator or self.store.actor, utcnow(), ScanMethod.MINUS_ONE)
            with self.store.uow(write=True, operator=door.operator or None, racing=True) as uow:
                in_hall = admission.take_hall(uow.session, session_id, -1)
                result = write_scan(
                    uow.session,
                    **door.common(""),
                    session_id=session_id,
                    verdict=ScanVerdict.EXIT,
                    template=V.ONE_LEFT,
                    params={},
                    admitted=-1,
                )
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
        if not self.config.check_pin(PinKind.SUPERVISOR, pin):
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
        self.registration.move(ticket_id, session_id)  # CapacityExceeded when there is no room
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
                n = left if count is None else min(count, left)
                if n < 1:
                    raise Conflict(ALREADY_UNDONE, id=scan_id)
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
                after = s.execute(admission.TICKET_ROW.where(Ticket.id == ticket.id)).first()
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
        with self.store.uow() as uow:
            s = uow.session
            sess = s.execute(
                select(
                    EventSession.capacity, EventSession.in_hall, EventSession.status, Room.capacity
                )
                .join(Room, EventSession.room_id == Room.id)
                .where(EventSession.id == session_id)
            ).first()
            if sess is None:
                raise NotFound(SESSION_MISSING, id=session_id)
            booked, arrived = s.execute(
                select(
                    func.coalesce(func.sum(Ticket.headcount), 0),
                    func.coalesce(func.sum(Ticket.arrived), 0),
                ).where(Ticket.session_id == session_id, Ticket.status == TicketStatus.ACTIVE)
            ).one()
            last = s.scalar(select(func.max(Scan.id)).where(Scan.session_id == session_id)) or 0
            return Counters(
                session_id,
                int(arrived),
                int(booked),
                sess[0],
                sess[1],
                sess[3],
                int(last),
                sess[2] == SessionStatus.CANCELLED,
            )

    def scans_since(self, session_id: int, after_id: int, limit: int = 50) -> list[FeedScan]:
        """Scans of the session (every station) newer than ``after_id``, newest first."""
        with self.store.uow() as uow:
            rows = uow.session.execute(
                select(
                    Scan.id,
                    Scan.station,
                    Scan.scanned_at,
                    Scan.verdict,
                    Scan.admitted,
                    Scan.method,
                    Scan.reason_detail,
                )
                .where(Scan.session_id == session_id, Scan.id > after_id)
                .order_by(Scan.id.desc())
                .limit(limit)
            ).all()
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
