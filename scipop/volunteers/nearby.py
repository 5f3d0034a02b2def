"""A volunteer's shifts near a given span: the one indexed query behind every rule check."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from scipop.models import Assignment, AssignmentStatus, Shift
from scipop.volunteers.rules import NEARBY, Span

# built once: a check runs these with new parameters only (building a statement costs more
# than running it on an index)
_NEARBY = (
    select(Shift.id, Shift.role, Shift.starts_at, Shift.ends_at)
    .join(Assignment, Assignment.shift_id == Shift.id)
    .where(
        Assignment.volunteer_id == bindparam("volunteer_id"),
        Assignment.status != AssignmentStatus.CANCELLED,
        Shift.starts_at > bindparam("lo"),
        Shift.starts_at < bindparam("hi"),
    )
)


def nearby_spans(s: Session, volunteer_id: int, start: datetime, end: datetime) -> list[Span]:
    """The volunteer's shifts that can matter for one from ``start`` to ``end`` (indexed:
    assignment by volunteer, then the shift by its key)."""
    rows = s.execute(
        _NEARBY, {"volunteer_id": volunteer_id, "lo": start - NEARBY, "hi": end + NEARBY}
    )
    return [Span(*r) for r in rows]
