"""The child processes of ``bench_station`` (each needs its own process: a station, a QApplication).

    python benchmarks/station_child.py gui DB CODES_FILE
        the station window: scan (Enter) to verdict painted, one code after another
    python benchmarks/station_child.py ours DB CODES_FILE START_AT [URL]
    python benchmarks/station_child.py raw DB CODES_FILE START_AT
        one station scanning its codes flat out from START_AT (time.time()), through the
        service (ours) or raw sqlite3 doing the same lookup-and-insert (raw)

Prints one JSON object: per-scan milliseconds, and the wall clock when it started and ended.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scipop.registration.admission import CheckInWindow

# The demo season's sessions lie in the past or future: the benchmark's door is always open.
ALWAYS_OPEN = CheckInWindow(timedelta(days=3650), timedelta(days=3650))


def _station_services(url: str, synchronous: str = "FULL"):
    from scipop.app import Services
    from scipop.store.engine import create_store_engine
    from scipop.store.uow import Store

    engine = create_store_engine(url, synchronous=synchronous) if url.startswith("sqlite") else None
    services = Services(Store(url, actor="bench", engine=engine))
    services.station.config.window = lambda: ALWAYS_OPEN
    return services


def gui(db: str, codes: list[str]) -> dict:
    """Two station windows, on the database (synchronous=FULL, as the program runs) and on a
    copy opened with synchronous=NORMAL (the anchor: what the disk's sync costs), scans
    alternating between them. Between Enter and the paint the GUI thread waits in Qt's event
    loop as a station does (it used to spin ``processEvents()``, which kept the processor and
    the GIL from the scan's worker thread and added its own milliseconds)."""
    from PySide6.QtCore import QEventLoop, QSettings, Qt, QThreadPool
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.context import AppContext
    from ui.settings import Settings
    from ui.station.window import StationSetup, StationWindow

    app = QApplication([])
    ini = Path(db).with_suffix(".ini")
    settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    windows = {}
    for mode, path in (("FULL", db), ("NORMAL", db.replace(".sqlite3", "-normal.sqlite3"))):
        ctx = AppContext(_station_services(f"sqlite:///{path}", mode), settings, QThreadPool())
        window = StationWindow(ctx, StationSetup("门口 1", None, None))  # every session's door
        window.sounds.enabled = False
        window.poll_timer.stop()
        window.resize(1280, 800)
        window.show()
        windows[mode] = window
    samples: dict[str, list[float]] = {"FULL": [], "NORMAL": []}
    verdicts = []
    for i, code in enumerate(codes):
        for mode in ("FULL", "NORMAL") if i % 2 == 0 else ("NORMAL", "FULL"):
            window = windows[mode]
            app.processEvents()
            window.scan_field.setText(code)
            painted: list[str] = []
            shown: list[str] = []
            window.verdict.painted.connect(painted.append)
            window.verdict_shown.connect(shown.append)
            loop = QEventLoop()

            def check(*_args, shown=shown, painted=painted, loop=loop) -> None:
                if shown and painted and painted[-1] == shown[0]:
                    loop.quit()

            window.verdict.painted.connect(check)
            window.verdict_shown.connect(check)
            start = time.perf_counter()
            QTest.keyClick(window.scan_field, Qt.Key.Key_Return)
            if not (shown and painted and painted[-1] == shown[0]):
                loop.exec()  # waits as the station does: in Qt's event loop, not spinning
            samples[mode].append((time.perf_counter() - start) * 1000)
            window.verdict_shown.disconnect(check)
            window.verdict.painted.disconnect(check)
            window.verdict_shown.disconnect(shown.append)
            window.verdict.painted.disconnect(painted.append)
            verdicts.append(shown[0])
    return {"ms": samples["FULL"], "anchor_ms": samples["NORMAL"], "verdicts": verdicts}


def ours(db: str, codes: list[str], start_at: float, url: str = "") -> dict:
    services = _station_services(url or f"sqlite:///{db}")
    services.station.scan(codes[0], None, station="warm-up")  # keys and window cached
    codes = codes[1:]
    samples, accepted = [], 0
    _wait(start_at)
    began = time.time()
    for code in codes:
        t = time.perf_counter()
        r = services.station.scan(code, None, station=f"门 {os.getpid()}")
        samples.append((time.perf_counter() - t) * 1000)
        accepted += r.accepted
    return {"ms": samples, "began": began, "ended": time.time(), "accepted": accepted}


def raw(db: str, codes: list[str], start_at: float) -> dict:
    """sqlite3 alone: the same lookup (ticket by id, from the code) and the same two writes."""
    conn = sqlite3.connect(db, isolation_level=None, timeout=10)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    ids = [int(c) for c in codes[1:]]
    samples, accepted = [], 0
    _wait(start_at)
    began = time.time()
    for ticket_id in ids:
        t = time.perf_counter()
        now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
        conn.execute("BEGIN IMMEDIATE")
        row = conn.execute(
            "SELECT t.id, t.session_id, t.arrived, t.headcount, a.name FROM ticket t"
            " JOIN attendee a ON a.id = t.attendee_id WHERE t.id = ?",
            (ticket_id,),
        ).fetchone()
        done = conn.execute(
            "UPDATE ticket SET arrived = arrived + 1, first_scan_at = ? WHERE id = ?"
            " AND arrived + 1 <= headcount",
            (now, ticket_id),
        ).rowcount
        conn.execute(
            "INSERT INTO scan (ticket_id, session_id, raw_code, station, operator, scanned_at,"
            " verdict, admitted, method, reason, reason_detail) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (ticket_id, row[1], str(ticket_id), "raw", "bench", now,
             "accepted" if done else "duplicate", done, "scan", f"Welcome, {row[4]}.", "{}"),
        )  # fmt: skip
        conn.execute("COMMIT")
        samples.append((time.perf_counter() - t) * 1000)
        accepted += done
    conn.close()
    return {"ms": samples, "began": began, "ended": time.time(), "accepted": accepted}


def _wait(start_at: float) -> None:
    while time.time() < start_at:
        time.sleep(0.001)


def main() -> None:
    kind, db, codes_file = sys.argv[1:4]
    codes = Path(codes_file).read_text(encoding="utf-8").split()
    if kind == "gui":
        out = gui(db, codes)
    elif kind == "ours":
        out = ours(db, codes, float(sys.argv[4]), sys.argv[5] if len(sys.argv) > 5 else "")
    else:
        out = raw(db, codes, float(sys.argv[4]))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
