"""What every benchmark shares: the Figure it reports, timing helpers, the repo on sys.path.

A benchmark is a module ``benchmarks/bench_<name>.py`` with
``def main(quick: bool = False) -> list[Figure]``; each Figure puts the project's number beside
an anchor measured in the same run on the same machine, so the ratio means something anywhere.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PYTHON = sys.executable


@dataclass
class Figure:
    """One measured figure beside its anchor; ``passed`` says whether the target was met."""

    name: str
    ours: float
    unit: str
    anchor: float | None = None
    anchor_label: str = ""
    target: str = ""
    passed: bool | None = None

    @property
    def ratio(self) -> float | None:
        if self.anchor is None or self.anchor == 0:
            return None
        return self.ours / self.anchor


def timed(fn: Callable[[], object], repeat: int = 1, warmup: int = 0) -> float:
    """Median wall time of ``fn()`` in seconds over ``repeat`` runs (after ``warmup`` runs)."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def timed_samples(fn: Callable[[], object], repeat: int = 1) -> list[float]:
    """Every wall time of ``fn()`` in seconds, for benchmarks that report spread."""
    samples = []
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def subprocess_env(**extra: str) -> dict[str, str]:
    """The environment for child processes: offscreen Qt, the repo importable, UTF-8 I/O."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(extra)
    return env


class ChildFailed(RuntimeError):
    """A benchmark's child process exited without printing the line it waits for."""


def time_until_line(
    argv: Sequence[str],
    line: str,
    *,
    env: dict[str, str] | None = None,
    timeout: float = 120.0,
    cwd: Path | None = None,
) -> float:
    """Seconds from spawning ``argv`` to reading ``line`` on its stdout.

    Then waits for the child to exit; raises ChildFailed unless it printed the line and exited 0.
    """
    return time_line_and_exit(argv, line, env=env, timeout=timeout, cwd=cwd)[0]


def time_line_and_exit(
    argv: Sequence[str],
    line: str,
    *,
    env: dict[str, str] | None = None,
    timeout: float = 120.0,
    cwd: Path | None = None,
) -> tuple[float, float]:
    """Seconds from spawning ``argv`` to reading ``line``, and to the child's (successful) exit."""
    with tempfile.TemporaryFile() as errfile:
        start = time.perf_counter()
        proc = subprocess.Popen(
            list(argv),
            stdout=subprocess.PIPE,
            stderr=errfile,
            stdin=subprocess.DEVNULL,
            env=env or subprocess_env(),
            cwd=str(cwd or ROOT),
        )
        elapsed: float | None = None
        exited = 0.0
        killer = threading.Timer(timeout, proc.kill)  # a child that hangs silently
        killer.start()
        try:
            assert proc.stdout is not None
            for got in proc.stdout:
                if got.decode("utf-8", "replace").strip() == line:
                    elapsed = time.perf_counter() - start
                    break
            proc.communicate(timeout=max(1.0, timeout - (time.perf_counter() - start)))
            exited = time.perf_counter() - start
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
        finally:
            killer.cancel()
        errfile.seek(0)
        stderr = errfile.read().decode("utf-8", "replace")
    if elapsed is None or proc.returncode != 0:
        raise ChildFailed(
            f"{' '.join(argv)} exited {proc.returncode} without {line!r}:\n{stderr[-2000:]}"
        )
    return elapsed, exited


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def at_most(ratio: float | None, limit: float) -> bool | None:
    """Target check for ``ratio <= limit``; None when there is no anchor."""
    return None if ratio is None else ratio <= limit
