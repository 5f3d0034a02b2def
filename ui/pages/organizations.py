"""Organizations and programs: the organizers and series the event dialog picks from."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from scipop.services.organizations import OrganizationData, ProgramData
from ui.context import AppContext
from ui.i18n import display_name
from ui.models.organizations import OrganizationTableModel, ProgramTableModel
from ui.pages.base import Page
from ui.resources import icon
from ui.widgets.crud_table import CrudTable


class OrganizationsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.org_model = OrganizationTableModel(self)
        self.organizations = CrudTable(
            self.org_model,
            filter_placeholder=self.tr("Filter organizations…"),
            stretch_column=OrganizationTableModel.NAME,
        )
        self.organizations.new_action.setText(self.tr("New &organization…"))
        self.organizations.new_requested.connect(self.new_organization)
        self.organizations.edit_requested.connect(self.edit_organization)
        self.organizations.delete_requested.connect(self.delete_organization)

        self.program_model = ProgramTableModel(self)
        self.programs = CrudTable(self.program_model, stretch_column=ProgramTableModel.DESCRIPTION)
        self.programs.new_action.setText(self.tr("New &program…"))
        self.programs.new_requested.connect(self.new_program)
        self.programs.edit_requested.connect(self.edit_program)
        self.programs.delete_requested.connect(self.delete_program)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.organizations, icon("organizations"), self.tr("Organizations"))
        self.tabs.addTab(self.programs, icon("programs"), self.tr("Programs"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def reload(self, org_id: int | None = None, program_id: int | None = None) -> None:
        org_id = org_id or getattr(self.organizations.current_row(), "id", None)
        program_id = program_id or getattr(self.programs.current_row(), "id", None)
        self.query(
            lambda services: (services.organizations.list(), services.programs.list()),
            lambda result: self._show(*result, org_id, program_id),
        )

    def _show(
        self,
        organizations: list[OrganizationData],
        programs: list[ProgramData],
        org_id: int | None,
        program_id: int | None,
    ) -> None:
        self.org_model.set_rows(organizations)
        self.program_model.set_rows(programs)
        self.organizations.select_id(org_id)
        self.programs.select_id(program_id)

    # ---- organizations
    @Slot()
    def new_organization(self) -> None:
        self._organization_dialog(None)

    @Slot(object)
    def edit_organization(self, org: OrganizationData) -> None:
        self.run_read(
            lambda services: services.organizations.get(org.id), self._organization_dialog
        )

    def _organization_dialog(self, org: OrganizationData | None) -> None:
        from ui.dialogs.organization_dialog import OrganizationDialog

        dialog = OrganizationDialog(self.ctx, org, self)
        if dialog.exec() and dialog.result_data is not None:
            self.reload(org_id=dialog.result_data.id)
            self.data_changed.emit()

    @Slot(object)
    def delete_organization(self, org: OrganizationData) -> None:
        if not self.confirm_delete(display_name(org.name, org.name_en)):
            return
        self.run_write(
            lambda services: services.organizations.delete(org.id),
            lambda _r: self.reload(),
            self.tr("Delete organization"),
        )

    # ---- programs
    @Slot()
    def new_program(self) -> None:
        self._program_dialog(None)

    @Slot(object)
    def edit_program(self, program: ProgramData) -> None:
        self.run_read(lambda services: services.programs.get(program.id), self._program_dialog)

    def _program_dialog(self, program: ProgramData | None) -> None:
        from ui.dialogs.organization_dialog import ProgramDialog

        dialog = ProgramDialog(self.ctx, program, self)
        if dialog.exec() and dialog.result_data is not None:
            self.reload(program_id=dialog.result_data.id)
            self.data_changed.emit()

    @Slot(object)
    def delete_program(self, program: ProgramData) -> None:
        if not self.confirm_delete(display_name(program.name, program.name_en)):
            return
        self.run_write(
            lambda services: services.programs.delete(program.id),
            lambda _r: self.reload(),
            self.tr("Delete program"),
        )
