"""Organizations (organizers of events) and programs (recurring series)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from scipop.services.organizations import OrganizationData, ProgramData
from ui.i18n import display_name, is_chinese
from ui.labels import label
from ui.models.base import RowTableModel

# The second name column shows the name the UI's language does not: English in the
# Chinese UI, Chinese in the English UI.
CHINESE_NAME = QT_TRANSLATE_NOOP("names", "Chinese name")


def other_name(name: str, name_en: str) -> str:
    shown = display_name(name, name_en)
    return name if shown != name else name_en


class NamedTableModel(RowTableModel):
    OTHER_NAME = 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            section == self.OTHER_NAME
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and not is_chinese()
        ):
            return QCoreApplication.translate("names", CHINESE_NAME)
        return super().headerData(section, orientation, role)


class OrganizationTableModel(NamedTableModel):
    CONTEXT = "OrganizationTableModel"
    NAME, OTHER_NAME, SHORT, KIND, CONTACT, PHONE = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("OrganizationTableModel", "Name"),
        QT_TRANSLATE_NOOP("OrganizationTableModel", "English name"),
        QT_TRANSLATE_NOOP("OrganizationTableModel", "Short name"),
        QT_TRANSLATE_NOOP("OrganizationTableModel", "Kind"),
        QT_TRANSLATE_NOOP("OrganizationTableModel", "Contact"),
        QT_TRANSLATE_NOOP("OrganizationTableModel", "Phone"),
    )

    def display(self, o: OrganizationData, column: int) -> str | int | None:
        match column:
            case self.NAME:
                return display_name(o.name, o.name_en)
            case self.OTHER_NAME:
                return other_name(o.name, o.name_en)
            case self.SHORT:
                return o.short_name
            case self.KIND:
                return label(o.kind)
            case self.CONTACT:
                return o.contact
            case self.PHONE:
                return o.phone
        return None

    def search_text(self, o: OrganizationData) -> str:
        return f"{o.name} {o.name_en} {o.short_name} {o.contact}".lower()


class ProgramTableModel(NamedTableModel):
    CONTEXT = "ProgramTableModel"
    NAME, OTHER_NAME, COLOR, DESCRIPTION = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ProgramTableModel", "Name"),
        QT_TRANSLATE_NOOP("ProgramTableModel", "English name"),
        QT_TRANSLATE_NOOP("ProgramTableModel", "Colour"),
        QT_TRANSLATE_NOOP("ProgramTableModel", "Description"),
    )

    def display(self, p: ProgramData, column: int) -> str | int | None:
        match column:
            case self.NAME:
                return display_name(p.name, p.name_en)
            case self.OTHER_NAME:
                return other_name(p.name, p.name_en)
            case self.COLOR:
                return p.color
            case self.DESCRIPTION:
                return " ".join(p.description.split())
        return None

    def search_text(self, p: ProgramData) -> str:
        return f"{p.name} {p.name_en} {p.description}".lower()

    def extra(self, p: ProgramData, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column in (self.NAME, self.COLOR):
            return QColor(p.color)
        return None
