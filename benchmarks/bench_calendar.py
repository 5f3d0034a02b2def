"""Calendar week render with 5,000 sessions in the database.

The database is the one ``bench_scheduling`` builds: the demo season topped up to 5,000
sessions in six halls (a busy week then holds ~170 of them). Ours: the Calendar page showing a
week — one ``CalendarQueries.load`` query for the days shown, laying out the blocks
(``CalendarView.set_data``) and painting the page offscreen (``QWidget.grab``), for several
different busy weeks, median. Anchor, same weeks, same run, same window size: the plain way to
show the same sessions — ``SessionQueries.list`` for the week (the read path the rest of the
program uses) into a QTableView on a row model (the event detail's sessions model), painted
the same way. The ratio says what the timeline costs over a table of the same rows.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time as clock
from datetime import date, timedelta
from pathlib import Path

from harness import Figure, median

TARGET_MS = 250.0  # paging a week must feel instant
TARGET_RATIO = 3.0
FIRST_WEEK = date(2031, 6, 2)  # a Monday in the busy months bench_scheduling fills


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    return app


def _settle(app) -> None:
    for _ in range(3):
        app.processEvents()


def _landed(app) -> None:
    """Wait for the page's reads and writes (off the GUI thread) to be shown."""
    from PySide6.QtCore import QEventLoop

    from ui.operations.operation import operations_pending

    while operations_pending():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def main(quick: bool = False) -> list[Figure]:
    from bench_scheduling import build
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QTableView

    from scipop.app import Services
    from scipop.scheduling.calendar import local_bounds, session_count
    from ui.context import AppContext
    from ui.models.event_sessions import EventSessionsModel
    from ui.pages.calendar import CalendarPage
    from ui.settings import Settings

    app = _app()
    weeks = 3 if quick else 8
    with tempfile.TemporaryDirectory(prefix="scipop-bench-calendar-") as tmp:
        store, *_ = build(Path(tmp) / "season.sqlite3")
        total = session_count(store)
        services = Services(store)
        settings = Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        page = CalendarPage(AppContext(services, settings))
        page.resize(1200, 800)
        page.show()
        page.activate()
        table = QTableView()
        model = EventSessionsModel(table)
        table.setModel(model)
        table.resize(1200, 800)
        table.show()
        _settle(app)

        days = [FIRST_WEEK + timedelta(weeks=i) for i in range(weeks + 1)]
        _landed(app)
        page.go_to(days[-1], week=True)  # warm-up: imports, font caches, first paint
        _landed(app)
        page.grab()
        ours, anchor, blocks, parts = [], [], [], []
        for day in days[:-1]:
            t0 = clock.perf_counter()
            page.go_to(day, week=True)
            _landed(app)
            t1 = clock.perf_counter()
            page.grab()
            t2 = clock.perf_counter()
            ours.append(t2 - t0)
            parts.append((page.load_ms, (t1 - t0) * 1000, (t2 - t1) * 1000))
            blocks.append(len(page.data.sessions))

            start, end = local_bounds(day, day + timedelta(days=6))
            t0 = clock.perf_counter()
            model.set_rows(services.sessions.list(start=start, end=end, include_cancelled=False))
            table.grab()
            anchor.append(clock.perf_counter() - t0)
            assert model.rowCount() == blocks[-1], (model.rowCount(), blocks[-1])
        # A drag that lands: the move through SchedulingService, the week reloaded and painted;
        # anchor: the same service move alone (the conflict-checked write, no GUI).
        page.go_to(days[0], week=True)
        _landed(app)
        last = max(page.data.sessions, key=lambda x: x.ends_at)  # the day's last show
        moves = 10 if quick else 30
        drag, bare = [], []
        for i in range(moves):
            shift = timedelta(minutes=5 if i % 2 == 0 else 0)
            t0 = clock.perf_counter()
            page.move_session(last.id, last.starts_at + shift, None)
            _landed(app)  # the write, then the week read again
            assert page.banner.kind != "error", page.banner.text()
            page.grab()
            drag.append(clock.perf_counter() - t0)
            t0 = clock.perf_counter()
            services.scheduling.move(last.id, last.starts_at + timedelta(minutes=5) - shift)
            bare.append(clock.perf_counter() - t0)
        page.close()
        table.close()
        store.dispose()

    print(f"   sessions in the database: {total:,}; blocks per week: {blocks}")
    print(
        "   calendar (ms) load+layout / paint: "
        + ", ".join(f"{lay:.0f}/{paint:.0f}" for _q, lay, paint in parts)
    )
    print(f"   table anchor (ms): {', '.join(f'{x * 1000:.0f}' for x in anchor)}")
    fig = Figure(
        name=f"calendar week: load + lay out + paint ({total:,} sessions in DB, "
        f"~{int(median(blocks))} shown)",
        ours=median(ours) * 1000,
        unit="ms",
        anchor=median(anchor) * 1000,
        anchor_label="same week as a QTableView of rows",
        target=f"<= {TARGET_MS:g} ms and ratio <= {TARGET_RATIO:g}",
    )
    fig.passed = fig.ours <= TARGET_MS and (fig.ratio or 0) <= TARGET_RATIO
    move = Figure(
        name="drag lands: move via SchedulingService + week reloaded and painted",
        ours=median(drag) * 1000,
        unit="ms",
        anchor=median(bare) * 1000,
        anchor_label="the service move alone",
        target=f"<= {TARGET_MS:g} ms",
    )
    move.passed = move.ours <= TARGET_MS
    return [fig, move]


if __name__ == "__main__":
    for f in main(quick="--quick" in sys.argv):
        print(f)
