"""Loading the demo season in a worker, with a progress dialog that can cancel it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QMessageBox, QProgressDialog, QWidget

from scipop.demo import DemoSummary, load_demo
from scipop.errors import DomainError
from scipop.progress import Cancelled
from ui.context import AppContext
from ui.errors import show_error
from ui.settings import OFFER_DEMO
from ui.workers import Job, JobRunner


class DemoLoader(QObject):
    """Runs ``load_demo`` off the GUI thread; cancelling rolls everything back."""

    loaded = Signal(object)  # DemoSummary
    cancelled = Signal()
    failed = Signal(object)  # the exception

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.runner = JobRunner(ctx.pool, self)
        self.job: Job | None = None
        self.dialog: QProgressDialog | None = None

    def start(self, *, show_progress: bool = True) -> Job:
        store = self.ctx.store
        self.job = Job(lambda progress: load_demo(store, progress=progress))
        self.job.signals.progressed.connect(self._progressed)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        if show_progress:
            self.dialog = QProgressDialog(
                self.tr("Loading the demo season…"), self.tr("Cancel"), 0, 0, self.parent_widget
            )
            self.dialog.setWindowTitle(self.tr("Demo data"))
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(0)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)
            self.dialog.show()
        return self.runner.start(self.job)

    @Slot()
    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            if self.dialog is not None:
                self.dialog.setLabelText(self.tr("Cancelling…"))

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, stage: str) -> None:
        if self.dialog is None or self.job is None or self.job.is_cancelled:
            return
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, total))
        if stage == "attendees":
            self.dialog.setLabelText(
                self.tr("Adding attendees: %1 of %2")
                .replace("%1", str(done))
                .replace("%2", str(total))
            )
        else:
            self.dialog.setLabelText(self.tr("Creating organizations, halls and the season…"))

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    @Slot(object)
    def _finished(self, summary: DemoSummary) -> None:
        self._close_dialog()
        self.loaded.emit(summary)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self._close_dialog()
        if isinstance(error, Cancelled):
            self.cancelled.emit()
            return
        if isinstance(error, DomainError) and self.parent_widget is not None:
            show_error(self.parent_widget, error, self.tr("Demo data"))
        self.failed.emit(error)


def ask_to_load_demo(parent: QWidget, ctx: AppContext) -> bool:
    """The first-run question on an empty database; remembers "don't ask again"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("DemoLoader", "Welcome to SciPop Desk"))
    box.setText(
        QCoreApplication.translate("DemoLoader", "The database is empty. Load the demo data?")
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "DemoLoader",
            "The demo holds BAST and BJAST, the halls of Beijing Science Center and a season "
            "of events starting today, so you can try every part of the program. "
            "Do not load it into a database you will use for real work.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    never = QCheckBox(QCoreApplication.translate("DemoLoader", "Don't ask again"), box)
    box.setCheckBox(never)
    answer = box.exec()
    if never.isChecked():
        ctx.settings.set(OFFER_DEMO, False)
    return answer == QMessageBox.StandardButton.Yes
