"""Loading the demo season: one unit of work, all or nothing, cancellable."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from scipop.demo import world
from scipop.demo.people import attendee_rows
from scipop.errors import HINT_FORCE, DatabaseNotEmpty
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import (
    Attendee,
    ClosedDay,
    Event,
    EventOrganizer,
    Organization,
    Program,
    Room,
    Venue,
)
from scipop.models import Session as EventSession
from scipop.progress import NO_PROGRESS, Progress
from scipop.scheduling.conflicts import find_clash
from scipop.scheduling.rules import within_hours
from scipop.store.uow import Store
from scipop.timeutil import local_zone, utcnow

WEEKS = 6
BASE_ATTENDEES = 300
CHUNK = 10_000


@dataclass
class DemoSummary:
    organizations: int
    rooms: int
    events: int
    sessions: int
    volunteers: int
    attendees: int


def is_empty(store: Store) -> bool:
    with store.uow() as uow:
        return not uow.session.scalar(select(func.count()).select_from(Event)) and not (
            uow.session.scalar(select(func.count()).select_from(Organization))
        )


def load_demo(
    store: Store,
    *,
    attendees: int = 0,
    seed: int = 1,
    force: bool = False,
    today: date | None = None,
    progress: Progress = NO_PROGRESS,
) -> DemoSummary:
    """Load the demo season starting ``today`` (local), plus ``attendees`` synthetic people."""
    with store.uow(write=True) as uow:
        s = uow.session
        if not force and (s.scalar(select(func.count()).select_from(Organization)) or 0):
            raise DatabaseNotEmpty(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database already holds data; demo data would mix with it. "
                    "Use an empty database.",
                ),
                HINT_FORCE,
            )
        tag = "" if not force else _unique_tag(s)
        rng = random.Random(seed)
        now = utcnow()
        today = today or datetime.now(local_zone()).date()
        total = BASE_ATTENDEES + attendees
        progress.report(0, total, "world")
        builder = _Builder(s, rng, tag)
        builder.world()
        n_sessions = builder.season(today, now)
        n_volunteers = builder.volunteers(today, now)
        progress.check()
        done = 0
        rows = attendee_rows(total, seed)
        stamp = {"created_at": now, "updated_at": now}
        while done < total:
            chunk = [dict(next(rows), **stamp) for _ in range(min(CHUNK, total - done))]
            s.execute(insert(Attendee), chunk)
            done += len(chunk)
            progress.report(done, total, "attendees")
            progress.check()
        from scipop.demo.tickets import add_demo_tickets

        add_demo_tickets(s, today=today, now=now, seed=seed)
        uow.audit("create", "demo", None, f"demo data loaded (seed {seed}, {total} attendees)")
        uow.commit()
        return DemoSummary(
            organizations=len(builder.orgs),
            rooms=len(builder.rooms),
            events=len(builder.events),
            sessions=n_sessions,
            volunteers=n_volunteers,
            attendees=total,
        )


def _unique_tag(s: Session) -> str:
    n = s.scalar(select(func.count()).select_from(Organization)) or 0
    return f" ({n})"


def _at(day: date, t: time) -> datetime:
    return datetime.combine(day, t, tzinfo=local_zone())


class _Builder:
    def __init__(self, s: Session, rng: random.Random, tag: str):
        self.s, self.rng, self.tag = s, rng, tag
        self.orgs: dict[str, Organization] = {}
        self.venues: dict[str, Venue] = {}
        self.rooms: dict[str, Room] = {}
        self.programs: dict[str, Program] = {}
        self.events: dict[str, Event] = {}
        self.sessions: list[EventSession] = []

    def world(self) -> None:
        t = self.tag
        for key, name, name_en, short, kind in world.ORGANIZATIONS:
            self.orgs[key] = Organization(
                name=name + t, name_en=name_en + t, short_name=short, kind=kind
            )
        for key, name, name_en, address in world.VENUES:
            self.venues[key] = Venue(name=name + t, name_en=name_en + t, address=address)
        for key, venue, name, name_en, cap, opens, closes, setup, down, share in world.ROOMS:
            self.rooms[key] = Room(
                venue=self.venues[venue],
                name=name,
                name_en=name_en,
                capacity=cap,
                opens_at=opens,
                closes_at=closes,
                setup_minutes=setup,
                teardown_minutes=down,
                shareable=share,
            )
        for key, name, name_en, color in world.PROGRAMS:
            self.programs[key] = Program(name=name + t, name_en=name_en + t, color=color)
        for key, title, title_en, kind, program, lead, cos in world.EVENTS:
            ev = Event(
                title=title + t,
                title_en=title_en + t,
                kind=kind,
                program=self.programs[program] if program else None,
            )
            ev.organizers.append(EventOrganizer(organization=self.orgs[lead], role="lead"))
            for i, co in enumerate(cos, start=1):
                ev.organizers.append(
                    EventOrganizer(organization=self.orgs[co], role="co_organizer", position=i)
                )
            self.events[key] = ev
        self.s.add_all([*self.orgs.values(), *self.rooms.values(), *self.events.values()])
        for day_text, reason in world.HOLIDAYS:
            self.s.add(ClosedDay(day=self._next_date(day_text), reason=reason))
        self.s.flush()

    @staticmethod
    def _next_date(month_day: str) -> date:
        today = datetime.now(local_zone()).date()
        month, day = (int(x) for x in month_day.split("-"))
        candidate = date(today.year, month, day)
        return candidate if candidate >= today else date(today.year + 1, month, day)

    def _add(self, event: str, room: str, start: datetime, end: datetime, **kw) -> None:
        r = self.rooms[room]
        sess = EventSession(
            event=self.events[event],
            room=r,
            starts_at=start,
            ends_at=end,
            capacity=kw.pop("capacity", r.capacity),
            **kw,
        )
        self.sessions.append(sess)

    def season(self, today: date, now: datetime) -> int:
        closed = {d for d in self.s.scalars(select(ClosedDay.day))}
        for offset in range(WEEKS * 7):
            day = today + timedelta(days=offset)
            weekday = day.weekday()  # Monday = 0: the Science Center is closed on Mondays
            if weekday == 0 or day in closed:
                continue
            self._add("theme", "theme", _at(day, time(9)), _at(day, time(17)))
            for slot in range(15):  # shows at 09:30, 10:00 … 16:30, 20 minutes each
                start = _at(day, time(9, 30)) + timedelta(minutes=30 * slot)
                self._add("sphere", "sphere", start, start + timedelta(minutes=20))
            if weekday == 5:  # Saturdays: NOI training, Robot Cup rounds on two of them
                self._add("noi", "lab", _at(day, time(14)), _at(day, time(17)))
                if offset // 7 in (1, 3):
                    self._add("robot", "multi", _at(day, time(9)), _at(day, time(17)))
            if weekday == 6:  # Sundays: imaging festival screenings
                self._add("imaging", "lecture", _at(day, time(14)), _at(day, time(16)))
            if weekday == 2 and offset >= 7:  # Wednesdays: teachers' training
                self._add("teachers", "conf", _at(day, time(9, 30)), _at(day, time(11, 30)))
        first_week = today + timedelta(days=(3 - today.weekday()) % 7 + 7)
        for i in range(2):  # the forum: two days in the lecture hall
            day = first_week + timedelta(days=i)
            self._add("nobel", "lecture", _at(day, time(9)), _at(day, time(12)))
            self._add("nobel", "lecture", _at(day, time(14)), _at(day, time(17, 30)))
        bridge_day = today + timedelta(days=(4 - today.weekday()) % 7 + 14)
        self._add("bridge", "conf", _at(bridge_day, time(14)), _at(bridge_day, time(17)))
        self._running_now(today, now)
        self.s.add_all(self.sessions)
        self.s.flush()
        return len(self.sessions)

    def _running_now(self, today: date, now: datetime) -> None:
        """A public lecture that is on right now, so the check-in station has a live session."""
        local_now = now.astimezone(local_zone())
        start = local_now.replace(minute=0, second=0, microsecond=0) - timedelta(minutes=30)
        if start.date() != today:
            start = _at(today, time(0, 0))
        end = start + timedelta(hours=2)
        room = self.rooms["lecture"]
        self.s.add_all(self.sessions)  # the scheduling conflict check looks in the database
        clash = find_clash(
            self.s,
            room,
            start.astimezone(UTC),
            end.astimezone(UTC),
            room.setup_minutes,
            room.teardown_minutes,
        )
        inside = within_hours(room, start, end)
        if clash is None:
            self._add(
                "nobel",
                "lecture",
                start,
                end,
                # no title of its own: the event's name shows, in each UI language
                outside_hours=not inside,
            )

    def volunteers(self, today: date, now: datetime) -> int:
        from scipop.demo.volunteers import add_demo_volunteers

        return add_demo_volunteers(
            self.s, self.orgs, self.rooms, self.sessions, self.events, today, now
        )
