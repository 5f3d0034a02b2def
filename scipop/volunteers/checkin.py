"""Volunteers checking in and out of their shift with their badge, at any station.

The **current shift** is the volunteer's assignment whose shift runs now, counting from
``volunteers.checkin_window_minutes`` (60) before its start to its end. The first scan checks
in; the next scan while checked in checks out (even after the shift's end, for a volunteer
who stayed late), unless it comes within ``REPEAT_SECONDS`` of the check-in (a second scan
by mistake, refused), or that shift has ended and another of theirs is open for check-in:
then the check-out was forgotten (hours count to the planned end) and the scan checks in to
the new shift. No current shift, a badge re-issued since (revoked), an inactive
volunteer or a forged code are refused. Every scan, refused ones too, is logged in
``shift_scan`` with its reason; the door's ticket counters never see them.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy import func, select

from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import (
    Assignment,
    AssignmentStatus,
    Room,
    Shift,
    ShiftScan,
    ShiftScanOutcome,
    Volunteer,
)
from scipop.models import Session as EventSession
from scipop.registration.scanlog import MAX_SCAN_CHARS, safe_text
from scipop.store.uow import Store
from scipop.tickets.codes import VOLUNTEER, InvalidCode, kind_of, parse_scanned, split
from scipop.tickets.keys import key_cache
from scipop.timeutil import local_zone, utcnow
from scipop.volunteers.dto import ShiftScanResult
from scipop.volunteers.hours import worked_minutes
from scipop.volunteers.settings import read_limits

CHECKED_IN = QT_TRANSLATE_NOOP("volunteers", "Volunteer {name} checked in — {place} {role} {span}")
CHECKED_OUT = QT_TRANSLATE_NOOP(
    "volunteers", "Volunteer {name} checked out — {place} {role} {span}, {hours} h"
)
NOT_GENUINE = QT_TRANSLATE_NOOP("volunteers", "Not a genuine volunteer badge.")
NO_SUCH = QT_TRANSLATE_NOOP("volunteers", "Genuine badge, but volunteer #{id} no longer exists.")
REVOKED = QT_TRANSLATE_NOOP(
    "volunteers", "{name}'s badge was replaced by a new one; use the new badge."
)
INACTIVE = QT_TRANSLATE_NOOP("volunteers", "{name} is marked inactive.")
NO_SHIFT = QT_TRANSLATE_NOOP(
    "volunteers", "{name} has no shift now (check-in opens {minutes} min before a shift)."
)
NEXT_SHIFT = QT_TRANSLATE_NOOP(
    "volunteers",
    "{name} has no shift now; the next one is {role} on {day} at {start} "
    "(check-in opens {minutes} min before).",
)
ALREADY_OUT = QT_TRANSLATE_NOOP(
    "volunteers", "{name} already checked out of {role} {span} at {at}."
)
JUST_IN = QT_TRANSLATE_NOOP(
    "volunteers", "{name} just checked in at {at}; scan again later to check out."
)

REPEAT_SECONDS = 120
LOOK_BACK = timedelta(hours=30)  # a shift lasts at most 24 h


def _hm(value: datetime) -> str:
    return value.astimezone(local_zone()).strftime("%H:%M")


class VolunteerCheckin:
    def __init__(self, store: Store):
        self.store = store

    def scan(
        self, code: str, *, station: str, operator: str = "", now: datetime | None = None
    ) -> ShiftScanResult:
        """One badge scan: a result, never an exception for what was scanned."""
        now = now or utcnow()
        raw = code[:MAX_SCAN_CHARS] if isinstance(code, str) else ""
        parts = None
        ring = None
        got = split(parse_scanned(raw), VOLUNTEER)
        try:
            # a key made since the ring was read (another PC rotated) is read again
            ring = key_cache(self.store).ring(wanted_key=got[0].key_id if got else None)
            if ring is None:
                raise InvalidCode(NOT_GENUINE)
            parts = ring.verify_volunteer(raw)
        except InvalidCode:
            pass
        with self.store.uow(write=True, operator=operator or None, racing=True) as uow:
            s = uow.session
            if parts is None:
                result = ShiftScanResult(ShiftScanOutcome.REJECTED, NOT_GENUINE, {})
            else:
                result = self._decide(s, parts.volunteer_id, parts.generation, now)
            row = ShiftScan(
                volunteer_id=result.volunteer_id,
                assignment_id=result.assignment_id,
                # escaped and bounded as the door's scan log is (scanlog.py): a NUL or a lone
                # surrogate from a scanner must not make the INSERT fail
                raw_code=safe_text(raw, 200),
                station=safe_text(station, 100),
                operator=safe_text(operator or self.store.actor, 100),
                scanned_at=now,
                outcome=result.outcome,
                reason=safe_text(result.message, 300),
                reason_detail=json.dumps(
                    {
                        "context": result.context,
                        "template": result.template,
                        "params": result.params,
                    },
                    ensure_ascii=False,
                ),
            )
            s.add(row)
            s.flush()
            result.scan_id = row.id
            result.station = row.station
            result.at = now
            uow.commit()
            return result

    def _decide(self, s, volunteer_id: int, generation: int, now: datetime) -> ShiftScanResult:
        v = s.get(Volunteer, volunteer_id)
        if v is None:
            return ShiftScanResult(ShiftScanOutcome.REJECTED, NO_SUCH, {"id": volunteer_id})
        who = {"volunteer_id": v.id, "volunteer_name": v.name}
        if generation != v.code_generation:
            return ShiftScanResult(ShiftScanOutcome.REJECTED, REVOKED, {"name": v.name}, **who)
        if not v.active:
            return ShiftScanResult(ShiftScanOutcome.REJECTED, INACTIVE, {"name": v.name}, **who)
        window = timedelta(minutes=read_limits(s).checkin_window_minutes)
        rows = s.execute(
            select(Assignment, Shift, Room.name)
            .join(Shift, Assignment.shift_id == Shift.id)
            .outerjoin(EventSession, Shift.session_id == EventSession.id)
            .outerjoin(Room, Room.id == func.coalesce(Shift.room_id, EventSession.room_id))
            .where(
                Assignment.volunteer_id == v.id,
                Shift.starts_at > now - LOOK_BACK,
                Shift.starts_at <= now + window,
                Assignment.status != AssignmentStatus.CANCELLED,
            )
            .order_by(Shift.starts_at, Shift.id)
        ).all()

        def result(outcome, template, a, x, room, **params) -> ShiftScanResult:
            span = f"{_hm(x.starts_at)}–{_hm(x.ends_at)}"
            params = {"name": v.name, "role": x.role, "span": span, "place": room or "", **params}
            return ShiftScanResult(
                outcome,
                template,
                params,
                assignment_id=a.id,
                shift_id=x.id,
                role=x.role,
                room_name=room or "",
                starts_at=x.starts_at,
                ends_at=x.ends_at,
                **who,
            )

        current = [(a, x, room) for a, x, room in rows if x.starts_at - window <= now < x.ends_at]
        open_now = [
            c
            for c in current
            if c[0].status in (AssignmentStatus.ASSIGNED, AssignmentStatus.NO_SHOW)
        ]
        # checked in: this scan checks out (a second scan right after checking in is refused),
        # unless that shift is over and another is starting: the check-out was forgotten
        # (it counts to the planned end) and this scan checks in to the new shift
        for a, x, room in reversed(rows):  # the latest shift checked in to first
            if a.status == AssignmentStatus.CHECKED_IN and a.checked_in_at is not None:
                if open_now and now >= x.ends_at:
                    continue
                if now - a.checked_in_at < timedelta(seconds=REPEAT_SECONDS):
                    return result(
                        ShiftScanOutcome.REJECTED, JUST_IN, a, x, room, at=_hm(a.checked_in_at)
                    )
                a.checked_out_at = now
                a.status = AssignmentStatus.CHECKED_OUT
                minutes, _ = worked_minutes(
                    x.starts_at, x.ends_at, a.status, a.checked_in_at, now, now=now
                )
                hours = round(minutes / 60, 2)
                r = result(
                    ShiftScanOutcome.CHECKED_OUT, CHECKED_OUT, a, x, room, hours=f"{hours:g}"
                )
                r.worked_hours = hours
                return r
        for a, x, room in open_now:  # the earliest shift open for check-in
            a.checked_in_at = now
            a.status = AssignmentStatus.CHECKED_IN
            return result(ShiftScanOutcome.CHECKED_IN, CHECKED_IN, a, x, room)
        for a, x, room in current:
            if a.status == AssignmentStatus.CHECKED_OUT and a.checked_out_at is not None:
                return result(
                    ShiftScanOutcome.REJECTED, ALREADY_OUT, a, x, room, at=_hm(a.checked_out_at)
                )
        upcoming = s.execute(
            select(Shift.role, Shift.starts_at)
            .join(Assignment, Assignment.shift_id == Shift.id)
            .where(
                Assignment.volunteer_id == v.id,
                Assignment.status == AssignmentStatus.ASSIGNED,
                Shift.starts_at > now,
            )
            .order_by(Shift.starts_at)
            .limit(1)
        ).first()
        minutes = int(window.total_seconds() // 60)
        if upcoming is not None:
            local = upcoming.starts_at.astimezone(local_zone())
            return ShiftScanResult(
                ShiftScanOutcome.REJECTED,
                NEXT_SHIFT,
                {
                    "name": v.name,
                    "role": upcoming.role,
                    "day": local.strftime("%Y-%m-%d"),
                    "start": local.strftime("%H:%M"),
                    "minutes": minutes,
                },
                **who,
            )
        return ShiftScanResult(
            ShiftScanOutcome.REJECTED, NO_SHIFT, {"name": v.name, "minutes": minutes}, **who
        )


def badge_scan(
    store: Store, code: str, *, station: str, operator: str = "", on_wait=None
) -> ShiftScanResult | None:
    """The station's dispatch: a volunteer's badge (``SV…``) checks in or out, retried while
    the database is busy; None for anything else (a ticket, junk), which the door judges."""
    if kind_of(code) is not VOLUNTEER:
        return None
    from scipop.station.retry import retrying

    checkin = VolunteerCheckin(store)
    return retrying(lambda: checkin.scan(code, station=station, operator=operator), on_wait=on_wait)
