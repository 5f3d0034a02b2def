"""How an operation's progress is shown: a progress dialog, or a bar inside the page/dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QProgressDialog, QPushButton, QWidget

if TYPE_CHECKING:
    from ui.operations.operation import Operation

Texts = Callable[[int, int, str], str]  # (done, total, stage) -> the label


class ProgressDialog(QObject):
    """A window-modal progress dialog with Cancel, shown after ``delay_ms``; closed at the end."""

    def __init__(
        self,
        parent: QWidget | None,
        label: str,
        *,
        title: str = "",
        texts: Texts | None = None,
        delay_ms: int = 300,
    ):
        super().__init__(parent)
        self.parent_widget = parent
        self.label = label
        self.title = title
        self.texts = texts
        self.delay_ms = delay_ms
        self.dialog: QProgressDialog | None = None

    def start(self, op: Operation) -> None:
        dialog = QProgressDialog(self.label, self.tr("Cancel"), 0, 0, self.parent_widget)
        if self.title:
            dialog.setWindowTitle(self.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(self.delay_ms)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(op.cancel)
        if self.delay_ms <= 0:
            dialog.show()
        self.dialog = dialog

    def update(self, done: int, total: int, stage: str) -> None:
        if self.dialog is None or self.dialog.wasCanceled():
            return
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, total))
        if self.texts is not None:
            self.dialog.setLabelText(self.texts(done, total, stage))

    def cancelling(self) -> None:
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def finish(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.canceled.disconnect()
            dialog.close()
            dialog.deleteLater()
        self.deleteLater()


class InlineProgress(QObject):
    """A bar (and a Cancel button, a label) already laid out in the page or dialog.

    ``box`` is shown while the operation runs (else the bar and button themselves).
    """

    def __init__(
        self,
        bar: QProgressBar,
        cancel_button: QPushButton | None = None,
        *,
        box: QWidget | None = None,
        label: QLabel | None = None,
        text: str = "",
        texts: Texts | None = None,
    ):
        super().__init__(bar)
        self.bar = bar
        self.cancel_button = cancel_button
        self.box = box
        self.label = label
        self.text = text
        self.texts = texts
        self.op: Operation | None = None

    def _shown(self) -> list[QWidget]:
        if self.box is not None:
            return [self.box]
        return [w for w in (self.bar, self.cancel_button) if w is not None]

    def start(self, op: Operation) -> None:
        self.op = op
        self.bar.setRange(0, 0)
        if self.label is not None and self.text:
            self.label.setText(self.text)
        if self.cancel_button is not None:
            self.cancel_button.setEnabled(True)
            self.cancel_button.clicked.connect(op.cancel)
        for widget in self._shown():
            widget.show()

    def update(self, done: int, total: int, stage: str) -> None:
        if self.op is not None and self.op.job is not None and self.op.job.is_cancelled:
            return
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if self.label is not None and self.texts is not None:
            self.label.setText(self.texts(done, total, stage))

    def cancelling(self) -> None:
        if self.cancel_button is not None:
            self.cancel_button.setEnabled(False)
        if self.label is not None:
            self.label.setText(self.tr("Cancelling…"))

    def finish(self) -> None:
        if not shiboken6.isValid(self.bar):
            return
        if self.cancel_button is not None and self.op is not None:
            self.cancel_button.clicked.disconnect(self.op.cancel)
        self.op = None
        for widget in self._shown():
            widget.hide()
        self.deleteLater()
