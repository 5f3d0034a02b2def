"""A big Attendees table for benchmarks and screenshots: the demo season plus tickets.

``scipop demo --attendees N`` makes people but no tickets; this fills the season's sessions
with them (groups for some teachers, a short waiting list per session) in one bulk insert,
with signed codes, the way the importer writes them.
"""

from __future__ import annotations

import random
from pathlib import Path

from sqlalchemy import func, insert, select

from scipop.demo import load_demo
from scipop.models import Attendee, AttendeeCategory, Ticket, TicketKind, TicketStatus
from scipop.models import Session as EventSession
from scipop.store.uow import Store
from scipop.tickets.keys import load_keyring
from scipop.timeutil import utcnow

WAITING_PER_SESSION = 6


def seed_tickets(store: Store, seed: int = 7) -> int:
    """Tickets for the attendees, session after session until its places are taken (every
    fourth session keeps some free); returns how many tickets were made. Attendees left over
    keep no ticket."""
    rnd = random.Random(seed)
    with store.uow(write=True) as uow:
        s = uow.session
        sessions = s.execute(
            select(EventSession.id, EventSession.capacity).order_by(EventSession.starts_at)
        ).all()
        people = s.execute(select(Attendee.id, Attendee.category).order_by(Attendee.id)).all()
        rnd.shuffle(people)
        ring = load_keyring(s)
        next_id = (s.scalar(select(func.max(Ticket.id))) or 0) + 1
        now = utcnow()
        rows = []
        queue = iter(people)
        for i, (session_id, capacity) in enumerate(sessions):
            keep_free = i % 4 == 3  # some sessions keep places free, to register into
            free, waiting = (capacity * 7 // 10 if keep_free else capacity), 0
            for attendee_id, category in queue:
                group = category == AttendeeCategory.TEACHER and rnd.random() < 0.3
                heads = rnd.randint(20, 40) if group else 1
                active = heads <= free
                if not active and keep_free:
                    break  # this attendee stays without a ticket
                if active:
                    free -= heads
                else:
                    waiting += 1
                rows.append(
                    {
                        "id": next_id,
                        "session_id": session_id,
                        "attendee_id": attendee_id,
                        "kind": TicketKind.GROUP if heads > 1 else TicketKind.SINGLE,
                        "headcount": heads,
                        "arrived": 0,
                        "status": TicketStatus.ACTIVE if active else TicketStatus.WAITLISTED,
                        "waitlist_position": None if active else waiting,
                        "generation": 1,
                        "key_id": ring.signing_id if active else None,
                        "code": ring.sign(next_id, 1) if active else None,
                        "first_scan_station": "",
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                next_id += 1
                if waiting >= WAITING_PER_SESSION or (keep_free and not free):
                    break
        s.execute(insert(Ticket), rows)
        uow.commit()
        return len(rows)


def build_database(path: Path, attendees: int) -> Path:
    """A demo database with ``attendees`` extra people and their tickets (made once)."""
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    for leftover in path.parent.glob(partial.name + "*"):
        leftover.unlink()
    store = Store.open(str(partial), actor="benchmark")
    try:
        load_demo(store, attendees=attendees)
        seed_tickets(store)
    finally:
        store.dispose()
    partial.rename(path)
    return path
