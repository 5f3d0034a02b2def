"""A message strip above the calendar: refusals and confirmations that don't block work."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

STYLES = {
    "error": "QFrame#banner { background: #fdecea; border: 1px solid #f1aeb5; border-radius: 4px; }"
    " QLabel { color: #8c1d18; }",
    "info": "QFrame#banner { background: #e8f1fc; border: 1px solid #b6d0f2; border-radius: 4px; }"
    " QLabel { color: #0f3d6e; }",
}


class Banner(QFrame):
    """Hidden until told something; an info message goes away by itself, an error stays
    until it is closed or replaced."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("banner")
        self.kind = ""
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # titles and names from users
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 4, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.dismiss)
        self.hide()

    def show_message(self, text: str, kind: str = "info", timeout_ms: int = 8000) -> None:
        self.kind = kind
        self.setStyleSheet(STYLES.get(kind, STYLES["info"]))
        self.label.setText(text)
        self.show()
        if kind == "info" and timeout_ms:
            self.timer.start(timeout_ms)
        else:
            self.timer.stop()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    @Slot()
    def dismiss(self) -> None:
        self.timer.stop()
        self.label.clear()
        self.kind = ""
        self.hide()
        self.closed.emit()
