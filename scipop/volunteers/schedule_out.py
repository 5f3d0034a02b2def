"""Schedules out: a volunteer's shifts over a period, or everyone's shifts on one day, as a
printable PDF, an ``.ics`` calendar file or a phone-sized PNG for the team's group chat.

No Qt here. :func:`volunteer_schedule` and :func:`day_schedule` read what to show (plain
dataclasses, times in UTC); :func:`write_schedule` writes it in the chosen format and language.
The PDF and PNG are drawn by :mod:`scipop.volunteers.schedule_pdf` and
:mod:`scipop.volunteers.schedule_png`; the calendar file is written here with ``icalendar``:
one VEVENT per shift, DTSTART/DTEND in the program's zone (TZID Asia/Shanghai, with its
VTIMEZONE), a UID that stays the same when the file is exported again
(``shift-<id>-vol-<volunteer id>@scipop``; a day's file: ``shift-<id>@scipop``) so a calendar
that imports it twice updates the events instead of doubling them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from scipop.errors import NotFound, ValidationError
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import Assignment, AssignmentStatus, Room, Shift, Volunteer
from scipop.models import Session as EventSession
from scipop.progress import NO_PROGRESS, Progress
from scipop.scheduling.calendar import local_bounds
from scipop.store.uow import Store
from scipop.timeutil import local_zone
from scipop.volunteers.schedule_data import Person, Schedule, ShiftLine, label

FORMATS = ("pdf", "ics", "png")
LANGS = ("zh", "en")
VOLUNTEER_MISSING = QT_TRANSLATE_NOOP("errors", "Volunteer #{id} does not exist.")
BAD_PERIOD = QT_TRANSLATE_NOOP("errors", "The last day must not be before the first day.")
PERIOD_TOO_LONG = QT_TRANSLATE_NOOP("errors", "Choose a period of at most 366 days.")


# ---- reading
def _check_period(first: date, last: date) -> None:
    if last < first:
        raise ValidationError("last_day", BAD_PERIOD)
    if (last - first).days > 366:
        raise ValidationError("last_day", PERIOD_TOO_LONG)


def _person(v: Volunteer) -> Person:
    org = v.organization
    return Person(
        v.id,
        v.name,
        org.name if org is not None else "",
        (org.name_en or org.name) if org is not None else "",
        v.skills,
        v.languages,
    )


def _line(shift: Shift, people: Iterable[Person]) -> ShiftLine:
    session = shift.session
    room = shift.room if shift.room is not None else (session.room if session else None)
    venue = room.venue if room is not None else None
    event = session.event if session is not None else None
    return ShiftLine(
        shift_id=shift.id,
        starts_at=shift.starts_at,
        ends_at=shift.ends_at,
        role=shift.role,
        venue=venue.name if venue else "",
        venue_en=venue.name_en if venue else "",
        hall=room.name if room else "",
        hall_en=room.name_en if room else "",
        event=event.title if event else "",
        event_en=event.title_en if event else "",
        session_title=session.title if session else "",
        skills=shift.skills,
        notes=shift.notes,
        needed=shift.needed,
        people=tuple(sorted(people, key=lambda p: (p.name, p.id))),
    )


def _load() -> tuple:
    """What a schedule shows of each shift, loaded with it (built when read: making these
    options at import time configured every mapper during start-up)."""
    return (
        selectinload(Shift.room).selectinload(Room.venue),
        selectinload(Shift.session).selectinload(EventSession.room).selectinload(Room.venue),
        selectinload(Shift.session).selectinload(EventSession.event),
    )


_CANCELLED = AssignmentStatus.CANCELLED


def read_volunteer_schedule(s: Session, volunteer_id: int, first: date, last: date) -> Schedule:
    _check_period(first, last)
    volunteer = s.get(Volunteer, volunteer_id)
    if volunteer is None:
        raise NotFound(VOLUNTEER_MISSING, id=volunteer_id)
    start, end = local_bounds(first, last)
    shifts = s.scalars(
        select(Shift)
        .join(Assignment, Assignment.shift_id == Shift.id)
        .where(
            Assignment.volunteer_id == volunteer_id,
            Assignment.status != _CANCELLED,
            Shift.starts_at < end,
            Shift.ends_at > start,
        )
        .options(*_load())
        .order_by(Shift.starts_at, Shift.id)
    ).all()
    me = _person(volunteer)
    return Schedule("volunteer", first, last, [_line(x, [me]) for x in shifts], me)


def read_day_schedule(s: Session, day: date) -> Schedule:
    """Every shift starting on ``day`` (local), by hall then time, with who is assigned."""
    start, end = local_bounds(day, day)
    shifts = s.scalars(
        select(Shift)
        .where(Shift.starts_at >= start, Shift.starts_at < end)
        .options(
            *_load(),
            selectinload(Shift.assignments)
            .selectinload(Assignment.volunteer)
            .selectinload(Volunteer.organization),
        )
        .order_by(Shift.starts_at, Shift.id)
    ).all()
    lines = [
        _line(x, [_person(a.volunteer) for a in x.assignments if a.status != _CANCELLED])
        for x in shifts
    ]
    hall_first: dict[str, datetime] = {}
    for line in lines:
        hall_first.setdefault(line.hall, line.starts_at)
    lines.sort(key=lambda x: (hall_first[x.hall], x.hall, x.starts_at, x.role, x.shift_id))
    return Schedule("day", day, day, lines)


class ScheduleOut:
    """The reads and writes of schedules out, bound to a store (``Services.schedules``)."""

    def __init__(self, store: Store):
        self.store = store

    def for_volunteer(
        self, volunteer_id: int, first: date, last: date, *, badge: bool = False
    ) -> Schedule:
        with self.store.uow() as uow:
            schedule = read_volunteer_schedule(uow.session, volunteer_id, first, last)
        if badge:
            from scipop.volunteers.codes import VolunteerCodes

            schedule.badge_code = VolunteerCodes(self.store).code(volunteer_id)
        return schedule

    def for_day(self, day: date) -> Schedule:
        with self.store.uow() as uow:
            return read_day_schedule(uow.session, day)

    def export(
        self,
        out: str | Path,
        fmt: str,
        *,
        volunteer_ids: Iterable[int] | None = None,
        day: date | None = None,
        first: date | None = None,
        last: date | None = None,
        lang: str = "zh",
        badge: bool = False,
        progress: Progress = NO_PROGRESS,
    ) -> list[Path]:
        """Write the schedules to ``out``; returns the files written.

        One volunteer or a day: ``out`` is the file. Several volunteers: a PDF holds them all
        (a page or more each), an .ics all their shifts; PNGs are one per volunteer, named
        ``<stem>-<name>.png`` beside ``out``. The file appears whole or not at all.
        """
        out = Path(out)
        if day is not None:
            schedules = [self.for_day(day)]
        else:
            ids = list(volunteer_ids or [])
            if first is None or last is None:
                raise ValueError("a volunteer schedule needs its first and last day")
            schedules = []
            for i, vid in enumerate(ids):
                progress.report(i, len(ids) + 1, "reading")
                progress.check()
                schedules.append(self.for_volunteer(vid, first, last, badge=badge))
        return write_schedules(schedules, out, fmt, lang=lang, progress=progress)


# ---- writing
def write_schedules(
    schedules: list[Schedule],
    out: Path,
    fmt: str,
    *,
    lang: str = "zh",
    progress: Progress = NO_PROGRESS,
) -> list[Path]:
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if lang not in LANGS:
        raise ValueError(f"language must be one of {', '.join(LANGS)}, not {lang!r}")
    targets: list[tuple[Path, list[Schedule]]]
    if fmt == "png" and len(schedules) > 1:
        targets = [
            (out.with_name(f"{out.stem}-{_safe(x.volunteer.name if x.volunteer else str(i))}"
                           f"{out.suffix or '.png'}"), [x])
            for i, x in enumerate(schedules)
        ]  # fmt: skip
    else:
        targets = [(out, schedules)]
    written: list[Path] = []
    try:
        for i, (path, group) in enumerate(targets):
            progress.report(i, len(targets), "writing")
            progress.check()
            tmp = path.with_name(f".{path.name}.part")
            try:
                with tmp.open("wb") as f:
                    _write_one(group, f, fmt, lang)
                tmp.replace(path)
            finally:
                tmp.unlink(missing_ok=True)
            written.append(path)
    except BaseException:  # cancelled or failed: none of this export's files stay
        for path in written:
            path.unlink(missing_ok=True)
        raise
    progress.report(len(targets), len(targets), "writing")
    return written


def _safe(name: str) -> str:
    return "".join(c for c in name if c not in '\\/:*?"<>|').strip() or "volunteer"


def _write_one(schedules: list[Schedule], f: BinaryIO, fmt: str, lang: str) -> None:
    if fmt == "ics":
        f.write(to_ics(schedules, lang))
    elif fmt == "pdf":
        from scipop.volunteers.schedule_pdf import write_pdf

        write_pdf(schedules, f, lang=lang)
    else:
        from scipop.volunteers.schedule_png import write_png

        write_png(schedules[0], f, lang=lang)


def to_ics(schedules: list[Schedule], lang: str = "zh") -> bytes:
    """The schedules as one iCalendar file (RFC 5545), times in the program's zone."""
    from icalendar import Calendar
    from icalendar import Event as VEvent

    zone = local_zone()
    cal = Calendar()
    cal.add("prodid", "-//SciPop Desk//volunteer schedules//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if len(schedules) == 1:
        cal.add("x-wr-calname", schedules[0].title(lang))
    cal.add("x-wr-timezone", zone.key)
    stamp = datetime.now(zone).replace(microsecond=0)
    seen: set[str] = set()
    for schedule in schedules:
        for line in schedule.lines:
            who = schedule.volunteer
            uid = (
                f"shift-{line.shift_id}-vol-{who.id}@scipop"
                if who
                else f"shift-{line.shift_id}@scipop"
            )
            if uid in seen:
                continue
            seen.add(uid)
            event = VEvent()
            event.add("uid", uid)
            event.add("dtstamp", stamp)
            event.add("dtstart", line.starts_at.astimezone(zone))
            event.add("dtend", line.ends_at.astimezone(zone))
            activity = line.activity(lang)
            summary = (
                label(lang, "summary_at", role=line.role, activity=activity)
                if activity
                else label(lang, "summary", role=line.role)
            )
            event.add("summary", summary)
            place = line.place(lang)
            if place:
                event.add("location", place)
            event.add("description", "\n".join(_details(line, schedule, lang)))
            event.add("categories", [line.role])
            cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()


def _details(line: ShiftLine, schedule: Schedule, lang: str) -> list[str]:
    out = [label(lang, "role_line", role=line.role)]
    if line.skills:
        out.append(label(lang, "skills_line", skills=line.skills))
    if schedule.kind == "day":
        names = "、".join(p.name for p in line.people) or label(lang, "unassigned")
        out.append(label(lang, "people_line", names=names))
    if line.notes:
        out.append(label(lang, "notes_line", notes=line.notes))
    return out
