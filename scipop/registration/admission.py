"""Admitting people at the door: first scan wins, groups arrive in parts, every scan logged.

This is the core the check-in station builds on: the code's signature is checked before any
lookup, places are taken with one conditional UPDATE (so two stations scanning the same code
at the same moment cannot both admit it), and every scan, accepted or not, gets a Scan row
with its verdict and reason. Opening hours (not yet open, closed) are the station's to add.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import case, update
from sqlalchemy.orm import Session

from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import Scan, ScanVerdict, Ticket, TicketStatus
from scipop.registration.dto import AdmitResult
from scipop.registration.queries import load_ticket, to_data
from scipop.store.uow import Store
from scipop.tickets.codes import NOT_A_CODE, InvalidCode
from scipop.tickets.keys import load_keyring
from scipop.timeutil import fmt_local, utcnow

WELCOME = QT_TRANSLATE_NOOP("scan", "Welcome, {name}.")
GROUP_ARRIVED = QT_TRANSLATE_NOOP(
    "scan", "{name}: {count} admitted now, {arrived} of {headcount} arrived."
)
NO_SUCH_TICKET = QT_TRANSLATE_NOOP("scan", "Genuine code, but its ticket #{id} no longer exists.")
REVOKED = QT_TRANSLATE_NOOP(
    "scan", "{name}'s code was revoked (the ticket was re-issued or cancelled)."
)
WAITING = QT_TRANSLATE_NOOP("scan", "{name} is still on the waiting list (position {position}).")
WRONG_SESSION = QT_TRANSLATE_NOOP(
    "scan", "{name}'s ticket is for another session: {event} at {start}, {room}."
)
ALREADY_USED = QT_TRANSLATE_NOOP(
    "scan", "Already used: {name} was admitted at {first_at} at {first_station}."
)
TOO_MANY = QT_TRANSLATE_NOOP(
    "scan", "{name}'s group has only {remaining} of {headcount} places left, not {count}."
)
BAD_COUNT = QT_TRANSLATE_NOOP("scan", "Admit at least one person (asked for {count}).")
WALK_IN = QT_TRANSLATE_NOOP("scan", "Walk-in {name} registered and admitted.")


def _log(
    s: Session,
    *,
    raw: str,
    station: str,
    operator: str,
    now: datetime,
    verdict: ScanVerdict,
    template: str,
    params: dict[str, Any],
    ticket_id: int | None = None,
    session_id: int | None = None,
    admitted: int = 0,
    context: str = "scan",
) -> AdmitResult:
    scan = Scan(
        ticket_id=ticket_id,
        session_id=session_id,
        raw_code=raw[:200],
        station=station[:100],
        operator=operator[:100],
        scanned_at=now,
        verdict=verdict,
        admitted=admitted,
        reason=template.format(**params)[:300],
        reason_detail=json.dumps(
            {"context": context, "template": template, "params": params},
            ensure_ascii=False,
            default=str,
        ),
    )
    s.add(scan)
    s.flush()
    return AdmitResult(verdict, admitted, template, params, scan_id=scan.id, context=context)


def log_walk_in(s: Session, ticket: Ticket, station: str, operator: str) -> None:
    """A walk-in registered at the door is inside at once: mark arrival and log it."""
    now = utcnow()
    ticket.arrived = ticket.headcount
    ticket.first_scan_at = now
    ticket.first_scan_station = station[:100]
    s.flush()
    _log(
        s,
        raw=ticket.code or "",
        station=station,
        operator=operator,
        now=now,
        verdict=ScanVerdict.ACCEPTED,
        template=WALK_IN,
        params={"name": ticket.attendee.name},
        ticket_id=ticket.id,
        session_id=ticket.session_id,
        admitted=ticket.headcount,
    )


def admit(
    store: Store,
    ticket_code: str,
    session_id: int,
    count: int | None = None,
    station: str = "",
    operator: str = "",
) -> AdmitResult:
    """Scan ``ticket_code`` at the door of ``session_id``: admit ``count`` people of it.

    ``count`` None means everyone not yet admitted (1 for a single ticket). A group can come
    in parts: 32 of 40 now, the other 8 later with the same code. Never raises for a bad code:
    the verdict says why it was refused, and the scan is logged either way.
    """
    with store.uow(write=True, actor=operator or None) as uow:
        s = uow.session
        now = utcnow()
        operator = operator or uow.actor
        common = {"raw": ticket_code or "", "station": station, "operator": operator, "now": now}
        ring = load_keyring(s, create=False)
        try:
            if ring is None:
                raise InvalidCode(NOT_A_CODE, code=(ticket_code or "")[:40])
            parts = ring.verify(ticket_code)
        except InvalidCode as exc:
            result = _log(
                s,
                **common,
                verdict=ScanVerdict.INVALID,
                template=exc.template,
                params=exc.params,
                session_id=session_id,
                context="errors",  # the code messages are domain errors
            )
            uow.commit()
            return result
        ticket = load_ticket(s, parts.ticket_id)
        if ticket is None:
            result = _log(
                s,
                **common,
                verdict=ScanVerdict.INVALID,
                template=NO_SUCH_TICKET,
                params={"id": parts.ticket_id},
                session_id=session_id,
            )
            uow.commit()
            return result
        result = _judge(s, ticket, parts.generation, session_id, count, common)
        result.ticket = to_data(ticket)
        uow.commit()
        return result


def _judge(
    s: Session,
    ticket: Ticket,
    generation: int,
    session_id: int,
    count: int | None,
    common: dict[str, Any],
) -> AdmitResult:
    name = ticket.attendee.name
    ids = {"ticket_id": ticket.id, "session_id": session_id}
    if ticket.generation != generation or ticket.status == TicketStatus.CANCELLED:
        return _log(
            s, **common, **ids, verdict=ScanVerdict.REVOKED, template=REVOKED, params={"name": name}
        )
    if ticket.status == TicketStatus.WAITLISTED:
        return _log(
            s,
            **common,
            **ids,
            verdict=ScanVerdict.FULL,
            template=WAITING,
            params={"name": name, "position": ticket.waitlist_position},
        )
    if ticket.session_id != session_id:
        sess = ticket.session
        return _log(
            s,
            **common,
            **ids,
            verdict=ScanVerdict.WRONG_SESSION,
            template=WRONG_SESSION,
            params={
                "name": name,
                "event": sess.event.title,
                "room": sess.room.name,
                "start": fmt_local(sess.starts_at),
            },
        )
    remaining = ticket.headcount - ticket.arrived
    wanted = remaining if count is None else count
    if wanted < 1 and remaining > 0:
        return _log(
            s,
            **common,
            **ids,
            verdict=ScanVerdict.INVALID,
            template=BAD_COUNT,
            params={"count": wanted},
        )
    now = common["now"]
    done = s.execute(
        update(Ticket)
        .where(
            Ticket.id == ticket.id,
            Ticket.generation == generation,
            Ticket.status == TicketStatus.ACTIVE,
            Ticket.arrived + max(wanted, 1) <= Ticket.headcount,
        )
        .values(
            arrived=Ticket.arrived + max(wanted, 1),
            first_scan_at=case((Ticket.first_scan_at.is_(None), now), else_=Ticket.first_scan_at),
            first_scan_station=case(
                (Ticket.first_scan_at.is_(None), common["station"][:100]),
                else_=Ticket.first_scan_station,
            ),
        )
        .execution_options(synchronize_session=False)
    ).rowcount
    s.refresh(ticket)
    if done == 1:
        if ticket.headcount == 1:
            verdict, template = ScanVerdict.ACCEPTED, WELCOME
        else:
            full = ticket.arrived == ticket.headcount
            verdict = ScanVerdict.ACCEPTED if full else ScanVerdict.PARTIAL
            template = GROUP_ARRIVED
        return _log(
            s,
            **common,
            **ids,
            verdict=verdict,
            template=template,
            admitted=wanted,
            params={
                "name": name,
                "count": wanted,
                "arrived": ticket.arrived,
                "headcount": ticket.headcount,
            },
        )
    left = ticket.headcount - ticket.arrived
    if left > 0:
        return _log(
            s,
            **common,
            **ids,
            verdict=ScanVerdict.DUPLICATE,
            template=TOO_MANY,
            params={
                "name": name,
                "remaining": left,
                "headcount": ticket.headcount,
                "count": wanted,
            },
        )
    return _log(
        s,
        **common,
        **ids,
        verdict=ScanVerdict.DUPLICATE,
        template=ALREADY_USED,
        params={
            "name": name,
            "first_at": fmt_local(ticket.first_scan_at, "%H:%M:%S"),
            "first_station": ticket.first_scan_station or "?",
        },
    )
