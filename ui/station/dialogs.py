"""The station's small dialogs: a PIN, and the lost-code lookup."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scipop.station.lookup import LookupRow
from ui.station.feed import LookupModel
from ui.workers import Job, JobRunner


def ask_pin(parent: QWidget, title: str, prompt: str) -> str | None:
    """A PIN typed with hidden digits; None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    edit = QLineEdit(dialog)
    edit.setObjectName("pin_edit")
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setValidator(QRegularExpressionValidator(r"\d{0,12}", edit))
    edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    box = QVBoxLayout(dialog)
    box.addWidget(QLabel(prompt, dialog))
    box.addWidget(edit)
    box.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return edit.text()


class LookupDialog(QDialog):
    """Find someone whose code is lost and check them in by hand (logged as manual)."""

    chosen = Signal(object)  # the LookupRow to check in

    def __init__(self, search, runner: JobRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Look up a visitor"))
        self.search = search  # text -> list[LookupRow], run off the GUI thread
        self.runner = runner
        self.edit = QLineEdit(self)
        self.edit.setObjectName("lookup_edit")
        self.edit.setPlaceholderText(self.tr("Name, pinyin initials (ZW) or last 4 phone digits"))
        self.model = LookupModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._check_in)
        self.check_in_button = QPushButton(self.tr("Check in by hand"), self)
        self.check_in_button.clicked.connect(self._check_in)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        box = QVBoxLayout(self)
        for w in (self.edit, self.view, self.check_in_button, close):
            box.addWidget(w)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._run)
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.resize(640, 420)

    @Slot()
    def _run(self) -> None:
        text = self.edit.text()
        job = Job(lambda _p: self.search(text))
        job.signals.finished.connect(self._found)
        self.runner.start(job)

    @Slot(object)
    def _found(self, rows: list[LookupRow]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.view.selectRow(0)

    @Slot()
    def _check_in(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        self.chosen.emit(self.model.row(index.row()))
        self.accept()
