"""Volunteer hours, planned and worked, per volunteer, per organization and per shift.

**Planned** hours are the shifts' lengths (no-shows included, cancelled assignments not).
**Worked** hours come from the badge scans (``assignment.checked_in_at``/``checked_out_at``);
a person's correction (``corrected_in_at``/``corrected_out_at``) takes precedence, field by
field. A check-in before the shift's start counts from the start (arriving early to scan is
not work); a check-out after its end counts as scanned. A **missing check-out** counts as
worked up to the shift's planned end (or up to now while the shift is running) and is
flagged (``missing_checkout``). A no-show works 0 h. Periods are local days, both included,
and a shift belongs to the day it starts on.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import func, select

from scipop.models import (
    Assignment,
    AssignmentStatus,
    Event,
    Organization,
    Room,
    Shift,
    Volunteer,
)
from scipop.models import Session as EventSession
from scipop.scheduling.calendar import local_bounds
from scipop.store.uow import Store
from scipop.timeutil import utcnow
from scipop.volunteers.assignments import ON_SHIFT
from scipop.volunteers.dto import OrgHours, ShiftLine, VolunteerHours


def worked_minutes(
    shift_start: datetime,
    shift_end: datetime,
    status: AssignmentStatus,
    checked_in_at: datetime | None,
    checked_out_at: datetime | None,
    corrected_in_at: datetime | None = None,
    corrected_out_at: datetime | None = None,
    now: datetime | None = None,
) -> tuple[float, bool]:
    """Minutes worked and whether the check-out was missing (see the module's rules)."""
    corrected = corrected_in_at is not None or corrected_out_at is not None
    start = corrected_in_at or checked_in_at
    end = corrected_out_at or checked_out_at
    if start is None or (status == AssignmentStatus.NO_SHOW and not corrected):
        return 0.0, False
    if corrected_in_at is None:
        start = max(start, shift_start)
    missing = end is None
    if missing:
        now = now or utcnow()
        end = min(shift_end, now) if now < shift_end else shift_end
    return max(0.0, (end - start).total_seconds() / 60), missing


def _h(minutes: float) -> float:
    return round(minutes / 60, 2)


class HoursQueries:
    def __init__(self, store: Store):
        self.store = store

    def lines(
        self, start: date | None = None, end: date | None = None, *, now: datetime | None = None
    ) -> list[tuple[int, ShiftLine]]:
        """(volunteer id, line) of every assignment of shifts starting in the period (open
        ends: all), by start: the CLI's ``list volunteers`` and the schedules read these."""
        return [(vid, line) for vid, _n, _o, _on, line in self._lines(start, end, None, now)]

    def _lines(
        self,
        start: date | None,
        end: date | None,
        volunteer_id: int | None = None,
        now: datetime | None = None,
    ) -> list[tuple[int, str, int | None, str, ShiftLine]]:
        lo, hi = local_bounds(start or date(1970, 1, 1), end or date(9998, 12, 30))
        q = (
            select(
                Assignment,
                Shift,
                Volunteer.name,
                Volunteer.organization_id,
                Organization.name.label("org"),
                EventSession.title,
                Event.title.label("event_title"),
                Room.name.label("room_name"),
            )
            .join(Shift, Assignment.shift_id == Shift.id)
            .join(Volunteer, Assignment.volunteer_id == Volunteer.id)
            .outerjoin(Organization, Volunteer.organization_id == Organization.id)
            .outerjoin(EventSession, Shift.session_id == EventSession.id)
            .outerjoin(Event, EventSession.event_id == Event.id)
            .outerjoin(Room, Room.id == func.coalesce(Shift.room_id, EventSession.room_id))
            .where(Shift.starts_at >= lo, Shift.starts_at < hi, Assignment.status.in_(ON_SHIFT))
            .order_by(Shift.starts_at, Shift.id)
        )
        if volunteer_id is not None:
            q = q.where(Assignment.volunteer_id == volunteer_id)
        now = now or utcnow()
        out = []
        with self.store.uow() as uow:
            for r in uow.session.execute(q):
                a, x = r.Assignment, r.Shift
                worked, missing = worked_minutes(
                    x.starts_at,
                    x.ends_at,
                    a.status,
                    a.checked_in_at,
                    a.checked_out_at,
                    a.corrected_in_at,
                    a.corrected_out_at,
                    now,
                )
                line = ShiftLine(
                    assignment_id=a.id,
                    shift_id=x.id,
                    session_id=x.session_id,
                    room_name=r.room_name or "",
                    title=(r.title or r.event_title or "") if x.session_id else "",
                    role=x.role,
                    starts_at=x.starts_at,
                    ends_at=x.ends_at,
                    status=a.status,
                    checked_in_at=a.checked_in_at,
                    checked_out_at=a.checked_out_at,
                    corrected=a.corrected_in_at is not None or a.corrected_out_at is not None,
                    correction_note=a.correction_note,
                    planned_hours=_h((x.ends_at - x.starts_at).total_seconds() / 60),
                    worked_hours=_h(worked),
                    missing_checkout=missing,
                )
                out.append((a.volunteer_id, r.name, r.organization_id, r.org or "", line))
        return out

    def for_volunteer(
        self, volunteer_id: int, start: date, end: date, *, now: datetime | None = None
    ) -> list[ShiftLine]:
        """The volunteer's shifts starting in the period, by start (``now``: the clock)."""
        return [line for *_, line in self._lines(start, end, volunteer_id, now)]

    def by_volunteer(
        self, start: date, end: date, *, now: datetime | None = None
    ) -> list[VolunteerHours]:
        """Every volunteer with a shift in the period, by name."""
        acc: dict[int, VolunteerHours] = {}
        for vid, name, _org_id, org, line in self._lines(start, end, None, now):
            h = acc.get(vid)
            if h is None:
                h = acc[vid] = VolunteerHours(vid, name, org, 0.0, 0.0, 0, 0, 0)
            h.planned_hours += line.planned_hours
            h.worked_hours += line.worked_hours
            h.shifts += 1
            h.no_shows += line.status == AssignmentStatus.NO_SHOW
            h.missing_checkouts += line.missing_checkout
        for h in acc.values():
            h.planned_hours = round(h.planned_hours, 2)
            h.worked_hours = round(h.worked_hours, 2)
        return sorted(acc.values(), key=lambda h: (h.name, h.volunteer_id))

    def by_organization(
        self, start: date, end: date, *, now: datetime | None = None
    ) -> list[OrgHours]:
        """Per organization (volunteers without one under organization None), by name."""
        acc: dict[int | None, OrgHours] = {}
        people: dict[int | None, set[int]] = defaultdict(set)
        for vid, _name, org_id, org, line in self._lines(start, end, None, now):
            h = acc.get(org_id)
            if h is None:
                h = acc[org_id] = OrgHours(org_id, org, 0, 0.0, 0.0, 0, 0)
            people[org_id].add(vid)
            h.planned_hours += line.planned_hours
            h.worked_hours += line.worked_hours
            h.shifts += 1
            h.no_shows += line.status == AssignmentStatus.NO_SHOW
        for key, h in acc.items():
            h.volunteers = len(people[key])
            h.planned_hours = round(h.planned_hours, 2)
            h.worked_hours = round(h.worked_hours, 2)
        return sorted(acc.values(), key=lambda h: (h.organization_id is None, h.organization_name))
