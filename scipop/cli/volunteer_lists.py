"""``scipop list volunteers`` and ``scipop list shifts``: the roster with each volunteer's
shifts and hours, and the shifts with needed against assigned.

Both first record the no-shows of shifts that have ended without a check-in
(:meth:`AssignmentService.mark_no_shows`), unless the database is read-only. Phones are
masked (``138****5678``).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import func, select

from scipop.app import Services
from scipop.models import Shift
from scipop.redact import mask_phone
from scipop.timeutil import to_local


def _record_no_shows(sv: Services) -> None:
    if not sv.store.read_only:
        sv.assignments.mark_no_shows()


def _period(args) -> tuple[date | None, date | None]:
    return getattr(args, "date_from", None), getattr(args, "date_to", None)


def volunteers(sv: Services, args) -> list[dict[str, Any]]:
    _record_no_shows(sv)
    start, end = _period(args)
    lines: dict[int, list] = defaultdict(list)
    for vid, line in sv.hours.lines(start, end):
        lines[vid].append(line)
    out = []
    for r in sv.roster.search(getattr(args, "search", "") or ""):
        mine = lines.get(r.id, [])
        out.append(
            {
                "id": r.id,
                "name": r.name,
                "phone": mask_phone(r.phone) if r.phone else "",
                "organization_id": r.organization_id,
                "organization": r.organization_name,
                "skills": "、".join(r.skills),
                "languages": "、".join(r.languages),
                "active": r.active,
                "planned_hours": round(sum(x.planned_hours for x in mine), 2),
                "worked_hours": round(sum(x.worked_hours for x in mine), 2),
                "shifts": [
                    {
                        "id": x.shift_id,
                        "assignment_id": x.assignment_id,
                        "session_id": x.session_id,
                        "room": x.room_name,
                        "title": x.title,
                        "role": x.role,
                        "start": x.starts_at,
                        "end": x.ends_at,
                        "status": x.status,
                        "planned_hours": x.planned_hours,
                        "worked_hours": x.worked_hours,
                        "missing_checkout": x.missing_checkout,
                        "corrected": x.corrected,
                    }
                    for x in mine
                ],
            }
        )
    return out


def shifts(sv: Services, args) -> list[dict[str, Any]]:
    _record_no_shows(sv)
    start, end = _period(args)
    if start is None or end is None:
        with sv.store.uow() as uow:
            first, last = uow.session.execute(
                select(func.min(Shift.starts_at), func.max(Shift.ends_at))
            ).one()
        if first is None:
            return []
        start = start or to_local(first).date()
        end = end or to_local(last).date()
    return [
        {
            "id": r.shift_id,
            "session_id": r.session_id,
            "room_id": r.room_id,
            "room": r.room_name,
            "title": r.title,
            "role": r.role,
            "start": r.starts_at,
            "end": r.ends_at,
            "needed": r.needed,
            "assigned": r.assigned,
            "understaffed": r.understaffed,
            "session_cancelled": r.cancelled,
            "skills": "、".join(r.skills),
            "volunteers": list(r.names),
        }
        for r in sv.staffing.range(start, end)
    ]
