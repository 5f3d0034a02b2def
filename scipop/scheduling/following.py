"""Changing "this and the following" occurrences of a series, all or nothing.

One occurrence alone is edited with the ordinary :class:`SchedulingService` methods
(:mod:`scipop.scheduling.service`); it stays in its series. Editing this and the following
ones splits the series there: the changed occurrences move to a new Series row whose rule
records the change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from scipop.errors import Conflict, DomainError
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import Series, SessionStatus
from scipop.models import Session as EventSession
from scipop.scheduling.booking import (
    apply,
    describe,
    draft_from,
    load_session,
    same_days,
    snapshot,
)
from scipop.scheduling.conflicts import Pending
from scipop.scheduling.rules import Checked, Planner, refusal_summary
from scipop.services.base import writing
from scipop.services.sessions import SessionData, load_data
from scipop.store.uow import Store
from scipop.timeutil import to_local, utcnow

FOLLOWING_REFUSED = QT_TRANSLATE_NOOP(
    "errors", "Nothing was changed: {count} of the sessions cannot be changed so: {details}"
)


@dataclass
class FollowingChange:
    """What to change on this occurrence and the ones after it (None = keep)."""

    shift: timedelta = timedelta(0)  # move every start and end by this much
    duration_minutes: int | None = None  # new length of each session
    room_id: int | None = None
    capacity: int | None = None
    title: str | None = None
    setup_minutes: int | None = None
    teardown_minutes: int | None = None
    outside_hours: bool | None = None
    allow_closed_day: bool = False


@dataclass
class Refusal:
    session_id: int
    starts_at: datetime
    error: DomainError

    @property
    def message(self) -> str:
        return self.error.message


class FollowingRefused(Conflict):
    """Some occurrences would clash or break a rule; ``refusals`` lists each one."""

    def __init__(self, refusals: list[Refusal]):
        self.refusals = refusals
        details = refusal_summary(refusals)
        super().__init__(FOLLOWING_REFUSED, count=len(refusals), details=details)


def this_and_following(s: Session, session_id: int) -> list[EventSession]:
    """The session and the scheduled sessions of its series starting at or after it."""
    x = load_session(s, session_id)
    if x.series_id is None:
        return [x]
    rest = s.scalars(
        select(EventSession)
        .where(
            EventSession.series_id == x.series_id,
            EventSession.starts_at >= x.starts_at,
            EventSession.status == SessionStatus.SCHEDULED,
            EventSession.id != x.id,
        )
        .order_by(EventSession.starts_at)
    ).all()
    return [x, *rest]


def edit_following(store: Store, session_id: int, change: FollowingChange) -> list[SessionData]:
    """Apply ``change`` to the session and the following ones of its series, all or nothing."""
    with writing(store) as uow:
        s = uow.session
        targets = this_and_following(s, session_id)
        ids = [x.id for x in targets]
        planner = Planner(s, lock=True)
        pending = Pending()
        checked: list[tuple[EventSession, Checked]] = []
        refusals: list[Refusal] = []
        for x in targets:
            draft = _draft(x, change)
            if same_days(x, draft):
                draft = replace(draft, allow_closed_day=True)
            result = planner.check(draft, session_id=x.id, ignore=ids, pending=pending)
            if isinstance(result, Checked):
                pending.add(result.slot(series=True))
                checked.append((x, result))
            else:
                refusals.append(Refusal(x.id, x.starts_at, result[0].error))
        if refusals:
            raise FollowingRefused(refusals)
        series_id = _split(s, targets[0], change)
        for x, c in checked:
            before = snapshot(x)
            apply(x, c)
            x.series_id = series_id
            s.flush()
            uow.audit("update", "session", x.id, describe(x), before, snapshot(x))
        s.flush()
        s.expire_all()
        out = [load_data(s, i) for i in ids]
        uow.commit()
        return out


def cancel_following(store: Store, session_id: int) -> list[SessionData]:
    """Cancel the session and the following ones of its series."""
    with writing(store) as uow:
        s = uow.session
        targets = this_and_following(s, session_id)
        for x in targets:
            if x.status == SessionStatus.CANCELLED:
                continue
            before = snapshot(x)
            x.status = SessionStatus.CANCELLED
            s.flush()
            uow.audit("cancel", "session", x.id, describe(x), before, snapshot(x))
        out = [load_data(s, x.id) for x in targets]
        uow.commit()
        return out


def _draft(x: EventSession, change: FollowingChange):
    start = x.starts_at + change.shift
    length = (
        timedelta(minutes=change.duration_minutes)
        if change.duration_minutes is not None
        else x.ends_at - x.starts_at
    )
    updates = {
        "starts_at": start,
        "ends_at": start + length,
        "allow_closed_day": change.allow_closed_day,
    }
    for name in ("room_id", "capacity", "title", "setup_minutes", "teardown_minutes"):
        value = getattr(change, name)
        if value is not None:
            updates[name] = value
    if change.outside_hours is not None:
        updates["outside_hours"] = change.outside_hours
    return draft_from(x, **updates)


def _split(s: Session, first: EventSession, change: FollowingChange) -> int | None:
    """The series the changed sessions belong to: a new one unless they are all of it."""
    if first.series_id is None:
        return None
    old = s.get(Series, first.series_id)
    earlier = s.scalar(
        select(EventSession.id)
        .where(EventSession.series_id == first.series_id, EventSession.starts_at < first.starts_at)
        .limit(1)
    )
    rule = json.loads(old.rule or "{}") if old else {}
    rule["changed"] = {
        "shift_minutes": change.shift.total_seconds() / 60,
        **{
            k: getattr(change, k)
            for k in ("duration_minutes", "room_id", "capacity", "title")
            if getattr(change, k) is not None
        },
    }
    if earlier is None and old is not None:
        old.rule = json.dumps(rule, ensure_ascii=False)
        return old.id
    rule["split_from"] = first.series_id
    rule["first_day"] = to_local(first.starts_at + change.shift).date().isoformat()
    new = Series(
        event_id=first.event_id, rule=json.dumps(rule, ensure_ascii=False), created_at=utcnow()
    )
    s.add(new)
    s.flush()
    return new.id
