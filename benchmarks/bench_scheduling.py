"""Scheduling at season scale: the conflict check with 5,000 sessions, a 2,000-row import.

Conflict check. The database holds the demo season topped up to 5,000 sessions in six halls
(buffers included). Ours is the time of one ``find_clash`` call — the indexed range query on
(room, start, end) plus the exact interval test — averaged over many probes (random hall,
day and time: half in the booked months, where most clash, half in the free months after).
Anchors, same probes, same database, same run:
 * a naive checker that loads every scheduled session's interval from the database and scans
   them in Python (what a checker must do per booking without the index: re-read inside the
   transaction, since another PC may have booked meanwhile);
 * the scan alone, over intervals preloaded once (no database at all) — the pure-Python floor.
Every probe's verdict is compared between ours and the naive checker.

Import. Ours is ``import_sessions`` of a 2,000-row .xlsx (every row parsed, checked against
the 5,000 sessions and the other rows, booked and audited in one transaction). Anchor: the
floor for the same rows — read with calamine and inserted unchecked with one ``executemany``.
A second figure compares our reader (python-calamine) with openpyxl's read-only reader.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time as clock
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from harness import Figure, median, timed

from scipop.demo import load_demo
from scipop.models import ClosedDay, Event, Room, SessionStatus
from scipop.models import Session as EventSession
from scipop.scheduling.conflicts import find_clash, occupied
from scipop.store.uow import Store
from scipop.timeutil import local_zone

SESSIONS = 5_000
IMPORT_ROWS = 2_000
CHECK_TARGET_MS = 5.0
IMPORT_TARGET_S = 10.0

# hall (world.ROOMS key) -> (event key, daily (start, minutes)) — fits every hall's buffers
DAY_PLAN = {
    "sphere": (
        "sphere",
        [(time(9 + (30 + 30 * i) // 60, (30 + 30 * i) % 60), 20) for i in range(15)],
    ),
    "lab": ("noi", [(time(9, 30), 90), (time(11, 30), 90), (time(14), 90), (time(16), 90)]),
    "conf": ("teachers", [(time(9), 90), (time(11), 90), (time(14), 90)]),
    "lecture": ("nobel", [(time(9), 120), (time(14), 120)]),
}


def _at(day: date, t: time) -> datetime:
    return datetime.combine(day, t, tzinfo=local_zone()).astimezone(UTC)


def build(db: Path) -> tuple[Store, date, dict[str, Room], dict[str, Event]]:
    """The demo season topped up to SESSIONS sessions; the first free day after them."""
    from sqlalchemy import func, insert, select

    from scipop.demo import world

    store = Store.open(str(db), actor="bench")
    load_demo(store, today=date(2031, 3, 3))
    with store.uow(write=True) as uow:
        s = uow.session
        rooms = {}
        for key, _venue, name, *_ in world.ROOMS:
            rooms[key] = s.scalars(select(Room).where(Room.name == name)).one()
        events = {
            key: s.scalars(select(Event).where(Event.title == title)).one()
            for key, title, *_ in world.EVENTS
        }
        have = s.scalar(select(func.count()).select_from(EventSession)) or 0
        closed = set(s.scalars(select(ClosedDay.day)))
        day = date(2031, 6, 2)
        rows = []
        now = datetime.now(UTC)
        while have + len(rows) < SESSIONS:
            if day not in closed:
                for room_key, (event_key, slots) in DAY_PLAN.items():
                    room = rooms[room_key]
                    for start, minutes in slots:
                        begin = _at(day, start)
                        rows.append(
                            {
                                "event_id": events[event_key].id,
                                "room_id": room.id,
                                "starts_at": begin,
                                "ends_at": begin + timedelta(minutes=minutes),
                                "capacity": room.capacity,
                                "status": SessionStatus.SCHEDULED,
                                "title": "",
                                "outside_hours": False,
                                "created_at": now,
                                "updated_at": now,
                            }
                        )
            day += timedelta(days=1)
        rows = rows[: SESSIONS - have]
        s.execute(insert(EventSession), rows)
        uow.commit()
    return store, day + timedelta(days=7), rooms, events


def probes(rooms: dict[str, Room], n: int, seed: int = 7) -> list[tuple[Room, datetime, datetime]]:
    rng = random.Random(seed)
    keys = sorted(DAY_PLAN)
    out = []
    for _ in range(n):
        room = rooms[rng.choice(keys)]
        # half the probes fall in the booked season (most clash), half in the free months
        # after it (none clash; the widest index range scans)
        day = date(2031, 6, 2) + timedelta(days=rng.randrange(360))
        start = _at(day, time(9)) + timedelta(minutes=5 * rng.randrange(96))
        out.append((room, start, start + timedelta(minutes=rng.choice((20, 45, 90)))))
    return out


def naive_load(s) -> list[tuple]:
    from sqlalchemy import select

    q = (
        select(
            EventSession.room_id,
            EventSession.starts_at,
            EventSession.ends_at,
            EventSession.setup_minutes,
            EventSession.teardown_minutes,
            Room.setup_minutes,
            Room.teardown_minutes,
        )
        .join(Room, Room.id == EventSession.room_id)
        .where(EventSession.status == SessionStatus.SCHEDULED)
    )
    return list(s.execute(q))


def naive_scan(rows: list[tuple], room: Room, start: datetime, end: datetime) -> bool:
    lo, hi = occupied(start, end, room.setup_minutes, room.teardown_minutes)
    for room_id, b_start, b_end, b_setup, b_down, r_setup, r_down in rows:
        if room_id != room.id:
            continue
        b_lo, b_hi = occupied(
            b_start,
            b_end,
            r_setup if b_setup is None else b_setup,
            r_down if b_down is None else b_down,
        )
        if lo < b_hi and b_lo < hi:
            return True
    return False


def bench_checks(store: Store, rooms: dict[str, Room], n: int) -> tuple[float, float, float, int]:
    """Per-check seconds: ours, naive load+scan, preloaded scan; and how many probes clash."""
    with store.uow() as uow:
        s = uow.session
        local_rooms = {k: s.get(Room, r.id) for k, r in rooms.items()}
        cases = probes(local_rooms, n)
        ours_verdicts = []
        t0 = clock.perf_counter()
        for room, start, end in cases:
            ours_verdicts.append(
                find_clash(s, room, start, end, room.setup_minutes, room.teardown_minutes)
                is not None
            )
        ours = (clock.perf_counter() - t0) / n
        naive_n = max(20, n // 20)
        naive_verdicts = []
        t0 = clock.perf_counter()
        for room, start, end in cases[:naive_n]:
            naive_verdicts.append(naive_scan(naive_load(s), room, start, end))
        naive = (clock.perf_counter() - t0) / naive_n
        preloaded = naive_load(s)
        t0 = clock.perf_counter()
        scan_verdicts = [naive_scan(preloaded, room, a, b) for room, a, b in cases]
        scan = (clock.perf_counter() - t0) / n
    if ours_verdicts[:naive_n] != naive_verdicts or ours_verdicts != scan_verdicts:
        raise AssertionError("the indexed check and the naive scan disagree")
    return ours, naive, scan, sum(ours_verdicts)


def schedule_rows(store: Store, first_day: date, n: int) -> list[list[object]]:
    """``n`` good rows (Chinese headers) on free days after the season, in four halls."""
    from sqlalchemy import select

    from scipop.demo import world

    titles = {key: title for key, title, *_ in world.EVENTS}
    names = {key: name for key, _v, name, *_ in world.ROOMS}
    with store.uow() as uow:
        closed = set(uow.session.scalars(select(ClosedDay.day)))
    rows: list[list[object]] = [["活动", "场地", "日期", "开始", "结束", "容量", "标题"]]
    day = first_day
    while len(rows) <= n:
        if day not in closed:
            for room_key, (event_key, slots) in DAY_PLAN.items():
                for start, minutes in slots:
                    end = (datetime.combine(day, start) + timedelta(minutes=minutes)).time()
                    rows.append([titles[event_key], names[room_key], day, start, end, "", ""])
        day += timedelta(days=1)
    return rows[: n + 1]


def unchecked_insert(db: Path, path: Path, store: Store) -> float:
    """The floor: read the rows with calamine, insert them with one sqlite3 executemany."""
    import sqlite3

    from scipop.importing.spreadsheet import read_table

    with store.uow() as uow:
        from sqlalchemy import select

        events = dict(uow.session.execute(select(Event.title, Event.id)).all())
        rooms = dict(uow.session.execute(select(Room.name, Room.id)).all())
    start = clock.perf_counter()
    table = read_table(path)
    stamp = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    values = []
    for row in table.rows:
        begin = datetime.combine(row[2], row[3], tzinfo=local_zone()).astimezone(UTC)
        end = datetime.combine(row[2], row[4], tzinfo=local_zone()).astimezone(UTC)
        values.append(
            (
                events[row[0]],
                rooms[row[1]],
                begin.replace(tzinfo=None).isoformat(sep=" "),
                end.replace(tzinfo=None).isoformat(sep=" "),
                100,
                stamp,
                stamp,
            )
        )
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO session (event_id, room_id, starts_at, ends_at, capacity, title,"
            " outside_hours, status, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, '', 0, 'scheduled', ?, ?)",
            values,
        )
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    return clock.perf_counter() - start


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("日程")
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def openpyxl_read(path: Path) -> int:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for _ in book.active.iter_rows(values_only=True))
    finally:
        book.close()


def main(quick: bool = False) -> list[Figure]:
    from scipop.importing.spreadsheet import read_table
    from scipop.scheduling.importing import import_sessions

    n_checks = 300 if quick else 2_000
    with tempfile.TemporaryDirectory(prefix="scipop-bench-sched-") as tmp:
        db = Path(tmp) / "season.sqlite3"
        store, free_day, rooms, _events = build(db)
        try:
            ours, naive, scan, clashes = bench_checks(store, rooms, n_checks)
            print(
                f"   {n_checks} probes, {clashes} clash; per check: ours {ours * 1e3:.3f} ms, "
                f"naive load+scan {naive * 1e3:.2f} ms, preloaded scan {scan * 1e3:.3f} ms"
            )
            path = write_xlsx(
                Path(tmp) / "日程安排.xlsx", schedule_rows(store, free_day, IMPORT_ROWS)
            )
            read_ours = timed(lambda: read_table(path), repeat=1 if quick else 3)
            read_anchor = timed(lambda: openpyxl_read(path), repeat=1 if quick else 3)
            floor = median([unchecked_insert(db, path, store) for _ in range(1 if quick else 3)])
            t0 = clock.perf_counter()
            result = import_sessions(store, path)
            took = clock.perf_counter() - t0
            assert result.count == IMPORT_ROWS, result.count
            print(
                f"   import of {IMPORT_ROWS} rows: {took:.2f} s; floor {floor:.3f} s; "
                f"read: calamine {read_ours:.3f} s, openpyxl {read_anchor:.3f} s"
            )
        finally:
            store.dispose()
    return [
        Figure(
            name=f"conflict check, {SESSIONS:,} sessions in DB",
            ours=ours * 1e3,
            unit="ms",
            anchor=naive * 1e3,
            anchor_label="naive: load all intervals + Python scan",
            target=f"<= {CHECK_TARGET_MS:g} ms",
            passed=ours * 1e3 <= CHECK_TARGET_MS,
        ),
        Figure(
            name="conflict check vs preloaded scan",
            ours=ours * 1e3,
            unit="ms",
            anchor=scan * 1e3,
            anchor_label=f"Python scan of {SESSIONS:,} preloaded intervals",
            target="",
            passed=None,
        ),
        Figure(
            name=f"import {IMPORT_ROWS:,}-row schedule (.xlsx)",
            ours=took,
            unit="s",
            anchor=floor,
            anchor_label="calamine read + unchecked executemany",
            target=f"<= {IMPORT_TARGET_S:g} s",
            passed=took <= IMPORT_TARGET_S,
        ),
        Figure(
            name=f"read {IMPORT_ROWS:,}-row .xlsx",
            ours=read_ours,
            unit="s",
            anchor=read_anchor,
            anchor_label="openpyxl read-only",
            target="ratio <= 1",
            passed=read_ours <= read_anchor,
        ),
    ]


if __name__ == "__main__":
    for fig in main(quick="--quick" in sys.argv):
        print(fig)
