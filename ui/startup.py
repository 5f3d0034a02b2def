"""Opening the database off the GUI thread, so the main window paints at once.

Once the store is open (and handed over), a second job runs SQLite's ``quick_check`` on it;
``damaged`` reports what it found, so the window can say so and offer the latest backup.
The check does not delay the window's first use of the database.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from ui.workers import Job, JobRunner


def open_store_now(db: str | None):
    """Create or upgrade the database and return the store (imports SQLAlchemy)."""
    from scipop.store.uow import Store

    return Store.open(db)


def quick_check_now(store) -> list[str]:
    """SQLite's quick_check of the store's file; empty when fine (or not SQLite)."""
    if not store.is_sqlite:
        return []
    from scipop.store.integrity import check_store

    return check_store(store.engine, quick=True).integrity


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
    damaged = Signal(str)  # quick_check's findings on the opened database, one per line
    checked = Signal()  # the quick check has run (whatever it found)

    def __init__(
        self, db: str | None, pool: QThreadPool | None = None, parent=None, *, check: bool = True
    ):
        super().__init__(parent)
        self.db = db
        self.check_after_open = check  # smoke runs quit at once: no check to wait for
        self.runner = JobRunner(pool, self)

    def start(self) -> Job:
        job = Job(lambda _progress: open_store_now(self.db))
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        return self.runner.start(job)

    @Slot(object)
    def _finished(self, store) -> None:
        self.opened.emit(store)
        if self.check_after_open:
            self.check(store)

    def check(self, store) -> Job:
        """Run quick_check on ``store`` in the pool; ``damaged`` when the file has problems."""
        job = Job(lambda _progress: quick_check_now(store))
        job.signals.finished.connect(self._checked)
        job.signals.failed.connect(lambda error: self._checked([str(error)]))
        return self.runner.start(job)

    @Slot(object)
    def _checked(self, problems: list[str]) -> None:
        if problems:
            self.damaged.emit("\n".join(problems))
        self.checked.emit()

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
