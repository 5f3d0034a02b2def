"""Answering the modal dialogs a page opens, as a person would, while its exec() runs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


class ModalHandler:
    """Calls each handler, in turn, on the next modal window that opens."""

    def __init__(self, *handlers: Callable[[QWidget], None]):
        self.handlers = list(handlers)
        self.seen: list[QWidget] = []
        self._last: QWidget | None = None
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or widget is self._last or not widget.isVisible():
            return
        self._last = widget
        self.seen.append(widget)
        if self.handlers:
            handler = self.handlers.pop(0)
            handler(widget)
        if not self.handlers:
            self._timer.stop()

    @property
    def done(self) -> bool:
        return not self.handlers


def press(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    def handler(box: QWidget) -> None:
        assert isinstance(box, QMessageBox), type(box)
        box.button(button).click()

    return handler


def read_and_close(texts: list[str]) -> Callable[[QWidget], None]:
    def handler(box: QWidget) -> None:
        assert isinstance(box, QMessageBox), type(box)
        texts.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    return handler
