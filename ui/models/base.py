"""A read-only table model over a list of dataclass rows; the roles every model shares."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole  # the row's database id
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's dataclass
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a key that sorts right (numbers, ISO dates)
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # lower-case text the filter box matches
NO_PARENT = QModelIndex()


class HeaderedTableModel(QAbstractTableModel, Generic[R]):
    """Rows held in ``self._rows``; translated headers from ``HEADERS`` in ``CONTEXT``."""

    HEADERS: ClassVar[tuple[str, ...]] = ()
    CONTEXT: ClassVar[str] = ""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[R] = []

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


class RowTableModel(HeaderedTableModel[R]):
    """Subclasses set ``HEADERS`` (QT_TRANSLATE_NOOP'd in their own context) and ``display``;
    ``ID_FIELD`` names the row's field holding its database id (``ID_ROLE``, ``row_of_id``)."""

    ID_FIELD: ClassVar[str] = "id"

    # ---- contents
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row(self, index: int) -> R:
        return self._rows[index]

    def row_of_id(self, ident: int) -> int:
        """The row number holding ``ident``, or -1."""
        field = self.ID_FIELD
        return next((i for i, r in enumerate(self._rows) if getattr(r, field, None) == ident), -1)

    # ---- Qt interface
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == ID_ROLE:
            return getattr(row, self.ID_FIELD, None)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == SEARCH_ROLE:
            return self.search_text(row)
        value = self.extra(row, column, role)
        if value is None and role == Qt.ItemDataRole.ToolTipRole:
            text = self.display(row, column)
            if isinstance(text, str) and len(text) > 16:  # it may be elided in a narrow column
                return text
        return value

    # ---- per-model hooks
    def display(self, row: R, column: int) -> str | int | None:
        raise NotImplementedError

    def sort_key(self, row: R, column: int) -> Any:
        value = self.display(row, column)
        return value.lower() if isinstance(value, str) else value

    def search_text(self, row: R) -> str:
        return ""

    def extra(self, row: R, column: int, role: int) -> Any:
        """Other roles (alignment, colours, tooltips)."""
        return None
