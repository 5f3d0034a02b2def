"""Sorting and filter-as-you-type over a RowTableModel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from ui.models.base import ROW_ROLE, SEARCH_ROLE, SORT_ROLE


class RowFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose search text holds every word typed, and that pass an optional test."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.collator = QCollator(QLocale())  # pinyin order for Chinese in the Chinese UI
        self.collator.setNumericMode(True)  # "Room 2" before "Room 10"
        self._words: list[str] = []
        self._predicate: Callable[[Any], bool] | None = None

    def set_text(self, text: str) -> None:
        self._change(lambda: setattr(self, "_words", text.lower().split()))

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self._change(lambda: setattr(self, "_predicate", predicate))

    def _change(self, apply: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            apply()
            self.invalidateRowsFilter()

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, str) and isinstance(b, str):
            return self.collator.compare(a, b) < 0
        if a is None or b is None or type(a) is not type(b):
            return (a is None, str(a)) < (b is None, str(b))
        return a < b

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._words:
            text = model.data(index, SEARCH_ROLE) or ""
            if not all(w in text for w in self._words):
                return False
        if self._predicate is not None:
            return bool(self._predicate(model.data(index, ROW_ROLE)))
        return True
