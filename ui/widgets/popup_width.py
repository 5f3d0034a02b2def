"""A combo box's pop-up list as wide as its longest entry, so no entry is cut short.

A combo box keeps a modest width in its form (``setMinimumContentsLength``), and by default
its pop-up list is only as wide as the box: long entries ("2026-12-05 10:00 · 数字球幕秀：蓝色星球
· 球幕/数字球 展厅") are then elided in the middle, cutting the event's name.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QStyle

EXTRA = 24  # the list's margins and the item's padding


def widest_item(combo: QComboBox) -> int:
    """The pixels the longest entry (with its icon) needs in the pop-up list."""
    metrics = combo.view().fontMetrics()
    icon = combo.iconSize().width() + 4
    widest = 0
    for i in range(combo.count()):
        has_icon = not combo.itemIcon(i).isNull()
        widest = max(
            widest, metrics.horizontalAdvance(combo.itemText(i)) + (icon if has_icon else 0)
        )
    return widest


def fit_popup(combo: QComboBox) -> int:
    """Let the pop-up list be as wide as the longest entry (at most 90% of the screen)."""
    scrollbar = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    wanted = widest_item(combo) + scrollbar + EXTRA
    screen = combo.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        wanted = min(wanted, int(screen.availableGeometry().width() * 0.9))
    combo.view().setMinimumWidth(wanted)
    return wanted
