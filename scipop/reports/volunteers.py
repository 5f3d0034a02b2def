"""Volunteer hours for the workbook: per volunteer and per organization, and the survey's line.

The hours themselves (planned = the shifts' lengths, worked = from the badge scans or a
person's correction, no-shows) are the volunteers capability's (``scipop.volunteers.hours``);
this module picks the shifts a report's scope covers: every shift starting in the period, or,
when the scope names a program, an event or a session, the shifts of those sessions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from scipop.models import AssignmentStatus, Organization, Volunteer
from scipop.reports import queries as q
from scipop.reports.scope import ReportScope
from scipop.store.uow import Store
from scipop.volunteers.dto import OrgHours, VolunteerHours
from scipop.volunteers.hours import HoursQueries

OPEN_START, OPEN_END = date(1970, 1, 1), date(9998, 12, 30)  # an open-ended period


@dataclass(frozen=True)
class SurveyVolunteers:
    """The survey's line for one organization: volunteers who worked, and their hours."""

    organization_name: str
    volunteers: int
    hours: float


@dataclass
class VolunteerFigures:
    people: list[VolunteerHours] = field(default_factory=list)
    organizations: list[OrgHours] = field(default_factory=list)

    def survey(self) -> list[SurveyVolunteers]:
        """Per organization (by the volunteers' own), those with hours worked in the period."""
        count: dict[str, int] = defaultdict(int)
        hours: dict[str, float] = defaultdict(float)
        for h in self.people:
            if h.worked_hours > 0:
                count[h.organization_name] += 1
                hours[h.organization_name] += h.worked_hours
        return [
            SurveyVolunteers(name, count[name], round(hours[name], 2))
            for name in sorted(count, key=lambda n: (n == "", n))
        ]


def volunteer_figures(store: Store, scope: ReportScope) -> VolunteerFigures:
    """The hours of the shifts the scope covers (see the module's docstring)."""
    hours = HoursQueries(store)
    start, end = scope.date_from or OPEN_START, scope.date_to or OPEN_END
    if scope.program_id is None and scope.event_id is None and scope.session_id is None:
        return VolunteerFigures(hours.by_volunteer(start, end), hours.by_organization(start, end))
    with store.uow() as uow:
        session_ids = set(uow.session.scalars(q.scoped_sessions(scope)))
    lines = [(vid, line) for vid, line in hours.lines(start, end) if line.session_id in session_ids]
    with store.uow() as uow:
        who = _volunteers(uow.session, sorted({vid for vid, _line in lines}))
    people: dict[int, VolunteerHours] = {}
    orgs: dict[int | None, OrgHours] = {}
    members: dict[int | None, set[int]] = defaultdict(set)
    for vid, line in lines:
        name, org_id, org_name = who[vid]
        no_show = line.status == AssignmentStatus.NO_SHOW
        h = people.setdefault(vid, VolunteerHours(vid, name, org_name, 0.0, 0.0, 0, 0, 0))
        o = orgs.setdefault(org_id, OrgHours(org_id, org_name, 0, 0.0, 0.0, 0, 0))
        members[org_id].add(vid)
        for acc in (h, o):
            acc.planned_hours += line.planned_hours
            acc.worked_hours += line.worked_hours
            acc.shifts += 1
            acc.no_shows += no_show
        h.missing_checkouts += line.missing_checkout
    for o_id, o in orgs.items():
        o.volunteers = len(members[o_id])
    for acc in [*people.values(), *orgs.values()]:
        acc.planned_hours = round(acc.planned_hours, 2)
        acc.worked_hours = round(acc.worked_hours, 2)
    return VolunteerFigures(
        sorted(people.values(), key=lambda h: (h.name, h.volunteer_id)),
        sorted(orgs.values(), key=lambda o: (o.organization_id is None, o.organization_name)),
    )


def _volunteers(s: Session, ids: list[int]) -> dict[int, tuple[str, int | None, str]]:
    if not ids:
        return {}
    rows = s.execute(
        select(Volunteer.id, Volunteer.name, Volunteer.organization_id, Organization.name)
        .outerjoin(Organization, Organization.id == Volunteer.organization_id)
        .where(Volunteer.id.in_(ids))
    )
    return {vid: (name, org_id, org or "") for vid, name, org_id, org in rows}


def english_names(s: Session) -> dict[str, str]:
    """Organization name → its English name, for a workbook in English."""
    return {n: en for n, en in s.execute(select(Organization.name, Organization.name_en)) if en}
