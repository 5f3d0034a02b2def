"""The organizers of one event being edited: which organizations, and which one leads."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QFont

from scipop.models import OrganizerRole
from scipop.services.events import OrganizerData
from scipop.services.organizations import OrganizationData
from ui.i18n import display_name
from ui.labels import label
from ui.models.base import RowTableModel


class OrganizerListModel(RowTableModel[OrganizerData]):
    """Edited in place; the first organization added becomes the lead."""

    CONTEXT = "OrganizerListModel"
    ORGANIZATION, ROLE = range(2)
    HEADERS = (
        QT_TRANSLATE_NOOP("OrganizerListModel", "Organization"),
        QT_TRANSLATE_NOOP("OrganizerListModel", "Role"),
    )

    def display(self, o: OrganizerData, column: int) -> str | int | None:
        if column == self.ORGANIZATION:
            return display_name(o.name, o.name_en)
        if column == self.ROLE:
            return label(o.role)
        return None

    def extra(self, o: OrganizerData, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and o.role == OrganizerRole.LEAD:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def organization_ids(self) -> set[int]:
        return {o.organization_id for o in self._rows}

    def add(self, org: OrganizationData) -> int:
        """Append ``org`` (lead when there is none yet); returns its row, or -1 if listed."""
        if org.id is None or org.id in self.organization_ids():
            return -1
        has_lead = any(o.role == OrganizerRole.LEAD for o in self._rows)
        role = OrganizerRole.CO_ORGANIZER if has_lead else OrganizerRole.LEAD
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(OrganizerData(org.id, role, org.name, org.name_en))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def set_lead(self, row: int) -> None:
        """Make ``row`` the one lead; every other organizer becomes a co-organizer."""
        if not 0 <= row < len(self._rows):
            return
        for i, o in enumerate(self._rows):
            o.role = OrganizerRole.LEAD if i == row else OrganizerRole.CO_ORGANIZER
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 1))

    def move(self, row: int, delta: int) -> int:
        """Move ``row`` up (-1) or down (+1); returns its new row."""
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        dest = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        return target
