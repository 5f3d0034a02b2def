"""Cold start to the main window painted, on a 100,000-attendee database.

Ours: ``python main.py --db DB --smoke`` (builds the store, opens the main window, prints
``SMOKE-OK painted`` after its first paint). Anchor: ``benchmarks/bare_window.py``, a bare PySide6
QMainWindow that prints the same line after its first paint. Both are timed the same way in the
same run, alternating: wall time from spawning the process to reading that line, offscreen Qt,
median of N runs after one untimed warm-up each (so byte-compiling doesn't count).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from harness import PYTHON, ROOT, Figure, at_most, median, subprocess_env, time_until_line

ATTENDEES = 100_000
SMOKE_LINE = "SMOKE-OK painted"
TARGET_RATIO = 4.0


def build_database(db: Path, attendees: int) -> None:
    argv = [PYTHON, "-m", "scipop", "--db", str(db), "demo", "--attendees", str(attendees)]
    done = subprocess.run(
        argv, env=subprocess_env(), cwd=ROOT, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"scipop demo failed ({done.returncode}): {done.stderr[-2000:]}")


def main(quick: bool = False) -> list[Figure]:
    runs = 3 if quick else 7
    app = ROOT / "main.py"
    if not app.exists():
        raise FileNotFoundError(f"{app} does not exist yet; nothing to start")
    with tempfile.TemporaryDirectory(prefix="scipop-bench-startup-") as tmp:
        db = Path(tmp) / "scale.sqlite3"
        build_database(db, ATTENDEES)
        env = subprocess_env(QT_QPA_PLATFORM="offscreen")
        ours_argv = [PYTHON, str(app), "--db", str(db), "--smoke"]
        bare_argv = [PYTHON, str(ROOT / "benchmarks" / "bare_window.py")]
        for argv in (bare_argv, ours_argv):  # warm-up: .pyc files, disk cache
            time_until_line(argv, SMOKE_LINE, env=env)
        ours: list[float] = []
        bare: list[float] = []
        for _ in range(runs):
            bare.append(time_until_line(bare_argv, SMOKE_LINE, env=env))
            ours.append(time_until_line(ours_argv, SMOKE_LINE, env=env))
    print(f"   main.py --smoke (s): {', '.join(f'{x:.3f}' for x in ours)}")
    print(f"   bare_window.py  (s): {', '.join(f'{x:.3f}' for x in bare)}")
    fig = Figure(
        name=f"start-up to painted, {ATTENDEES:,} attendees",
        ours=median(ours),
        unit="s",
        anchor=median(bare),
        anchor_label="bare PySide6 QMainWindow",
        target=f"ratio <= {TARGET_RATIO:g}",
    )
    fig.passed = at_most(fig.ratio, TARGET_RATIO)
    return [fig]


if __name__ == "__main__":
    for fig in main(quick="--quick" in sys.argv):
        print(fig)
