"""The Attendees page's search index, built in a worker and rebuilt after every change.

Until the first index is ready the page shows every row by keyset paging; a filter typed in
that moment is kept and applied as soon as the index arrives. A rebuild asked for while one
is running starts again when it ends, so the index always ends up current.
"""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, QObject, Signal, Slot

from scipop.registration.table_index import SearchIndex, build_index
from scipop.registration.table_queries import RowKey
from scipop.store.uow import Store
from ui.workers import Job, JobRunner


def collator() -> QCollator:
    """Names in the UI's order (pinyin in Chinese); one per thread (QCollator is reentrant)."""
    c = QCollator(QLocale())
    c.setNumericMode(True)
    return c


class AttendeeSearch(QObject):
    index_ready = Signal()  # a new index is in place
    failed = Signal(object)  # the exception a build raised

    def __init__(self, store: Store, runner: JobRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.index: SearchIndex | None = None
        self._job: Job | None = None
        self._again = False

    @property
    def ready(self) -> bool:
        return self.index is not None

    @property
    def building(self) -> bool:
        return self._job is not None

    def rebuild(self) -> None:
        """Read the rows again in the background; the current index answers meanwhile."""
        if self._job is not None:
            self._again = True
            return
        store = self.store
        self._job = Job(lambda progress: build_index(store, progress, collator().sortKey))
        self._job.signals.finished.connect(self._built)
        self._job.signals.failed.connect(self._failed)
        self.runner.start(self._job)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
        self._again = False

    def match(
        self, text: str, session_id: int | None, sort: str = "newest", descending: bool = False
    ) -> list[RowKey]:
        assert self.index is not None, "match() before the index is ready"
        return self.index.match(text, session_id=session_id, sort=sort, descending=descending)

    @Slot(object)
    def _built(self, index: SearchIndex) -> None:
        self._job = None
        self.index = index
        if self._again:
            self._again = False
            self.rebuild()
        self.index_ready.emit()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self._job = None
        if self._again:
            self._again = False
            self.rebuild()
            return
        self.failed.emit(error)
