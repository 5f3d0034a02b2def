"""Create or edit an event: titles, kind, status, program, description and its organizers."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QSize, Slot
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scipop.app import Services
from scipop.models import EventKind, EventStatus, OrganizerRole
from scipop.services.events import EventData
from scipop.services.organizations import OrganizationData, ProgramData
from ui.context import AppContext
from ui.dialogs.base import ErrorLabel, FormDialog
from ui.i18n import display_name
from ui.labels import choices, label
from ui.models.organizers import OrganizerListModel
from ui.resources import icon
from ui.widgets.swatch import color_icon

EventChoices = tuple[list[OrganizationData], list[ProgramData]]


def read_event_choices(services: Services) -> EventChoices:
    """The organizations and programs an event may name (read in a worker by the page)."""
    return services.organizations.list(), services.programs.list()


class EventDialog(FormDialog):
    """``options`` (see :func:`read_event_choices`) are read in a worker by the opening page:
    the dialog itself reads nothing on the GUI thread."""

    def __init__(
        self,
        ctx: AppContext,
        event: EventData | None = None,
        parent=None,
        *,
        options: EventChoices,
    ):
        super().__init__(ctx, parent)
        self.event = event or EventData()
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("New event"))
        self._organizations: dict[int, OrganizationData] = {}

        self.title_edit = self.add_field("title", self.tr("&Title:"), QLineEdit(self))
        self.title_edit.setPlaceholderText(self.tr("e.g. Robot Cup Beijing Regional"))
        self.title_en_edit = self.add_field("title_en", self.tr("&English title:"), QLineEdit(self))
        self.kind_combo = self.add_field("kind", self.tr("&Kind:"), QComboBox(self))
        for text, value in choices(EventKind):
            self.kind_combo.addItem(text, value)
        self.status_combo = self.add_field("status", self.tr("&Status:"), QComboBox(self))
        for text, value in choices(EventStatus):
            self.status_combo.addItem(text, value)
        self.program_combo = self.add_field("program_id", self.tr("&Program:"), QComboBox(self))
        self.form.addRow(self.tr("Organizers:"), self._organizers_editor())
        self.description_edit = self.add_field(
            "description", self.tr("&Description:"), QPlainTextEdit(self)
        )
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(90)

        self._load_choices(options)
        self._fill(self.event)
        self.resize(720, 0)

    # ---- the organizers editor
    def _organizers_editor(self) -> QWidget:
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.organizers = OrganizerListModel(self)
        self.organizer_view = QTableView(box)
        self.organizer_view.setModel(self.organizers)
        self.organizer_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.organizer_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.organizer_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.organizer_view.verticalHeader().hide()
        header = self.organizer_view.horizontalHeader()
        header.setSectionResizeMode(OrganizerListModel.ORGANIZATION, QHeaderView.ResizeMode.Stretch)
        # The role column is as wide as its widest label in bold (the lead's): sized once,
        # since fitting to the contents missed the rows added after the dialog was shown.
        header.setSectionResizeMode(OrganizerListModel.ROLE, QHeaderView.ResizeMode.Fixed)
        bold = QFont(self.organizer_view.font())
        bold.setBold(True)
        widest = max(QFontMetrics(bold).horizontalAdvance(label(role)) for role in OrganizerRole)
        header.resizeSection(
            OrganizerListModel.ROLE,
            max(widest + 20, header.sectionSizeHint(OrganizerListModel.ROLE)),
        )
        self.organizer_view.setMinimumHeight(130)
        self.organizer_view.doubleClicked.connect(lambda index: self._set_lead())

        self.add_org_combo = QComboBox(box)
        self.add_org_combo.setMinimumContentsLength(16)
        self.add_org_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.add_org_button = QPushButton(icon("add"), self.tr("&Add"), box)
        self.new_org_button = QPushButton(self.tr("New organization…"), box)
        self.lead_button = QPushButton(self.tr("Set as &lead"), box)
        self.remove_button = QPushButton(icon("delete"), self.tr("&Remove"), box)
        self.up_button = QPushButton(self.tr("Up"), box)
        self.down_button = QPushButton(self.tr("Down"), box)
        self.add_org_button.clicked.connect(self._add_organizer)
        self.new_org_button.clicked.connect(self._new_organization)
        self.lead_button.clicked.connect(self._set_lead)
        self.remove_button.clicked.connect(self._remove_organizer)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))

        side = QVBoxLayout()
        for button in (self.lead_button, self.up_button, self.down_button, self.remove_button):
            side.addWidget(button)
        side.addStretch(1)
        self.organizers_error = ErrorLabel(box)
        grid.addWidget(self.add_org_combo, 0, 0)
        grid.addWidget(self.add_org_button, 0, 1)
        grid.addWidget(self.new_org_button, 0, 2)
        grid.addWidget(self.organizer_view, 1, 0, 1, 2)
        grid.addLayout(side, 1, 2)
        grid.addWidget(self.organizers_error, 2, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        self.add_error_target("organizers", self.organizer_view, self.organizers_error)
        self.organizer_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.organizers.rowsInserted.connect(self._refresh_add_combo)
        self.organizers.rowsRemoved.connect(self._refresh_add_combo)
        return box

    def _load_choices(self, choices: EventChoices) -> None:
        organizations, programs = choices
        self._organizations = {o.id: o for o in organizations}
        self.program_combo.addItem(self.tr("(no program)"), None)
        for p in programs:
            self.program_combo.addItem(color_icon(p.color), display_name(p.name, p.name_en), p.id)
        self.program_combo.setIconSize(QSize(12, 12))

    def _fill(self, e: EventData) -> None:
        self.title_edit.setText(e.title)
        self.title_en_edit.setText(e.title_en)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(EventKind(e.kind))))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(EventStatus(e.status))))
        program_row = self.program_combo.findData(e.program_id) if e.program_id else 0
        self.program_combo.setCurrentIndex(max(0, program_row))
        self.description_edit.setPlainText(e.description)
        self.organizers.set_rows([replace(o) for o in e.organizers])
        self._refresh_add_combo()
        self._update_buttons()

    @Slot()
    def _refresh_add_combo(self) -> None:
        listed = self.organizers.organization_ids()
        self.add_org_combo.clear()
        for org in sorted(
            self._organizations.values(), key=lambda o: display_name(o.name, o.name_en)
        ):
            if org.id not in listed:
                self.add_org_combo.addItem(display_name(org.name, org.name_en), org.id)
        self.add_org_combo.setEnabled(self.add_org_combo.count() > 0)
        self.add_org_button.setEnabled(self.add_org_combo.count() > 0)

    def _selected_row(self) -> int:
        rows = self.organizer_view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _select(self, row: int) -> None:
        index = self.organizers.index(row, 0)
        self.organizer_view.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.organizer_view.setCurrentIndex(index)

    @Slot()
    def _update_buttons(self) -> None:
        row = self._selected_row()
        n = self.organizers.rowCount()
        for button in (self.lead_button, self.remove_button):
            button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < n - 1)

    @Slot()
    def add_organization(self, organization_id: int) -> None:
        org = self._organizations.get(organization_id)
        if org is not None:
            row = self.organizers.add(org)
            if row >= 0:
                self._select(row)

    @Slot()
    def _add_organizer(self) -> None:
        ident = self.add_org_combo.currentData()
        if ident is not None:
            self.add_organization(ident)

    @Slot()
    def _new_organization(self) -> None:
        from ui.dialogs.organization_dialog import OrganizationDialog

        dialog = OrganizationDialog(self.ctx, None, self)
        if dialog.exec() and dialog.result_data is not None:
            org = dialog.result_data
            self._organizations[org.id] = org
            self._refresh_add_combo()
            self.add_organization(org.id)

    @Slot()
    def _set_lead(self) -> None:
        row = self._selected_row()
        if row >= 0:
            self.organizers.set_lead(row)

    @Slot()
    def _remove_organizer(self) -> None:
        row = self._selected_row()
        if row >= 0:
            self.organizers.remove(row)
            if self.organizers.rowCount():
                self._select(min(row, self.organizers.rowCount() - 1))
        self._update_buttons()

    def _move(self, delta: int) -> None:
        row = self._selected_row()
        if row >= 0:
            self._select(self.organizers.move(row, delta))
            self._update_buttons()

    # ---- saving
    def collect(self) -> EventData:
        return replace(
            self.event,
            title=self.title_edit.text(),
            title_en=self.title_en_edit.text(),
            kind=self.kind_combo.currentData(),
            status=self.status_combo.currentData(),
            program_id=self.program_combo.currentData(),
            description=self.description_edit.toPlainText(),
            organizers=[replace(o) for o in self.organizers.rows()],
        )

    def write(self, services: Services, data: EventData) -> EventData:
        events = services.events
        return events.update(data) if data.id is not None else events.create(data)
