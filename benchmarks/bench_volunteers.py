"""Volunteers: the assignment check and the staffing view's data on a 6-week season.

The world: 300 volunteers, 3,000 shifts over 6 weeks in 6 halls (about 71 a day, 1–4 hours,
needing 1–3 people) and about 5,500 assignments made without overlaps, in a SQLite file.

1. ``AssignmentService.check(shift, volunteer)`` for random pairs, p50 and p99 (target p99
   ≤ 5 ms, wall time; its CPU time is reported too, since on a machine shared with other
   work the wall-time p99 is mostly waiting for a core). Anchors, measured in the same run:
   a bare ``SELECT 1`` in a unit of work (what any call to the database costs here), and the
   naive check: load *all* of the person's
   shifts and compare them in Python (the way it would be without the ±1-day window).
2. The staffing view's data: ``StaffingQueries.day(d)`` plus ``candidates(shift)`` for one
   shift of that day (300 volunteers, each with their check), p50 over the days (target
   ≤ 50 ms, well inside the view's 200 ms). Anchor: the same rows read raw with ``sqlite3``
   (the day's shifts with their people, every volunteer, the assignments of the ±1-day
   window), no Python rules.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path

from harness import Figure

VOLUNTEERS = 300
SHIFTS = 3_000
DAYS = 42
CHECK_P99_MS = 5.0
VIEW_P50_MS = 50.0


def _percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def build(path: Path, seed: int = 9):
    """The season's database; returns (store, first day, shift ids, volunteer ids)."""
    from sqlalchemy import insert

    from scipop.models import Assignment, Room, Shift, Venue, Volunteer
    from scipop.store.uow import Store
    from scipop.timeutil import local_zone, utcnow

    rng = random.Random(seed)
    store = Store.open(f"sqlite:///{path}", actor="bench")
    first = date(2031, 3, 3)
    zone = local_zone()
    now = utcnow()
    stamp = {"created_at": now, "updated_at": now}
    with store.uow(write=True) as uow:
        s = uow.session
        venue = Venue(name="北京科学中心")
        rooms = [Room(venue=venue, name=f"展厅{i}", capacity=100) for i in range(6)]
        s.add_all([venue, *rooms])
        s.flush()
        skills = ("讲解", "引导", "签到", "急救", "英语", "设备保障")
        s.execute(
            insert(Volunteer),
            [
                {
                    "name": f"志愿者{i:03d}",
                    "phone": f"+86139{i:08d}",
                    "skills": "、".join(rng.sample(skills, 2)),
                    "languages": "英语" if i % 4 == 0 else "",
                    **stamp,
                }
                for i in range(VOLUNTEERS)
            ],
        )
        shifts = []
        for i in range(SHIFTS):
            day = first + timedelta(days=i * DAYS // SHIFTS)
            start = datetime.combine(day, dtime(8), tzinfo=zone) + timedelta(
                minutes=30 * rng.randrange(20)
            )
            shifts.append(
                {
                    "room_id": rooms[i % 6].id,
                    "role": rng.choice(("引导", "检票", "讲解")),
                    "starts_at": start,
                    "ends_at": start + timedelta(minutes=60 * rng.randint(1, 4)),
                    "needed": rng.randint(1, 3),
                    "skills": rng.choice(("", "讲解", "签到")),
                    **stamp,
                }
            )
        s.execute(insert(Shift), shifts)
        rows = s.execute(Shift.__table__.select().order_by(Shift.id)).all()
        busy: dict[int, list] = {v: [] for v in range(1, VOLUNTEERS + 1)}
        assignments = []
        for r in rows:
            for v in rng.sample(range(1, VOLUNTEERS + 1), r.needed):
                if all(not (a < r.ends_at and r.starts_at < b) for a, b in busy[v]):
                    busy[v].append((r.starts_at, r.ends_at))
                    assignments.append({"shift_id": r.id, "volunteer_id": v, **stamp})
        s.execute(insert(Assignment), assignments)
        uow.commit()
    return store, first, [r.id for r in rows], list(busy), len(assignments)


def naive_check(store, shift_id: int, volunteer_id: int) -> bool:
    """The anchor: every shift of the person, compared in Python."""
    from sqlalchemy import select

    from scipop.models import Assignment, Shift

    with store.uow() as uow:
        s = uow.session
        x = s.get(Shift, shift_id)
        mine = s.execute(
            select(Shift.starts_at, Shift.ends_at)
            .join(Assignment, Assignment.shift_id == Shift.id)
            .where(Assignment.volunteer_id == volunteer_id)
        ).all()
        return any(a < x.ends_at and x.starts_at < b for a, b in mine)


def raw_view(path: Path, lo: datetime, hi: datetime) -> int:
    """The anchor of the view: the same rows, read raw."""
    conn = sqlite3.connect(path)
    try:
        a, b = lo.replace(tzinfo=None), hi.replace(tzinfo=None)
        n = len(
            conn.execute(
                "SELECT shift.*, room.name, assignment.id, volunteer.name FROM shift"
                " JOIN room ON room.id = shift.room_id"
                " LEFT JOIN assignment ON assignment.shift_id = shift.id"
                " LEFT JOIN volunteer ON volunteer.id = assignment.volunteer_id"
                " WHERE shift.starts_at < ? AND shift.ends_at > ?",
                (str(b), str(a)),
            ).fetchall()
        )
        n += len(conn.execute("SELECT id, name, skills, languages FROM volunteer").fetchall())
        n += len(
            conn.execute(
                "SELECT assignment.volunteer_id, shift.id, shift.starts_at, shift.ends_at"
                " FROM assignment JOIN shift ON shift.id = assignment.shift_id"
                " WHERE shift.starts_at > ? AND shift.starts_at < ?",
                (str(a - timedelta(days=2)), str(b + timedelta(days=1))),
            ).fetchall()
        )
        return n
    finally:
        conn.close()


def main(quick: bool = False) -> list[Figure]:
    from sqlalchemy import text

    from scipop.app import Services
    from scipop.timeutil import local_zone

    folder = Path(tempfile.mkdtemp(prefix="scipop-bench-vol-"))
    path = folder / "volunteers.sqlite3"
    t0 = time.perf_counter()
    store, first, shift_ids, volunteer_ids, n_assign = build(path)
    print(
        f"   {VOLUNTEERS} volunteers, {len(shift_ids)} shifts, {n_assign} assignments"
        f" built in {time.perf_counter() - t0:.1f} s",
        flush=True,
    )
    services = Services(store)
    rng = random.Random(3)
    n = 300 if quick else 2_000
    pairs = [(rng.choice(shift_ids), rng.choice(volunteer_ids)) for _ in range(n)]
    for shift, vol in pairs[:50]:  # warm-up
        services.assignments.check(shift, vol)

    def sample(fn, clock=time.perf_counter) -> list[float]:
        out = []
        for shift, vol in pairs:
            start = clock()
            fn(shift, vol)
            out.append((clock() - start) * 1000)
        return out

    ours = sample(services.assignments.check)
    ours_cpu = sample(services.assignments.check, time.thread_time)
    naive = sample(lambda sh, v: naive_check(store, sh, v))

    def select_one(_sh, _v):
        with store.uow() as uow:
            uow.session.execute(text("SELECT 1")).scalar()

    bare = sample(select_one)
    days = [first + timedelta(days=i) for i in range(0, DAYS, 3 if quick else 1)]
    view, anchor = [], []
    zone = local_zone()
    for d in days:
        start = time.perf_counter()
        rows = services.staffing.day(d)
        services.staffing.candidates(rows[len(rows) // 2].shift_id)
        view.append((time.perf_counter() - start) * 1000)
        lo = datetime.combine(d, dtime(0), tzinfo=zone).astimezone(tz=None)
        start = time.perf_counter()
        raw_view(path, lo.astimezone(local_zone()).astimezone(tz=None), lo + timedelta(days=1))
        anchor.append((time.perf_counter() - start) * 1000)
    rows = services.staffing.day(days[0])
    cands = services.staffing.candidates(rows[0].shift_id)
    print(f"   a day: {len(rows)} shifts; candidates: {len(cands)} volunteers", flush=True)
    print(f"   load average while measuring: {os.getloadavg()[0]:.1f}", flush=True)
    store.dispose()
    p99 = _percentile(ours, 0.99)
    view_p50 = statistics.median(view)
    return [
        Figure("assignment check p50", statistics.median(ours), "ms",
               statistics.median(bare), "bare SELECT 1 in a unit of work, p50"),
        Figure("assignment check p99", p99, "ms", _percentile(naive, 0.99),
               "naive: all the person's shifts in Python, p99", f"≤ {CHECK_P99_MS:g} ms",
               p99 <= CHECK_P99_MS),
        Figure("assignment check p99, this thread's CPU time (no waiting for a core)",
               _percentile(ours_cpu, 0.99), "ms"),
        Figure("staffing view data: day + candidates of one shift, p50", view_p50, "ms",
               statistics.median(anchor), "the same rows read raw with sqlite3, p50",
               f"≤ {VIEW_P50_MS:g} ms", view_p50 <= VIEW_P50_MS),
        Figure("staffing view data p-max over the days", max(view), "ms", max(anchor),
               "raw sqlite3, max"),
    ]  # fmt: skip
