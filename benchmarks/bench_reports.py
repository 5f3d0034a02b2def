"""Reports: the attendance workbook for 100,000 check-ins, and the dashboard's refresh.

Workbook. Ours: ``ReportService.export`` of today's sessions on a database holding 100,000
accepted check-ins (one ticket and one scan each) plus 5,000 rejected scans — queries, the
five sheets with their styles, widths, formula guard and chart, in a child process (its wall
time and its peak resident memory, ``ru_maxrss``). Anchor: openpyxl's write-only mode writing
the same rows raw (no styles, no guard, no widths) in another child of the same run; its rows
are read before its clock starts, so the anchor's time is the writing alone. Targets: ≤ 1.3×
the anchor's time, ≤ 150 MB peak.

Dashboard. ``DashboardReader.refresh`` with the same 100,000 scans today: the first read of
the day (the day's arrivals per 15 minutes and the week's tickets), the steady refresh every
few seconds (20 new scans since the last one) and the re-read of the registrations (forced
here; the reader does it at most once a minute, and only when the audit trail grew: the scans
are never read twice), on the schema the migrations make (0007 adds the day's scan index and
the sessions' figures index the reads are summed from). Anchor: one raw ``sqlite3`` query
grouping today's scans by 15 minutes. Target ≤ 50 ms.
"""

from __future__ import annotations

import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from harness import PYTHON, Figure, subprocess_env

CHECK_INS = 100_000
REJECTED = 5_000
SESSIONS = 40
TIME_RATIO = 1.3
PEAK_MB = 150.0
REFRESH_MS = 50.0
ALREADY_USED = "Already used: {name} was admitted at {first_at} at {first_station}."


def _fmt(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def build(path: Path, check_ins: int) -> Path:
    """A migrated database with ``check_ins`` accepted scans today (raw inserts, fast)."""
    from scipop.store.uow import Store
    from scipop.timeutil import local_zone

    if path.exists():
        return path
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    Store.open(f"sqlite:///{path}").dispose()
    rng = random.Random(12)
    now = datetime.now(local_zone())
    day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    conn = sqlite3.connect(path)
    stamp = _fmt(now)
    with conn:
        conn.execute(
            "INSERT INTO organization (id, name, name_en, short_name, kind, contact, phone, notes,"
            " created_at, updated_at) VALUES (1, '北京市科学技术协会', 'BAST', 'BAST',"
            " 'association', '', '', '', ?, ?)",
            (stamp, stamp),
        )
        conn.execute(
            "INSERT INTO venue (id, name, name_en, address, notes, created_at, updated_at)"
            " VALUES (1, '北京科学中心', 'Beijing Science Center', '', '', ?, ?)",
            (stamp, stamp),
        )
        for room in range(1, 5):
            conn.execute(
                "INSERT INTO room (id, venue_id, name, name_en, capacity, opens_at, closes_at,"
                " setup_minutes, teardown_minutes, shareable, notes, created_at, updated_at)"
                " VALUES (?, 1, ?, ?, 5000, '09:00:00.000000', '17:00:00.000000', 0, 0, 0, '',"
                " ?, ?)",
                (room, f"展厅{room}", f"Hall {room}", stamp, stamp),
            )
        per_session = check_ins // SESSIONS
        for sid in range(1, SESSIONS + 1):
            conn.execute(
                "INSERT INTO event (id, title, title_en, kind, status, description, created_at,"
                " updated_at) VALUES (?, ?, ?, 'forum', 'published', '', ?, ?)",
                (sid, f"科普讲座 {sid}", f"Lecture {sid}", stamp, stamp),
            )
            conn.execute(
                "INSERT INTO event_organizer (event_id, organization_id, role, position)"
                " VALUES (?, 1, 'lead', 0)",
                (sid,),
            )
            start = day + timedelta(hours=9, minutes=10 * sid)
            conn.execute(
                "INSERT INTO session (id, event_id, room_id, title, starts_at, ends_at, capacity,"
                " outside_hours, status, created_at, updated_at) VALUES (?, ?, ?, '', ?, ?, ?, 0,"
                " 'scheduled', ?, ?)",
                (sid, sid, 1 + sid % 4, _fmt(start), _fmt(start + timedelta(hours=2)),
                 per_session + 100, stamp, stamp),
            )  # fmt: skip
        attendees, tickets, scans = [], [], []
        for i in range(1, check_ins + 1):
            sid = 1 + (i - 1) // per_session if i <= per_session * SESSIONS else SESSIONS
            start = day + timedelta(hours=9, minutes=10 * sid)
            at = _fmt(start + timedelta(seconds=rng.randint(-1800, 3600)))
            phone = f"13{rng.randint(100000000, 999999999)}"
            attendees.append((i, f"观众{i:06d}", phone, f"a{i}@example.cn", "北京市第八中学",
                              "public", "", stamp, stamp))  # fmt: skip
            tickets.append((i, sid, i, "single", 1, 1, "active", 1, f"CODE{i:022d}", at, "东门",
                            stamp, stamp))  # fmt: skip
            detail = json.dumps(
                {
                    "context": "scan",
                    "template": "Welcome, {name}.",
                    "params": {"name": f"观众{i:06d}"},
                },
                ensure_ascii=False,
            )
            scans.append((i, sid, f"CODE{i:022d}", "东门", "志愿者", at, "accepted", 1,
                          f"Welcome, 观众{i:06d}.", detail))  # fmt: skip
        for _ in range(REJECTED):
            i = rng.randint(1, check_ins)
            sid, at = tickets[i - 1][1], tickets[i - 1][9]
            detail = json.dumps(
                {
                    "context": "scan",
                    "template": ALREADY_USED,
                    "params": {
                        "name": f"观众{i:06d}",
                        "first_at": at[:16],
                        "first_station": "东门",
                    },
                },
                ensure_ascii=False,
            )
            reason = f"Already used: 观众{i:06d} was admitted at {at[:16]} at 东门."
            scans.append((i, sid, f"CODE{i:022d}", "西门", "志愿者", at, "duplicate", 0,
                          reason, detail))  # fmt: skip
        conn.executemany(
            "INSERT INTO attendee (id, name, phone, email, organization, category, notes,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            attendees,
        )
        conn.executemany(
            "INSERT INTO ticket (id, session_id, attendee_id, kind, headcount, arrived, status,"
            " generation, code, first_scan_at, first_scan_station, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            tickets,
        )
        conn.executemany(
            "INSERT INTO scan (ticket_id, session_id, raw_code, station, operator, scanned_at,"
            " verdict, admitted, reason, reason_detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            scans,
        )
    conn.execute("ANALYZE")
    conn.close()
    return path


# ---- children: each prints one JSON line {"seconds": ..., "peak_mb": ...}
def _peak_mb() -> float:
    """This process's peak resident memory. On Linux VmHWM: ``ru_maxrss`` there keeps the
    high-water mark of the forked parent across exec, so it would report the parent's size."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def child_ours(db: str, out: str) -> dict[str, float]:
    from scipop.reports.scope import ExportOptions, ReportScope
    from scipop.reports.service import ReportService
    from scipop.store.uow import Store
    from scipop.timeutil import local_zone

    store = Store.open(f"sqlite:///{db}", upgrade=False)
    today = datetime.now(local_zone()).date()
    before = _peak_mb()
    start = time.perf_counter()
    ReportService(store).export(ReportScope(today, today), out, ExportOptions())
    seconds = time.perf_counter() - start
    store.dispose()
    return {"seconds": seconds, "peak_mb": _peak_mb(), "before_mb": before}


def child_anchor(db: str, out: str) -> dict[str, float]:
    from openpyxl import Workbook

    from scipop.reports.scope import ExportOptions, ReportScope
    from scipop.reports.workbook import WorkbookWriter
    from scipop.store.uow import Store
    from scipop.timeutil import local_zone

    store = Store.open(f"sqlite:///{db}", upgrade=False)
    today = datetime.now(local_zone()).date()
    with store.uow() as uow:  # the same rows, read before the clock starts
        writer = WorkbookWriter(uow.session, ReportScope(today, today), ExportOptions())
        detail = list(writer.detail_table()[1])
        scans = list(writer._scan_rows())
        summary = [writer._session_row(f) for f in writer.figures]
    before = _peak_mb()
    start = time.perf_counter()
    wb = Workbook(write_only=True)
    for rows in (summary, detail, scans):
        ws = wb.create_sheet()
        for row in rows:
            ws.append(row)
    wb.save(out)
    seconds = time.perf_counter() - start
    store.dispose()
    return {"seconds": seconds, "peak_mb": _peak_mb(), "before_mb": before}


def _child(kind: str, db: Path, out: Path) -> dict[str, float]:
    done = subprocess.run(
        [PYTHON, __file__, "--child", kind, str(db), str(out)],
        capture_output=True,
        text=True,
        env=subprocess_env(),
        timeout=600,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---- the dashboard, in this process
def dashboard(db: Path, repeat: int) -> dict[str, float]:
    """Medians in ms: the first read of the day, the steady refresh (20 new scans), the
    minute's re-read of the registrations (20 new scans too), and the raw anchor."""
    from scipop.reports.service import ReportService
    from scipop.store.uow import Store

    store = Store.open(f"sqlite:///{db}", upgrade=False)
    service = ReportService(store)
    first, steady, minute = [], [], []
    try:
        for _ in range(repeat):
            reader = service.dashboard()
            t0 = time.perf_counter()
            reader.refresh()
            first.append(time.perf_counter() - t0)
            for _ in range(5):
                _add_scans(db, 20)
                t0 = time.perf_counter()
                reader.refresh()
                steady.append(time.perf_counter() - t0)
            _add_scans(db, 20)
            t0 = time.perf_counter()
            reader.refresh(full=True)
            minute.append(time.perf_counter() - t0)
    finally:
        store.dispose()
    conn = sqlite3.connect(db)
    start = _fmt(datetime.now(UTC) - timedelta(hours=24))
    anchor = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        conn.execute(
            "SELECT session_id, substr(scanned_at, 1, 13), CAST(substr(scanned_at, 15, 2) AS"
            " INTEGER) / 15, sum(admitted) FROM scan WHERE scanned_at >= ? AND admitted > 0"
            " GROUP BY 1, 2, 3",
            (start,),
        ).fetchall()
        anchor.append(time.perf_counter() - t0)
    conn.close()
    med = {
        k: statistics.median(v) * 1000
        for k, v in (("first", first), ("steady", steady), ("minute", minute), ("anchor", anchor))
    }
    return med  # fmt: skip


def _add_scans(db: Path, count: int) -> None:
    conn = sqlite3.connect(db)
    at = _fmt(datetime.now(UTC))
    with conn:
        conn.executemany(
            "INSERT INTO scan (ticket_id, session_id, raw_code, station, operator, scanned_at,"
            " verdict, admitted, reason, reason_detail) VALUES (NULL, 1, 'X', '北门', '', ?,"
            " 'invalid', 0, 'Not a code.', '')",
            [(at,)] * count,
        )
    conn.close()


def main(quick: bool = False) -> list[Figure]:
    check_ins = 20_000 if quick else CHECK_INS
    folder = Path(tempfile.gettempdir()) / "scipop-bench"
    folder.mkdir(exist_ok=True)
    day = datetime.now().strftime("%Y%m%d")
    from scipop.store.migrate import HEAD_REVISION

    db = build(folder / f"reports-{check_ins}-{day}-{HEAD_REVISION}.sqlite3", check_ins)
    runs: dict[str, list[dict[str, float]]] = {"ours": [], "anchor": []}
    for _ in range(1 if quick else 3):  # alternated, so a busy moment weighs on both
        for kind in runs:
            runs[kind].append(_child(kind, db, folder / f"reports-{kind}.xlsx"))
    ours = {
        "seconds": statistics.median(r["seconds"] for r in runs["ours"]),
        "peak_mb": max(r["peak_mb"] for r in runs["ours"]),
    }
    anchor = {
        "seconds": statistics.median(r["seconds"] for r in runs["anchor"]),
        "peak_mb": max(r["peak_mb"] for r in runs["anchor"]),
    }
    label = f"{check_ins:,} check-ins"
    dash = dashboard(db, 3 if quick else 5)
    raw_ms = dash["anchor"]
    return [
        Figure(
            f"workbook time, median of {len(runs['ours'])} ({label})",
            ours["seconds"],
            "s",
            anchor["seconds"],
            "openpyxl write-only, raw rows",
            f"≤ {TIME_RATIO}×",
            ours["seconds"] <= TIME_RATIO * anchor["seconds"],
        ),
        Figure(
            f"workbook peak memory, whole process ({label})",
            ours["peak_mb"],
            "MB",
            anchor["peak_mb"],
            "openpyxl write-only, rows held",
            f"≤ {PEAK_MB:g} MB",
            ours["peak_mb"] <= PEAK_MB,
        ),
        Figure(
            f"dashboard refresh, steady ({label} today)",
            dash["steady"],
            "ms",
            raw_ms,
            "raw sqlite3 GROUP BY of today's scans",
            f"≤ {REFRESH_MS:g} ms",
            dash["steady"] <= REFRESH_MS,
        ),
        Figure(
            f"dashboard re-read of registrations, after a change ({label} today)",
            dash["minute"],
            "ms",
            raw_ms,
            "raw sqlite3 GROUP BY of today's scans",
            f"≤ {REFRESH_MS:g} ms",
            dash["minute"] <= REFRESH_MS,
        ),
        Figure(
            f"dashboard first read of the day ({label} today)",
            dash["first"],
            "ms",
            raw_ms,
            "raw sqlite3 GROUP BY of today's scans",
            f"≤ {REFRESH_MS:g} ms",
            dash["first"] <= REFRESH_MS,
        ),
    ]


if __name__ == "__main__":
    if len(sys.argv) >= 5 and sys.argv[1] == "--child":
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        fn = child_ours if sys.argv[2] == "ours" else child_anchor
        print(json.dumps(fn(sys.argv[3], sys.argv[4])))
    else:
        for figure in main(quick="--quick" in sys.argv):
            print(figure)
