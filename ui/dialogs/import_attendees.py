"""Import registrations from a spreadsheet: the shared wizard (ui/dialogs/import_wizard.py)
with the attendee target, the session for the whole file, the waiting list, and the page
mapping a form's answers (when they need a person's word; see ui/dialogs/value_mapping.py).

The mapping the user confirms is remembered for the next file with the same headers (by
:class:`scipop.importing.attendees.AttendeeImporter`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QWidget

from scipop.importing.attendee_mapping import ATTENDEES, ColumnMapping
from scipop.importing.attendees import AttendeeImporter, AttendeePreview, ImportSummary
from scipop.importing.spreadsheet import Table
from scipop.importing.suggestions import Answer
from scipop.progress import Progress
from scipop.services.sessions import SessionData
from ui.context import AppContext
from ui.dialogs.import_wizard import FILE_FILTER, SpreadsheetImportDialog, n
from ui.dialogs.register_dialog import session_items
from ui.dialogs.value_mapping import ValueMappingWidget
from ui.widgets.session_combo import SessionCombo

if TYPE_CHECKING:
    from scipop.app import Services

__all__ = ["FILE_FILTER", "ImportAttendeesDialog"]


class ImportAttendeesDialog(SpreadsheetImportDialog):
    target = ATTENDEES
    preview: AttendeePreview | None
    summary: ImportSummary | None

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        sessions: list[SessionData],
        session_id: int | None = None,
        path: str | Path | None = None,
    ):
        self._session_id = session_id
        self._sessions = sessions  # open for registration, read in a worker by the page
        super().__init__(ctx, parent, path=path)

    # ---- hooks
    def window_title(self) -> str:
        return self.tr("Import registrations")

    def importer(self, services: Services) -> AttendeeImporter:
        return services.attendee_import

    def add_file_options(self, form: QFormLayout, page: QWidget) -> None:
        self.session_combo = SessionCombo(
            page, all_text=self.tr("The session named in each row (a 场次 / session column)")
        )
        self.session_combo.set_items(session_items(self._sessions))
        if self._session_id is not None:
            self.session_combo.select(self._session_id)
        self.waitlist_check = QCheckBox(
            self.tr(
                "Rows past a session's capacity join its waiting list (else they are bad rows)"
            ),
            page,
        )
        form.addRow(self.tr("Every row is for"), self.session_combo)
        form.addRow("", self.waitlist_check)

    def file_hint(self) -> str:
        return self.tr(
            "Exports of online forms work as they are: Chinese or English headers such as "
            "姓名, 手机号, 单位/学校, 类别, 场次, 人数."
        )

    def values_widget(self, page: QWidget) -> QWidget:
        self.values_step = ValueMappingWidget(page)
        self.values_step.changed.connect(self._update_buttons)
        return self.values_step

    def has_answers(self) -> bool:
        return bool(self.values_step.model.rowCount())

    def map_answers(self) -> None:
        """Find the answers to confirm; show them, or go straight on when there are none."""
        assert self.table is not None
        table, mapping = self.table, self.chosen_mapping()
        self.mapping = mapping
        asked = ColumnMapping(mapping.headers, dict(mapping.columns), target=ATTENDEES)
        if self.session_combo.session_id() is not None:
            asked.columns["session"] = None  # every row goes to the chosen session
        self._run(
            lambda services, _p: services.attendee_import.answers(table, asked),
            self._answers_found,
            self.tr("Reading the form's answers…"),
        )

    def _answers_found(self, answers: list[Answer]) -> None:
        labels = {ident: text for ident, text, _tip in session_items(self._sessions)}
        self.values_step.set_answers(answers, labels)
        if answers:
            self.proceed()  # on to the answers (``has_answers``)
        else:
            self.check_rows()  # then straight on to the rows

    def preview_options(self) -> dict[str, Any]:
        return {
            "session_id": self.session_combo.session_id(),
            "waitlist": self.waitlist_check.isChecked(),
            "values": self.values_step.values(),
        }

    def run_preview(
        self,
        services: Services,
        table: Table,
        mapping: ColumnMapping,
        name: str,
        p: Progress,
        **options: Any,
    ) -> AttendeePreview:
        return services.attendee_import.preview(
            table, mapping, file_name=name, progress=p, **options
        )

    def preview_text(self, preview: AttendeePreview) -> str:
        if preview.waitlisted:
            held = (
                self.tr("The good rows hold %1 place(s); %2 row(s) would join a waiting list.")
                .replace("%1", n(preview.people))
                .replace("%2", n(preview.waitlisted))
            )
        else:
            held = self.tr("The good rows hold %1 place(s).").replace("%1", n(preview.people))
        return self.rows_read_text(preview) + " " + held

    def summary_text(self) -> str:
        s = self.summary
        if s is None:
            return ""
        text = (
            self.tr("Imported %1 registration(s) for %2 place(s); %3 new attendee(s).")
            .replace("%1", n(s.tickets))
            .replace("%2", n(s.people))
            .replace("%3", n(s.new_attendees))
        )
        if s.waitlisted:
            text += " " + self.tr("%1 on a waiting list.").replace("%1", n(s.waitlisted))
        return text + self.skipped_text(s.skipped_rows)
