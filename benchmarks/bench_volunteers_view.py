"""The Volunteers page's staffing view on a 6-week season: 300 volunteers, 3,000 shifts.

Ours: the real page (in a child process, offscreen): from showing the Staffing tab on a day
(the day is read in a worker) to its rows painted, median over days of the season (each day
read fresh); and choosing a shift until "who is free" (300 candidates, every rule checked) is
painted. Anchor, in the same process: a bare QTableView on a QStandardItemModel holding the
same day's rows as text, shown and painted. Target: the staffing view opens in <= 200 ms.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from harness import PYTHON, ROOT, Figure, subprocess_env

VOLUNTEERS = 300
SHIFTS = 3_000
WEEKS = 6
FIRST_DAY = date(2031, 3, 3)  # a Monday
TARGET_MS = 200.0


def build_database(path: Path) -> Path:
    """The season, made once (bulk inserts): 4 halls, 1,500 sessions, 2 shifts each."""
    if path.exists():
        return path
    from sqlalchemy import insert

    from scipop.models import (
        Assignment,
        Event,
        EventKind,
        Organization,
        OrgKind,
        Room,
        Shift,
        Venue,
        Volunteer,
    )
    from scipop.models import Session as EventSession
    from scipop.store.uow import Store
    from scipop.timeutil import local_zone, to_utc, utcnow

    tmp = path.with_suffix(".part")
    tmp.unlink(missing_ok=True)
    store = Store.open(str(tmp), actor="bench")
    rnd = random.Random(7)
    now = utcnow()
    zone = local_zone()
    with store.uow(write=True) as uow:
        s = uow.session
        venue = Venue(name="北京科学中心", name_en="Beijing Science Center")
        rooms = [Room(venue=venue, name=f"展厅{i}", capacity=100) for i in range(1, 5)]
        event = Event(title="数字球幕秀：蓝色星球", kind=EventKind.SHOW)
        orgs = [
            Organization(name=n, kind=OrgKind.ASSOCIATION)
            for n in ("北京市科学技术协会", "北京市科学技术研究院", "北京四中", "清华附中")
        ]
        s.add_all([venue, *rooms, event, *orgs])
        s.flush()
        skills = ("引导", "检票", "急救", "讲解", "英语")
        s.execute(
            insert(Volunteer),
            [
                {
                    "name": f"志愿者{i:03d}",
                    "phone": f"+86139{i:08d}",
                    "organization_id": orgs[i % 4].id,
                    "skills": "、".join(rnd.sample(skills, 2)),
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(VOLUNTEERS)
            ],
        )
        sessions = []
        days = WEEKS * 7
        per_day = SHIFTS // 2 // days + 1
        for d in range(days):
            day = FIRST_DAY + timedelta(days=d)
            for k in range(per_day):
                if len(sessions) >= SHIFTS // 2:
                    break
                start = datetime(day.year, day.month, day.day, 9, 0, tzinfo=zone)
                start += timedelta(minutes=30 * (k // 4))
                sessions.append(
                    {
                        "event_id": event.id,
                        "room_id": rooms[k % 4].id,
                        "starts_at": to_utc(start),
                        "ends_at": to_utc(start + timedelta(minutes=25)),
                        "capacity": 100,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
        s.execute(insert(EventSession), sessions)
        made = s.execute(
            EventSession.__table__.select().with_only_columns(
                EventSession.id, EventSession.room_id, EventSession.starts_at, EventSession.ends_at
            )
        ).all()
        shifts = []
        for sid, room_id, start, end in made:
            for role, needed in (("检票", 2), ("引导", 1)):
                shifts.append(
                    {
                        "session_id": sid,
                        "room_id": room_id,
                        "role": role,
                        "starts_at": start - timedelta(minutes=15),
                        "ends_at": end + timedelta(minutes=5),
                        "needed": needed,
                        "skills": role,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
        s.execute(insert(Shift), shifts)
        shift_ids = [r[0] for r in s.execute(Shift.__table__.select().with_only_columns(Shift.id))]
        pairs = set()
        for shift_id in shift_ids:
            for _ in range(rnd.choice((0, 1, 1, 2))):
                pairs.add((shift_id, rnd.randrange(VOLUNTEERS) + 1))
        s.execute(
            insert(Assignment),
            [
                {"shift_id": a, "volunteer_id": b, "created_at": now, "updated_at": now}
                for a, b in pairs
            ],
        )
        uow.commit()
    store.dispose()
    tmp.rename(path)
    return path


def child(db: str, repeat: int) -> dict:
    """In the child: open the page on ``repeat`` days, then the anchor on the same rows."""
    from PySide6.QtCore import QEventLoop, QSettings, QThreadPool, QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from scipop.app import Services
    from scipop.store.uow import Store
    from ui.context import AppContext
    from ui.settings import Settings
    from ui.volunteers.page import VolunteersPage

    store = Store.open(db, actor="bench")
    settings = Settings(
        QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    )
    ctx = AppContext(Services(store), settings, QThreadPool.globalInstance())

    def wait(signal, timeout_ms: int = 20_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    def paint(widget) -> None:
        widget.repaint()
        app.processEvents()

    page = VolunteersPage(ctx)
    page.resize(1280, 800)
    page.show()
    page.activate()  # as the main window does when the page is chosen
    wait(page.roster.shown)  # the roster first, as a person opening the page sees it
    opens, candidates, rows_per_day = [], [], []
    days = [FIRST_DAY + timedelta(days=7 * (i % WEEKS) + (i * 3) % 7) for i in range(repeat)]
    tab = page.staffing
    for i, day in enumerate(days):
        if i:
            page.tabs.setCurrentWidget(page.roster)
            app.processEvents()
        tab.day = day
        tab.stale = True
        start = time.perf_counter()
        page.tabs.setCurrentWidget(tab)  # shows the tab, which reads its day in a worker
        wait(tab.shown)
        paint(tab.view.viewport())
        opens.append((time.perf_counter() - start) * 1000)
        rows_per_day.append(tab.model.rowCount())
        start = time.perf_counter()
        tab.view.selectRow(0)
        wait(tab.candidates_shown)
        paint(tab.free_view.viewport())
        candidates.append((time.perf_counter() - start) * 1000)
    texts = [
        [tab.model.index(r, c).data() or "" for c in range(tab.model.columnCount())]
        for r in range(tab.model.rowCount())
    ]
    page.close()

    anchor = []
    for _ in range(repeat):
        start = time.perf_counter()
        model = QStandardItemModel(len(texts), 6)
        for r, line in enumerate(texts):
            for c, text in enumerate(line):
                model.setItem(r, c, QStandardItem(str(text)))
        view = QTableView()
        view.setModel(model)
        view.resize(1280, 800)
        view.show()
        paint(view.viewport())
        anchor.append((time.perf_counter() - start) * 1000)
        view.close()
    store.dispose()
    return {"open": opens, "candidates": candidates, "anchor": anchor, "rows": rows_per_day}


def main(quick: bool = False) -> list[Figure]:
    folder = Path(tempfile.gettempdir()) / "scipop-bench"
    folder.mkdir(exist_ok=True)
    db = build_database(folder / f"volunteers-{VOLUNTEERS}-{SHIFTS}-v1.sqlite3")
    repeat = 5 if quick else 11
    done = subprocess.run(
        [PYTHON, __file__, "--child", str(db), str(repeat)],
        env=subprocess_env(),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    lines = [x for x in done.stdout.splitlines() if x.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"volunteers view child failed: {done.stderr[-2000:]}")
    r = json.loads(lines[-1])
    shown = f"{statistics.median(r['rows']):.0f} shifts a day"
    open_ms = statistics.median(r["open"])
    return [
        Figure(
            f"staffing view open ({VOLUNTEERS} volunteers, {SHIFTS:,} shifts; {shown})",
            open_ms,
            "ms",
            statistics.median(r["anchor"]),
            "QStandardItemModel+QTableView, same rows",
            f"<= {TARGET_MS:.0f} ms",
            open_ms <= TARGET_MS,
        ),
        Figure(
            f"who is free for a shift ({VOLUNTEERS} checked)",
            statistics.median(r["candidates"]),
            "ms",
        ),
    ]


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        sys.path.insert(0, str(ROOT))
        print(json.dumps(child(sys.argv[2], int(sys.argv[3]))), flush=True)
    else:
        for fig in main("--quick" in sys.argv):
            print(fig)
