"""Loading the demo season in a worker, with a progress dialog that can cancel it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QMessageBox, QProgressDialog, QWidget

from scipop.demo import load_demo
from ui.context import AppContext
from ui.operations import ProgressDialog, WriteOp
from ui.settings import OFFER_DEMO


class DemoLoader(QObject):
    """Runs ``load_demo`` off the GUI thread; cancelling rolls everything back."""

    loaded = Signal(object)  # DemoSummary
    cancelled = Signal()
    failed = Signal(object)  # the exception

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.display: ProgressDialog | None = None

    @property
    def dialog(self) -> QProgressDialog | None:
        return self.display.dialog if self.display is not None else None

    def start(self, *, show_progress: bool = True) -> WriteOp:
        op = WriteOp(
            self.ctx,
            self,
            lambda services, progress: load_demo(services.store, progress=progress),
            self.loaded.emit,
        )
        if show_progress:
            self.display = ProgressDialog(
                self.parent_widget,
                self.tr("Loading the demo season…"),
                title=self.tr("Demo data"),
                texts=self._text,
                delay_ms=0,
            )
        op.with_progress(self.display).titled(self.tr("Demo data"))
        op.on_cancelled(self.cancelled.emit)
        op.failed.connect(self.failed)
        return op.run()

    def _text(self, done: int, total: int, stage: str) -> str:
        if stage == "attendees":
            return (
                self.tr("Adding attendees: %1 of %2")
                .replace("%1", str(done))
                .replace("%2", str(total))
            )
        return self.tr("Creating organizations, halls and the season…")


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
