"""One session row as every booking path writes it: load, copy a checked draft, audit.

The one-session service, series, "this and the following" and the schedule import all
build on these; none of them builds on another.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session, object_session

from scipop.errors import not_found
from scipop.models import Room
from scipop.models import Session as EventSession
from scipop.scheduling.rules import Checked, Problem, SessionDraft, first_problem
from scipop.services.sessions import SESSION_MISSING
from scipop.timeutil import fmt_local, to_local, to_utc

AUDITED = (
    "event_id",
    "room_id",
    "series_id",
    "title",
    "starts_at",
    "ends_at",
    "capacity",
    "setup_minutes",
    "teardown_minutes",
    "outside_hours",
    "status",
)


def load_session(s: Session, session_id: int) -> EventSession:
    """The session row; NotFound when there is none."""
    x = s.get(EventSession, session_id)
    if x is None:
        raise not_found(SESSION_MISSING, session_id)
    return x


def snapshot(x: EventSession) -> dict[str, Any]:
    """The audited fields of a session, for an audit entry's before/after."""
    return {f: getattr(x, f) for f in AUDITED}


def describe(x: EventSession) -> str:
    """The session as an audit entry names it: "Event @ Hall 2026-12-05 10:00–10:30"."""
    return (
        f"{x.event.title} @ {x.room.name} {fmt_local(x.starts_at)}–{fmt_local(x.ends_at, '%H:%M')}"
    )


def draft_from(x: EventSession, **changes: Any) -> SessionDraft:
    """The draft that would leave ``x`` as it is, with ``changes`` applied."""
    draft = SessionDraft(
        event_id=x.event_id,
        room_id=x.room_id,
        starts_at=x.starts_at,
        ends_at=x.ends_at,
        capacity=x.capacity,
        title=x.title,
        setup_minutes=x.setup_minutes,
        teardown_minutes=x.teardown_minutes,
        outside_hours=x.outside_hours,
    )
    return replace(draft, **changes)


def apply(x: EventSession, c: Checked) -> None:
    """Copy a checked draft onto the session row (its volunteers' shifts move with it)."""
    d = c.draft
    before = (x.starts_at, x.ends_at, x.room_id) if x.id is not None else None
    x.event_id = c.event.id
    x.room_id = c.room.id
    x.title = d.title.strip()
    x.starts_at = c.starts_at
    x.ends_at = c.ends_at
    x.capacity = c.capacity
    x.setup_minutes = d.setup_minutes
    x.teardown_minutes = d.teardown_minutes
    x.outside_hours = bool(d.outside_hours)
    if before is not None:
        from scipop.volunteers.follow import follow_session

        follow_session(object_session(x), x.id, before, (x.starts_at, x.ends_at, x.room_id))


def same_days(x: EventSession, draft: SessionDraft) -> bool:
    """The draft keeps the session on the same local day(s) at the same venue."""
    room = x.room if draft.room_id == x.room_id else None
    if room is None:
        other = object_session(x).get(Room, draft.room_id)
        if other is None or other.venue_id != x.room.venue_id:
            return False
    return (
        to_local(to_utc(draft.starts_at)).date() == to_local(x.starts_at).date()
        and to_local(to_utc(draft.ends_at)).date() == to_local(x.ends_at).date()
    )


def checked_or_raise(result: Checked | list[Problem]) -> Checked:
    """The checked booking, or the error for the rules it breaks."""
    if isinstance(result, Checked):
        return result
    raise first_problem(result)
