"""The editor of which survey category (全国科普统计) each kind of event counts under."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scipop.reports.survey import DEFAULT_MAPPING, SurveyCategory
from ui.context import AppContext
from ui.dialogs.base import ErrorLabel
from ui.errors import error_text
from ui.operations import Operation, WriteOp
from ui.reports.models import MappingModel, survey_label

Index = QModelIndex | QPersistentModelIndex


class CategoryDelegate(QStyledItemDelegate):
    """A combo box of the survey categories."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for category in SurveyCategory:
            combo.addItem(survey_label(category), category.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MappingDialog(QDialog):
    """Shows and changes the mapping; saved in the database for every PC."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Survey categories"))
        self.model = MappingModel(self)
        self.model.set_mapping(ctx.services.reports.survey.get())
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(1, CategoryDelegate(self.view))
        self.view.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.SelectedClicked
            | QTableView.EditTrigger.EditKeyPressed
        )
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        explanation = QLabel(
            self.tr(
                "Each kind of event counts under one category of the national "
                "science-popularization survey (全国科普统计) on the National statistics sheet. "
                "Double-click a category to change it; the choice is kept in the database."
            )
        )
        explanation.setWordWrap(True)
        self.operation: Operation | None = None
        self.error = ErrorLabel(self)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(lambda: self.model.set_mapping(dict(DEFAULT_MAPPING)))
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 360)

    @property
    def saving(self) -> bool:
        return self.operation is not None and self.operation.running

    def save(self) -> None:
        """Save in a worker (ui.operations); close once saved, else say why and stay open."""
        if self.saving:
            return
        mapping = self.model.mapping()
        self.error.show_message("")
        self.operation = (
            WriteOp(
                self.ctx,
                self,
                lambda services: services.reports.survey.set(mapping),
                lambda _saved: self.accept(),
            )
            .failure(lambda exc: self.error.show_message(error_text(exc)))
            .disabling(self.buttons)
            .run()
        )

    def reject(self) -> None:
        if not self.saving:  # a save under way ends first (its buttons are disabled)
            super().reject()
