"""The staffing view's reads: every shift of a day with needed against assigned, and who is
free for one shift — a handful of set-based queries whatever the number of volunteers."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scipop.errors import not_found
from scipop.models import (
    Assignment,
    AssignmentStatus,
    Event,
    Organization,
    Room,
    SessionStatus,
    Shift,
    Volunteer,
)
from scipop.models import Session as EventSession
from scipop.scheduling.calendar import local_bounds
from scipop.store.uow import Store
from scipop.volunteers.dto import AssignmentData, Candidate, StaffingRow
from scipop.volunteers.rules import NEARBY, Span, evaluate
from scipop.volunteers.settings import read_limits
from scipop.volunteers.shifts import SHIFT_MISSING
from scipop.volunteers.skills import parse_list


def staffing_rows(s: Session, lo: datetime, hi: datetime) -> list[StaffingRow]:
    """Shifts overlapping [lo, hi), by start, with their people (two queries)."""
    window = (Shift.starts_at < hi, Shift.ends_at > lo, Shift.starts_at > lo - NEARBY)
    shifts = s.execute(
        select(
            Shift.id,
            Shift.starts_at,
            Shift.ends_at,
            Shift.role,
            Shift.session_id,
            Shift.room_id,
            Shift.needed,
            Shift.skills,
            Shift.notes,
            EventSession.title,
            EventSession.status.label("session_status"),
            Event.title.label("event_title"),
            Room.name.label("room_name"),
        )
        .outerjoin(EventSession, Shift.session_id == EventSession.id)
        .outerjoin(Event, EventSession.event_id == Event.id)
        .outerjoin(Room, Room.id == func.coalesce(Shift.room_id, EventSession.room_id))
        .where(*window)
        .order_by(Shift.starts_at, Shift.id)
    ).all()
    people: dict[int, list[AssignmentData]] = defaultdict(list)
    if shifts:
        for r in s.execute(
            select(
                Assignment.id,
                Assignment.shift_id,
                Assignment.volunteer_id,
                Volunteer.name,
                Assignment.status,
                Assignment.checked_in_at,
                Assignment.checked_out_at,
                Assignment.corrected_in_at,
                Assignment.corrected_out_at,
                Assignment.correction_note,
            )
            .join(Shift, Assignment.shift_id == Shift.id)
            .join(Volunteer, Assignment.volunteer_id == Volunteer.id)
            .where(*window, Assignment.status != AssignmentStatus.CANCELLED)
            .order_by(Volunteer.name, Assignment.id)
        ):
            people[r.shift_id].append(AssignmentData(*r))
    out = []
    for x in shifts:
        mine = people.get(x.id, [])
        out.append(
            StaffingRow(
                shift_id=x.id,
                starts_at=x.starts_at,
                ends_at=x.ends_at,
                role=x.role,
                session_id=x.session_id,
                room_id=x.room_id,
                room_name=x.room_name or "",
                title=(x.title or x.event_title or "") if x.session_id else "",
                needed=x.needed,
                assigned=len(mine),
                names=tuple(p.volunteer_name for p in mine),
                skills=parse_list(x.skills),
                notes=x.notes,
                assignments=tuple(mine),
                cancelled=x.session_status == SessionStatus.CANCELLED,
            )
        )
    return out


class StaffingQueries:
    def __init__(self, store: Store):
        self.store = store

    def day(self, date_local: date) -> list[StaffingRow]:
        """Every shift touching the local day, by start."""
        return self.range(date_local, date_local)

    def range(self, start_date: date, end_date: date) -> list[StaffingRow]:
        """Every shift touching the local days from ``start_date`` to ``end_date`` (included)."""
        lo, hi = local_bounds(start_date, end_date)
        with self.store.uow() as uow:
            return staffing_rows(uow.session, lo, hi)

    def candidates(self, shift_id: int) -> list[Candidate]:
        """Every active volunteer not on the shift, with their check: free first, then those
        with warnings, then those who clash; by name within each."""
        with self.store.uow() as uow:
            s = uow.session
            shift = s.get(Shift, shift_id)
            if shift is None:
                raise not_found(SHIFT_MISSING, shift_id)
            shift_starts, shift_ends = shift.starts_at, shift.ends_at
            required, needed = parse_list(shift.skills), shift.needed
            limits = read_limits(s)
            volunteers = s.execute(
                select(
                    Volunteer.id,
                    Volunteer.name,
                    Volunteer.skills,
                    Volunteer.languages,
                    Organization.name.label("org"),
                )
                .outerjoin(Organization, Volunteer.organization_id == Organization.id)
                .where(Volunteer.active.is_(True))
            ).all()
            spans: dict[int, list[Span]] = defaultdict(list)
            on_this: set[int] = set()
            for vid, sid, role, start, end in s.execute(
                select(
                    Assignment.volunteer_id, Shift.id, Shift.role, Shift.starts_at, Shift.ends_at
                )
                .join(Shift, Assignment.shift_id == Shift.id)
                .where(
                    Assignment.status != AssignmentStatus.CANCELLED,
                    Shift.starts_at > shift_starts - NEARBY,
                    Shift.starts_at < shift_ends + NEARBY,
                )
            ):
                if sid == shift_id:
                    on_this.add(vid)
                else:
                    spans[vid].append(Span(sid, role, start, end))
        assigned = len(on_this)
        out = []
        for v in volunteers:
            if v.id in on_this:
                continue
            skills = parse_list(v.skills)
            languages = parse_list(v.languages)
            check = evaluate(
                shift_id=shift_id,
                starts_at=shift_starts,
                ends_at=shift_ends,
                required=required,
                needed=needed,
                assigned=assigned,
                volunteer_id=v.id,
                name=v.name,
                active=True,
                skills=skills + languages,
                others=spans.get(v.id, ()),
                limits=limits,
            )
            out.append(Candidate(v.id, v.name, v.org or "", skills, languages, check))
        rank = {"free": 0, "warnings": 1, "clash": 2}
        out.sort(key=lambda c: (rank[c.state], len(c.check.warnings), c.name, c.volunteer_id))
        return out
