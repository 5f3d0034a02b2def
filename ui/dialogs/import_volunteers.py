"""Import the volunteer roster from a spreadsheet: the shared wizard with the volunteer target
(姓名, 手机号, 单位/组织, 技能/特长, 语言/外语, 邮箱, 备注).

All or nothing with every bad row listed (missing name, bad phone or email, a phone twice in
the file or already on the roster); *Import only the good rows* on purpose. Organizations the
list does not have yet are created by the import, named in the preview first; unticking the
option makes them bad rows instead (for a list that must only use known organizations).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QWidget

from scipop.importing.columns import ColumnMapping
from scipop.importing.spreadsheet import Table
from scipop.importing.volunteer_rows import VOLUNTEERS
from scipop.importing.volunteers import (
    VolunteerImporter,
    VolunteerImportSummary,
    VolunteerPreview,
)
from scipop.progress import Progress
from ui.context import AppContext
from ui.dialogs.import_wizard import SpreadsheetImportDialog

if TYPE_CHECKING:
    from scipop.app import Services

__all__ = ["ImportVolunteersDialog"]


class ImportVolunteersDialog(SpreadsheetImportDialog):
    """Built as ``(ctx, parent)`` like the attendee import; ``(parent, ctx)`` works too."""

    target = VOLUNTEERS
    preview: VolunteerPreview | None
    summary: VolunteerImportSummary | None

    def __init__(
        self,
        ctx: AppContext | QWidget | None,
        parent: QWidget | AppContext | None = None,
        *,
        path: str | Path | None = None,
    ):
        if isinstance(parent, AppContext):  # called as (parent, ctx)
            ctx, parent = parent, ctx
        assert isinstance(ctx, AppContext)
        super().__init__(ctx, parent, path=path)  # type: ignore[arg-type]

    # ---- hooks
    def window_title(self) -> str:
        return self.tr("Import volunteers")

    def importer(self, services: Services) -> VolunteerImporter:
        return services.volunteer_import

    def add_file_options(self, form: QFormLayout, page: QWidget) -> None:
        self.create_organizations_check = QCheckBox(
            self.tr(
                "Add the organizations that are not in the list yet (else their rows are bad rows)"
            ),
            page,
        )
        self.create_organizations_check.setChecked(True)
        form.addRow("", self.create_organizations_check)

    def file_hint(self) -> str:
        return self.tr(
            "Chinese or English headers such as 姓名, 手机号, 单位/组织, 技能/特长, 语言/外语, "
            "邮箱, 备注. A phone already on the roster, or twice in the file, is a bad row: "
            "one phone, one person."
        )

    def preview_options(self) -> dict[str, Any]:
        return {"create_organizations": self.create_organizations_check.isChecked()}

    def run_preview(
        self,
        services: Services,
        table: Table,
        mapping: ColumnMapping,
        name: str,
        p: Progress,
        **options: Any,
    ) -> VolunteerPreview:
        return services.volunteer_import.preview(
            table, mapping, file_name=name, progress=p, **options
        )

    def preview_text(self, preview: VolunteerPreview) -> str:
        text = self.rows_read_text(preview)
        new = preview.new_organizations
        if new:
            text += " " + self.tr(
                "%n new organization(s) will be added: %1.", "", len(new)
            ).replace("%1", "、".join(new))
        return text

    def summary_text(self) -> str:
        s = self.summary
        if s is None:
            return ""
        text = self.tr("Imported %n volunteer(s).", "", s.volunteers)
        if s.new_organizations:
            text += " " + self.tr(
                "Added %n organization(s): %1.", "", len(s.new_organizations)
            ).replace("%1", "、".join(s.new_organizations))
        return text + self.skipped_text(s.skipped_rows)
