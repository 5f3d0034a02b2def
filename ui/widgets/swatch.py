"""A small square of a program's colour, for combo boxes and buttons."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap


def color_icon(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)
