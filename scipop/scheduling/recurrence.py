"""Recurring sessions: expand a rule, preview every occurrence, create the series in one go.

"Every 30 minutes from 09:30 to 16:30, Tuesday to Sunday, for 8 weeks, 20-minute shows" is
``RecurrenceRule(start_time=09:30, every_minutes=30, last_start=16:30, weekdays=(1..6),
weeks=8, duration_minutes=20, ...)``. Occurrences that clash or fall outside opening hours
must be skipped or moved explicitly; nothing is dropped silently.
"""

from __future__ import annotations

import enum
import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy.orm import Session

from scipop.errors import Conflict, DomainError, NotFound, ValidationError, Validator
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import Event, Room, Series, SessionStatus
from scipop.models import Session as EventSession
from scipop.scheduling.booking import apply, describe, snapshot
from scipop.scheduling.conflicts import Clash, Pending
from scipop.scheduling.rules import (
    EVENT_MISSING,
    OUTSIDE_HOURS,
    ROOM_MISSING,
    Checked,
    Planner,
    SessionDraft,
    lock_rooms,
    refusal_summary,
)
from scipop.services.base import writing
from scipop.store.uow import Store
from scipop.timeutil import local_zone, to_utc, utcnow

MAX_OCCURRENCES = 10_000
EVERY_DAY = (0, 1, 2, 3, 4, 5, 6)  # Monday = 0

UNRESOLVED = QT_TRANSLATE_NOOP(
    "errors",
    "{count} occurrence(s) cannot be booked as planned; skip or move each of them first: {details}",
)
NOTHING_TO_CREATE = QT_TRANSLATE_NOOP("errors", "The rule gives no session to create.")


@dataclass
class RecurrenceRule:
    """When and where a series repeats; local (Asia/Shanghai) days and times.

    Give either ``until`` (the last day, inclusive) or ``weeks`` (counted from ``first_day``).
    With ``every_minutes``, sessions start every so many minutes from ``start_time`` up to
    and including ``last_start``; without it, once a day at ``start_time``.
    """

    event_id: int
    room_id: int
    first_day: date
    start_time: time
    duration_minutes: int
    until: date | None = None
    weeks: int | None = None
    weekdays: tuple[int, ...] = EVERY_DAY
    every_minutes: int | None = None
    last_start: time | None = None
    capacity: int | None = None
    title: str = ""
    setup_minutes: int | None = None
    teardown_minutes: int | None = None
    outside_hours: bool = False
    skip_closed_days: bool = True
    exclude_dates: tuple[date, ...] = ()

    @property
    def last_day(self) -> date:
        if self.until is not None:
            return self.until
        return self.first_day + timedelta(days=7 * (self.weeks or 0) - 1)

    def starts(self) -> list[datetime]:
        """Every start, tz-aware local, in order (before closed days and exclusions)."""
        out: list[datetime] = []
        zone = local_zone()
        day = self.first_day
        times = self.day_times()
        while day <= self.last_day and len(out) <= MAX_OCCURRENCES:
            if day.weekday() in self.weekdays:
                out += [datetime.combine(day, t, tzinfo=zone) for t in times]
            day += timedelta(days=1)
        return out

    def day_times(self) -> list[time]:
        if not self.every_minutes:
            return [self.start_time]
        last = self.last_start or self.start_time
        base = datetime.combine(date(2000, 1, 1), self.start_time)
        stop = datetime.combine(date(2000, 1, 1), last)
        out = []
        while base <= stop:
            out.append(base.time())
            base += timedelta(minutes=self.every_minutes)
        return out

    def to_json(self) -> str:
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, date | time):
                data[key] = value.isoformat()
        data["exclude_dates"] = [d.isoformat() for d in self.exclude_dates]
        data["weekdays"] = list(self.weekdays)
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> RecurrenceRule:
        data = {k: v for k, v in json.loads(text).items() if k in cls.__dataclass_fields__}
        for key in ("first_day", "until"):
            if data.get(key):
                data[key] = date.fromisoformat(data[key])
        for key in ("start_time", "last_start"):
            if data.get(key):
                data[key] = time.fromisoformat(data[key])
        data["weekdays"] = tuple(data.get("weekdays", EVERY_DAY))
        data["exclude_dates"] = tuple(date.fromisoformat(d) for d in data.get("exclude_dates", ()))
        return cls(**data)


class OccurrenceStatus(enum.StrEnum):
    OK = "ok"  # will be created
    MOVED = "moved"  # will be created at the time it was moved to
    CLASH = "clash"  # needs a resolution: clashes with ``clash``
    OUTSIDE_HOURS = "outside_hours"  # needs a resolution (or rule.outside_hours)
    INVALID = "invalid"  # needs a resolution: another rule refuses it (see ``error``)
    CLOSED_DAY = "closed_day"  # not created: a closed day or public holiday
    EXCLUDED = "excluded"  # not created: one of rule.exclude_dates
    SKIPPED = "skipped"  # not created: skipped on purpose


NEEDS_RESOLUTION = (
    OccurrenceStatus.CLASH,
    OccurrenceStatus.OUTSIDE_HOURS,
    OccurrenceStatus.INVALID,
)
CREATED = (OccurrenceStatus.OK, OccurrenceStatus.MOVED)


@dataclass(frozen=True)
class Skip:
    """Resolution: do not create this occurrence."""


@dataclass(frozen=True)
class MoveTo:
    """Resolution: create this occurrence at ``starts_at`` (same length), maybe in another room."""

    starts_at: datetime
    room_id: int | None = None


SKIP = Skip()
Resolution = Skip | MoveTo


@dataclass
class Occurrence:
    """One occurrence of a rule as the preview shows it (times tz-aware UTC).

    ``index`` is its position in ``preview(rule)`` — the key for resolutions.
    ``planned_start`` is where the rule put it; ``starts_at`` where it will be (after a move).
    """

    index: int
    planned_start: datetime
    starts_at: datetime
    ends_at: datetime
    room_id: int
    status: OccurrenceStatus
    error: DomainError | None = None
    clash: Clash | None = None
    reason: str = ""  # closed day reason

    @property
    def needs_resolution(self) -> bool:
        return self.status in NEEDS_RESOLUTION

    @property
    def message(self) -> str:
        return self.error.message if self.error else ""


@dataclass
class SeriesResult:
    series_id: int
    session_ids: list[int]
    not_created: list[Occurrence] = field(default_factory=list)  # skipped / closed / excluded

    @property
    def created(self) -> int:
        return len(self.session_ids)


class SeriesRefused(Conflict):
    """Occurrences still clash (or are refused otherwise); ``occurrences`` lists each one."""

    def __init__(self, occurrences: list[Occurrence]):
        self.occurrences = occurrences
        details = refusal_summary(occurrences)
        super().__init__(UNRESOLVED, count=len(occurrences), details=details)


def validate_rule(s: Session, rule: RecurrenceRule) -> None:
    v = Validator()
    if rule.until is None and not rule.weeks:
        v.add("until", QT_TRANSLATE_NOOP("errors", "Give the last day or a number of weeks."))
    elif rule.last_day < rule.first_day:
        v.add("until", QT_TRANSLATE_NOOP("errors", "The last day is before the first day."))
    if rule.duration_minutes is None or rule.duration_minutes <= 0:
        v.add(
            "duration_minutes",
            QT_TRANSLATE_NOOP("errors", "A session must last at least 1 minute."),
        )
    if rule.every_minutes is not None and rule.every_minutes <= 0:
        v.add("every_minutes", QT_TRANSLATE_NOOP("errors", "Repeat every 1 minute or more."))
    if rule.every_minutes and rule.last_start and rule.last_start < rule.start_time:
        v.add(
            "last_start", QT_TRANSLATE_NOOP("errors", "The last start is before the first start.")
        )
    if not rule.weekdays or any(d not in EVERY_DAY for d in rule.weekdays):
        v.add("weekdays", QT_TRANSLATE_NOOP("errors", "Choose at least one day of the week."))
    v.raise_if_any()
    if s.get(Event, rule.event_id) is None:
        raise NotFound(EVENT_MISSING, id=rule.event_id)
    if s.get(Room, rule.room_id) is None:
        raise NotFound(ROOM_MISSING, id=rule.room_id)
    if len(rule.starts()) > MAX_OCCURRENCES:
        raise ValidationError(
            "until",
            QT_TRANSLATE_NOOP("errors", "The rule gives more than {max} sessions; shorten it."),
            max=MAX_OCCURRENCES,
        )


def plan(
    s: Session, rule: RecurrenceRule, resolutions: dict[int, Resolution], *, lock: bool = False
) -> tuple[list[Occurrence], list[Checked]]:
    """Every occurrence with its status, and the checked bookings to create (by time).

    Occurrences kept where the rule put them are checked first, in order; moved ones after
    them, so a move into another occurrence's slot is the one reported.
    """
    validate_rule(s, rule)
    if lock:  # every room the series may book into, in id order (no deadlock between desks)
        moved_rooms = [r.room_id for r in resolutions.values() if isinstance(r, MoveTo)]
        lock_rooms(s, [rule.room_id, *(r for r in moved_rooms if r is not None)])
    planner = Planner(s)
    room = planner.room(rule.room_id)
    duration = timedelta(minutes=rule.duration_minutes)
    excluded = set(rule.exclude_dates)
    occurrences: list[Occurrence] = []
    kept: list[Occurrence] = []
    moved: list[Occurrence] = []
    for index, local_start in enumerate(rule.starts()):
        planned = to_utc(local_start)
        occ = Occurrence(
            index, planned, planned, planned + duration, rule.room_id, OccurrenceStatus.OK
        )
        occurrences.append(occ)
        resolution = resolutions.get(index)
        closed = planner.closed_day(room, local_start.date())
        if local_start.date() in excluded:
            occ.status = OccurrenceStatus.EXCLUDED
        elif isinstance(resolution, Skip):
            occ.status = OccurrenceStatus.SKIPPED
        elif isinstance(resolution, MoveTo):
            occ.starts_at = to_utc(resolution.starts_at)
            occ.ends_at = occ.starts_at + duration
            occ.room_id = resolution.room_id or rule.room_id
            occ.status = OccurrenceStatus.MOVED
            moved.append(occ)
        elif closed is not None and rule.skip_closed_days:
            occ.status = OccurrenceStatus.CLOSED_DAY
            occ.reason = closed.reason
        else:
            kept.append(occ)
    pending = Pending()
    to_create: list[Checked] = []
    for occ in kept + moved:
        draft = SessionDraft(
            event_id=rule.event_id,
            room_id=occ.room_id,
            starts_at=occ.starts_at,
            ends_at=occ.ends_at,
            capacity=rule.capacity,
            title=rule.title,
            setup_minutes=rule.setup_minutes,
            teardown_minutes=rule.teardown_minutes,
            outside_hours=rule.outside_hours,
            allow_closed_day=not rule.skip_closed_days,
        )
        result = planner.check(draft, pending=pending)
        if isinstance(result, Checked):
            pending.add(result.slot(series=True))
            to_create.append(result)
            continue
        problem = result[0]
        occ.error = problem.error
        if problem.clash is not None:
            occ.status, occ.clash = OccurrenceStatus.CLASH, problem.clash
        elif problem.error.template == OUTSIDE_HOURS:
            occ.status = OccurrenceStatus.OUTSIDE_HOURS
        else:
            occ.status = OccurrenceStatus.INVALID
    to_create.sort(key=lambda c: c.starts_at)
    return occurrences, to_create


def preview(
    store: Store, rule: RecurrenceRule, resolutions: dict[int, Resolution] | None = None
) -> list[Occurrence]:
    """Every occurrence of ``rule`` and whether it can be booked; writes nothing.

    Pass the ``resolutions`` chosen so far to see moved occurrences checked at their new time.
    """
    with store.uow() as uow:
        return plan(uow.session, rule, resolutions or {})[0]


def create_series(
    store: Store, rule: RecurrenceRule, resolutions: dict[int, Resolution] | None = None
) -> SeriesResult:
    """Create the series, all or nothing; refuses (:class:`SeriesRefused`) while any
    occurrence still needs a resolution (``resolutions``: occurrence index -> SKIP/MoveTo)."""
    resolutions = resolutions or {}
    with writing(store) as uow:
        s = uow.session
        occurrences, to_create = plan(s, rule, resolutions, lock=True)  # re-checked, locked
        unresolved = [o for o in occurrences if o.needs_resolution]
        if unresolved:
            raise SeriesRefused(unresolved)
        if not to_create:
            raise DomainError(NOTHING_TO_CREATE)
        record = json.loads(rule.to_json())
        record["skipped"] = [
            o.planned_start.isoformat() for o in occurrences if o.status == OccurrenceStatus.SKIPPED
        ]
        record["moved"] = {
            o.planned_start.isoformat(): o.starts_at.isoformat()
            for o in occurrences
            if o.status == OccurrenceStatus.MOVED
        }
        series = Series(
            event_id=rule.event_id, rule=json.dumps(record, ensure_ascii=False), created_at=utcnow()
        )
        s.add(series)
        s.flush()
        rows = []
        for c in to_create:
            x = EventSession(status=SessionStatus.SCHEDULED, series_id=series.id)
            apply(x, c)
            rows.append(x)
        s.add_all(rows)
        s.flush()
        for x in rows:
            uow.audit("create", "session", x.id, describe(x), None, snapshot(x))
        uow.audit(
            "create",
            "series",
            series.id,
            f"{len(rows)} sessions of event #{rule.event_id}",
            None,
            _summary(record),
        )
        result = SeriesResult(
            series.id,
            [x.id for x in rows],
            [o for o in occurrences if o.status not in CREATED],
        )
        uow.commit()
        return result


def _summary(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in ("moved",)}
