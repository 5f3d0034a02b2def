"""A sortable, filterable table with New / Edit / Delete buttons and a context menu."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.base import ROW_ROLE, RowTableModel
from ui.models.filter import RowFilterProxy
from ui.resources import icon
from ui.widgets.columns import ColumnFitter


class CrudTable(QWidget):
    """The page decides what New/Edit/Delete do; this widget only asks for them."""

    new_requested = Signal()
    edit_requested = Signal(object)  # the row's dataclass
    delete_requested = Signal(object)
    current_changed = Signal(object)  # the row's dataclass, or None

    def __init__(
        self,
        model: RowTableModel,
        *,
        filter_placeholder: str = "",
        stretch_column: int = 0,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.model = model
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(model)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.fitter = ColumnFitter(self.view, stretch_column)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.installEventFilter(self)  # Enter on a row edits it
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        model.modelReset.connect(self.fitter.schedule)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(filter_placeholder)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.filter_edit.setVisible(bool(filter_placeholder))

        # Ctrl+N is the window's (Edit → New…), which triggers the page's New of the table
        # with the focus: one shortcut, working from the navigation too.
        self.new_action = QAction(icon("add"), self.tr("&New…"), self)
        self.edit_action = QAction(icon("edit"), self.tr("Ed&it…"), self)
        self.delete_action = QAction(icon("delete"), self.tr("&Delete…"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.delete_action)
        self.new_action.triggered.connect(self.new_requested)
        self.edit_action.triggered.connect(self._edit_current)
        self.delete_action.triggered.connect(self._delete_current)

        self.toolbar = QHBoxLayout()
        self.toolbar.setContentsMargins(0, 0, 0, 0)
        self.toolbar.addWidget(self.filter_edit, 1)
        self.buttons: list[QPushButton] = []
        self.row_actions: list[QAction] = []  # more on the selected row (add_row_action)
        self._button_row = QHBoxLayout()
        self._button_row.setContentsMargins(0, 0, 0, 0)
        for action in (self.new_action, self.edit_action, self.delete_action):
            self.buttons.append(self._button_for(action))
        if not filter_placeholder:
            self.toolbar.addStretch(1)
        self.toolbar.addLayout(self._button_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.view, 1)
        self._update_actions()

    def _button_for(self, action: QAction) -> QPushButton:
        button = QPushButton(action.icon(), action.text(), self)
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        action.changed.connect(lambda b=button, a=action: b.setText(a.text()))
        self._button_row.addWidget(button)
        return button

    def add_row_action(self, action: QAction) -> QPushButton:
        """One more action on the selected row: a button, in the context menu, enabled with
        a row."""
        self.row_actions.append(action)
        button = self._button_for(action)
        self._update_actions()
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.current_row() is not None
        ):
            self._edit_current()
            return True
        return super().eventFilter(watched, event)

    # ---- selection
    def current_row(self) -> Any | None:
        return current_row(self.view)

    def select_id(self, ident: int | None) -> None:
        """Select (and show) the row holding ``ident``; the first row when it is gone."""
        source_row = self.model.row_of_id(ident) if ident is not None else -1
        if source_row >= 0:
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        else:
            index = self.proxy.index(0, 0)
        if index.isValid():
            self.view.selectRow(index.row())
            self.view.scrollTo(index)
        else:
            self.view.clearSelection()
        self._update_actions()

    @Slot()
    def _selection_changed(self) -> None:
        self._update_actions()
        self.current_changed.emit(self.current_row())

    def _update_actions(self) -> None:
        has_row = self.current_row() is not None
        self.edit_action.setEnabled(has_row)
        self.delete_action.setEnabled(has_row)
        for action in getattr(self, "row_actions", ()):
            action.setEnabled(has_row)

    # ---- requests
    @Slot()
    def _edit_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.edit_requested.emit(row)

    @Slot()
    def _delete_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.delete_requested.emit(row)

    @Slot(QModelIndex)
    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_requested.emit(index.data(ROW_ROLE))

    @Slot(QPoint)
    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            self.view.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.new_action)
        if index.isValid():
            menu.addAction(self.edit_action)
            menu.addAction(self.delete_action)
            for action in self.row_actions:
                menu.addAction(action)
        menu.exec(self.view.viewport().mapToGlobal(pos))


def current_row(view: QTableView) -> Any | None:
    """The row (its dataclass) of ``view``'s current index, if that row is selected."""
    index = view.currentIndex()
    if not index.isValid() or not view.selectionModel().isRowSelected(index.row()):
        return None
    return index.data(ROW_ROLE)


def selected_rows(view: QTableView) -> list[Any]:
    """The rows (their dataclasses) selected in ``view``."""
    return [i.data(ROW_ROLE) for i in view.selectionModel().selectedRows()]
