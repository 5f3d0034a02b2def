"""Create or edit an organization and a program (with its colour)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Slot
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from scipop.app import Services
from scipop.models import OrgKind
from scipop.services.organizations import OrganizationData, ProgramData
from ui.context import AppContext
from ui.dialogs.base import FormDialog
from ui.labels import choices
from ui.widgets.swatch import color_icon


class OrganizationDialog(FormDialog):
    def __init__(self, ctx: AppContext, org: OrganizationData | None = None, parent=None):
        super().__init__(ctx, parent)
        self.org = org or OrganizationData()
        self.setWindowTitle(self.tr("Edit organization") if org else self.tr("New organization"))
        self.name_edit = self.add_field("name", self.tr("&Name (Chinese):"), QLineEdit(self))
        self.name_en_edit = self.add_field("name_en", self.tr("&English name:"), QLineEdit(self))
        self.short_edit = self.add_field("short_name", self.tr("&Short name:"), QLineEdit(self))
        self.short_edit.setPlaceholderText(self.tr("e.g. BAST"))
        self.kind_combo = self.add_field("kind", self.tr("&Kind:"), QComboBox(self))
        for text, value in choices(OrgKind):
            self.kind_combo.addItem(text, value)
        self.contact_edit = self.add_field("contact", self.tr("&Contact person:"), QLineEdit(self))
        self.phone_edit = self.add_field("phone", self.tr("&Phone:"), QLineEdit(self))
        self.notes_edit = self.add_field("notes", self.tr("N&otes:"), QPlainTextEdit(self))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(80)

        o = self.org
        self.name_edit.setText(o.name)
        self.name_en_edit.setText(o.name_en)
        self.short_edit.setText(o.short_name)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(OrgKind(o.kind))))
        self.contact_edit.setText(o.contact)
        self.phone_edit.setText(o.phone)
        self.notes_edit.setPlainText(o.notes)
        self.resize(480, 0)

    def collect(self) -> OrganizationData:
        return replace(
            self.org,
            name=self.name_edit.text(),
            name_en=self.name_en_edit.text(),
            short_name=self.short_edit.text(),
            kind=self.kind_combo.currentData(),
            contact=self.contact_edit.text(),
            phone=self.phone_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    def write(self, services: Services, data: OrganizationData) -> OrganizationData:
        service = services.organizations
        return service.update(data) if data.id is not None else service.create(data)


class ColorButton(QPushButton):
    """Shows a colour; a click opens the colour picker. The text is the #rrggbb value."""

    def __init__(self, color: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.clicked.connect(self._pick)
        self.set_color(color)

    def color(self) -> str:
        return self._color

    def set_color(self, color: str) -> None:
        self._color = color
        self.setText(color)
        self.setIcon(color_icon(color, 16) if QColor(color).isValid() else QIcon())

    @Slot()
    def _pick(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._color), self, self.tr("Program colour"))
        if chosen.isValid():
            self.set_color(chosen.name())


class ProgramDialog(FormDialog):
    def __init__(self, ctx: AppContext, program: ProgramData | None = None, parent=None):
        super().__init__(ctx, parent)
        self.program = program or ProgramData()
        self.setWindowTitle(self.tr("Edit program") if program else self.tr("New program"))
        self.name_edit = self.add_field("name", self.tr("&Name (Chinese):"), QLineEdit(self))
        self.name_en_edit = self.add_field("name_en", self.tr("&English name:"), QLineEdit(self))
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.color_button = ColorButton(self.program.color, box)
        row.addWidget(self.color_button)
        row.addStretch(1)
        self.add_field("color", self.tr("&Colour:"), box, focus=self.color_button)
        self.description_edit = self.add_field(
            "description", self.tr("&Description:"), QPlainTextEdit(self)
        )
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(90)
        self.name_edit.setText(self.program.name)
        self.name_en_edit.setText(self.program.name_en)
        self.description_edit.setPlainText(self.program.description)
        self.resize(480, 0)

    def collect(self) -> ProgramData:
        return replace(
            self.program,
            name=self.name_edit.text(),
            name_en=self.name_en_edit.text(),
            color=self.color_button.color(),
            description=self.description_edit.toPlainText(),
        )

    def write(self, services: Services, data: ProgramData) -> ProgramData:
        service = services.programs
        return service.update(data) if data.id is not None else service.create(data)
