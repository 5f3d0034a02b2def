"""Places, the waiting list and duplicates, inside a caller's writing unit of work.

Every function here runs in a transaction the service opened with ``BEGIN IMMEDIATE``
(SQLite) after locking the session row (``FOR UPDATE`` on PostgreSQL), so the counts it reads
cannot change before the caller commits.
"""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from scipop.errors import Conflict, NotFound
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import Attendee, SessionStatus, Ticket, TicketStatus
from scipop.models import Session as EventSession
from scipop.redact import mask_phone
from scipop.services.sessions import SESSION_MISSING
from scipop.tickets.codes import KeyRing
from scipop.timeutil import fmt_local

SESSION_CANCELLED = QT_TRANSLATE_NOOP(
    "errors", "The session '{title}' at {start} was cancelled; nobody can register for it."
)
DUPLICATE_PERSON = QT_TRANSLATE_NOOP(
    "errors", "{name} ({phone}) is already registered for this session (ticket #{ticket})."
)


def lock_session(s: Session, session_id: int) -> EventSession:
    """The session row, locked against concurrent registrations until commit."""
    sess = s.scalars(
        select(EventSession).where(EventSession.id == session_id).with_for_update()
    ).first()
    if sess is None:
        raise NotFound(SESSION_MISSING, id=session_id)
    return sess


def check_open(sess: EventSession) -> None:
    if sess.status == SessionStatus.CANCELLED:
        raise Conflict(
            SESSION_CANCELLED, title=sess.title or sess.event.title, start=fmt_local(sess.starts_at)
        )


def booked(s: Session, session_id: int) -> int:
    """Places taken: the headcounts of the session's active tickets."""
    q = select(func.coalesce(func.sum(Ticket.headcount), 0)).where(
        Ticket.session_id == session_id, Ticket.status == TicketStatus.ACTIVE
    )
    return int(s.scalar(q) or 0)


def waiting_count(s: Session, session_id: int, *, exclude: int | None = None) -> int:
    q = select(func.count()).where(
        Ticket.session_id == session_id, Ticket.status == TicketStatus.WAITLISTED
    )
    if exclude is not None:
        q = q.where(Ticket.id != exclude)
    return int(s.scalar(q) or 0)


def enqueue(ticket: Ticket, s: Session, session_id: int) -> None:
    """Put ``ticket`` at the end of the session's waiting list (positions run 1..n)."""
    position = waiting_count(s, session_id, exclude=ticket.id) + 1
    ticket.status = TicketStatus.WAITLISTED
    ticket.waitlist_position = position


def leave_queue(s: Session, ticket: Ticket) -> None:
    """Take ``ticket`` off its waiting list and close the gap behind it."""
    position = ticket.waitlist_position
    ticket.waitlist_position = None
    if position is None:
        return
    s.flush()
    s.execute(
        update(Ticket)
        .where(
            Ticket.session_id == ticket.session_id,
            Ticket.status == TicketStatus.WAITLISTED,
            Ticket.waitlist_position > position,
        )
        .values(waitlist_position=Ticket.waitlist_position - 1)
        .execution_options(synchronize_session="fetch")
    )


def promote_waiting(s: Session, sess: EventSession, ring: KeyRing) -> list[Ticket]:
    """Give free places to the waiting list in order.

    An entry too big for the places left (a school class) keeps its place and waits; smaller
    entries behind it that fit are promoted, so seats never stay empty while someone who
    would fit is waiting.
    """
    s.flush()
    free = sess.capacity - booked(s, sess.id)
    if free <= 0:
        return []
    waiting = s.scalars(
        select(Ticket)
        .where(Ticket.session_id == sess.id, Ticket.status == TicketStatus.WAITLISTED)
        .order_by(Ticket.waitlist_position, Ticket.id)
    ).all()
    promoted = []
    for ticket in waiting:
        if ticket.headcount <= free:
            free -= ticket.headcount
            ticket.status = TicketStatus.ACTIVE
            ticket.waitlist_position = None
            issue_code(ticket, ring)
            promoted.append(ticket)
        if free <= 0:
            break
    if promoted:
        renumber(s, sess.id)
    return promoted


def renumber(s: Session, session_id: int) -> None:
    s.flush()
    waiting = s.scalars(
        select(Ticket)
        .where(Ticket.session_id == session_id, Ticket.status == TicketStatus.WAITLISTED)
        .order_by(Ticket.waitlist_position, Ticket.id)
    ).all()
    for i, ticket in enumerate(waiting, start=1):
        ticket.waitlist_position = i


def issue_code(ticket: Ticket, ring: KeyRing) -> None:
    """Sign the ticket's current generation (the ticket must have its id)."""
    ticket.key_id = ring.signing_id
    ticket.code = ring.sign(ticket.id, ticket.generation)


def revoke_code(ticket: Ticket) -> None:
    """The printed code stops working: it still verifies, but its generation is stale."""
    ticket.generation += 1
    ticket.code = None


def find_duplicate(
    s: Session, session_id: int, name: str, phone: str, *, exclude_ticket: int | None = None
) -> Ticket | None:
    """A live ticket of the same person (same name and phone) for the session, if any."""
    if not phone:
        return None
    q = (
        select(Ticket)
        .join(Attendee)
        .where(
            Ticket.session_id == session_id,
            Ticket.status != TicketStatus.CANCELLED,
            Attendee.name == name,
            Attendee.phone == phone,
        )
    )
    if exclude_ticket is not None:
        q = q.where(Ticket.id != exclude_ticket)
    return s.scalars(q.limit(1)).first()


def refuse_duplicate(ticket: Ticket) -> Conflict:
    return Conflict(
        DUPLICATE_PERSON,
        name=ticket.attendee.name,
        phone=mask_phone(ticket.attendee.phone),
        ticket=ticket.id,
    )
