"""Closed days and public holidays: the days a venue (or every venue) takes no sessions.

Bookings on them are refused unless allowed (see :mod:`scipop.scheduling.rules`), and a
series leaves them out when asked to (:mod:`scipop.scheduling.recurrence`). This service
lists, adds (a day or a range, with its reason: 元旦, 春节) and removes them, audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, or_, select

from scipop.errors import Validator, not_found
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import ClosedDay, Room, SessionStatus, Venue
from scipop.models import Session as EventSession
from scipop.services.base import writing
from scipop.store.uow import Store
from scipop.timeutil import to_utc

MAX_DAYS = 366  # one range at a time: a year at most
REASON_LENGTH = 200
MISSING = QT_TRANSLATE_NOOP("errors", "Closed day #{id} does not exist.")
VENUE_MISSING = QT_TRANSLATE_NOOP("errors", "Venue #{id} does not exist.")


@dataclass(frozen=True)
class ClosedDayData:
    id: int
    day: date
    venue_id: int | None  # None: every venue is closed (a public holiday)
    reason: str


@dataclass(frozen=True)
class ClosedDaysAdded:
    days: list[ClosedDayData]
    sessions_booked: int  # sessions already booked on those days (they stay; not cancelled)


class ClosedDayService:
    def __init__(self, store: Store):
        self.store = store

    def list(self, venue_id: int | None = None) -> list[ClosedDayData]:
        """The days closing ``venue_id`` (its own and every venue's), or every day listed."""
        with self.store.uow() as uow:
            q = select(ClosedDay).order_by(ClosedDay.day, ClosedDay.venue_id)
            if venue_id is not None:
                q = q.where(or_(ClosedDay.venue_id == venue_id, ClosedDay.venue_id.is_(None)))
            return [_dto(c) for c in uow.session.scalars(q)]

    def add(
        self, first: date, last: date | None, reason: str, venue_id: int | None
    ) -> ClosedDaysAdded:
        """Close ``first``..``last`` (one day when ``last`` is None) for the venue, or for
        every venue when ``venue_id`` is None. A day already closed is refused, by name."""
        last = first if last is None else last
        reason = (reason or "").strip()
        v = Validator()
        if last < first:
            v.add(
                "last_day",
                QT_TRANSLATE_NOOP("errors", "The last day ({last}) is before the first ({first})."),
                first=first.isoformat(),
                last=last.isoformat(),
            )
        elif (last - first).days + 1 > MAX_DAYS:
            v.add(
                "last_day",
                QT_TRANSLATE_NOOP(
                    "errors", "Close at most {max} days at a time (this range has {count})."
                ),
                max=MAX_DAYS,
                count=(last - first).days + 1,
            )
        if len(reason) > REASON_LENGTH:
            v.add(
                "reason",
                QT_TRANSLATE_NOOP(
                    "errors", "The reason is {count} characters long; at most {max} fit."
                ),
                count=len(reason),
                max=REASON_LENGTH,
            )
        v.raise_if_any()
        days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        with writing(self.store) as uow:
            s = uow.session
            if venue_id is not None and s.get(Venue, venue_id) is None:
                raise not_found(VENUE_MISSING, venue_id)
            scope = (
                ClosedDay.venue_id.is_(None)
                if venue_id is None
                else or_(ClosedDay.venue_id == venue_id, ClosedDay.venue_id.is_(None))
            )
            taken = s.scalars(
                select(ClosedDay)
                .where(ClosedDay.day >= first, ClosedDay.day <= last, scope)
                .order_by(ClosedDay.day)
            ).first()
            if taken is not None:
                v.add(
                    "first_day",
                    QT_TRANSLATE_NOOP(
                        "errors", "{day} is already a closed day ({reason}); choose other days."
                    ),
                    day=taken.day.isoformat(),
                    reason=taken.reason or "—",
                )
                v.raise_if_any()
            added = [ClosedDay(day=d, venue_id=venue_id, reason=reason) for d in days]
            s.add_all(added)
            s.flush()
            for c in added:
                uow.audit(
                    "create",
                    "closed_day",
                    c.id,
                    f"{c.day.isoformat()} {reason}".strip(),
                    None,
                    {"day": c.day, "venue_id": venue_id, "reason": reason},
                )
            booked = _sessions_on(s, first, last, venue_id)
            result = ClosedDaysAdded([_dto(c) for c in added], booked)
            uow.commit()
            return result

    def remove(self, ids: list[int]) -> None:
        """Open these days again (all or nothing)."""
        with writing(self.store) as uow:
            s = uow.session
            for ident in ids:
                c = s.get(ClosedDay, ident)
                if c is None:
                    raise not_found(MISSING, ident)
                before = {"day": c.day, "venue_id": c.venue_id, "reason": c.reason}
                summary = f"{c.day.isoformat()} {c.reason}".strip()
                s.delete(c)
                uow.audit("delete", "closed_day", ident, summary, before, None)
            uow.commit()


def _dto(c: ClosedDay) -> ClosedDayData:
    return ClosedDayData(c.id, c.day, c.venue_id, c.reason)


def _sessions_on(s, first: date, last: date, venue_id: int | None) -> int:
    """Sessions (not cancelled) starting on these days in the venue's rooms (or anywhere)."""
    start = to_utc(datetime.combine(first, time(0, 0)))
    end = to_utc(datetime.combine(last + timedelta(days=1), time(0, 0)))
    q = (
        select(func.count())
        .select_from(EventSession)
        .where(
            EventSession.starts_at >= start,
            EventSession.starts_at < end,
            EventSession.status != SessionStatus.CANCELLED,
        )
    )
    if venue_id is not None:
        q = q.join(Room, EventSession.room_id == Room.id).where(Room.venue_id == venue_id)
    return int(s.scalar(q) or 0)
