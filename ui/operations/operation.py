"""One read or write run in the worker pool, its outcome delivered on the GUI thread."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from scipop.errors import DomainError
from scipop.progress import Cancelled, Progress
from ui.operations.tracker import OperationTracker
from ui.workers import Job

if TYPE_CHECKING:
    from ui.context import AppContext

_LIVE: set[Job] = set()  # jobs in the pool, kept until they end (their parent may be gone)
_PENDING: set[Operation] = set()  # operations whose outcome has not been delivered or dropped


def operations_pending() -> int:
    """How many operations are still to deliver (tests wait for 0)."""
    return len(_PENDING)


class ProgressDisplay(Protocol):
    """Shows one operation's progress; its Cancel calls ``op.cancel()``."""

    def start(self, op: Operation) -> None: ...
    def update(self, done: int, total: int, stage: str) -> None: ...
    def cancelling(self) -> None: ...
    def finish(self) -> None: ...


class Operation(QObject):
    """Build with the constructor and the chained setters, then :meth:`run` it.

    ``op`` takes the services (and a Progress after :meth:`with_progress`). Exactly one of
    ``succeeded``/``failed``/``cancelled`` is emitted, unless the operation was dropped;
    ``ended`` follows in every case.
    """

    succeeded = Signal(object)  # the op's result, after the success callback ran
    failed = Signal(object)  # the exception, after it was shown or handed to ``failure``
    cancelled = Signal()  # the user cancelled and the work stopped (nothing was written)
    progressed = Signal(int, int, str)  # done, total, stage
    ended = Signal()  # delivered or dropped

    droppable = True  # a write is never dropped for a newer request (see WriteOp)

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject,
        op: Callable[..., Any],
        success: Callable[[Any], Any] | None = None,
    ):
        self.tracker = OperationTracker.of(parent)
        super().__init__(self.tracker)
        self.ctx = ctx
        self.parent_object = parent
        self._op = op
        self._success = success
        self._failure: Callable[[Exception], Any] | None = None
        self._on_cancelled: Callable[[], Any] | None = None
        self._title = ""
        self._key: str | None = None
        self._progress: ProgressDisplay | None = None
        self._takes_progress = False
        self._disabled: list[QWidget] = []
        self.job: Job | None = None
        self.done = False
        self.dropped = False

    # ---- building
    def failure(self, handler: Callable[[Exception], Any]) -> Operation:
        """Handle a domain error yourself (e.g. beside a form's fields) instead of a box."""
        self._failure = handler
        return self

    def on_cancelled(self, handler: Callable[[], Any]) -> Operation:
        self._on_cancelled = handler
        return self

    def titled(self, title: str) -> Operation:
        """The title of the box a domain error is shown in."""
        self._title = title
        return self

    def latest(self, key: str) -> Operation:
        """Only the newest operation with ``key`` on this parent delivers; older ones drop."""
        if not self.droppable:
            raise TypeError("a write is never superseded")
        self._key = key
        return self

    def with_progress(self, display: ProgressDisplay | None = None) -> Operation:
        """``op`` takes (services, progress); ``display`` shows it and offers Cancel."""
        self._takes_progress = True
        self._progress = display
        return self

    def disabling(self, *widgets: QWidget) -> Operation:
        """Widgets (buttons, say) disabled while the operation runs."""
        self._disabled.extend(widgets)
        return self

    # ---- running
    def run(self) -> Operation:
        services = self.ctx.services
        op, takes_progress = self._op, self._takes_progress

        def work(progress: Progress) -> Any:
            return op(services, progress) if takes_progress else op(services)

        self.job = job = Job(work)
        job.signals.progressed.connect(self._progressed)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        _LIVE.add(job)
        job.signals.finished.connect(lambda _r, j=job: _LIVE.discard(j))
        job.signals.failed.connect(lambda _e, j=job: _LIVE.discard(j))
        _PENDING.add(self)
        self.tracker.add(self, self._key)
        for widget in self._disabled:
            widget.setEnabled(False)
        if self._progress is not None:
            self._progress.start(self)
        self.ctx.pool.start(job)
        return self

    @property
    def running(self) -> bool:
        return self.job is not None and not self.done

    @Slot()
    def cancel(self) -> None:
        """The user asked to stop: the work is told to; its outcome is still delivered."""
        if self.job is not None and not self.done:
            self.job.cancel()
            if self._progress is not None:
                self._progress.cancelling()

    def drop(self) -> None:
        """Nobody wants the result any more: stop the work if it listens, deliver nothing."""
        if self.done:
            return
        if self.job is not None and self.droppable:
            self.job.cancel()  # a write already started runs to its end, unseen
        self.dropped = True
        self._end()

    def forget(self) -> None:
        """The parent (and this QObject) are gone: only the Python side is left to tidy."""
        if self.job is not None and self.droppable:
            self.job.cancel()
        self.done = self.dropped = True
        _PENDING.discard(self)

    # ---- outcome (GUI thread)
    def _end(self) -> None:
        self.done = True
        _PENDING.discard(self)
        if shiboken6.isValid(self.tracker):
            self.tracker.remove(self)
        for widget in self._disabled:
            if shiboken6.isValid(widget):
                widget.setEnabled(True)
        if self._progress is not None:
            self._progress.finish()
        self.ended.emit()
        self.deleteLater()  # after this delivery: a busy page runs thousands of reads

    def _wanted(self) -> bool:
        return not self.done and shiboken6.isValid(self) and shiboken6.isValid(self.parent_object)

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, stage: str) -> None:
        if self._wanted():
            if self._progress is not None:
                self._progress.update(done, total, stage)
            self.progressed.emit(done, total, stage)

    @Slot(object)
    def _finished(self, result: Any) -> None:
        if not self._wanted():
            return
        self._end()
        if self._success is not None:
            self._success(result)
        self.succeeded.emit(result)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        if not self._wanted():
            return
        self._end()
        if isinstance(error, Cancelled):
            if self._on_cancelled is not None:
                self._on_cancelled()
            self.cancelled.emit()
            return
        if isinstance(error, DomainError):
            if self._failure is not None:
                self._failure(error)
            else:
                from ui.errors import show_error

                parent = self.parent_object
                show_error(parent if isinstance(parent, QWidget) else None, error, self._title)
            self.failed.emit(error)
            return
        self.failed.emit(error)
        sys.excepthook(type(error), error, error.__traceback__)  # a bug: the error dialog


class QueryOp(Operation):
    """A read: a newer request may supersede it (see :meth:`Operation.latest`)."""


class WriteOp(Operation):
    """A write: never superseded; its result is delivered unless its parent is gone."""

    droppable = False
