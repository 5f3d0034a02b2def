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

from scipop.errors import DomainError
from scipop.station.lookup import LookupRow
from ui.context import AppContext
from ui.dialogs.base import ErrorLabel
from ui.errors import error_text
from ui.operations import OperationTracker, QueryOp
from ui.station.feed import LookupModel


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
    """Find someone whose code is lost and check them in by hand (logged as manual).

    Each search runs off the GUI thread (ui.operations): only the newest one shows its
    rows, so a slow search for what was typed before never overwrites the newer one's; a
    search that fails says so in the dialog.
    """

    chosen = Signal(object)  # the LookupRow to check in

    def __init__(self, ctx: AppContext, search, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Look up a visitor"))
        self.ctx = ctx
        self.search = search  # (services, text) -> list[LookupRow], run in a worker
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
        self.note = QLabel(self)  # "nobody found"
        self.note.setObjectName("lookup_note")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setProperty("role", "hint")
        self.note.hide()
        self.error = ErrorLabel(self)  # a search that failed
        self.check_in_button = QPushButton(self.tr("Check in by hand"), self)
        self.check_in_button.clicked.connect(self._check_in)
        self.check_in_button.setEnabled(False)  # until someone is found
        self.model.modelReset.connect(
            lambda: self.check_in_button.setEnabled(self.model.rowCount() > 0)
        )
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        box = QVBoxLayout(self)
        for w in (self.edit, self.view, self.note, self.error, self.check_in_button, close):
            box.addWidget(w)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._run)
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.resize(640, 420)

    @Slot()
    def _run(self) -> None:
        text = self.edit.text()
        self.error.show_message("")
        self.note.hide()
        if not text.strip():
            OperationTracker.of(self).drop("search")
            self.model.set_rows([])
            return
        search = self.search
        op = (
            QueryOp(self.ctx, self, lambda services: search(services, text),
                    lambda rows: self._found(text, rows))
            .latest("search")
            .failure(lambda _error: None)  # said in the dialog (below), not in a box
        )  # fmt: skip
        # every failure is said here; one that is not a domain error (a bug, a lost
        # connection) gets the program's error report too
        op.failed.connect(lambda error: self._failed(text, error))
        op.run()

    def _found(self, text: str, rows: list[LookupRow]) -> None:
        if text != self.edit.text():  # typed on since: the newer search is on its way
            return
        self.model.set_rows(rows)
        if rows:
            self.view.selectRow(0)
        else:
            self.note.setText(self.tr("Nobody found for “%1”.").replace("%1", text.strip()))
            self.note.show()

    def _failed(self, text: str, error: Exception) -> None:
        if text != self.edit.text():
            return
        self.model.set_rows([])
        if isinstance(error, DomainError):
            why = self.tr("The search failed: %1").replace("%1", error_text(error))
        else:
            why = self.tr("The search failed. Try again; if it keeps failing, tell the staff.")
        self.error.show_message(why)

    @Slot()
    def _check_in(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        self.chosen.emit(self.model.row(index.row()))
        self.accept()
