"""The field a keyboard-wedge scanner types into: always focused, deaf to input methods.

A scanner types a code as fast keystrokes then Enter. A Chinese input method would swallow
or transform them, so the field takes no input-method input at all (the attribute is off
and any input-method event is dropped). The same code arriving twice within a second (a
scanner's double fire) is one scan.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFocusEvent, QInputMethodEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from scipop.registration.scanlog import MAX_SCAN_CHARS
from scipop.tickets.codes import parse_scanned

DOUBLE_FIRE_S = 1.0


class ScanField(QLineEdit):
    code_scanned = Signal(str)  # what was typed, as typed (the service normalises it)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scan_field")
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhLatinOnly
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        self.setMaxLength(MAX_SCAN_CHARS)
        self.keep_focus = True
        self._last_code = ""
        self._last_at = float("-inf")
        self.returnPressed.connect(self._entered)

    def forget_last(self) -> None:
        """The next scan counts even if it repeats the last code (after a mode change, an undo)."""
        self._last_code, self._last_at = "", float("-inf")

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        event.ignore()  # a scan is never composed by an input method

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.keep_focus:
            QTimer.singleShot(0, self._refocus)

    @Slot()
    def _refocus(self) -> None:
        window = self.window()
        if self.keep_focus and self.isVisible() and window.isActiveWindow():
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _entered(self) -> None:
        text = self.text()
        self.clear()
        if not text.strip():
            return
        key = parse_scanned(text)
        now = time.monotonic()
        if key == self._last_code and now - self._last_at < DOUBLE_FIRE_S:
            return  # the scanner fired twice
        self._last_code, self._last_at = key, now
        self.code_scanned.emit(text)
