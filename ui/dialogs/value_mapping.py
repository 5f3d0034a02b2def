"""The import's value-mapping step: each answer of a form → a session, a headcount, a category.

Online forms export the option people chose (``11月29日 10:00《数字球幕：地球的脉动》``), not a
session number. The table lists each distinct answer that needs a person's word, with the
program's suggestion (or last time's choice for this form) preselected in its combo box; the
confirmed choices become the :class:`ValueMapping` the import uses and remembers.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scipop.importing.attendee_mapping import FIELD_LABELS
from scipop.importing.suggestions import Answer
from scipop.importing.value_mapping import CATEGORY, HEADCOUNT, SESSION, ValueMapping
from scipop.models import AttendeeCategory
from scipop.registration.service import MAX_HEADCOUNT
from ui.models.base import RowTableModel
from ui.ticket_labels import category_choices, ticket_label
from ui.widgets.popup_width import fit_popup
from ui.widgets.session_combo import SessionCombo

Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole + 10  # the chosen session id / headcount / category


class AnswerModel(RowTableModel[Answer]):
    """One row per distinct answer; the MEANING column is edited in place."""

    CONTEXT = "AnswerModel"
    FIELD, ANSWER, ROWS, MEANING = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("AnswerModel", "Column"),
        QT_TRANSLATE_NOOP("AnswerModel", "Answer in the file"),
        QT_TRANSLATE_NOOP("AnswerModel", "Rows"),
        QT_TRANSLATE_NOOP("AnswerModel", "Means"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session_labels: dict[int, str] = {}

    def set_answers(self, answers: list[Answer], session_labels: dict[int, str]) -> None:
        self.session_labels = dict(session_labels)
        for a in answers:  # a suggestion outside the listed sessions is still offered
            if a.field == SESSION and a.value is not None and int(a.value) not in session_labels:
                self.session_labels[int(a.value)] = a.label or f"#{a.value}"
        self.set_rows([Answer(**vars(a)) for a in answers])

    def meaning_text(self, a: Answer) -> str:
        if a.value is None:
            return QCoreApplication.translate("AnswerModel", "— choose —")
        if a.field == SESSION:
            return self.session_labels.get(int(a.value), f"#{a.value}")
        if a.field == CATEGORY:
            return ticket_label(AttendeeCategory(a.value))
        return str(a.value)

    def display(self, a: Answer, column: int) -> str | int | None:
        match column:
            case self.FIELD:
                return QCoreApplication.translate("import", FIELD_LABELS[a.field])
            case self.ANSWER:
                return a.text
            case self.ROWS:
                return str(a.rows)
            case self.MEANING:
                return self.meaning_text(a)
        return None

    def extra(self, a: Answer, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.MEANING and a.remembered:
            return QCoreApplication.translate("AnswerModel", "Chosen for this form last time")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == VALUE_ROLE and index.isValid():
            return self._rows[index.row()].value
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.MEANING:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.MEANING or role != VALUE_ROLE:
            return False
        self._rows[index.row()].value = value
        self.dataChanged.emit(index, index)
        return True

    def values(self) -> ValueMapping:
        mapping = ValueMapping()
        for a in self._rows:
            if a.value is not None:
                mapping.set(a.field, a.text, a.value)
        return mapping

    def unmapped(self) -> list[Answer]:
        return [a for a in self._rows if a.value is None]


class MeaningDelegate(QStyledItemDelegate):
    """A combo box of sessions or categories, or a spin box for a headcount."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index):
        model: AnswerModel = index.model()  # type: ignore[assignment]
        answer = model.row(index.row())
        if answer.field == HEADCOUNT:
            editor = QSpinBox(parent)
            editor.setRange(0, MAX_HEADCOUNT)
            editor.setSpecialValueText(QCoreApplication.translate("AnswerModel", "— choose —"))
            editor.valueChanged.connect(lambda _v: self.commitData.emit(editor))
            return editor
        choose = QCoreApplication.translate("AnswerModel", "— choose —")
        if answer.field == SESSION:  # hundreds in a season: typing narrows the list
            editor = SessionCombo(parent, all_text=choose)
            editor.set_items((i, label, "") for i, label in model.session_labels.items())
        else:
            editor = QComboBox(parent)
            editor.addItem(choose, None)
            for label, category in category_choices():
                editor.addItem(label, category.value)
            fit_popup(editor)  # a session combo fits its own (see SessionCombo.set_items)
        editor.currentIndexChanged.connect(lambda _i: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(VALUE_ROLE)
        with QSignalBlocker(editor):  # showing the value is no edit to commit
            if isinstance(editor, QSpinBox):
                editor.setValue(int(value or 0))
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
                if editor.lineEdit() is not None:
                    editor.lineEdit().setCursorPosition(0)  # the date and time first

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QSpinBox):
            model.setData(index, editor.value() or None, VALUE_ROLE)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), VALUE_ROLE)


class ValueMappingWidget(QWidget):
    """The table of answers with their meanings, preselected, for the user to confirm."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.model = AnswerModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(AnswerModel.MEANING, MeaningDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AnswerModel.MEANING, QHeaderView.ResizeMode.Stretch)
        self.model.dataChanged.connect(lambda *_a: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)

    def set_answers(self, answers: list[Answer], session_labels: dict[int, str]) -> None:
        self.model.set_answers(answers, session_labels)
        for row in range(self.model.rowCount()):
            self.view.openPersistentEditor(self.model.index(row, AnswerModel.MEANING))
        self.note.setText(
            self.tr(
                "The form's answers below are not session numbers, numbers or categories "
                "as such. Check what each one means; suggestions and last time's choices "
                "are filled in. Rows whose answer stays unchosen are listed as problems."
            )
        )
        self.changed.emit()

    def values(self) -> ValueMapping:
        return self.model.values()

    @Slot()
    def retranslate(self) -> None:
        self.model.retranslate()
