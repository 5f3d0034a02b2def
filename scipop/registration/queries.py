"""Reading tickets: for the Attendees page, the check-in station, printing and the CLI."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Row, Select, func, or_, select
from sqlalchemy.orm import Session, joinedload

from scipop.errors import NotFound
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import Attendee, Event, Room, Scan, Ticket, TicketStatus, Venue
from scipop.models import Session as EventSession
from scipop.phones import phone_search_text
from scipop.registration.dto import CapacityData, ScanData, TicketData
from scipop.registration.ticket_join import (
    as_dataclass,
    field_names,
    labelled,
    ticket_from,
    ticket_select,
)
from scipop.services.sessions import SESSION_MISSING
from scipop.store.uow import Store
from scipop.tickets.codes import InvalidCode
from scipop.tickets.keys import load_keyring
from scipop.tickets.printable import PrintableTicket

TICKET_MISSING = QT_TRANSLATE_NOOP("errors", "Ticket #{id} does not exist.")
CODE_UNKNOWN = QT_TRANSLATE_NOOP("errors", "No ticket has the code '{code}'.")

TICKET_FIELDS = {"id": "ticket_id"}  # TicketData field -> join column, where names differ
PRINTED = [f for f in field_names(PrintableTicket) if not f.startswith("venue_")]


def load_ticket(s: Session, ticket_id: int) -> Ticket | None:
    return s.scalars(
        select(Ticket)
        .where(Ticket.id == ticket_id)
        .options(
            joinedload(Ticket.attendee),
            joinedload(Ticket.session).joinedload(EventSession.event),
            joinedload(Ticket.session).joinedload(EventSession.room),
        )
    ).first()


def to_data(t: Ticket) -> TicketData:
    sess = t.session
    return TicketData(
        id=t.id,
        session_id=t.session_id,
        attendee_id=t.attendee_id,
        attendee_name=t.attendee.name,
        phone=t.attendee.phone,
        email=t.attendee.email,
        organization=t.attendee.organization,
        category=t.attendee.category,
        kind=t.kind,
        headcount=t.headcount,
        arrived=t.arrived,
        status=t.status,
        waitlist_position=t.waitlist_position,
        code=t.code,
        generation=t.generation,
        event_title=sess.event.title,
        event_title_en=sess.event.title_en,
        room_name=sess.room.name,
        room_name_en=sess.room.name_en,
        starts_at=sess.starts_at,
        ends_at=sess.ends_at,
        first_scan_at=t.first_scan_at,
        first_scan_station=t.first_scan_station,
        created_at=t.created_at,
    )


def _joined() -> Select:
    return ticket_select(TicketData, renamed=TICKET_FIELDS)


def _rows_to_data(rows: Iterable[Row[Any]]) -> list[TicketData]:
    return [as_dataclass(TicketData, row) for row in rows]


def _filtered(q: Select, text: str, session_id: int | None, status: TicketStatus | None) -> Select:
    text = (text or "").strip()
    if text:
        # autoescape: a % or _ typed is that character, not a wildcard
        q = q.where(
            or_(
                Attendee.name.contains(text, autoescape=True),
                Attendee.phone.contains(phone_search_text(text), autoescape=True),
                Attendee.organization.contains(text, autoescape=True),
                Event.title.contains(text, autoescape=True),
                Event.title_en.contains(text, autoescape=True),
                Ticket.code.contains(text.upper(), autoescape=True),
            )
        )
    if session_id is not None:
        q = q.where(Ticket.session_id == session_id)
    if status is not None:
        q = q.where(Ticket.status == status)
    return q


class TicketQueries:
    """Read side of tickets; every method opens its own short read-only unit of work."""

    def __init__(self, store: Store):
        self.store = store

    def get(self, ticket_id: int) -> TicketData:
        with self.store.uow() as uow:
            ticket = load_ticket(uow.session, ticket_id)
            if ticket is None:
                raise NotFound(TICKET_MISSING, id=ticket_id)
            return to_data(ticket)

    def search(
        self,
        text: str = "",
        *,
        session_id: int | None = None,
        status: TicketStatus | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> list[TicketData]:
        """Tickets whose attendee name, phone, school, event title or code contains ``text``,
        newest first; page with ``limit``/``offset`` (a lazy table fetches page by page)."""
        with self.store.uow() as uow:
            q = _filtered(_joined(), text, session_id, status)
            q = q.order_by(Ticket.id.desc()).limit(limit).offset(offset)
            return _rows_to_data(uow.session.execute(q))

    def count(
        self, text: str = "", *, session_id: int | None = None, status: TicketStatus | None = None
    ) -> int:
        with self.store.uow() as uow:
            q = _filtered(select(func.count()).select_from(ticket_from()), text, session_id, status)
            return int(uow.session.scalar(q) or 0)

    def for_session(self, session_id: int, *, include_cancelled: bool = False) -> list[TicketData]:
        """The session's tickets: active ones by id, then the waiting list in order."""
        with self.store.uow() as uow:
            q = _joined().where(Ticket.session_id == session_id)
            if not include_cancelled:
                q = q.where(Ticket.status != TicketStatus.CANCELLED)
            waiting_last = Ticket.waitlist_position.is_not(None)
            q = q.order_by(waiting_last, Ticket.waitlist_position, Ticket.id)
            return _rows_to_data(uow.session.execute(q))

    def waiting_list(self, session_id: int) -> list[TicketData]:
        with self.store.uow() as uow:
            q = (
                _joined()
                .where(Ticket.session_id == session_id, Ticket.status == TicketStatus.WAITLISTED)
                .order_by(Ticket.waitlist_position, Ticket.id)
            )
            return _rows_to_data(uow.session.execute(q))

    def for_attendee(self, attendee_id: int) -> list[TicketData]:
        with self.store.uow() as uow:
            q = _joined().where(Ticket.attendee_id == attendee_id).order_by(EventSession.starts_at)
            return _rows_to_data(uow.session.execute(q))

    def capacity(self, session_id: int) -> CapacityData:
        with self.store.uow() as uow:
            s = uow.session
            sess = s.get(EventSession, session_id)
            if sess is None:
                raise NotFound(SESSION_MISSING, id=session_id)
            by_status = dict.fromkeys(TicketStatus, (0, 0, 0))
            rows = s.execute(
                select(
                    Ticket.status,
                    func.count(),
                    func.coalesce(func.sum(Ticket.headcount), 0),
                    func.coalesce(func.sum(Ticket.arrived), 0),
                )
                .where(Ticket.session_id == session_id)
                .group_by(Ticket.status)
            )
            for status, n, heads, arrived in rows:
                by_status[TicketStatus(status)] = (int(n), int(heads), int(arrived))
            active, waiting = by_status[TicketStatus.ACTIVE], by_status[TicketStatus.WAITLISTED]
            return CapacityData(
                session_id=session_id,
                capacity=sess.capacity,
                booked=active[1],
                waiting=waiting[1],
                waiting_tickets=waiting[0],
                arrived=active[2],
            )

    def by_code(self, text: str) -> TicketData:
        """The ticket a scanned or typed code belongs to (signature checked first).

        Raises InvalidCode for a forged or foreign code, NotFound when no ticket has it now
        (a revoked code: the ticket was re-issued or cancelled).
        """
        with self.store.uow() as uow:
            ring = load_keyring(uow.session, create=False)
            if ring is None:
                raise InvalidCode(CODE_UNKNOWN, code=text[:40])
            parts = ring.verify(text)
            ticket = load_ticket(uow.session, parts.ticket_id)
            if ticket is None or ticket.generation != parts.generation:
                raise NotFound(CODE_UNKNOWN, code=text.strip()[:40])
            return to_data(ticket)

    def scans(self, ticket_id: int) -> list[ScanData]:
        """Every scan of the ticket, accepted or not, oldest first."""
        with self.store.uow() as uow:
            q = select(Scan).where(Scan.ticket_id == ticket_id).order_by(Scan.scanned_at, Scan.id)
            return [
                ScanData(
                    x.id,
                    x.ticket_id,
                    x.session_id,
                    x.raw_code,
                    x.station,
                    x.operator,
                    x.scanned_at,
                    x.verdict,
                    x.admitted,
                    x.reason,
                    **_reason_detail(x.reason_detail),
                )
                for x in uow.session.scalars(q)
            ]

    def printable(
        self, *, session_id: int | None = None, ticket_ids: Sequence[int] | None = None
    ) -> list[PrintableTicket]:
        """Active tickets with their codes, ready for :func:`scipop.tickets.pdf.write_pdf`."""
        with self.store.uow() as uow:
            q = (
                select(
                    *labelled(PRINTED),
                    Venue.name.label("venue_name"),
                    Venue.name_en.label("venue_name_en"),
                )
                .select_from(ticket_from().join(Venue, Room.venue_id == Venue.id))
                .where(Ticket.status == TicketStatus.ACTIVE, Ticket.code.is_not(None))
                .order_by(EventSession.starts_at, Ticket.id)
            )
            if session_id is not None:
                q = q.where(Ticket.session_id == session_id)
            if ticket_ids is not None:
                q = q.where(Ticket.id.in_(list(ticket_ids)))
            return [_printable(row) for row in uow.session.execute(q)]


def _printable(row: Row[Any]) -> PrintableTicket:
    values = dict(row._mapping)
    values["category"] = str(getattr(values["category"], "value", values["category"]))
    return PrintableTicket(**values)


def _reason_detail(text: str) -> dict[str, Any]:
    """context/template/params of a logged reason ({} for scans logged before they were kept)."""
    if not text:
        return {}
    detail = json.loads(text)
    return {
        "context": detail.get("context", "scan"),
        "template": detail.get("template", ""),
        "params": detail.get("params", {}),
    }
