"""Shifts: create, edit and delete one, or create them for a whole series of sessions at once."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from scipop.errors import Conflict, DomainError, InUse, ValidationError, Validator, not_found
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import Assignment, AssignmentStatus, Room, SessionStatus, Shift, Volunteer
from scipop.models import Session as EventSession
from scipop.scheduling.calendar import local_bounds
from scipop.services.base import writing
from scipop.store.uow import Store
from scipop.timeutil import fmt_local, local_zone
from scipop.volunteers.dto import ShiftData, ShiftSeriesSpec
from scipop.volunteers.nearby import nearby_spans
from scipop.volunteers.rules import MAX_SHIFT
from scipop.volunteers.skills import normalize

SHIFT_MISSING = QT_TRANSLATE_NOOP("errors", "Shift #{id} does not exist.")
SESSION_GONE = QT_TRANSLATE_NOOP("errors", "The chosen session no longer exists.")
ROOM_GONE = QT_TRANSLATE_NOOP("errors", "The chosen room no longer exists.")
NEED_PLACE = QT_TRANSLATE_NOOP("errors", "Choose a session, or a room and a time span.")
NEED_ROLE = QT_TRANSLATE_NOOP("errors", "Enter the role (for example 引导 or 检票).")
NEED_TIMES = QT_TRANSLATE_NOOP("errors", "Enter when the shift starts and ends.")
ENDS_BEFORE = QT_TRANSLATE_NOOP("errors", "The shift must end after it starts.")
TOO_LONG = QT_TRANSLATE_NOOP("errors", "A shift lasts at most 24 hours.")
BAD_NEEDED = QT_TRANSLATE_NOOP("errors", "The number of people needed is 0 to 999.")
BAD_OFFSET = QT_TRANSLATE_NOOP("errors", "Offsets are 0 to 720 minutes.")
NEED_SCOPE = QT_TRANSLATE_NOOP("errors", "Choose a series, an event or a room.")
BAD_RANGE = QT_TRANSLATE_NOOP("errors", "The last day must not be before the first day.")
RANGE_TOO_LONG = QT_TRANSLATE_NOOP("errors", "Choose a period of at most 366 days.")
NO_SESSIONS = QT_TRANSLATE_NOOP(
    "errors", "No session in that period needs a new '{role}' shift: nothing to create."
)
MOVED_OVERLAPS = QT_TRANSLATE_NOOP(
    "errors", "At that time the shift's people would work two shifts at once: {details}"
)
HAS_CHECKINS = QT_TRANSLATE_NOOP(
    "errors",
    "Shift '{role}' at {start} has {count} check-in(s); correct or keep it instead of deleting.",
)

FIELDS = ("session_id", "room_id", "role", "starts_at", "ends_at", "needed", "skills", "notes")


def to_data(x: Shift) -> ShiftData:
    return ShiftData(
        id=x.id,
        session_id=x.session_id,
        room_id=x.room_id,
        role=x.role,
        starts_at=x.starts_at,
        ends_at=x.ends_at,
        needed=x.needed,
        skills=x.skills,
        notes=x.notes,
        batch=x.batch,
    )


def _snap(x: Shift) -> dict[str, Any]:
    return {f: getattr(x, f) for f in FIELDS}


class ShiftService:
    def __init__(self, store: Store):
        self.store = store

    # ---- one shift
    def get(self, shift_id: int) -> ShiftData:
        with self.store.uow() as uow:
            return to_data(self._load(uow.session, shift_id))

    def create(self, data: ShiftData) -> ShiftData:
        return self._save(data, None)

    def update(self, data: ShiftData) -> ShiftData:
        if data.id is None:
            raise ValueError("update needs an id")
        return self._save(data, data.id)

    def delete(self, shift_id: int) -> None:
        with writing(self.store) as uow:
            s = uow.session
            x = self._load(s, shift_id)
            worked = s.scalar(
                select(func.count())
                .select_from(Assignment)
                .where(
                    Assignment.shift_id == shift_id,
                    or_(
                        Assignment.checked_in_at.is_not(None),
                        Assignment.corrected_in_at.is_not(None),
                    ),
                )
            )
            if worked:
                raise InUse(HAS_CHECKINS, role=x.role, start=fmt_local(x.starts_at), count=worked)
            before = _snap(x)
            s.delete(x)
            s.flush()
            uow.audit("delete", "shift", shift_id, f"{x.role} {fmt_local(x.starts_at)}", before)
            uow.commit()

    def _load(self, s: Session, shift_id: int) -> Shift:
        x = s.get(Shift, shift_id)
        if x is None:
            raise not_found(SHIFT_MISSING, shift_id)
        return x

    def _save(self, data: ShiftData, ident: int | None) -> ShiftData:
        with writing(self.store) as uow:
            s = uow.session
            x = self._load(s, ident) if ident is not None else None
            values = validate(s, data)
            before = _snap(x) if x is not None else None
            if x is not None and (values["starts_at"], values["ends_at"]) != (
                x.starts_at,
                x.ends_at,
            ):
                _refuse_new_overlaps(s, x.id, values["starts_at"], values["ends_at"])
            if x is None:
                x = Shift(**values, batch=data.batch)
                s.add(x)
            else:
                for key, value in values.items():
                    setattr(x, key, value)
            s.flush()
            summary = f"{x.role} {fmt_local(x.starts_at)}"
            uow.audit(
                "create" if before is None else "update", "shift", x.id, summary, before, _snap(x)
            )
            result = to_data(x)
            uow.commit()
            return result

    # ---- a series
    def preview_series(self, spec: ShiftSeriesSpec) -> list[ShiftData]:
        """The shifts :meth:`create_series` would create (ids None); writes nothing."""
        with self.store.uow() as uow:
            return plan_series(uow.session, spec)

    def series_existing(self, spec: ShiftSeriesSpec) -> list[ShiftData]:
        """The shifts already there that the spec would repeat (left out of the preview and
        of the creation), for the preview to say so."""
        with self.store.uow() as uow:
            return plan_series(uow.session, spec, existing_too=True)[1]

    def create_series(self, spec: ShiftSeriesSpec) -> list[ShiftData]:
        """Create every previewed shift in one transaction, all or nothing; they share a batch."""
        with writing(self.store) as uow:
            s = uow.session
            planned = plan_series(s, spec)
            if not planned:
                raise DomainError(NO_SESSIONS, role=spec.role.strip())
            batch = secrets.token_hex(8)
            rows = []
            for d in planned:
                values = validate(s, d)
                rows.append(Shift(**values, batch=batch))
            s.add_all(rows)
            s.flush()
            uow.audit(
                "create",
                "shift",
                None,
                f"{len(rows)} '{spec.role}' shifts for a series (batch {batch})",
                None,
                {"ids": [x.id for x in rows], "spec": _spec_summary(spec)},
            )
            result = [to_data(x) for x in rows]
            uow.commit()
            return result


def _refuse_new_overlaps(s: Session, shift_id: int, starts: datetime, ends: datetime) -> None:
    """Moving a shift must not make any of its people work two shifts at once."""
    clashes = []
    for vid, name in s.execute(
        select(Volunteer.id, Volunteer.name)
        .join(Assignment, Assignment.volunteer_id == Volunteer.id)
        .where(Assignment.shift_id == shift_id, Assignment.status != AssignmentStatus.CANCELLED)
        .order_by(Volunteer.name)
    ):
        for o in nearby_spans(s, vid, starts, ends):
            if o.shift_id != shift_id and o.starts_at < ends and starts < o.ends_at:
                clashes.append(
                    f"{name}: {o.role} {fmt_local(o.starts_at, '%H:%M')}–"
                    f"{fmt_local(o.ends_at, '%H:%M')}"
                )
    if clashes:
        raise Conflict(MOVED_OVERLAPS, details="; ".join(clashes))


def validate(s: Session, data: ShiftData) -> dict[str, Any]:
    """The clean values of ``data``; every mistake at once, by field."""
    v = Validator()
    role = v.require("role", data.role, NEED_ROLE)
    starts, ends = data.starts_at, data.ends_at
    room_id = data.room_id
    if data.session_id is not None:
        sess = s.get(EventSession, data.session_id)
        if sess is None:
            v.add("session_id", SESSION_GONE)
        else:
            starts = starts or sess.starts_at
            ends = ends or sess.ends_at
            room_id = room_id or sess.room_id
    elif data.room_id is None:
        v.add("session_id", NEED_PLACE)
    if room_id is not None and data.session_id is None and s.get(Room, room_id) is None:
        v.add("room_id", ROOM_GONE)
    if starts is None or ends is None:
        v.add("starts_at", NEED_TIMES)
    else:
        for when in (starts, ends):
            if when.tzinfo is None:
                raise ValueError("shift times must be tz-aware; use scipop.timeutil.to_utc")
        if ends <= starts:
            v.add("ends_at", ENDS_BEFORE)
        elif ends - starts > MAX_SHIFT:
            v.add("ends_at", TOO_LONG)
    if not 0 <= int(data.needed) <= 999:
        v.add("needed", BAD_NEEDED)
    v.raise_if_any()
    return {
        "session_id": data.session_id,
        "room_id": room_id,
        "role": role,
        "starts_at": starts,
        "ends_at": ends,
        "needed": int(data.needed),
        "skills": normalize(data.skills),
        "notes": data.notes or "",
    }


def _check_spec(spec: ShiftSeriesSpec) -> None:
    v = Validator()
    v.require("role", spec.role, NEED_ROLE)
    if spec.series_id is None and spec.event_id is None and spec.room_id is None:
        v.add("series_id", NEED_SCOPE)
    if spec.last_day < spec.first_day:
        v.add("last_day", BAD_RANGE)
    elif (spec.last_day - spec.first_day).days > 366:
        v.add("last_day", RANGE_TOO_LONG)
    if not 0 <= spec.needed <= 999:
        v.add("needed", BAD_NEEDED)
    for field in ("start_before_minutes", "end_after_minutes"):
        if not 0 <= getattr(spec, field) <= 720:
            v.add(field, BAD_OFFSET)
    v.raise_if_any()


def plan_series(s: Session, spec: ShiftSeriesSpec, *, existing_too: bool = False):
    """One shift per matching session, in order (empty when none). Sessions that already
    have a shift of this role at the same times are left out: creating twice never doubles.
    With ``existing_too``: (the new shifts, the shifts already there that were left out)."""
    _check_spec(spec)
    zone = local_zone()
    lo, hi = local_bounds(spec.first_day, spec.last_day)
    q = (
        select(EventSession)
        .where(
            EventSession.starts_at >= lo,
            EventSession.starts_at < hi,
            EventSession.status == SessionStatus.SCHEDULED,
        )
        .order_by(EventSession.starts_at, EventSession.id)
    )
    if spec.series_id is not None:
        q = q.where(EventSession.series_id == spec.series_id)
    if spec.event_id is not None:
        q = q.where(EventSession.event_id == spec.event_id)
    if spec.room_id is not None:
        q = q.where(EventSession.room_id == spec.room_id)
    sessions = [x for x in s.scalars(q) if x.starts_at.astimezone(zone).weekday() in spec.weekdays]
    before = timedelta(minutes=spec.start_before_minutes)
    after = timedelta(minutes=spec.end_after_minutes)
    existing: dict[tuple, Shift] = {}
    if sessions:
        rows = s.scalars(
            select(Shift).where(
                Shift.session_id.in_([x.id for x in sessions]), Shift.role == spec.role.strip()
            )
        )
        existing = {(x.session_id, x.starts_at, x.ends_at): x for x in rows}
    already = []
    out = []
    for x in sessions:
        start, end = x.starts_at - before, x.ends_at + after
        if (x.id, start, end) in existing:
            already.append(to_data(existing[(x.id, start, end)]))
            continue
        out.append(
            ShiftData(
                session_id=x.id,
                room_id=x.room_id,
                role=spec.role.strip(),
                starts_at=start,
                ends_at=end,
                needed=spec.needed,
                skills=normalize(spec.skills),
                notes=spec.notes,
            )
        )
    return (out, already) if existing_too else out


def _spec_summary(spec: ShiftSeriesSpec) -> dict[str, Any]:
    return {
        "series_id": spec.series_id,
        "event_id": spec.event_id,
        "room_id": spec.room_id,
        "first_day": spec.first_day.isoformat(),
        "last_day": spec.last_day.isoformat(),
        "weekdays": list(spec.weekdays),
        "needed": spec.needed,
        "skills": spec.skills,
    }


__all__ = ["ShiftService", "ValidationError", "plan_series", "to_data", "validate"]
