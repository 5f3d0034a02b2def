"""Tables of the import dialog: a sample of the file, and every bad row with its reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from scipop.importing.report import RowError
from scipop.importing.spreadsheet import Table
from ui.errors import translated
from ui.models.base import RowTableModel

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
SAMPLE_ROWS = 5


def reason_text(e: RowError) -> str:
    """The row's problem in the UI's language."""
    return translated("errors", e.reason_template, e.params, e.reason)


class RowErrorModel(RowTableModel[RowError]):
    CONTEXT = "RowErrorModel"
    ROW, COLUMN, PROBLEM = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("RowErrorModel", "Row"),
        QT_TRANSLATE_NOOP("RowErrorModel", "Column"),
        QT_TRANSLATE_NOOP("RowErrorModel", "Problem"),
    )

    def display(self, e: RowError, column: int) -> str | int | None:
        match column:
            case self.ROW:
                return str(e.row)
            case self.COLUMN:
                return e.column
            case self.PROBLEM:
                return reason_text(e)
        return None

    def sort_key(self, e: RowError, column: int) -> Any:
        if column == self.ROW:
            return e.row
        return super().sort_key(e, column)

    def extra(self, e: RowError, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SampleModel(QAbstractTableModel):
    """The file's first rows under its own headers, numbered as the spreadsheet numbers them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table: Table | None = None
        self._rows: list[tuple[int, list]] = []

    def set_table(self, table: Table | None) -> None:
        self.beginResetModel()
        self.table = table
        self._rows = table.numbered()[:SAMPLE_ROWS] if table is not None else []
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() or self.table is None else len(self.table.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.table is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.table.headers):
            return self.table.headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return self._rows[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= index.row() < len(self._rows):
            return None
        cells = self._rows[index.row()][1]
        value = cells[index.column()] if index.column() < len(cells) else ""
        return "" if value is None else str(value)
