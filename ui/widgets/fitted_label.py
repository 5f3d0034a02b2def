"""A one-line label whose font shrinks to fit its width, then elides (the tooltip says it all)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class FittedLabel(QLabel):
    """One line at ``largest`` px, smaller (down to ``smallest`` px) when the text is too
    wide, elided at the end only below that; ``text()`` is always the whole text."""

    def __init__(
        self, parent: QWidget | None = None, *, largest: int = 22, smallest: int = 15
    ) -> None:
        super().__init__(parent)
        self.largest, self.smallest = largest, smallest
        self._text = ""
        font = self.font()
        font.setPixelSize(largest)
        font.setBold(True)
        super().setFont(font)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(QFontMetrics(font).height() + 4)  # no jump when the font shrinks

    def text(self) -> str:  # the whole text, not the elided one shown
        return self._text

    def setText(self, text: str) -> None:
        self._text = text
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = max(1, self.contentsRect().width())
        font = QFont(self.font())
        for px in range(self.largest, self.smallest - 1, -1):
            font.setPixelSize(px)
            if QFontMetrics(font).horizontalAdvance(self._text) <= width:
                break
        shown = QFontMetrics(font).elidedText(self._text, Qt.TextElideMode.ElideRight, width)
        if font != self.font():
            super().setFont(font)
        super().setText(shown)
        self.setToolTip(self._text if shown != self._text else "")
