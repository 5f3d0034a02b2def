"""The Attendees page's search index, built in a worker and rebuilt after every change.

Until the first index is ready the page shows every row by keyset paging; a filter typed in
that moment is kept and applied as soon as the index arrives. A rebuild asked for while one
is running supersedes it (see :mod:`ui.operations`), so the index always ends up current.
"""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, QObject, Signal, Slot

from scipop.errors import DomainError
from scipop.registration.table_index import SearchIndex
from scipop.registration.table_queries import RowKey
from ui.context import AppContext
from ui.operations import Operation, QueryOp


def collator() -> QCollator:
    """Names in the UI's order (pinyin in Chinese); one per thread (QCollator is reentrant)."""
    c = QCollator(QLocale())
    c.setNumericMode(True)
    return c


class AttendeeSearch(QObject):
    index_ready = Signal()  # a new index is in place
    failed = Signal(object)  # the exception a build raised

    def __init__(self, ctx: AppContext, parent: QObject):
        super().__init__(parent)
        self.ctx = ctx
        self.index: SearchIndex | None = None
        self._op: Operation | None = None

    @property
    def ready(self) -> bool:
        return self.index is not None

    @property
    def building(self) -> bool:
        return self._op is not None and self._op.running

    def rebuild(self) -> None:
        """Read the rows again in the background; the current index answers meanwhile.

        A rebuild asked for while one runs supersedes it: the newest one is current.
        """
        self._op = (
            QueryOp(
                self.ctx,
                self,
                lambda services, progress: services.attendee_search_index(
                    progress, collator().sortKey
                ),
                self._built,
            )
            .with_progress()
            .latest("index")
            .failure(self.failed.emit)
        )
        self._op.failed.connect(self._failed)
        self._op.run()

    def cancel(self) -> None:
        if self._op is not None:
            self._op.drop()

    def match(
        self, text: str, session_id: int | None, sort: str = "newest", descending: bool = False
    ) -> list[RowKey]:
        assert self.index is not None, "match() before the index is ready"
        return self.index.match(text, session_id=session_id, sort=sort, descending=descending)

    def _built(self, index: SearchIndex) -> None:
        self.index = index
        self.index_ready.emit()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        if not isinstance(error, DomainError):
            self.failed.emit(error)
