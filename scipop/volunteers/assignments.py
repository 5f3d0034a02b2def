"""Putting volunteers on shifts: the check (rules.py) against the database, assign, unassign,
no-shows and a person's correction of the check-in and check-out times (audited)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from scipop.errors import InUse, ValidationError, not_found
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import Assignment, AssignmentStatus, Shift, Volunteer
from scipop.services.base import writing
from scipop.store.uow import Store
from scipop.timeutil import fmt_local, utcnow
from scipop.volunteers.dto import AssignmentCheck, AssignmentData
from scipop.volunteers.nearby import nearby_spans
from scipop.volunteers.rules import (
    AssignmentRefused,
    NeedsConfirmation,
    evaluate,
)
from scipop.volunteers.settings import Limits, limits_cache, read_limits
from scipop.volunteers.shifts import SHIFT_MISSING
from scipop.volunteers.skills import parse_list

VOLUNTEER_MISSING = QT_TRANSLATE_NOOP("errors", "Volunteer #{id} does not exist.")
ASSIGNMENT_MISSING = QT_TRANSLATE_NOOP("errors", "Assignment #{id} does not exist.")
NOTE_NEEDED = QT_TRANSLATE_NOOP("errors", "Say why the times are corrected.")
OUT_BEFORE_IN = QT_TRANSLATE_NOOP("errors", "The check-out must come after the check-in.")
NOT_ENDED = QT_TRANSLATE_NOOP("errors", "The shift has not ended yet; it cannot be a no-show.")
WORKED = QT_TRANSLATE_NOOP(
    "errors", "{name} checked in at {at}: the hours stay; correct the times instead."
)
HAS_CHECKIN = QT_TRANSLATE_NOOP(
    "errors", "{name} checked in at {at}; correct the times instead of marking a no-show."
)

# who counts as on a shift (a cancelled assignment does not: status != CANCELLED)
ON_SHIFT = (
    AssignmentStatus.ASSIGNED,
    AssignmentStatus.CHECKED_IN,
    AssignmentStatus.CHECKED_OUT,
    AssignmentStatus.NO_SHOW,
)


def assignment_data(a: Assignment, name: str) -> AssignmentData:
    return AssignmentData(
        id=a.id,
        shift_id=a.shift_id,
        volunteer_id=a.volunteer_id,
        volunteer_name=name,
        status=a.status,
        checked_in_at=a.checked_in_at,
        checked_out_at=a.checked_out_at,
        corrected_in_at=a.corrected_in_at,
        corrected_out_at=a.corrected_out_at,
        correction_note=a.correction_note,
    )


_SHIFT_ROW = select(
    Shift.starts_at,
    Shift.ends_at,
    Shift.skills,
    Shift.needed,
    select(func.count())
    .select_from(Assignment)
    .where(Assignment.shift_id == Shift.id, Assignment.status != AssignmentStatus.CANCELLED)
    .scalar_subquery()
    .label("assigned"),
).where(Shift.id == bindparam("shift_id"))
_VOLUNTEER_ROW = select(
    Volunteer.name, Volunteer.active, Volunteer.skills, Volunteer.languages
).where(Volunteer.id == bindparam("volunteer_id"))


def assigned_count(s: Session, shift_id: int) -> int:
    return (
        s.scalar(
            select(func.count())
            .select_from(Assignment)
            .where(Assignment.shift_id == shift_id, Assignment.status.in_(ON_SHIFT))
        )
        or 0
    )


def check_in_session(
    s: Session, shift: Shift, volunteer: Volunteer, limits: Limits
) -> AssignmentCheck:
    return evaluate(
        shift_id=shift.id,
        starts_at=shift.starts_at,
        ends_at=shift.ends_at,
        required=parse_list(shift.skills),
        needed=shift.needed,
        assigned=assigned_count(s, shift.id),
        volunteer_id=volunteer.id,
        name=volunteer.name,
        active=volunteer.active,
        skills=parse_list(volunteer.skills) + parse_list(volunteer.languages),
        others=nearby_spans(s, volunteer.id, shift.starts_at, shift.ends_at),
        limits=limits,
    )


class AssignmentService:
    def __init__(self, store: Store):
        self.store = store

    def check(self, shift_id: int, volunteer_id: int) -> AssignmentCheck:
        """What assigning the volunteer to the shift would meet; writes nothing.

        Two indexed queries: the shift with its head count and the volunteer in one, the
        volunteer's shifts of the ±1-day window in the other (limits are cached)."""
        limits = limits_cache(self.store)
        with self.store.uow() as uow:
            s = uow.session
            row = s.execute(_SHIFT_ROW, {"shift_id": shift_id}).first()
            if row is None:
                raise not_found(SHIFT_MISSING, shift_id)
            v = s.execute(_VOLUNTEER_ROW, {"volunteer_id": volunteer_id}).first()
            if v is None:
                raise not_found(VOLUNTEER_MISSING, volunteer_id)
            others = nearby_spans(s, volunteer_id, row.starts_at, row.ends_at)
            current = limits.get(s)
        return evaluate(
            shift_id=shift_id,
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            required=parse_list(row.skills),
            needed=row.needed,
            assigned=row.assigned,
            volunteer_id=volunteer_id,
            name=v.name,
            active=v.active,
            skills=parse_list(v.skills) + parse_list(v.languages),
            others=others,
            limits=current,
        )

    def assign(
        self, shift_id: int, volunteer_id: int, *, accept_warnings: bool = False
    ) -> AssignmentData:
        """Put the volunteer on the shift. Raises :class:`AssignmentRefused` (a Conflict) on
        errors, :class:`NeedsConfirmation` on warnings unless ``accept_warnings``."""
        with writing(self.store) as uow:
            s = uow.session
            # PostgreSQL: two staff assigning one person at once queue here (SQLite's writes
            # are serialised by BEGIN IMMEDIATE already)
            s.execute(select(Volunteer.id).where(Volunteer.id == volunteer_id).with_for_update())
            shift, volunteer = self._pair(s, shift_id, volunteer_id)
            check = check_in_session(s, shift, volunteer, read_limits(s))
            if check.errors:
                raise AssignmentRefused(check)
            if check.warnings and not accept_warnings:
                raise NeedsConfirmation(check)
            a = Assignment(shift_id=shift.id, volunteer_id=volunteer.id)
            s.add(a)
            s.flush()
            uow.audit(
                "create",
                "assignment",
                a.id,
                f"{volunteer.name} → {shift.role} {fmt_local(shift.starts_at)}",
                None,
                {
                    "shift_id": shift.id,
                    "volunteer_id": volunteer.id,
                    "warnings": [w.message for w in check.warnings],
                },
            )
            result = assignment_data(a, volunteer.name)
            uow.commit()
            return result

    def unassign(self, assignment_id: int) -> None:
        """Take the volunteer off the shift (refused once they have checked in). Audited."""
        with writing(self.store) as uow:
            s = uow.session
            a = self._load(s, assignment_id)
            if a.checked_in_at is not None or a.corrected_in_at is not None:
                raise InUse(
                    WORKED,
                    name=a.volunteer.name,
                    at=fmt_local(a.corrected_in_at or a.checked_in_at),
                )
            before = _snap(a)
            summary = f"{a.volunteer.name} ✕ {a.shift.role} {fmt_local(a.shift.starts_at)}"
            s.delete(a)
            s.flush()
            uow.audit("delete", "assignment", assignment_id, summary, before)
            uow.commit()

    def get(self, assignment_id: int) -> AssignmentData:
        with self.store.uow() as uow:
            a = self._load(uow.session, assignment_id)
            return assignment_data(a, a.volunteer.name)

    def for_shift(self, shift_id: int) -> list[AssignmentData]:
        with self.store.uow() as uow:
            rows = uow.session.execute(
                select(Assignment, Volunteer.name)
                .join(Volunteer, Assignment.volunteer_id == Volunteer.id)
                .where(Assignment.shift_id == shift_id)
                .order_by(Volunteer.name)
            )
            return [assignment_data(a, n) for a, n in rows]

    def mark_no_show(self, assignment_id: int) -> AssignmentData:
        """The volunteer did not come (the shift must have ended, without a check-in)."""
        with writing(self.store) as uow:
            s = uow.session
            a = self._load(s, assignment_id)
            if a.checked_in_at is not None or a.corrected_in_at is not None:
                raise ValidationError(
                    "status",
                    HAS_CHECKIN,
                    name=a.volunteer.name,
                    at=fmt_local(a.corrected_in_at or a.checked_in_at),
                )
            if a.shift.ends_at > utcnow():
                raise ValidationError("status", NOT_ENDED)
            before = _snap(a)
            a.status = AssignmentStatus.NO_SHOW
            s.flush()
            uow.audit(
                "no_show", "assignment", a.id, f"{a.volunteer.name} no-show", before, _snap(a)
            )
            result = assignment_data(a, a.volunteer.name)
            uow.commit()
            return result

    def mark_no_shows(self, before: datetime | None = None) -> int:
        """Every assignment whose shift ended by ``before`` (now) without a check-in becomes a
        no-show; returns how many. Run by the staffing view and ``scipop list``; idempotent."""
        before = before or utcnow()
        with writing(self.store) as uow:
            s = uow.session
            ended = select(Shift.id).where(Shift.ends_at <= before)
            result = s.execute(
                update(Assignment)
                .where(
                    Assignment.status == AssignmentStatus.ASSIGNED,
                    Assignment.checked_in_at.is_(None),
                    Assignment.corrected_in_at.is_(None),
                    Assignment.shift_id.in_(ended),
                )
                .values(status=AssignmentStatus.NO_SHOW)
                .execution_options(synchronize_session=False)
            )
            n = result.rowcount or 0
            if n:
                uow.audit(
                    "no_show",
                    "assignment",
                    None,
                    f"{n} no-show(s) of shifts ended by {before.isoformat()}",
                )
                uow.commit()
            return n

    def correct(
        self,
        assignment_id: int,
        checked_in_at: datetime | None,
        checked_out_at: datetime | None,
        note: str,
    ) -> AssignmentData:
        """A person's correction of the times; it takes precedence over the scans for hours.
        Both None clears the correction. Audited with the note."""
        note = (note or "").strip()
        if not note:
            raise ValidationError("note", NOTE_NEEDED)
        if checked_in_at and checked_out_at and checked_out_at <= checked_in_at:
            raise ValidationError("checked_out_at", OUT_BEFORE_IN)
        with writing(self.store) as uow:
            s = uow.session
            a = self._load(s, assignment_id)
            before = _snap(a)
            a.corrected_in_at = checked_in_at
            a.corrected_out_at = checked_out_at
            a.correction_note = note
            if checked_in_at is not None and a.status in (
                AssignmentStatus.ASSIGNED,
                AssignmentStatus.NO_SHOW,
            ):
                a.status = (
                    AssignmentStatus.CHECKED_OUT if checked_out_at else AssignmentStatus.CHECKED_IN
                )
            elif checked_out_at is not None and a.status == AssignmentStatus.CHECKED_IN:
                a.status = AssignmentStatus.CHECKED_OUT
            s.flush()
            uow.audit(
                "correct",
                "assignment",
                a.id,
                f"{a.volunteer.name} {a.shift.role}: {note}"[:300],
                before,
                _snap(a),
            )
            result = assignment_data(a, a.volunteer.name)
            uow.commit()
            return result

    # ---- helpers
    def _pair(self, s: Session, shift_id: int, volunteer_id: int) -> tuple[Shift, Volunteer]:
        shift = s.get(Shift, shift_id)
        if shift is None:
            raise not_found(SHIFT_MISSING, shift_id)
        volunteer = s.get(Volunteer, volunteer_id)
        if volunteer is None:
            raise not_found(VOLUNTEER_MISSING, volunteer_id)
        return shift, volunteer

    def _load(self, s: Session, assignment_id: int) -> Assignment:
        a = s.get(Assignment, assignment_id)
        if a is None:
            raise not_found(ASSIGNMENT_MISSING, assignment_id)
        return a


def _snap(a: Assignment) -> dict:
    return {
        "shift_id": a.shift_id,
        "volunteer_id": a.volunteer_id,
        "status": a.status,
        "checked_in_at": a.checked_in_at,
        "checked_out_at": a.checked_out_at,
        "corrected_in_at": a.corrected_in_at,
        "corrected_out_at": a.corrected_out_at,
        "correction_note": a.correction_note,
    }
