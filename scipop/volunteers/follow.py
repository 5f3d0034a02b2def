"""Shifts follow their session: when a session moves, its shifts move with it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from scipop.models import Shift
from scipop.store.uow import audit_in


def follow_session(
    s: Session,
    session_id: int,
    old: tuple[datetime, datetime, int],
    new: tuple[datetime, datetime, int],
) -> int:
    """Move the session's shifts as the session moved from ``old`` to ``new`` (start, end,
    room): a shift's start moves with the session's start, its end with the session's end,
    and a shift in the session's hall goes to the new hall. Returns how many moved."""
    (old_start, old_end, old_room), (new_start, new_end, new_room) = old, new
    if (old_start, old_end, old_room) == (new_start, new_end, new_room):
        return 0
    moved = 0
    for x in s.scalars(select(Shift).where(Shift.session_id == session_id)):
        starts = x.starts_at + (new_start - old_start)
        ends = x.ends_at + (new_end - old_end)
        if ends <= starts:  # the session shrank past the shift: keep its length
            ends = starts + (x.ends_at - x.starts_at)
        x.starts_at, x.ends_at = starts, ends
        if x.room_id == old_room:
            x.room_id = new_room
        moved += 1
    if moved:
        audit_in(s, "update", "shift", None, f"{moved} shift(s) moved with session #{session_id}")
    return moved
