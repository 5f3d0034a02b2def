"""What the volunteer services hand out: plain dataclasses, times tz-aware UTC."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from scipop.models import AssignmentStatus, ShiftScanOutcome
from scipop.volunteers.skills import EVERY_DAY


@dataclass
class VolunteerRow:
    """A roster line."""

    id: int
    name: str
    phone: str
    email: str
    organization_id: int | None
    organization_name: str
    skills: tuple[str, ...]
    languages: tuple[str, ...]
    active: bool
    notes: str
    initials: str  # pinyin initials of the name: 张伟 → ZW


@dataclass
class ShiftData:
    """A shift: at a session (times default to the session's) or in a room for a span."""

    id: int | None = None
    session_id: int | None = None
    room_id: int | None = None
    role: str = ""
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    needed: int = 1
    skills: str = ""  # required skills, "、"-separated (any of 、,，;； and spaces typed)
    notes: str = ""
    batch: str | None = None  # shared by the shifts made together for a series


@dataclass
class ShiftSeriesSpec:
    """Shifts for many sessions at once: "two door scanners for every Sphere show this month".

    The sessions are those of ``series_id`` and/or ``event_id`` and/or ``room_id`` (at least
    one given) starting on a local day from ``first_day`` to ``last_day`` (both included) on one
    of ``weekdays`` (Monday = 0); cancelled sessions are left out. Each shift runs from
    ``start_before_minutes`` before its session's start to ``end_after_minutes`` after its end.
    """

    first_day: date
    last_day: date
    role: str
    series_id: int | None = None
    event_id: int | None = None
    room_id: int | None = None
    weekdays: tuple[int, ...] = EVERY_DAY
    needed: int = 1
    skills: str = ""
    notes: str = ""
    start_before_minutes: int = 0
    end_after_minutes: int = 0


@dataclass(frozen=True)
class Issue:
    """One finding of an assignment check; ``code`` is stable, the template is translated."""

    code: str  # overlap, inactive, already_assigned, day_hours, consecutive, skills, full
    template: str
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    context: str = "volunteers"

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


@dataclass
class AssignmentCheck:
    """Errors refuse an assignment; warnings need a person's confirmation."""

    shift_id: int
    volunteer_id: int
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No error (warnings may remain)."""
        return not self.errors

    @property
    def clean(self) -> bool:
        return not self.errors and not self.warnings

    @property
    def state(self) -> str:
        """ "free", "warnings" or "clash" (the staffing view's three kinds of candidates)."""
        return "clash" if self.errors else "warnings" if self.warnings else "free"


@dataclass
class AssignmentData:
    id: int
    shift_id: int
    volunteer_id: int
    volunteer_name: str
    status: AssignmentStatus
    checked_in_at: datetime | None = None
    checked_out_at: datetime | None = None
    corrected_in_at: datetime | None = None
    corrected_out_at: datetime | None = None
    correction_note: str = ""


@dataclass
class StaffingRow:
    """One shift on the staffing view: needed against assigned."""

    shift_id: int
    starts_at: datetime
    ends_at: datetime
    role: str
    session_id: int | None
    room_id: int | None
    room_name: str  # the session's hall, or the shift's room
    title: str  # the session's (or its event's) title; "" for a room shift
    needed: int
    assigned: int
    names: tuple[str, ...]
    skills: tuple[str, ...]
    notes: str = ""
    assignments: tuple[AssignmentData, ...] = ()
    cancelled: bool = False  # its session was cancelled: nobody is needed any more

    @property
    def understaffed(self) -> bool:
        return not self.cancelled and self.assigned < self.needed

    @property
    def missing(self) -> int:
        return max(0, self.needed - self.assigned)


@dataclass
class Candidate:
    """An active volunteer not yet on the shift, with what assigning them would meet."""

    volunteer_id: int
    name: str
    organization_name: str
    skills: tuple[str, ...]
    languages: tuple[str, ...]
    check: AssignmentCheck

    @property
    def state(self) -> str:
        return self.check.state


@dataclass
class ShiftLine:
    """One assignment of a volunteer, with its planned and worked hours."""

    assignment_id: int
    shift_id: int
    session_id: int | None
    room_name: str
    title: str
    role: str
    starts_at: datetime
    ends_at: datetime
    status: AssignmentStatus
    checked_in_at: datetime | None
    checked_out_at: datetime | None
    corrected: bool
    correction_note: str
    planned_hours: float
    worked_hours: float
    missing_checkout: bool  # worked counted up to the shift's planned end


@dataclass
class VolunteerHours:
    volunteer_id: int
    name: str
    organization_name: str
    planned_hours: float
    worked_hours: float
    shifts: int
    no_shows: int
    missing_checkouts: int = 0


@dataclass
class OrgHours:
    organization_id: int | None
    organization_name: str
    volunteers: int
    planned_hours: float
    worked_hours: float
    shifts: int
    no_shows: int


@dataclass
class ShiftScanResult:
    """What a badge scan did, for the station and ``scipop scan``."""

    outcome: ShiftScanOutcome
    template: str
    params: dict[str, Any]
    context: str = "volunteers"
    volunteer_id: int | None = None
    volunteer_name: str = ""
    assignment_id: int | None = None
    shift_id: int | None = None
    role: str = ""
    room_name: str = ""
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    worked_hours: float | None = None  # after a check-out
    scan_id: int | None = None
    station: str = ""
    at: datetime | None = None

    @property
    def accepted(self) -> bool:
        return self.outcome != ShiftScanOutcome.REJECTED

    @property
    def message(self) -> str:
        return self.template.format(**self.params)
