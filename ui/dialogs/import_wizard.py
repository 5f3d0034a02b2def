"""The spreadsheet import wizard every import shares: file → column mapping → (the answers to
map, for imports that have them) → preview of every bad row → import.

A subclass names its :class:`scipop.importing.columns.ImportTarget` (fields, required ones),
its importer, the options of its first step and the texts of its preview and result (see
ui/dialogs/import_attendees.py and ui/dialogs/import_volunteers.py). Reading, checking and
importing run in a worker with progress and cancel. A file with bad rows imports nothing
unless the user explicitly chooses to import only the good rows (the button says how many).
The mapping the user confirms is remembered for the next file with the same headers (by the
importer).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scipop.errors import DomainError
from scipop.importing.columns import ColumnMapping, ImportTarget
from scipop.importing.report import ImportRejected
from scipop.importing.spreadsheet import Table
from scipop.progress import Progress
from ui.context import AppContext
from ui.dialogs.files import open_file_name
from ui.errors import error_text
from ui.models.import_rows import RowErrorModel, SampleModel
from ui.operations import InlineProgress, Operation, QueryOp, WriteOp

if TYPE_CHECKING:
    from scipop.app import Services

FILE_FILTER = "*.xlsx *.xlsm *.xls *.ods *.csv"


def n(value: int) -> str:
    return f"{value:,}"


class SpreadsheetImportDialog(QDialog):
    """The wizard; subclasses fill in what their import needs (methods marked "hook")."""

    FILE, MAPPING, VALUES, PREVIEW, RESULT = range(5)
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
        self.setWindowTitle(self.window_title())

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._file_step())
        self.stack.addWidget(self._mapping_step())
        self.stack.addWidget(self.values_widget())
        self.stack.addWidget(self._preview_step())
        self.stack.addWidget(self._result_step())
        self.step_label = QLabel(self)
        self.step_label.setProperty("role", "heading")
        font = self.step_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.step_label.setFont(font)
        self.error_label = QLabel(self)
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.progress_bar = QProgressBar(self)
        self.progress_label = QLabel(self)
        self.cancel_job_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_job_button.clicked.connect(self.cancel_job)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.cancel_job_button)
        self.progress_box = QWidget(self)
        self.progress_box.setLayout(progress_row)
        self.progress_box.hide()

        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_good_button = QPushButton(self, objectName="importGood")
        self.close_button = QPushButton(self.tr("Close"), self)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.import_button.clicked.connect(lambda: self.start_import(only_good=False))
        self.import_good_button.clicked.connect(lambda: self.start_import(only_good=True))
        self.close_button.clicked.connect(self.close_wizard)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for b in (self.import_good_button, self.import_button, self.next_button, self.close_button):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.progress_box)
        layout.addLayout(buttons)
        for label in (self.error_label, self.mapping_note, self.preview_summary, self.result_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # file names, people's names
        self.resize(820, 560)
        if path is not None:
            self.path_edit.setText(str(path))
        self.show_step(self.FILE)

    # ---- hooks
    def window_title(self) -> str:
        raise NotImplementedError

    def importer(self, services: Services) -> Any:
        """The importer: ``read``, ``mapping_for``, ``commit`` (and what ``run_preview`` calls)."""
        raise NotImplementedError

    def add_file_options(self, form: QFormLayout, page: QWidget) -> None:
        """Rows of the first step under the file (options for the whole file)."""

    def file_hint(self) -> str:
        return ""

    def values_widget(self) -> QWidget:
        """The step mapping a form's answers; imports without one never show it."""
        return QWidget(self)

    def map_answers(self) -> None:
        """After the mapping step: find the answers to confirm, or check the rows at once."""
        self.check_rows()

    def preview_options(self) -> dict[str, Any]:
        """The choices of the first steps, read on the GUI thread for ``run_preview``."""
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

    # ---- the steps
    def _file_step(self) -> QWidget:
        page = QWidget(self)
        self.path_edit = QLineEdit(page)
        self.path_edit.setPlaceholderText(self.tr("A .xlsx, .xls, .ods or .csv file"))
        self.path_edit.textChanged.connect(lambda _t: self._update_buttons())
        browse = QPushButton(self.tr("Choose…"), page)
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout(page)
        form.addRow(self.tr("File"), row)
        self.add_file_options(form, page)
        text = self.file_hint()
        if text:
            hint = QLabel(text, page)
            hint.setWordWrap(True)
            hint.setProperty("role", "muted")
            form.addRow("", hint)
        return page

    def _mapping_step(self) -> QWidget:
        page = QWidget(self)
        self.mapping_note = QLabel(page)
        self.mapping_note.setWordWrap(True)
        self.field_combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for name in self.target.fields:
            combo = QComboBox(page)
            combo.currentIndexChanged.connect(lambda _i: self._update_buttons())
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
        layout = QVBoxLayout(page)
        layout.addWidget(self.mapping_note)
        layout.addLayout(columns, 1)
        return page

    def _preview_step(self) -> QWidget:
        page = QWidget(self)
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
        layout = QVBoxLayout(page)
        layout.addWidget(self.preview_summary)
        layout.addWidget(self.error_view, 1)
        return page

    def _result_step(self) -> QWidget:
        page = QWidget(self)
        self.result_label = QLabel(page)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        return page

    def show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        titles = {
            self.FILE: self.tr("1. Choose the file"),
            self.MAPPING: self.tr("2. Which column holds what"),
            self.VALUES: self.tr("2b. What the form's answers mean"),
            self.PREVIEW: self.tr("3. Check the rows"),
            self.RESULT: self.tr("Done"),
        }
        self.step_label.setText(titles[step])
        self._update_buttons()

    def step(self) -> int:
        return self.stack.currentIndex()

    def _update_buttons(self) -> None:
        step, busy = self.step(), self.busy
        self.back_button.setVisible(step in (self.MAPPING, self.VALUES, self.PREVIEW))
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(step in (self.FILE, self.MAPPING, self.VALUES))
        ready = bool(self.path_edit.text().strip()) if step == self.FILE else True
        if step == self.MAPPING:
            ready = all(
                self.field_combos[f].currentData() is not None for f in self.target.required
            )
        self.next_button.setEnabled(ready and not busy)
        preview = self.preview if step == self.PREVIEW else None
        self.import_button.setVisible(preview is not None)
        self.import_button.setEnabled(
            preview is not None and preview.ok and bool(preview.rows) and not busy
        )
        good = len(preview.rows) if preview is not None else 0
        show_good = preview is not None and not preview.ok and good > 0
        self.import_good_button.setVisible(show_good)
        self.import_good_button.setEnabled(show_good and not busy)
        self.import_good_button.setText(
            self.tr("Import only the %1 good row(s)").replace("%1", n(good))
        )
        self.close_button.setText(self.tr("Close") if step == self.RESULT else self.tr("Cancel"))

    def say_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

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

    @Slot()
    def back(self) -> None:
        if not self.busy and self.step() in (self.MAPPING, self.VALUES, self.PREVIEW):
            self.say_error("")
            step = self.step() - 1
            if step == self.VALUES and not self.has_answers():
                step = self.MAPPING  # the form had no answers to map
            self.show_step(step)

    def has_answers(self) -> bool:
        return False

    @Slot()
    def next(self) -> None:
        if self.busy:
            return
        self.say_error("")
        if self.step() == self.FILE:
            path = self.path_edit.text().strip()

            def read(services: Services, progress: Progress) -> tuple[Table, ColumnMapping]:
                progress.report(0, 1, "reading")
                importer = self.importer(services)
                table = importer.read(path)
                return table, importer.mapping_for(table.headers)

            self._run(read, self._file_read, self.tr("Reading the file…"))
        elif self.step() == self.MAPPING:
            self.mapping = self.chosen_mapping()
            self.map_answers()
        elif self.step() == self.VALUES:
            self.check_rows()

    def _file_read(self, result: tuple[Table, ColumnMapping]) -> None:
        self.table, self.mapping = result
        self.sample_model.set_table(self.table)
        for name, combo in self.field_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not in this file —"), None)
            for i, header in enumerate(self.table.headers):
                combo.addItem(header or self.tr("(column %1)").replace("%1", str(i + 1)), i)
            combo.setCurrentIndex(max(0, combo.findData(self.mapping.index(name))))
            combo.blockSignals(False)
        rows = len(self.table.numbered())
        if self.mapping.remembered:
            note = self.tr("The mapping you confirmed for this form last time is filled in.")
        else:
            note = self.tr("Guessed from the headers: check each field.")
        self.mapping_note.setText(
            self.tr("%1: %2 row(s) on sheet “%3”.")
            .replace("%1", Path(self.path_edit.text()).name)
            .replace("%2", n(rows))
            .replace("%3", self.table.sheet)
            + " "
            + note
        )
        self.show_step(self.MAPPING)

    def chosen_mapping(self) -> ColumnMapping:
        assert self.table is not None
        columns = {name: combo.currentData() for name, combo in self.field_combos.items()}
        remembered = self.mapping.remembered if self.mapping is not None else False
        return ColumnMapping(list(self.table.headers), columns, remembered, self.target)

    def check_rows(self) -> None:
        assert self.table is not None
        table, mapping = self.table, self.chosen_mapping()
        name = Path(self.path_edit.text()).name
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
        self.show_step(self.PREVIEW)

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
    def start_import(self, *, only_good: bool) -> None:
        preview = self.preview
        if preview is None or self.busy:
            return
        if not only_good and not preview.ok:
            return  # the Import button is disabled while rows have problems
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
        self.show_step(self.RESULT)

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
        self.operation = kind(self.ctx, self, fn, done)
        display = InlineProgress(
            self.progress_bar,
            self.cancel_job_button,
            box=self.progress_box,
            label=self.progress_label,
            text=text,
        )
        self.operation.with_progress(display).failure(self._job_failed)
        self.operation.on_cancelled(
            lambda: self.say_error(self.tr("Cancelled; nothing was imported."))
        )
        self.operation.ended.connect(self._end_job)
        self.operation.run()
        self._update_buttons()

    @property
    def busy(self) -> bool:
        return self.operation is not None and self.operation.running

    @Slot()
    def cancel_job(self) -> None:
        if self.operation is not None:
            self.operation.cancel()

    @Slot()
    def _end_job(self) -> None:
        self.operation = None
        self._update_buttons()

    def _job_failed(self, error: DomainError) -> None:
        if isinstance(error, ImportRejected):
            # The data changed in the meantime: show the rows as they are now.
            self.say_error(error_text(error))
            self.check_rows()
        else:
            self.say_error(error_text(error))

    @Slot()
    def close_wizard(self) -> None:
        """Close after an import accepts the dialog (the caller reloads); Cancel rejects it."""
        if self.step() == self.RESULT and self.summary is not None:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        self.cancel_job()  # the import stops and rolls back; late results are dropped
        super().reject()
