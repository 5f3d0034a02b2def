"""The one adapter between the report pages and the background-work pattern (ui.workers).

``start(runner, fn, parent)`` runs ``fn(progress)`` in the pool and returns a :class:`Task`
whose signals arrive on the GUI thread. When the shared operations pattern lands, only this
module changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from scipop.progress import Progress
from ui.workers import Job, JobRunner


class Task(QObject):
    """One call off the GUI thread: progress, then exactly one of succeeded or failed."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[Progress], Any], parent: QObject | None = None):
        super().__init__(parent)
        self.job = Job(fn)
        self.running = True
        # bound slots of this GUI-thread object: Qt queues the worker's emits to this thread
        self.job.signals.progressed.connect(self._progressed)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)

    def cancel(self) -> None:
        """Ask the work to stop (safe after it ended: only a flag is set)."""
        self.job.cancel()

    @property
    def cancelled(self) -> bool:
        return self.job.is_cancelled

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, stage: str) -> None:
        self.progressed.emit(done, total, stage)

    @Slot(object)
    def _finished(self, result: object) -> None:
        self.running = False
        self.succeeded.emit(result)
        self.deleteLater()  # a dashboard makes one every few seconds all day

    @Slot(object)
    def _failed(self, error: object) -> None:
        self.running = False
        self.failed.emit(error)
        self.deleteLater()


def start(runner: JobRunner, fn: Callable[[Progress], Any], parent: QObject | None = None) -> Task:
    task = Task(fn, parent)
    runner.start(task.job)
    return task
