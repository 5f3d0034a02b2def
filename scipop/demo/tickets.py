"""Demo registrations: tickets for today's and the coming days' sessions, two school groups,
a full sphere show with a waiting list, and a few people already through the door.

Runs inside :func:`scipop.demo.loader.load_demo`'s unit of work (``add_demo_tickets(s, …)``),
after the season and the attendees were added, with the same rules the desk uses.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from scipop.models import (
    Attendee,
    AttendeeCategory,
    Event,
    ScanVerdict,
    Ticket,
    TicketKind,
    TicketStatus,
)
from scipop.models import Session as EventSession
from scipop.registration import capacity as cap
from scipop.registration import verdicts as V
from scipop.registration.scanlog import safe_text, write_scan
from scipop.tickets.keys import load_keyring
from scipop.timeutil import local_zone, to_local

GROUP_SIZES = (41, 36)  # pupils + their teacher, booked by the teacher on one code


def add_demo_tickets(s: Session, *, today: date, now: datetime, seed: int = 1) -> int:
    """Register demo attendees for the next week's sessions; returns the tickets made."""
    rng = random.Random(seed + 4)
    start = datetime.combine(today, datetime.min.time(), tzinfo=local_zone())
    sessions = s.scalars(
        select(EventSession)
        .join(Event)
        .where(EventSession.starts_at >= start - timedelta(hours=3))
        .where(EventSession.starts_at < start + timedelta(days=8))
        .order_by(EventSession.starts_at)
    ).all()
    people = list(s.scalars(select(Attendee).order_by(Attendee.id).limit(300)))
    if not sessions or not people:
        return 0
    ring = load_keyring(s)
    made: list[Ticket] = []
    teachers = [p for p in people if p.category == AttendeeCategory.TEACHER and p.organization]
    teachers = teachers[: len(GROUP_SIZES)]
    pool = iter(rng.sample([p for p in people if p not in teachers], len(people) - len(teachers)))

    def book(sess: EventSession, person: Attendee, headcount: int = 1) -> Ticket | None:
        taken = cap.booked(s, sess.id)
        fits = taken + headcount <= sess.capacity
        position = None if fits else cap.waiting_count(s, sess.id) + 1
        ticket = Ticket(
            session=sess,
            attendee=person,
            kind=TicketKind.GROUP if headcount > 1 else TicketKind.SINGLE,
            headcount=headcount,
            status=TicketStatus.ACTIVE if fits else TicketStatus.WAITLISTED,
            waitlist_position=position,
        )
        s.add(ticket)
        s.flush()
        if fits:
            cap.issue_code(ticket, ring)
        made.append(ticket)
        return ticket

    def take(n: int) -> list[Attendee]:
        return [p for _, p in zip(range(n), pool, strict=False)]

    running = [x for x in sessions if x.starts_at <= now < x.ends_at and x.capacity >= 40]
    running.sort(key=lambda x: not x.title)  # the titled public lecture first
    for sess in running[:1]:  # the public lecture on now: 40 registered, 12 already inside
        tickets = [book(sess, p) for p in take(40)]
        for i, t in enumerate(tickets[:12]):
            _arrived(s, t, now - timedelta(minutes=25 - i), "报告厅 东门")
    shows = [x for x in sessions if x.room.name.startswith("球幕") and x.starts_at > now][:4]
    for i, sess in enumerate(shows):
        count = sess.capacity + 3 if i == 0 else rng.randint(15, 45)  # the first one is full
        for p in take(count):
            book(sess, p)
    theme = [x for x in sessions if x.room.shareable and to_local(x.starts_at).date() > today][:2]
    for sess, teacher, headcount in zip(theme, teachers, GROUP_SIZES, strict=False):
        teacher.notes = f"带队老师，{headcount - 1} 名学生"
        book(sess, teacher, headcount)
        for p in take(10):
            book(sess, p)
    s.flush()
    return len(made)


def _arrived(s: Session, ticket: Ticket, at: datetime, station: str) -> None:
    """``ticket`` admitted at ``station`` at ``at``: logged the way the door logs it."""
    ticket.arrived = ticket.headcount
    ticket.session.in_hall += ticket.headcount  # the doors' count of who is inside
    ticket.first_scan_at = at
    ticket.first_scan_station = safe_text(station, 100)
    s.flush()
    write_scan(
        s,
        raw=ticket.code or "",
        station=station,
        operator="志愿者",
        now=at,
        verdict=ScanVerdict.ACCEPTED,
        template=V.WELCOME if ticket.headcount == 1 else V.GROUP_ARRIVED,
        params={
            "name": ticket.attendee.name,
            "count": ticket.headcount,
            "arrived": ticket.arrived,
            "headcount": ticket.headcount,
        },
        ticket_id=ticket.id,
        session_id=ticket.session_id,
        admitted=ticket.headcount,
    )
