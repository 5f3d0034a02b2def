"""The spreadsheet import wizard every import shares, a :class:`QWizard`: the file → which
column holds what → (what a form's answers mean, for imports that have them) → every bad row →
what was imported.

A subclass names its :class:`scipop.importing.columns.ImportTarget` (fields, required ones),
its importer, the options of its first page and the texts of its preview and result (see
ui/dialogs/import_attendees.py and ui/dialogs/import_volunteers.py). Reading, checking and
importing run in workers (ui/operations) with progress and Cancel: Next (or Enter in the file
field) starts the page's work and the wizard goes on once it succeeded, as the schedule import
does (ui/dialogs/import_sessions.py). A file with bad rows imports nothing unless the user
explicitly chooses to import only the good rows (the button says how many). The mapping the
user confirms is remembered for the next file with the same headers (by the importer).
Closing the wizard after an import accepts it (the caller reloads); before, it rejects it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from scipop.errors import DomainError
from scipop.importing.columns import ColumnMapping, ImportTarget
from scipop.importing.report import ImportRejected
from scipop.importing.spreadsheet import Table
from scipop.progress import Progress
from ui.context import AppContext
from ui.dialogs.base import ErrorLabel
from ui.dialogs.files import open_file_name
from ui.errors import error_text
from ui.models.import_rows import RowErrorModel, SampleModel
from ui.operations import InlineProgress, Operation, QueryOp, WriteOp

if TYPE_CHECKING:
    from scipop.app import Services

FILE_FILTER = "*.xlsx *.xlsm *.xls *.ods *.csv"
FILE_PAGE, MAPPING_PAGE, VALUES_PAGE, PREVIEW_PAGE, RESULT_PAGE = range(5)


def n(value: int) -> str:
    return f"{value:,}"


class ImportPage(QWizardPage):
    """One page: its content, a line for what went wrong and the progress of its work.

    Whether Next is enabled, what Next does and where it goes are the wizard's (by page id),
    so that its texts stay in one translation context."""

    def __init__(self, wizard: SpreadsheetImportDialog, ident: int):
        super().__init__(wizard)
        self.w = wizard
        self.ident = ident
        self.error = ErrorLabel(self)
        self.body = QVBoxLayout()
        self.progress_label = QLabel(self)
        self.progress_bar = QProgressBar(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)  # wired by InlineProgress
        self.progress_box = QWidget(self)
        row = QHBoxLayout(self.progress_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress_label)
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        self.progress_box.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.progress_box)

    def isComplete(self) -> bool:
        return not self.w.busy and self.w.page_ready(self.ident)

    def validatePage(self) -> bool:
        return self.w.validate(self.ident)

    def nextId(self) -> int:
        return self.w.next_page(self.ident)


class SpreadsheetImportDialog(QWizard):
    """The wizard; subclasses fill in what their import needs (methods marked "hook")."""

    FILE, MAPPING, VALUES, PREVIEW, RESULT = (
        FILE_PAGE,
        MAPPING_PAGE,
        VALUES_PAGE,
        PREVIEW_PAGE,
        RESULT_PAGE,
    )
    target: ImportTarget

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, path: str | Path | None = None
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.operation: Operation | None = None
        self.table: Table | None = None
        self.mapping: ColumnMapping | None = None
        self.preview: Any = None
        self.summary: Any = None
        self._advance = False  # the page's work was asked for by Next: go on once it is done
        self._go = False  # the work is done: the page's validatePage lets the wizard on
        self.setWindowTitle(self.window_title())
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # imported: done
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)

        self.file_page = ImportPage(self, FILE_PAGE)
        self._file_step(self.file_page)
        self.mapping_page = ImportPage(self, MAPPING_PAGE)
        self._mapping_step(self.mapping_page)
        self.values_page: ImportPage | None = ImportPage(self, VALUES_PAGE)
        values = self.values_widget(self.values_page)
        if values is None:  # this import has no answers to map
            self.values_page.deleteLater()
            self.values_page = None
        else:
            self.values_page.body.addWidget(values)
        self.preview_page = ImportPage(self, PREVIEW_PAGE)
        self._preview_step(self.preview_page)
        self.result_page = ImportPage(self, RESULT_PAGE)
        self._result_step(self.result_page)
        titles = {
            FILE_PAGE: self.tr("1. Choose the file"),
            MAPPING_PAGE: self.tr("2. Which column holds what"),
            VALUES_PAGE: self.tr("2b. What the form's answers mean"),
            PREVIEW_PAGE: self.tr("3. Check the rows"),
            RESULT_PAGE: self.tr("Done"),
        }
        for page in self.import_pages():
            page.setTitle(titles[page.ident])
            self.setPage(page.ident, page)
        self.preview_page.setCommitPage(True)
        self.preview_page.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))

        self.import_good_button = self.button(QWizard.WizardButton.CustomButton1)
        self.import_good_button.setObjectName("importGood")
        self.customButtonClicked.connect(self._custom_button)
        for label in (self.mapping_note, self.preview_summary, self.result_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # file names, people's names
        self.currentIdChanged.connect(lambda _id: self._update_buttons())
        self.resize(960, 620)
        self.restart()  # on the file page now: Next works before the wizard is shown
        if path is not None:
            self.path_edit.setText(str(path))
        self._update_buttons()

    # ---- hooks
    def window_title(self) -> str:
        raise NotImplementedError

    def importer(self, services: Services) -> Any:
        """The importer: ``read``, ``mapping_for``, ``commit`` (and what ``run_preview`` calls)."""
        raise NotImplementedError

    def add_file_options(self, form: QFormLayout, page: QWidget) -> None:
        """Rows of the first page under the file (options for the whole file)."""

    def file_hint(self) -> str:
        return ""

    def values_widget(self, page: QWidget) -> QWidget | None:
        """The page mapping a form's answers; imports without one have no such page."""
        return None

    def map_answers(self) -> None:
        """After the mapping page: find the answers to confirm, or check the rows at once."""
        self.check_rows()

    def has_answers(self) -> bool:
        """Whether the answers page is shown after the mapping (set by ``map_answers``)."""
        return False

    def preview_options(self) -> dict[str, Any]:
        """The choices of the first pages, read on the GUI thread for ``run_preview``."""
        return {}

    def run_preview(
        self,
        services: Services,
        table: Table,
        mapping: ColumnMapping,
        name: str,
        p: Progress,
        **options: Any,
    ) -> Any:
        """Check every row (in the worker: no widgets here); returns the importer's preview."""
        raise NotImplementedError

    def preview_text(self, preview: Any) -> str:
        raise NotImplementedError

    def summary_text(self) -> str:
        raise NotImplementedError

    # ---- the pages
    def import_pages(self) -> list[ImportPage]:
        pages = [self.file_page, self.mapping_page, self.values_page]
        pages += [self.preview_page, self.result_page]
        return [p for p in pages if p is not None]

    def _file_step(self, page: ImportPage) -> None:
        self.path_edit = QLineEdit(page)
        self.path_edit.setPlaceholderText(self.tr("A .xlsx, .xls, .ods or .csv file"))
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.textChanged.connect(page.completeChanged)
        self.browse_button = QPushButton(self.tr("Choose…"), page)
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("File"), row)
        self.add_file_options(form, page)
        text = self.file_hint()
        if text:
            hint = QLabel(text, page)
            hint.setWordWrap(True)
            hint.setProperty("role", "muted")
            form.addRow("", hint)
        page.body.addLayout(form)
        page.body.addStretch(1)

    def _mapping_step(self, page: ImportPage) -> None:
        self.mapping_note = QLabel(page)
        self.mapping_note.setWordWrap(True)
        self.field_combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for name in self.target.fields:
            combo = QComboBox(page)
            # wide enough for "— not in this file —" and a form's long headers, not wider
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(300)
            combo.currentIndexChanged.connect(page.completeChanged)
            label = QCoreApplication.translate("import", self.target.labels[name])
            if name in self.target.required:
                label += " *"
            form.addRow(label, combo)
            self.field_combos[name] = combo
        self.sample_model = SampleModel(self)
        self.sample_view = QTableView(page)
        self.sample_view.setModel(self.sample_model)
        self.sample_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sample_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        columns = QHBoxLayout()
        columns.addLayout(form)
        sample_box = QVBoxLayout()
        sample_box.addWidget(QLabel(self.tr("The first rows of the file:"), page))
        sample_box.addWidget(self.sample_view, 1)
        columns.addLayout(sample_box, 1)
        page.body.addWidget(self.mapping_note)
        page.body.addLayout(columns, 1)

    def _preview_step(self, page: ImportPage) -> None:
        self.preview_summary = QLabel(page)
        self.preview_summary.setWordWrap(True)
        self.error_model = RowErrorModel(self)
        self.error_view = QTableView(page)
        self.error_view.setModel(self.error_model)
        self.error_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.error_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.error_view.setWordWrap(False)
        self.error_view.verticalHeader().hide()
        header = self.error_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        page.body.addWidget(self.preview_summary)
        page.body.addWidget(self.error_view, 1)

    def _result_step(self, page: ImportPage) -> None:
        self.result_label = QLabel(page)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        page.body.addWidget(self.result_label)
        page.body.addStretch(1)

    def step(self) -> int:
        return self.currentId()

    def current_page(self) -> ImportPage:
        page = self.currentPage()
        return page if isinstance(page, ImportPage) else self.file_page

    @property
    def error_label(self) -> ErrorLabel:
        """Where the current page says what went wrong."""
        return self.current_page().error

    @property
    def import_button(self):
        return self.button(QWizard.WizardButton.CommitButton)

    def say_error(self, text: str) -> None:
        for page in self.import_pages():
            page.error.show_message(text if page is self.current_page() else "")

    # ---- what each page needs and does (ImportPage asks)
    def page_ready(self, ident: int) -> bool:
        if ident == FILE_PAGE:
            return bool(self.path_edit.text().strip())
        if ident == MAPPING_PAGE:
            return all(self.field_combos[f].currentData() is not None for f in self.target.required)
        if ident == PREVIEW_PAGE:
            preview = self.preview
            return preview is not None and preview.ok and bool(preview.rows)
        return True

    def next_page(self, ident: int) -> int:
        if ident == MAPPING_PAGE:
            return (
                VALUES_PAGE if self.values_page is not None and self.has_answers() else PREVIEW_PAGE
            )
        following = {FILE_PAGE: MAPPING_PAGE, VALUES_PAGE: PREVIEW_PAGE, PREVIEW_PAGE: RESULT_PAGE}
        return following.get(ident, -1)

    def validate(self, ident: int) -> bool:
        """Next (or Import): start the page's work; the wizard goes on once it is done."""
        if ident == RESULT_PAGE:
            return True
        if self.busy:
            return False
        if self._go:
            self._go = False
            return True
        self.say_error("")
        self._advance = True
        if ident == FILE_PAGE:
            self.read_file()
        elif ident == MAPPING_PAGE:
            self.mapping = self.chosen_mapping()
            self.map_answers()
        elif ident == VALUES_PAGE:
            self.check_rows()
        elif ident == PREVIEW_PAGE:
            self.start_import(only_good=False)
        if not self.busy:
            self._advance = False  # nothing was started
        return False

    def proceed(self) -> None:
        """The work Next asked for is done: on to the next page."""
        if self._advance:
            self._advance = False
            self._go = True
            self.next()
            self._go = False

    def _update_buttons(self) -> None:
        busy = self.busy
        for page in self.import_pages():
            page.completeChanged.emit()
        if busy:
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.path_edit.setReadOnly(busy)
        self.browse_button.setEnabled(not busy)
        for combo in self.field_combos.values():
            combo.setEnabled(not busy)
        preview = self.preview if self.currentId() == PREVIEW_PAGE else None
        good = len(preview.rows) if preview is not None else 0
        show_good = preview is not None and not preview.ok and good > 0
        self.setOption(QWizard.WizardOption.HaveCustomButton1, show_good)
        self.setButtonText(
            QWizard.WizardButton.CustomButton1,
            self.tr("Import only the %1 good row(s)").replace("%1", n(good)),
        )
        self.import_good_button.setVisible(show_good)
        self.import_good_button.setEnabled(show_good and not busy)

    @Slot(int)
    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.start_import(only_good=True, advance=True)

    # ---- navigation
    @Slot()
    def browse(self) -> None:
        start = self.path_edit.text() or str(Path.home())
        path = open_file_name(
            self,
            self.tr("Choose a spreadsheet"),
            start,
            self.tr("Spreadsheets (%1)").replace("%1", FILE_FILTER)
            + ";;"
            + self.tr("All files (*)"),
        )
        if path:
            self.path_edit.setText(path)
            if self.currentId() == FILE_PAGE:
                self.next()  # read it at once, as the schedule import does

    @Slot()
    def back(self) -> None:
        if not self.busy:
            self.say_error("")
            super().back()

    def read_file(self) -> None:
        path = self.path_edit.text().strip().strip('"')

        def read(services: Services, progress: Progress) -> tuple[Table, ColumnMapping]:
            progress.report(0, 1, "reading")
            importer = self.importer(services)
            table = importer.read(path)
            return table, importer.mapping_for(table.headers)

        self._run(read, self._file_read, self.tr("Reading the file…"))

    def _file_read(self, result: tuple[Table, ColumnMapping]) -> None:
        self.table, self.mapping = result
        self.preview = None
        self.sample_model.set_table(self.table)
        for name, combo in self.field_combos.items():
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItem(self.tr("— not in this file —"), None)
                for i, header in enumerate(self.table.headers):
                    combo.addItem(header or self.tr("(column %1)").replace("%1", str(i + 1)), i)
                combo.setCurrentIndex(max(0, combo.findData(self.mapping.index(name))))
        rows = len(self.table.numbered())
        if self.mapping.remembered:
            note = self.tr("The mapping you confirmed for this form last time is filled in.")
        else:
            note = self.tr("Guessed from the headers: check each field.")
        self.mapping_note.setText(
            self.tr("%1: %2 row(s) on sheet “%3”.")
            .replace("%1", Path(self.path_edit.text().strip().strip('"')).name)
            .replace("%2", n(rows))
            .replace("%3", self.table.sheet)
            + " "
            + note
        )
        self._update_buttons()
        self.proceed()

    def chosen_mapping(self) -> ColumnMapping:
        assert self.table is not None
        columns = {name: combo.currentData() for name, combo in self.field_combos.items()}
        remembered = self.mapping.remembered if self.mapping is not None else False
        return ColumnMapping(list(self.table.headers), columns, remembered, self.target)

    def check_rows(self) -> None:
        assert self.table is not None
        table, mapping = self.table, self.chosen_mapping()
        name = Path(self.path_edit.text().strip().strip('"')).name
        options = self.preview_options()
        self.mapping = mapping
        self._run(
            lambda services, p: self.run_preview(services, table, mapping, name, p, **options),
            self._checked,
            self.tr("Checking every row…"),
        )

    def _checked(self, preview: Any) -> None:
        self.preview = preview
        self.error_model.set_rows(sorted(preview.errors, key=lambda e: e.row))
        text = self.preview_text(preview)
        if preview.bad_rows:
            text += "\n" + self.tr(
                "Nothing is imported while rows have problems: fix the file and choose it "
                "again, or import only the good rows."
            )
        self.preview_summary.setText(text)
        self.error_view.setVisible(bool(preview.errors))
        self._update_buttons()
        self.proceed()

    def rows_read_text(self, preview: Any) -> str:
        """``7 row(s) read: 2 good, 5 with problems.`` (without the full stop)."""
        good, bad = len(preview.rows), len(preview.bad_rows)
        return (
            self.tr("%1 row(s) read: %2 good, %3 with problems.")
            .replace("%1", n(good + bad))
            .replace("%2", n(good))
            .replace("%3", n(bad))
        )

    def skipped_text(self, skipped: list[int]) -> str:
        if not skipped:
            return ""
        shown = ", ".join(str(r) for r in skipped[:20])
        if len(skipped) > 20:
            shown += " …"
        return " " + self.tr("Skipped %1 bad row(s): %2.").replace("%1", n(len(skipped))).replace(
            "%2", shown
        )

    # ---- importing
    def start_import(self, *, only_good: bool, advance: bool = False) -> None:
        preview = self.preview
        if preview is None or self.busy or self.currentId() != PREVIEW_PAGE:
            return
        if not only_good and not preview.ok:
            return  # Import is disabled while rows have problems
        if only_good and not preview.rows:
            return
        if advance:
            self._advance = True
        self._run(
            lambda services, p: self.importer(services).commit(
                preview, only_good=only_good, progress=p
            ),
            self._imported,
            self.tr("Importing…"),
            write=True,
        )

    def _imported(self, summary: Any) -> None:
        self.summary = summary
        self.result_label.setText(self.summary_text())
        self.proceed()

    # ---- the worker
    def _run(
        self,
        fn: Callable[[Services, Progress], Any],
        done: Callable[[Any], None],
        text: str,
        *,
        write: bool = False,
    ) -> None:
        kind = WriteOp if write else QueryOp
        op = kind(self.ctx, self, fn, done)
        page = self.current_page()
        display = InlineProgress(
            page.progress_bar,
            page.cancel_button,
            box=page.progress_box,
            label=page.progress_label,
            text=text,
        )
        op.with_progress(display).failure(self._job_failed)
        op.on_cancelled(self._cancelled)
        op.ended.connect(lambda o=op: self._end_job(o))
        self.operation = op
        op.run()
        self._update_buttons()

    @property
    def busy(self) -> bool:
        return self.operation is not None and self.operation.running

    @Slot()
    def cancel_job(self) -> None:
        if self.operation is not None:
            self.operation.cancel()

    def _cancelled(self) -> None:
        self._advance = False
        self.say_error(self.tr("Cancelled; nothing was imported."))

    def _end_job(self, op: Operation) -> None:
        if self.operation is op:
            self.operation = None
        self._update_buttons()

    def _job_failed(self, error: DomainError) -> None:
        self._advance = False
        self.say_error(error_text(error))
        if isinstance(error, ImportRejected):
            # The data changed in the meantime: show the rows as they are now.
            self.check_rows()

    def done(self, result: int) -> None:
        """Closing after an import accepts the wizard (the caller reloads), however closed."""
        if self.summary is not None:
            result = int(QWizard.DialogCode.Accepted.value)
        else:
            self.cancel_job()  # a running import stops and rolls back; late results dropped
        super().done(result)
