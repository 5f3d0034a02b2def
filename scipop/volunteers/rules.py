"""The assignment rules, pure: no database, so the one check serves a single assignment and
every candidate of the staffing view alike.

- **Overlap** (an error): the person already works a shift that overlaps this one. Shifts are
  half-open, so one ending at 14:00 and one starting at 14:00 do not overlap.
- **Hours per local day** (a warning): the minutes worked on each calendar day in the user's
  zone (Asia/Shanghai), a shift crossing midnight counting on both days for its part of each,
  above ``max_hours_per_day``. Exactly the limit is allowed.
- **Consecutive hours** (a warning): shifts touching, or separated by less than
  ``REST_MINUTES`` (30), form one run; the minutes *worked* in the run (the gaps are not work)
  above ``max_consecutive_hours``. Exactly the limit is allowed.
- **Skills** (a warning): a required skill of the shift the person does not list.
- **Full** (a warning): the shift already has the people it needs.
- **Inactive** and **already on the shift** are errors.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from scipop.errors import HINT_FORCE, Conflict, DomainError
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.timeutil import local_zone
from scipop.volunteers.dto import AssignmentCheck, Issue
from scipop.volunteers.settings import REST_MINUTES, Limits
from scipop.volunteers.skills import missing

OVERLAP = QT_TRANSLATE_NOOP(
    "volunteers", "{name} already works '{role}' {start}–{end}, which overlaps this shift."
)
INACTIVE = QT_TRANSLATE_NOOP("volunteers", "{name} is marked inactive.")
ALREADY = QT_TRANSLATE_NOOP("volunteers", "{name} is already on this shift.")
DAY_HOURS = QT_TRANSLATE_NOOP(
    "volunteers", "{name} would work {hours} h on {day}, more than the {limit} h a day allowed."
)
CONSECUTIVE = QT_TRANSLATE_NOOP(
    "volunteers",
    "{name} would work {hours} h in a row ({start}–{end}), more than the {limit} h allowed.",
)
SKILLS = QT_TRANSLATE_NOOP("volunteers", "{name} lacks the required skill(s): {skills}.")
FULL = QT_TRANSLATE_NOOP("volunteers", "The shift already has the {needed} people it needs.")

CONFIRM = QT_TRANSLATE_NOOP("errors", "Confirm to assign anyway: {details}")
REFUSED = QT_TRANSLATE_NOOP("errors", "{details}")

# how far around a shift the person's other shifts can matter (a shift lasts at most a day)
MAX_SHIFT = timedelta(hours=24)
NEARBY = MAX_SHIFT + timedelta(days=1)


@dataclass(frozen=True)
class Span:
    """Another shift of the person."""

    shift_id: int
    role: str
    starts_at: datetime
    ends_at: datetime


class AssignmentRefused(Conflict):
    """An assignment breaks a rule that no confirmation lifts (overlap, inactive...)."""

    def __init__(self, check: AssignmentCheck):
        self.check = check
        super().__init__(REFUSED, details=" ".join(i.message for i in check.errors))


class NeedsConfirmation(DomainError):
    """An assignment meets warnings: repeat it with ``accept_warnings=True`` to go ahead."""

    def __init__(self, check: AssignmentCheck):
        self.check = check
        self.warnings = check.warnings
        super().__init__(CONFIRM, HINT_FORCE, details=" ".join(i.message for i in check.warnings))


def _hm(value: datetime, zone=None) -> str:
    return value.astimezone(zone or local_zone()).strftime("%H:%M")


def _hours(minutes: float) -> str:
    return f"{minutes / 60:g}" if minutes % 6 == 0 else f"{minutes / 60:.1f}"


def day_minutes(spans: Iterable[tuple[datetime, datetime]], zone=None) -> dict:
    """Minutes worked per local calendar day (a span crossing midnight is split)."""
    zone = zone or local_zone()
    out: dict = {}
    for start, end in spans:
        cur = start.astimezone(zone)
        stop = end.astimezone(zone)
        while cur < stop:
            nxt = datetime.combine(cur.date() + timedelta(days=1), time(0), tzinfo=zone)
            piece_end = min(nxt, stop)
            out[cur.date()] = out.get(cur.date(), 0.0) + (piece_end - cur).total_seconds() / 60
            cur = piece_end
    return out


def consecutive_run(
    start: datetime, end: datetime, others: Sequence[tuple[datetime, datetime]]
) -> tuple[datetime, datetime, float]:
    """The run of shifts around [start, end) with breaks under REST_MINUTES: its first start,
    last end and the minutes worked in it."""
    rest = timedelta(minutes=REST_MINUTES)
    spans = sorted([(start, end), *others])
    runs: list[list] = []
    for s, e in spans:
        if runs and s - runs[-1][1] < rest:
            run = runs[-1]
            run[1] = max(run[1], e)
            run[2].append((s, e))
        else:
            runs.append([s, e, [(s, e)]])
    for s, e, members in runs:
        if s <= start and end <= e and (start, end) in members:
            return s, e, _union_minutes(members)
    raise AssertionError("the shift is in one of the runs")


def _union_minutes(spans: list[tuple[datetime, datetime]]) -> float:
    total = 0.0
    cur_s = cur_e = None
    for s, e in sorted(spans):
        if cur_e is None or s > cur_e:
            if cur_e is not None:
                total += (cur_e - cur_s).total_seconds() / 60
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    if cur_e is not None:
        total += (cur_e - cur_s).total_seconds() / 60
    return total


def evaluate(
    *,
    shift_id: int,
    starts_at: datetime,
    ends_at: datetime,
    required: Sequence[str],
    needed: int,
    assigned: int,
    volunteer_id: int,
    name: str,
    active: bool,
    skills: Sequence[str],
    others: Sequence[Span],
    limits: Limits,
) -> AssignmentCheck:
    """Every rule for putting the volunteer on the shift; ``others``: their other shifts
    near it (the shift itself excluded; include it to report "already on this shift")."""
    check = AssignmentCheck(shift_id, volunteer_id)
    zone = local_zone()
    if not active:
        check.errors.append(Issue("inactive", INACTIVE, {"name": name}))
    near: list[tuple[datetime, datetime]] = []
    for o in others:
        if o.shift_id == shift_id:
            check.errors.append(Issue("already_assigned", ALREADY, {"name": name}))
            continue
        if o.starts_at < ends_at and starts_at < o.ends_at:
            check.errors.append(
                Issue(
                    "overlap",
                    OVERLAP,
                    {
                        "name": name,
                        "role": o.role,
                        "start": _hm(o.starts_at),
                        "end": _hm(o.ends_at),
                    },
                )
            )
        near.append((o.starts_at, o.ends_at))
    if not check.errors or all(i.code == "inactive" for i in check.errors):
        _hours_rules(check, name, starts_at, ends_at, near, limits, zone)
    lacking = missing(required, skills)
    if lacking:
        check.warnings.append(Issue("skills", SKILLS, {"name": name, "skills": "、".join(lacking)}))
    if assigned >= needed:
        check.warnings.append(Issue("full", FULL, {"needed": needed}))
    return check


def _hours_rules(
    check: AssignmentCheck,
    name: str,
    starts_at: datetime,
    ends_at: datetime,
    near: list[tuple[datetime, datetime]],
    limits: Limits,
    zone,
) -> None:
    own = (ends_at - starts_at).total_seconds() / 60
    # only the spans on the shift's own local day(s) count for the day rule
    first = starts_at.astimezone(zone)
    day_lo = first.replace(hour=0, minute=0, second=0, microsecond=0)
    day_hi = datetime.combine(ends_at.astimezone(zone).date() + timedelta(days=1), time(0), zone)
    same_days = [(a, b) for a, b in near if a < day_hi and b > day_lo]
    if same_days or own > limits.day_minutes:
        _day_rule(check, name, starts_at, ends_at, same_days, limits, zone)
    rest = timedelta(minutes=REST_MINUTES)
    if own <= limits.consecutive_minutes and not any(
        a - ends_at < rest and starts_at - b < rest for a, b in near
    ):
        return  # no shift within a rest of this one: the run is this shift alone
    _consecutive_rule(check, name, starts_at, ends_at, near, limits, zone)


def _day_rule(
    check: AssignmentCheck,
    name: str,
    starts_at: datetime,
    ends_at: datetime,
    same_days: list[tuple[datetime, datetime]],
    limits: Limits,
    zone,
) -> None:
    mine = day_minutes([(starts_at, ends_at)], zone)
    per_day = day_minutes([(starts_at, ends_at), *same_days], zone) if same_days else mine
    for day in sorted(mine):
        if per_day[day] > limits.day_minutes + 1e-9:
            check.warnings.append(
                Issue(
                    "day_hours",
                    DAY_HOURS,
                    {
                        "name": name,
                        "hours": _hours(per_day[day]),
                        "day": day.isoformat(),
                        "limit": f"{limits.max_hours_per_day:g}",
                    },
                )
            )


def _consecutive_rule(
    check: AssignmentCheck,
    name: str,
    starts_at: datetime,
    ends_at: datetime,
    near: list[tuple[datetime, datetime]],
    limits: Limits,
    zone,
) -> None:
    run_start, run_end, worked = consecutive_run(starts_at, ends_at, near)
    if worked > limits.consecutive_minutes + 1e-9:
        check.warnings.append(
            Issue(
                "consecutive",
                CONSECUTIVE,
                {
                    "name": name,
                    "hours": _hours(worked),
                    "start": _hm(run_start, zone),
                    "end": _hm(run_end, zone),
                    "limit": f"{limits.max_consecutive_hours:g}",
                },
            )
        )
