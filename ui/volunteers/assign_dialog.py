"""Pick a volunteer for a shift: who is free first, with each one's warnings or clash."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.models.base import ROW_ROLE
from ui.operations import QueryOp
from ui.volunteers.models import CandidateModel
from ui.volunteers.texts import span_text
from ui.volunteers.widgets import on_open, table_view
from ui.widgets.crud_table import current_row
from ui.widgets.plain_text import plain_label


class AssignDialog(QDialog):
    loaded = Signal()

    def __init__(self, ctx: AppContext, shift, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.shift = shift
        self.volunteer_id: int | None = None
        self.setWindowTitle(self.tr("Assign a volunteer"))
        what = f"{span_text(shift.starts_at, shift.ends_at)} {shift.role}"
        if shift.room_name:
            what += f" · {shift.room_name}"
        if shift.title:
            what += f" · {shift.title}"
        title = plain_label(what, self)
        title.setWordWrap(True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, organization or skill…"))
        filter_label = QLabel(self.tr("&Find:"), self)
        filter_label.setBuddy(self.filter_edit)
        self.model = CandidateModel(self)
        self.view, self.proxy = table_view(
            self,
            self.model,
            stretch=CandidateModel.STATE,
            widths={
                CandidateModel.NAME: "欧阳志愿者",
                CandidateModel.ORGANIZATION: "北京市科学技术",
            },
        )
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        on_open(self.view, self.accept)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.status = QLabel(self.tr("Loading…"), self)
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Assign"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(filter_label)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(720, 480)
        self._update()
        ident = shift.shift_id
        QueryOp(ctx, self, lambda s: s.staffing.candidates(ident), self._loaded).run()

    def _loaded(self, rows) -> None:
        self.model.set_rows(rows)
        free = sum(1 for c in rows if c.state == "free")
        self.status.setText(
            self.tr("%1 free, %2 with warnings, %3 clash.")
            .replace("%1", str(free))
            .replace("%2", str(sum(1 for c in rows if c.state == "warnings")))
            .replace("%3", str(sum(1 for c in rows if c.state == "clash")))
        )
        if rows:
            self.view.selectRow(0)
        self.loaded.emit()

    def _update(self) -> None:
        row = current_row(self.view)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            row is not None and row.state != "clash"
        )

    def select_volunteer(self, volunteer_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            row = self.proxy.index(r, 0).data(ROW_ROLE)
            if row.volunteer_id == volunteer_id:
                self.view.selectRow(r)
                return True
        return False

    @Slot()
    def accept(self) -> None:
        row = current_row(self.view)
        if row is None or row.state == "clash":
            return
        self.volunteer_id = row.volunteer_id
        super().accept()
