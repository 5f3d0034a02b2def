"""A form dialog that saves through a service and shows its errors next to the fields.

Subclasses add rows with :meth:`add_field` (naming the service's field), build the data in
:meth:`collect` and call the service in :meth:`write` (in a worker, see :mod:`ui.operations`;
the OK button is disabled meanwhile) or, when they must ask questions while saving, in
:meth:`save` on the GUI thread. A domain error keeps the dialog open:
``ValidationError.field`` / ``InvalidInput.by_field()`` are mapped to the widgets' error
labels; anything else appears at the top of the form. Nothing typed is lost. A field's
message goes as soon as that field is edited (see :func:`edited_signals`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, SignalInstance, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from scipop.errors import DomainError, InvalidInput, ValidationError
from ui.context import AppContext
from ui.errors import error_text
from ui.operations import Operation, WriteOp

if TYPE_CHECKING:
    from scipop.app import Services


class ErrorLabel(QLabel):
    """Red text under a field (or atop the form), hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what people typed
        self.setProperty("role", "error")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def edited_signals(widget: QWidget) -> list[SignalInstance]:
    """The signals saying that ``widget`` (or an input inside it) was changed."""
    if isinstance(widget, QLineEdit):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        signals = [widget.currentIndexChanged]
        return signals + ([widget.editTextChanged] if widget.isEditable() else [])
    if isinstance(widget, QDateTimeEdit):
        return [widget.dateTimeChanged]
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return [widget.valueChanged]
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return [widget.textChanged]
    if isinstance(widget, QAbstractButton):
        return [widget.toggled] if widget.isCheckable() else []
    if isinstance(widget, QAbstractItemView):
        model = widget.model()
        if model is None:
            return []
        return [model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset]
    signals: list[SignalInstance] = []
    for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        signals += edited_signals(child)
    return signals


class FormDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.result_data: Any = None
        self.operation: Operation | None = None
        self._asking = False
        self._fields: dict[str, tuple[QWidget, ErrorLabel]] = {}
        self._messages: dict[str, list[str]] = {}  # the messages shown, by field

        self.general_error = ErrorLabel(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    # ---- building
    def add_field(self, name: str, label: str, widget: QWidget, *, focus: QWidget | None = None):
        """A form row for the service field ``name``; its errors show under ``widget``."""
        box = QWidget(self)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        policy = widget.sizePolicy().horizontalPolicy().value
        grows = bool(policy & QSizePolicy.PolicyFlag.ExpandFlag.value)
        inner.addWidget(widget, 0, Qt.AlignmentFlag(0) if grows else Qt.AlignmentFlag.AlignLeft)
        error = ErrorLabel(box)
        inner.addWidget(error)
        self.form.addRow(label, box)
        self._fields[name] = (focus or widget, error)
        self._clear_when_edited(name, widget)
        return widget

    def add_error_target(self, name: str, widget: QWidget, error: ErrorLabel) -> None:
        """Map a service field to a widget laid out by the subclass."""
        self._fields[name] = (widget, error)
        self._clear_when_edited(name, widget)

    def _clear_when_edited(self, name: str, widget: QWidget) -> None:
        for signal in edited_signals(widget):
            signal.connect(lambda *_a, n=name: self.clear_field_error(n))

    def clear_field_error(self, name: str) -> None:
        """The field was edited: its message goes (others sharing its label stay)."""
        if self._messages.pop(name, None) is None:
            return
        widget, error = self._fields[name]
        self._mark(widget, False)
        self._render(error)

    def _render(self, error: ErrorLabel) -> None:
        texts = [
            text
            for field, messages in self._messages.items()
            if self._fields[field][1] is error
            for text in messages
        ]
        error.show_message("\n".join(texts))

    # ---- saving
    def collect(self) -> Any:
        """The dataclass to save, built from the widgets."""
        raise NotImplementedError

    def plan(self) -> Any:
        """What ``write`` (or ``save``) gets: by default what :meth:`collect` built."""
        return self.collect()

    def save(self, data: Any) -> Any:
        """Call the service here, on the GUI thread; for dialogs that must ask while saving."""
        raise NotImplementedError

    def write(self, services: Services, data: Any) -> Any:
        """Call the service; runs in a worker (see ui.operations), so it uses only its
        arguments. A dialog that defines it saves off the GUI thread; else ``save`` runs."""
        raise NotImplementedError

    @property
    def saving(self) -> bool:
        """A write is under way (or its refusal is being asked about)."""
        return self._asking or (self.operation is not None and self.operation.running)

    @Slot()
    def submit(self) -> None:
        if self.saving:
            return
        self.clear_errors()
        try:
            data = self.plan()
            if type(self).write is FormDialog.write:
                self.result_data = self.save(data)
                self.accept()
                return
        except DomainError as exc:
            self.show_errors(exc)
            return
        self._write(data)

    def retry(self, exc: DomainError, data: Any) -> Any | None:
        """After the write was refused with ``exc``: what to write instead (the dialog may ask
        first, on the GUI thread; e.g. a full session offers its waiting list), or None to
        show the refusal and stay open."""
        return None

    def _write(self, data: Any) -> None:
        write = self.write
        self.operation = (
            WriteOp(self.ctx, self, lambda services: write(services, data), self._saved)
            .failure(lambda exc: self._refused(exc, data))
            .disabling(self.buttons)
            .run()
        )

    def _refused(self, exc: DomainError, data: Any) -> None:
        if type(self).retry is FormDialog.retry:
            self.show_errors(exc)
            return
        # Asked after this delivery, not inside it (a question runs its own event loop).
        self._asking = True
        QTimer.singleShot(0, self, lambda: self._ask_to_retry(exc, data))

    def _ask_to_retry(self, exc: DomainError, data: Any) -> None:
        try:
            again = self.retry(exc, data)
        finally:
            self._asking = False
        if again is None:
            self.show_errors(exc)
        else:
            self._write(again)

    def _saved(self, result: Any) -> None:
        self.result_data = result
        self.accept()

    def reject(self) -> None:
        if not self.saving:  # a write under way ends first (its buttons are disabled)
            super().reject()

    def clear_errors(self) -> None:
        self.general_error.show_message("")
        self._messages.clear()
        for widget, error in self._fields.values():
            error.show_message("")
            self._mark(widget, False)

    def show_errors(self, exc: DomainError) -> None:
        """Put each field's message beside its widget; the rest at the top; focus the first."""
        if isinstance(exc, InvalidInput):
            errors = exc.errors
        elif isinstance(exc, ValidationError):
            errors = [exc]
        else:
            self.general_error.show_message(error_text(exc))
            return
        unplaced: list[str] = []
        first: QWidget | None = None
        messages: dict[str, list[str]] = {}
        for e in errors:
            if e.field in self._fields:
                messages.setdefault(e.field, []).append(error_text(e))
            else:
                unplaced.append(error_text(e))
        self._messages = messages
        for name in messages:
            widget, error = self._fields[name]
            self._render(error)
            self._mark(widget, True)
            first = first or widget
        self.general_error.show_message("\n".join(unplaced))
        if first is not None:
            first.setFocus()

    def field_error(self, name: str) -> str:
        """The message shown for field ``name`` ("" when none); for tests and accessibility."""
        error = self._fields[name][1]
        return error.text() if not error.isHidden() else ""

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
