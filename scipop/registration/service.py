"""Registering people for sessions: tickets, the waiting list, walk-ins, groups, changes.

Each change is one unit of work that starts with ``BEGIN IMMEDIATE``; those that take or free
places lock the session row first, so capacity is re-checked inside the transaction that takes
the places.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from scipop.errors import CapacityExceeded, Conflict, NotFound, Validator
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import Attendee, AttendeeCategory, Ticket, TicketKind, TicketStatus
from scipop.registration import admission
from scipop.registration import capacity as cap
from scipop.registration.dto import AdmitResult, ChangeResult, Registrant, TicketData, WalkIn
from scipop.registration.queries import TICKET_MISSING, load_ticket, to_data
from scipop.services.base import writing
from scipop.services.people import ATTENDEE_MISSING, check_phone
from scipop.store.uow import Store, UnitOfWork
from scipop.tickets.keys import load_keyring, rotate_key

MAX_HEADCOUNT = 500
FULL = QT_TRANSLATE_NOOP(
    "errors", "The session is full: {free} place(s) left, {wanted} asked for (capacity {capacity})."
)
ALREADY_CANCELLED = QT_TRANSLATE_NOOP("errors", "Ticket #{id} is already cancelled.")
ALREADY_ARRIVED = QT_TRANSLATE_NOOP(
    "errors", "Ticket #{id} has already been used at the door ({arrived} of {headcount} admitted)."
)
NOT_ACTIVE = QT_TRANSLATE_NOOP(
    "errors", "Ticket #{id} is not active ({status}); only active tickets can be re-issued."
)
SAME_SESSION = QT_TRANSLATE_NOOP("errors", "Ticket #{id} is already for that session.")
BAD_HEADCOUNT = QT_TRANSLATE_NOOP("errors", "A ticket is for 1 to {max} people, not {value}.")


def validate_registrant(person: Registrant) -> Registrant:
    """The cleaned registrant; every field error at once as InvalidInput/ValidationError."""
    v = Validator()
    name = v.require("name", person.name, QT_TRANSLATE_NOOP("errors", "Enter the name."))
    phone = check_phone(v, person.phone)
    try:
        category = AttendeeCategory(person.category)
    except ValueError:
        v.add(
            "category",
            QT_TRANSLATE_NOOP("errors", "'{value}' is not a category of attendee."),
            value=person.category,
        )
        category = AttendeeCategory.PUBLIC
    headcount = person.headcount
    if not isinstance(headcount, int) or not 1 <= headcount <= MAX_HEADCOUNT:
        v.add("headcount", BAD_HEADCOUNT, max=MAX_HEADCOUNT, value=headcount)
    v.raise_if_any()
    return Registrant(
        name=" ".join(name.split()),
        phone=phone,
        email=person.email.strip(),
        organization=person.organization.strip(),
        category=category,
        headcount=headcount,
        notes=person.notes,
    )


def find_or_add_attendee(s: Session, p: Registrant) -> Attendee:
    """The attendee with this name and phone, else a new one; blank details are filled in."""
    found = None
    if p.phone:
        found = s.scalars(
            select(Attendee).where(Attendee.name == p.name, Attendee.phone == p.phone).limit(1)
        ).first()
    if found is None:
        found = Attendee(
            name=p.name,
            phone=p.phone,
            email=p.email,
            organization=p.organization,
            category=p.category,
            notes=p.notes,
        )
        s.add(found)
    else:
        found.email = found.email or p.email
        found.organization = found.organization or p.organization
    return found


class RegistrationService:
    """Register, walk in, cancel, re-issue, move; every change audited."""

    def __init__(self, store: Store):
        self.store = store

    # ---- registering

    def register(
        self,
        session_id: int,
        person: Registrant,
        *,
        waitlist: bool = True,
        allow_duplicate: bool = False,
    ) -> TicketData:
        """A ticket for ``person`` (a group when ``headcount`` > 1).

        Past capacity the ticket joins the waiting list (status waitlisted, with a position and
        no code yet), or with ``waitlist=False`` CapacityExceeded is raised. The same name and
        phone twice for one session raises Conflict unless ``allow_duplicate``.
        """
        p = validate_registrant(person)
        with writing(self.store) as uow:
            ticket = self._register(
                uow, session_id, p, waitlist=waitlist, allow_duplicate=allow_duplicate
            )
            state = "waitlisted" if ticket.status == TicketStatus.WAITLISTED else "registered"
            uow.audit(
                "create",
                "ticket",
                ticket.id,
                f"{p.name} {state} for session #{session_id} ({p.headcount} place(s))",
                None,
                {"session_id": session_id, "headcount": p.headcount, "status": ticket.status},
            )
            result = to_data(ticket)
            uow.commit()
            return result

    def register_existing(
        self,
        session_id: int,
        attendee_id: int,
        *,
        headcount: int = 1,
        waitlist: bool = True,
    ) -> TicketData:
        """A ticket for someone already in the attendee list (e.g. for a second session)."""
        with writing(self.store) as uow:
            attendee = uow.session.get(Attendee, attendee_id)
            if attendee is None:
                raise NotFound(ATTENDEE_MISSING, id=attendee_id)
            p = validate_registrant(
                Registrant(
                    name=attendee.name,
                    phone=attendee.phone,
                    category=attendee.category,
                    headcount=headcount,
                )
            )
            ticket = self._register(
                uow, session_id, p, waitlist=waitlist, allow_duplicate=False, attendee=attendee
            )
            uow.audit(
                "create",
                "ticket",
                ticket.id,
                f"{attendee.name} registered for session #{session_id} ({headcount} place(s))",
            )
            result = to_data(ticket)
            uow.commit()
            return result

    def walk_in(
        self,
        session_id: int,
        name: str,
        phone: str = "",
        *,
        headcount: int = 1,
        category: AttendeeCategory = AttendeeCategory.PUBLIC,
        admit: bool = True,
        station: str = "",
        operator: str = "",
    ) -> WalkIn:
        """Someone at the door without a ticket: a ticket on the spot, never the waiting list.

        With ``admit`` (the default) they are admitted at once and the scan is logged: the
        result holds the ticket and that scan (its ``scan_id``, for the station's "Undo
        last"), or no scan when ``admit`` is off.
        """
        p = validate_registrant(
            Registrant(
                name=name, phone=phone, headcount=headcount, category=category, notes="walk-in"
            )
        )
        with writing(self.store) as uow:
            ticket = self._register(uow, session_id, p, waitlist=False, allow_duplicate=False)
            scan = None
            if admit:
                scan = admission.log_walk_in(
                    uow.session, ticket, station or "", operator or uow.actor
                )
            uow.audit("create", "ticket", ticket.id, f"walk-in {p.name} at session #{session_id}")
            result = WalkIn(to_data(ticket), scan)
            if scan is not None:
                scan.ticket = result.ticket
            uow.commit()
            return result

    def _register(
        self,
        uow: UnitOfWork,
        session_id: int,
        p: Registrant,
        *,
        waitlist: bool,
        allow_duplicate: bool,
        attendee: Attendee | None = None,
    ) -> Ticket:
        s = uow.session
        sess = cap.lock_session(s, session_id)
        cap.check_open(sess)
        if not allow_duplicate:
            dup = cap.find_duplicate(s, session_id, p.name, p.phone)
            if dup is None and attendee is not None:
                dup = s.scalars(
                    select(Ticket).where(
                        Ticket.session_id == session_id,
                        Ticket.attendee_id == attendee.id,
                        Ticket.status != TicketStatus.CANCELLED,
                    )
                ).first()
            if dup is not None:
                raise cap.refuse_duplicate(dup)
        ring = load_keyring(s)
        taken = cap.booked(s, session_id)
        fits = taken + p.headcount <= sess.capacity
        if not fits and not waitlist:
            raise CapacityExceeded(
                FULL,
                free=max(0, sess.capacity - taken),
                wanted=p.headcount,
                capacity=sess.capacity,
            )
        position = None if fits else cap.waiting_count(s, session_id) + 1
        attendee = attendee or find_or_add_attendee(s, p)
        ticket = Ticket(
            session=sess,
            attendee=attendee,
            kind=TicketKind.GROUP if p.headcount > 1 else TicketKind.SINGLE,
            headcount=p.headcount,
            status=TicketStatus.ACTIVE if fits else TicketStatus.WAITLISTED,
            waitlist_position=position,
        )
        s.add(ticket)
        s.flush()
        if fits:
            cap.issue_code(ticket, ring)
        return ticket

    # ---- changing

    def cancel(self, ticket_id: int, reason: str = "") -> ChangeResult:
        """Cancel a ticket: its code is revoked, freed places go to the waiting list."""
        with writing(self.store) as uow:
            s = uow.session
            ticket = self._load(s, ticket_id)
            sess = cap.lock_session(s, ticket.session_id)
            if ticket.status == TicketStatus.CANCELLED:
                raise Conflict(ALREADY_CANCELLED, id=ticket_id)
            self._refuse_if_used(ticket)
            before = {"status": ticket.status, "generation": ticket.generation}
            was_waiting = ticket.status == TicketStatus.WAITLISTED
            ticket.status = TicketStatus.CANCELLED
            cap.leave_queue(s, ticket)
            cap.revoke_code(ticket)
            promoted = [] if was_waiting else cap.promote_waiting(s, sess, load_keyring(s))
            summary = f"ticket #{ticket_id} of {ticket.attendee.name} cancelled"
            if reason:
                summary += f": {reason}"
            uow.audit("cancel", "ticket", ticket_id, summary, before, {"status": ticket.status})
            self._audit_promoted(uow, promoted)
            result = ChangeResult(to_data(ticket), [to_data(t) for t in promoted])
            uow.commit()
            return result

    def reissue(self, ticket_id: int) -> TicketData:
        """A new code for a lost or shared ticket; the old code is revoked."""
        with writing(self.store) as uow:
            s = uow.session
            ticket = self._load(s, ticket_id)
            if ticket.status != TicketStatus.ACTIVE:
                raise Conflict(NOT_ACTIVE, id=ticket_id, status=ticket.status.value)
            old = ticket.generation
            cap.revoke_code(ticket)
            cap.issue_code(ticket, load_keyring(s))
            uow.audit(
                "reissue",
                "ticket",
                ticket_id,
                f"ticket #{ticket_id} of {ticket.attendee.name} re-issued",
                {"generation": old},
                {"generation": ticket.generation},
            )
            result = to_data(ticket)
            uow.commit()
            return result

    def move(self, ticket_id: int, session_id: int, *, waitlist: bool = False) -> ChangeResult:
        """Move a ticket to another session, capacity-checked there; the code stays valid.

        Places freed in the old session go to its waiting list. If the new session is full the
        move is refused (or with ``waitlist`` the ticket joins the new session's waiting list).
        """
        with writing(self.store) as uow:
            s = uow.session
            ticket = self._load(s, ticket_id)
            if ticket.status == TicketStatus.CANCELLED:
                raise Conflict(ALREADY_CANCELLED, id=ticket_id)
            if ticket.session_id == session_id:
                raise Conflict(SAME_SESSION, id=ticket_id)
            self._refuse_if_used(ticket)
            # Lock both sessions in id order so two opposite moves cannot deadlock.
            first, second = sorted((ticket.session_id, session_id))
            locked = {first: cap.lock_session(s, first), second: cap.lock_session(s, second)}
            old, new = locked[ticket.session_id], locked[session_id]
            cap.check_open(new)
            dup = cap.find_duplicate(
                s, session_id, ticket.attendee.name, ticket.attendee.phone, exclude_ticket=ticket_id
            )
            if dup is not None:
                raise cap.refuse_duplicate(dup)
            ring = load_keyring(s)
            was_active = ticket.status == TicketStatus.ACTIVE
            cap.leave_queue(s, ticket)
            taken = cap.booked(s, session_id)
            ticket.session_id = session_id
            ticket.session = new
            if taken + ticket.headcount <= new.capacity:
                ticket.status = TicketStatus.ACTIVE
                if ticket.code is None:
                    cap.issue_code(ticket, ring)
            elif waitlist:
                s.flush()
                cap.enqueue(ticket, s, session_id)
            else:
                raise CapacityExceeded(
                    FULL,
                    free=max(0, new.capacity - taken),
                    wanted=ticket.headcount,
                    capacity=new.capacity,
                )
            s.flush()
            promoted = cap.promote_waiting(s, old, ring) if was_active else []
            uow.audit(
                "move",
                "ticket",
                ticket_id,
                f"ticket #{ticket_id} of {ticket.attendee.name} moved to session #{session_id}",
                {"session_id": old.id},
                {"session_id": session_id, "status": ticket.status},
            )
            self._audit_promoted(uow, promoted)
            result = ChangeResult(to_data(ticket), [to_data(t) for t in promoted])
            uow.commit()
            return result

    def promote_waiting(self, session_id: int) -> list[TicketData]:
        """Fill free places from the waiting list (e.g. after the session's capacity grew)."""
        with writing(self.store) as uow:
            s = uow.session
            sess = cap.lock_session(s, session_id)
            promoted = cap.promote_waiting(s, sess, load_keyring(s))
            self._audit_promoted(uow, promoted)
            result = [to_data(t) for t in promoted]
            uow.commit()
            return result

    def admit(
        self,
        ticket_code: str,
        session_id: int,
        count: int | None = None,
        station: str = "",
        operator: str = "",
    ) -> AdmitResult:
        """Scan a code at the door; see :func:`scipop.registration.admission.admit`."""
        return admission.admit(self.store, ticket_code, session_id, count, station, operator)

    def rotate_key(self) -> int:
        """A new signing key for new codes; codes already issued keep verifying."""
        return rotate_key(self.store)

    # ---- helpers

    @staticmethod
    def _load(s: Session, ticket_id: int) -> Ticket:
        ticket = load_ticket(s, ticket_id)
        if ticket is None:
            raise NotFound(TICKET_MISSING, id=ticket_id)
        return ticket

    @staticmethod
    def _refuse_if_used(ticket: Ticket) -> None:
        if ticket.arrived:
            raise Conflict(
                ALREADY_ARRIVED, id=ticket.id, arrived=ticket.arrived, headcount=ticket.headcount
            )

    @staticmethod
    def _audit_promoted(uow: UnitOfWork, promoted: list[Ticket]) -> None:
        for t in promoted:
            uow.audit(
                "promote",
                "ticket",
                t.id,
                f"{t.attendee.name} promoted from the waiting list of session #{t.session_id}",
                {"status": "waitlisted"},
                {"status": "active"},
            )
