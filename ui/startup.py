"""Opening the database off the GUI thread, so the main window paints at once."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from ui.workers import Job, JobRunner


def open_store_now(db: str | None):
    """Create or upgrade the database and return the store (imports SQLAlchemy)."""
    from scipop.store.uow import Store

    return Store.open(db)


def describe(db: str | None) -> str:
    try:
        from scipop.store.engine import describe_url, resolve_url

        return describe_url(resolve_url(db))
    except Exception:
        from scipop.redact import hide_url_password

        return hide_url_password(db or "")


class StoreOpener(QObject):
    """Runs :func:`open_store_now` in the pool; reports back in the GUI thread."""

    opened = Signal(object)  # the Store
    failed = Signal(str, str)  # which database, what went wrong

    def __init__(self, db: str | None, pool: QThreadPool | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.runner = JobRunner(pool, self)

    def start(self) -> Job:
        job = Job(lambda _progress: open_store_now(self.db))
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        return self.runner.start(job)

    @Slot(object)
    def _finished(self, store) -> None:
        self.opened.emit(store)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        from scipop.errors import DomainError
        from scipop.redact import hide_passwords
        from ui.errors import error_text

        if isinstance(error, DomainError):
            detail = error_text(error)  # says what to do, in the UI's language
        else:
            detail = hide_passwords(f"{error.__class__.__name__}: {error}")
        self.failed.emit(describe(self.db), detail)
