"""The File menu's backup and restore, and the daily automatic backup, run in workers.

A restore first releases the window's own store (the worker pool is drained and the engine's
connections closed), then puts the backup back in a worker while the window is disabled,
then reopens the store and reloads the pages. Another program holding the database makes
the restore refuse, and nothing is changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox

from scipop.errors import DomainError, NotSupported
from ui.errors import error_text
from ui.settings import AUTOMATIC_BACKUPS, BACKUP_KEEP_DAYS
from ui.workers import Job, JobRunner

if TYPE_CHECKING:
    from scipop.store.backup import BackupInfo
    from ui.context import AppContext
    from ui.main_window import MainWindow

MESSAGE_MS = 10_000


class BackupActions(QObject):
    """Owns the two File-menu actions; the main window only adds them to its menu."""

    backup_made = Signal(object)  # BackupInfo (by hand or the daily one)
    restored = Signal(object)  # BackupInfo of the database the restore replaced
    failed = Signal(str)  # a translated message: what did not work

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.ctx: AppContext | None = None
        self.runner: JobRunner | None = None
        self.backup_action = QAction(self.tr("&Back up now"), window)
        self.backup_action.setToolTip(self.tr("Save a checked copy of the database now."))
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self.tr("&Restore a backup…"), window)
        self.restore_action.setToolTip(self.tr("Put an earlier backup back in place."))
        self.restore_action.triggered.connect(self.choose_and_restore)
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(False)  # until the database is open
        self.failed.connect(self._show_failure)

    def attach(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.runner = JobRunner(ctx.pool, self)
        self.backup_action.setEnabled(True)
        self.restore_action.setEnabled(not ctx.store.read_only)

    # ---- where
    def database_file(self) -> Path | None:
        """The SQLite file in use; None (after saying so) for PostgreSQL."""
        from scipop.store.backup import database_path

        try:
            return database_path(self.ctx.store.url)
        except NotSupported as exc:
            QMessageBox.information(self.window, self.tr("Backups"), error_text(exc))
            return None

    def backups(self) -> list[BackupInfo]:
        from scipop.store.backup import backup_folder, list_backups

        path = self.database_file()
        return [] if path is None else list_backups(backup_folder(path))

    # ---- backing up
    @Slot()
    def back_up_now(self) -> Job | None:
        from scipop.store.backup import take_backup

        path = self.database_file() if self.ctx is not None else None
        if path is None:
            return None
        self._say(self.tr("Backing up the database…"))
        return self._run(lambda _p: take_backup(path), self._backed_up)

    def start_daily_backup(self) -> Job | None:
        """The automatic backup of the day (if none yet), in a worker; quiet unless it fails."""
        from scipop.store.backup import daily_backup, sqlite_file

        if self.ctx is None or not self.ctx.settings.get(AUTOMATIC_BACKUPS):
            return None
        path = sqlite_file(self.ctx.store.url)
        if path is None:
            return None
        keep = max(1, self.ctx.settings.get(BACKUP_KEEP_DAYS))
        return self._run(
            lambda _p: daily_backup(path, keep_days=keep), self._backed_up, self._daily_failed
        )

    @Slot(object)
    def _daily_failed(self, error: Exception) -> None:
        """The automatic backup did not work: said in the status bar, without a dialog."""
        text = error_text(error) if isinstance(error, DomainError) else str(error)
        self._say(self.tr("The automatic backup failed: %1").replace("%1", text))

    @Slot(object)
    def _backed_up(self, info: BackupInfo | None) -> None:
        if info is None:
            return
        self._say(self.tr("Backup saved: %1").replace("%1", str(info.path)))
        self.backup_made.emit(info)

    # ---- restoring
    @Slot()
    def choose_and_restore(self) -> None:
        if self.ctx is None or self.database_file() is None:
            return
        found = self.backups()
        if not found:
            QMessageBox.information(
                self.window, self.tr("Restore a backup"), self.tr("There are no backups yet.")
            )
            return
        labels = [self.label(b) for b in found]
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Restore a backup"))
        dialog.setLabelText(self.tr("Which backup should be put back?"))
        dialog.setComboBoxItems(labels)
        dialog.setComboBoxEditable(False)
        if not dialog.exec():
            return
        chosen = found[labels.index(dialog.textValue())]
        if self.confirm(chosen):
            self.restore(chosen.path)

    def label(self, info: BackupInfo) -> str:
        when = QLocale().toString(info.taken_at, QLocale.FormatType.ShortFormat)
        kinds = {
            "auto": self.tr("automatic"),
            "before-restore": self.tr("before a restore"),
            "": self.tr("by hand"),
        }
        return (
            self.tr("%1 (%2, %3 MB)")
            .replace("%1", when)
            .replace("%2", kinds.get(info.kind, info.kind))
            .replace("%3", f"{info.size / 1_000_000:.1f}")
            + f" — {info.path.name}"
        )

    def confirm(self, info: BackupInfo) -> bool:
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore a backup"),
            self.tr(
                "Put back the backup of %1?\n\nEverything changed since then is replaced. "
                "The database as it is now is kept as a backup too."
            ).replace("%1", QLocale().toString(info.taken_at, QLocale.FormatType.ShortFormat)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore(self, backup: Path) -> Job | None:
        """Release the store, restore ``backup`` in a worker, then reopen and reload."""
        from scipop.store.backup import restore

        path = self.database_file() if self.ctx is not None else None
        if path is None:
            return None
        store = self.ctx.store
        self.window.setEnabled(False)
        self.ctx.pool.waitForDone()  # no worker still holds a connection
        store.dispose()
        self._say(self.tr("Restoring the backup…"))
        return self._run(lambda _p: restore(path, backup), self._restored, self._restore_failed)

    @Slot(object)
    def _restored(self, kept: BackupInfo) -> None:
        self._reopen()
        self._say(
            self.tr("Backup restored. The replaced database is kept as %1").replace(
                "%1", str(kept.path)
            )
        )
        self.restored.emit(kept)

    @Slot(object)
    def _restore_failed(self, error: Exception) -> None:
        self._reopen()
        self._failed(error)

    def _reopen(self) -> None:
        # On the GUI thread on purpose: only new engine objects (no query), and no worker may
        # use the store while the window is disabled for the restore.
        self.ctx.store.reopen()
        self.window.setEnabled(True)
        self.window.reload_all()

    # ---- a damaged file
    @Slot(str)
    def database_damaged(self, detail: str) -> None:
        """The start-up quick check found damage: say so and offer the latest backup."""
        from ui.backup.damaged import ask_to_restore

        if self.ctx is None:
            return
        found = [] if self.ctx.store.read_only else self.backups()
        checked = [b for b in found if b.kind != "before-restore"]  # those were not checked
        latest = checked[0] if checked else None
        if ask_to_restore(self.window, self.ctx.store.description, detail, latest):
            self.restore(latest.path)

    # ---- plumbing
    def _run(self, fn, done, failed=None) -> Job:
        job = Job(fn)
        job.signals.finished.connect(done)
        job.signals.failed.connect(failed or self._failed)
        return self.runner.start(job)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            self.failed.emit(error_text(error))
        else:
            self.failed.emit(f"{error.__class__.__name__}: {error}")

    @Slot(str)
    def _show_failure(self, text: str) -> None:
        self._say(text)
        QMessageBox.warning(self.window, self.tr("Backups"), text)

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, MESSAGE_MS)
