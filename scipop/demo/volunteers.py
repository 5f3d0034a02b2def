"""The demo's volunteers: a roster of 30 with skills and languages, and a fortnight of shifts.

Theme-hall guides and docents (09:00–13:00, 13:00–17:00, the docents need 讲解), door
scanners for every Sphere show of the first week (one shift per show, made together as a
series would, needing 签到), door staff for the lecture on right now, and equipment checks in
the theme hall on the two days before today, and an exhibit set-up that ended an hour ago.
People are put on shifts only where the
assignment rules see no clash and no overwork (the same rules the service applies). Today
some have checked in (a few out again); one missed yesterday's shift (a no-show), one forgot
to check out and one had their times corrected; one day next week is short of guides.
"""

from __future__ import annotations

import random
import secrets
from collections import defaultdict
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from scipop.demo import world
from scipop.demo.people import VOLUNTEER_NAMES_SEED, person_name, phone
from scipop.models import Assignment, AssignmentStatus, Organization, Room, Shift, Volunteer
from scipop.models import Session as EventSession
from scipop.timeutil import local_zone
from scipop.volunteers.rules import Span, evaluate
from scipop.volunteers.settings import Limits
from scipop.volunteers.skills import parse_list

LANGUAGES = ("英语", "英语", "英语", "日语", "法语", "手语", "韩语")
GUIDE, DOCENT, DOOR, SETUP, TECH = "引导", "讲解", "检票", "布展", "设备保障"
THEME_DAYS = 14
SPHERE_DAYS = 7


def _at(day: date, t: time) -> datetime:
    return datetime.combine(day, t, tzinfo=local_zone())


class _Staffer:
    """Puts people on shifts only where the assignment rules are clean."""

    def __init__(self, people: list[Volunteer], rng: random.Random):
        self.people = people
        self.rng = rng
        self.busy: dict[int, list[Span]] = defaultdict(list)
        self.limits = Limits()

    def staff(self, shift: Shift, key: int, count: int) -> list[Assignment]:
        required = parse_list(shift.skills)
        order = self.people[:]
        self.rng.shuffle(order)
        # those with the skills first (else a warning the staff accepted), the least busy first
        order.sort(
            key=lambda v: (
                bool(set(required) - set(parse_list(v.skills))),
                sum((x.ends_at - x.starts_at).total_seconds() for x in self.busy[id(v)]) // 7200,
            )
        )
        chosen = []
        for i, v in enumerate(order):
            if len(chosen) == count:
                break
            check = evaluate(
                shift_id=key,
                starts_at=shift.starts_at,
                ends_at=shift.ends_at,
                required=required,
                needed=shift.needed,
                assigned=len(chosen),
                volunteer_id=i,
                name=v.name,
                active=v.active,
                skills=parse_list(v.skills) + parse_list(v.languages),
                others=self.busy[id(v)],
                limits=self.limits,
            )
            if check.errors or any(w.code in ("day_hours", "consecutive") for w in check.warnings):
                continue
            self.busy[id(v)].append(Span(key, shift.role, shift.starts_at, shift.ends_at))
            chosen.append(Assignment(volunteer=v))
        shift.assignments.extend(chosen)
        return chosen


def add_demo_volunteers(
    s: Session,
    orgs: dict[str, Organization],
    rooms: dict[str, Room],
    sessions: list[EventSession],
    events: dict,
    today: date,
    now: datetime,
) -> int:
    names = random.Random(VOLUNTEER_NAMES_SEED)
    rng = random.Random(VOLUNTEER_NAMES_SEED + 1)
    home = ("bast", "bast", "bjast", "bast", "bjast", "no4", "sdsz", "ccf")
    people = []
    for i in range(30):
        name, tel = person_name(names), phone(names)
        skills = names.sample(world.VOLUNTEER_SKILLS, 2)
        if i % 4 == 0 and "签到" not in skills:
            skills.append("签到")
        people.append(
            Volunteer(
                name=name,
                phone=tel,
                organization=orgs[home[i % len(home)]],
                skills="、".join(skills),
                languages="、".join(rng.sample(LANGUAGES, rng.randint(1, 2)))
                if rng.random() < 0.4
                else "",
                active=i not in (7, 23),
                notes="周末可排班" if i % 5 == 0 else "",
            )
        )
    s.add_all(people)
    staffer = _Staffer([v for v in people if v.active], rng)
    shifts: list[Shift] = []
    key = 0

    def add(shift: Shift, count: int) -> list[Assignment]:
        nonlocal key
        key += 1
        shifts.append(shift)
        return staffer.staff(shift, key, count)

    short_day = today + timedelta(days=(1 - today.weekday()) % 7 + 7)  # Tuesday next week
    zone = local_zone()
    for sess in sessions:
        day = sess.starts_at.astimezone(zone).date()
        if sess.event is events["theme"] and (day - today).days < THEME_DAYS:
            for part, role in enumerate((GUIDE, DOCENT)):
                start = sess.starts_at + timedelta(hours=4 * part)
                shift = Shift(
                    session=sess,
                    room=sess.room,
                    role=role,
                    starts_at=start,
                    ends_at=start + timedelta(hours=4),
                    needed=3,
                    skills="讲解" if role == DOCENT else "",
                )
                add(shift, 1 if day == short_day else 3)
    batch = secrets.token_hex(8)
    for sess in sessions:
        day = sess.starts_at.astimezone(zone).date()
        if sess.event is events["sphere"] and (day - today).days < SPHERE_DAYS:
            shift = Shift(
                session=sess,
                room=sess.room,
                role=DOOR,
                starts_at=sess.starts_at - timedelta(minutes=10),
                ends_at=sess.ends_at,
                needed=2,
                skills="签到",
                batch=batch,
            )
            add(shift, 2)
    lecture = next((x for x in sessions if x.starts_at <= now < x.ends_at), None)
    if lecture is not None:  # the lecture on now: door staff, checked in before it began
        shift = Shift(
            session=lecture,
            room=lecture.room,
            role=DOOR,
            starts_at=lecture.starts_at - timedelta(minutes=30),
            ends_at=lecture.ends_at,
            needed=2,
            skills="签到",
        )
        for i, a in enumerate(add(shift, 2)):
            a.status = AssignmentStatus.CHECKED_IN
            a.checked_in_at = min(now, shift.starts_at + timedelta(minutes=3 * i - 4))
    theme = rooms["theme"]
    for back in (2, 1):  # equipment checks before opening on the last two days
        day = today - timedelta(days=back)
        shift = Shift(
            room=theme,
            role=TECH,
            starts_at=_at(day, time(8)),
            ends_at=_at(day, time(12)),
            needed=3,
            skills="设备保障",
            notes="开馆前检查展项",
        )
        for i, a in enumerate(add(shift, 3)):
            if back == 1 and i == 0:
                a.status = AssignmentStatus.NO_SHOW  # did not come yesterday
                continue
            a.checked_in_at = shift.starts_at - timedelta(minutes=rng.randint(0, 12))
            a.checked_out_at = shift.ends_at + timedelta(minutes=rng.randint(-10, 15))
            a.status = AssignmentStatus.CHECKED_OUT
            if back == 2 and i == 1:  # forgot to scan out: counted to the planned end
                a.checked_out_at = None
                a.status = AssignmentStatus.CHECKED_IN
            if back == 2 and i == 2:
                a.corrected_out_at = shift.ends_at + timedelta(minutes=45)
                a.correction_note = "留下协助撤展，负责人确认"
    # setting up an exhibit: a shift that ended an hour ago (across midnight early in the day)
    end = now.astimezone(zone).replace(minute=0, second=0, microsecond=0) - timedelta(hours=1)
    shift = Shift(room=theme, role=SETUP, starts_at=end - timedelta(hours=4), ends_at=end, needed=3)
    for i, a in enumerate(add(shift, 3)):
        if i == 2:
            a.status = AssignmentStatus.NO_SHOW
            continue
        a.checked_in_at = shift.starts_at - timedelta(minutes=5 + 4 * i)
        a.checked_out_at = shift.ends_at + timedelta(minutes=2 + 3 * i)
        a.status = AssignmentStatus.CHECKED_OUT
    _today_checkins(shifts, today, now, rng)
    s.add_all(shifts)
    s.flush()
    return len(people)


def _today_checkins(shifts: list[Shift], today: date, now: datetime, rng: random.Random) -> None:
    """Today's shifts that have begun: most checked in, those whose shift ended checked out;
    one person of a started shift has not come (a no-show once the shift is over)."""
    zone = local_zone()
    missing_one = False
    for shift in shifts:
        if shift.starts_at.astimezone(zone).date() != today or shift.starts_at > now:
            continue
        if any(a.checked_in_at for a in shift.assignments):
            continue  # the lecture on now: done above
        for a in shift.assignments:
            if a.checked_in_at is not None:
                continue
            if not missing_one and len(shift.assignments) > 1:
                missing_one = True
                if shift.ends_at <= now:
                    a.status = AssignmentStatus.NO_SHOW
                continue
            a.checked_in_at = min(now, shift.starts_at - timedelta(minutes=rng.randint(0, 15)))
            a.status = AssignmentStatus.CHECKED_IN
            if shift.ends_at <= now:
                a.checked_out_at = min(now, shift.ends_at + timedelta(minutes=rng.randint(0, 10)))
                a.status = AssignmentStatus.CHECKED_OUT
