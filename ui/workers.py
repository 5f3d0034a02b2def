"""Slow work off the GUI thread: a QRunnable job with progress, cancel and result signals.

The job's function gets a :class:`scipop.progress.Progress` whose ``report`` emits
``progressed`` and whose ``cancelled`` answers the job's cancel flag. Worker code never
touches widgets: results and errors travel back by (queued) signals. A failure that is not a
domain error (a bug, a lost connection, a missing file) is also logged with its traceback.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from scipop.errors import DomainError
from scipop.progress import Progress

log = logging.getLogger("scipop.desk")


class JobSignals(QObject):
    progressed = Signal(int, int, str)  # done, total, stage
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception it raised


class SignalProgress(Progress):
    """Progress that reports by signal and is cancelled by a flag set from the GUI thread."""

    def __init__(self, signals: JobSignals, cancel_flag: threading.Event):
        self._signals = signals
        self._cancel = cancel_flag

    def report(self, done: int, total: int, stage: str = "") -> None:
        self._signals.progressed.emit(done, total, stage)

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class Job(QRunnable):
    """Runs ``fn(progress)`` in a pool thread; exactly one of finished/failed is emitted."""

    def __init__(self, fn: Callable[[Progress], Any]):
        super().__init__()
        self.setAutoDelete(False)  # Python keeps the job alive (see JobRunner)
        self.fn = fn
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.progress = SignalProgress(self.signals, self._cancel)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except Exception as exc:  # the GUI thread decides how to show it
            if not isinstance(exc, DomainError):
                log.warning("a background job failed", exc_info=exc)
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class JobRunner(QObject):
    """Starts jobs on a pool and keeps a reference to each until it has finished."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[Job] = set()

    def start(self, job: Job) -> Job:
        self._running.add(job)
        job.signals.finished.connect(lambda _r, j=job: self._running.discard(j))
        job.signals.failed.connect(lambda _e, j=job: self._running.discard(j))
        self.pool.start(job)
        return job

    @property
    def busy(self) -> bool:
        return bool(self._running)
