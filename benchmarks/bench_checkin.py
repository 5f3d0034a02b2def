"""Check-in at the door: ``admit()`` latency with ``synchronous=FULL`` beside ``NORMAL``.

Ours: the store as the program opens it (WAL, ``synchronous=FULL``: each acknowledged
check-in is on the disk before the screen says so). Anchor: the same calls on an identical
copy opened with ``synchronous=NORMAL`` (WAL synced only at checkpoints), the two
interleaved scan by scan in the same run, on a demo database with 100,000 attendees and
their tickets. Every scan is a first scan of a genuine code (an accepted check-in, the
path that writes most). The station's target is p99 ≤ 10 ms from scan to verdict painted;
the service call is the part of it measured here.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from attendee_seed import build_database
from harness import Figure

from scipop.models import ScanVerdict
from scipop.registration.admission import admit
from scipop.store.backup import take_backup
from scipop.store.engine import create_store_engine
from scipop.store.migrate import upgrade_to_head
from scipop.store.uow import Store

ATTENDEES = 100_000
TARGET_P99_MS = 10.0


def _copy(source: Path, target: Path) -> Path:
    """A consistent copy through the program's own backup (SQLite's backup API)."""
    for leftover in target.parent.glob(target.name + "*"):
        leftover.unlink()
    return take_backup(source, target, verify=False).path


def _codes(db: Path, count: int) -> list[tuple[str, int]]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT code, session_id FROM ticket WHERE status = 'active' AND code IS NOT NULL"
            " AND arrived = 0 AND kind = 'single'"
        ).fetchall()
    finally:
        conn.close()
    random.Random(7).shuffle(rows)
    return rows[:count]


def _percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main(quick: bool = False) -> list[Figure]:
    attendees = 20_000 if quick else ATTENDEES
    scans = 300 if quick else 2_000
    folder = Path(tempfile.gettempdir()) / "scipop-bench"
    folder.mkdir(exist_ok=True)
    seed = build_database(folder / f"attendees-{attendees}-v2.sqlite3", attendees)
    stores: dict[str, Store] = {}
    for mode in ("FULL", "NORMAL"):
        db = _copy(seed, folder / f"checkin-{mode.lower()}.sqlite3")
        url = f"sqlite:///{db}"
        stores[mode] = Store(url, engine=create_store_engine(url, synchronous=mode))
        upgrade_to_head(stores[mode].engine)  # the seed may predate the newest schema
    codes = _codes(seed, scans)
    samples: dict[str, list[float]] = {"FULL": [], "NORMAL": []}
    try:
        for store in stores.values():  # warm both: keys cached, pages read
            for code, session_id in codes[:20]:
                admit(store, code, session_id, station="bench-warmup")
        for i, (code, session_id) in enumerate(codes[20:]):
            order = ("FULL", "NORMAL") if i % 2 == 0 else ("NORMAL", "FULL")
            for mode in order:
                start = time.perf_counter()
                result = admit(stores[mode], code, session_id, station="门口 1")
                samples[mode].append((time.perf_counter() - start) * 1000)
                if result.verdict != ScanVerdict.ACCEPTED:
                    raise RuntimeError(f"{mode}: {code} was not accepted: {result.verdict}")
    finally:
        for store in stores.values():
            store.dispose()
    label = f"{len(samples['FULL']):,} check-ins, {attendees:,} attendees"
    full, normal = samples["FULL"], samples["NORMAL"]
    p99 = _percentile(full, 0.99)
    return [
        Figure(
            f"check-in p50, synchronous=FULL ({label})",
            statistics.median(full),
            "ms",
            statistics.median(normal),
            "synchronous=NORMAL",
        ),
        Figure(
            f"check-in p99, synchronous=FULL ({label})",
            p99,
            "ms",
            _percentile(normal, 0.99),
            "synchronous=NORMAL",
            f"≤ {TARGET_P99_MS:g} ms",
            p99 <= TARGET_P99_MS,
        ),
    ]
