"""Import a schedule from a spreadsheet, as a wizard: the file → its columns → every row →
what was imported. All or nothing.

Reading and checking the file and importing it run in workers with progress and Cancel.
The file can be chosen or typed (Enter or Next reads it). Each bad row is marked with its
reasons; Import stays disabled while any row is bad, and the import itself checks every row
again in its writing transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
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
from scipop.importing.report import ImportRejected
from scipop.scheduling.import_columns import COLUMNS, REQUIRED
from scipop.scheduling.importing import SchedulePreview, SessionImportResult
from ui.context import AppContext
from ui.dialogs.base import ErrorLabel
from ui.dialogs.files import open_file_name
from ui.errors import error_text
from ui.models.base import ROW_ROLE
from ui.models.filter import RowFilterProxy
from ui.models.schedule_rows import (
    ColumnMatch,
    ColumnMatchModel,
    ScheduleRowsModel,
    reason_text,
)
from ui.operations import InlineProgress, Operation, QueryOp, WriteOp
from ui.widgets.columns import ColumnFitter

FILE_FILTER = "*.xlsx *.xlsm *.xls *.ods *.csv"
FILE_PAGE, COLUMNS_PAGE, ROWS_PAGE, RESULT_PAGE = range(4)


class _ProgressRow(QWidget):
    """A progress bar and its Cancel button, shown while a job of the page runs."""

    def __init__(self, parent: QWidget, extra: QWidget | None = None):
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        if extra is not None:
            row.addWidget(extra)
        row.addStretch(1)
        row.addWidget(self.bar)
        row.addWidget(self.cancel_button)


class FilePage(QWizardPage):
    """The file: chosen, or typed and read with Enter or Next; a file it cannot read stays
    here with the reason."""

    def __init__(self, wizard: ImportSessionsDialog):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Choose the schedule file"))
        self.setSubTitle(
            self.tr("A spreadsheet (.xlsx, .xls, .ods or .csv) with one session per row.")
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("Type a file's path or choose it"))
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.textChanged.connect(self.completeChanged)
        self.choose_button = QPushButton(self.tr("&Choose file…"), self)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)
        file_row = QHBoxLayout()
        file_row.addWidget(file_label)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        self.help = QLabel(
            self.tr(
                "Columns (any order, English or Chinese headers): event (活动), hall (场地), "
                "date (日期), start (开始), end (结束); optional: places (容量), title (标题). "
                "A file with any bad row imports nothing."
            ),
            self,
        )
        self.help.setWordWrap(True)
        self.help.setProperty("role", "hint")
        self.error = ErrorLabel(self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = _ProgressRow(self)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.help)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.progress)

    def typed_path(self) -> Path | None:
        text = self.path_edit.text().strip().strip('"')
        return Path(text).expanduser() if text else None

    def isComplete(self) -> bool:
        return self.typed_path() is not None and not self.w.mode

    def validatePage(self) -> bool:
        """Next (or Enter in the field): go on once the file shown is the one read."""
        path = self.typed_path()
        if path is None or self.w.mode:
            return False
        if self.w.preview is not None and self.w.path == path:
            return True
        self.w.load_file(path, advance=True)
        return False


class ColumnsPage(QWizardPage):
    """Which column of the file feeds each field, with the first row's value."""

    def __init__(self, wizard: ImportSessionsDialog):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr(
                "The file's headers were matched to these fields. If one is wrong, rename "
                "the header in the file and read it again."
            )
        )
        self.columns = ColumnMatchModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.columns)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.sheet = QLabel(self)
        self.sheet.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheet)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:
        preview = self.w.preview
        if preview is None:
            return
        first = preview.rows[0].cells if preview.rows else {}
        self.columns.set_rows(
            [
                ColumnMatch(key, preview.columns.get(key), str(first.get(key, "")), key in REQUIRED)
                for key in COLUMNS
            ]
        )
        self.table.resizeColumnsToContents()
        self.sheet.setText(
            self.tr("%1, sheet %2: %n row(s).", "", len(preview.rows))
            .replace("%1", preview.file_name)
            .replace("%2", preview.sheet or "—")
        )


class RowsPage(QWizardPage):
    """Every row, the bad ones with their reasons; Import (all or nothing) when none is bad."""

    def __init__(self, wizard: ImportSessionsDialog):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Nothing is imported until every row is right."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.error = ErrorLabel(self)

        self.model = ScheduleRowsModel(self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ScheduleRowsModel.ROW, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.fitter = ColumnFitter(self.table, ScheduleRowsModel.PROBLEMS)
        self.model.modelReset.connect(self.fitter.schedule)
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setProperty("role", "error")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.bad_only = QCheckBox(self.tr("Only rows with problems"), self)
        self.bad_only.toggled.connect(self._bad_only)
        self.reload_button = QPushButton(self.tr("&Read again"), self)
        self.reload_button.setToolTip(self.tr("Read the file again after fixing it"))
        self.reload_button.clicked.connect(lambda: self.w.path and self.w.load_file(self.w.path))
        tools = QWidget(self)
        tools_row = QHBoxLayout(tools)
        tools_row.setContentsMargins(0, 0, 0, 0)
        tools_row.addWidget(self.bad_only)
        tools_row.addWidget(self.reload_button)
        self.progress = _ProgressRow(self, tools)

        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.progress)

    def isComplete(self) -> bool:
        preview = self.w.preview
        return bool(preview and preview.ok) and not self.w.mode

    def validatePage(self) -> bool:
        """Import pressed: import in a worker; the wizard goes on once it went through."""
        if self.w.result_data is not None:
            return True
        self.w.start_import()
        return False

    def _show_details(self, current, _previous=None) -> None:
        """The selected row's problems in full (the column may be too narrow for them)."""
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row is None or row.ok:
            self.details.setText("")
            return
        lines = [reason_text(e) for e in row.errors]
        head = self.tr("Row %1:").replace("%1", str(row.row))
        self.details.setText(head + " " + "; ".join(lines))

    @Slot(bool)
    def _bad_only(self, on: bool) -> None:
        self.proxy.set_predicate((lambda r: not r.ok) if on else None)


class ResultPage(QWizardPage):
    """What was imported."""

    def __init__(self, wizard: ImportSessionsDialog):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Imported"))
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self.w.result_data
        if result is None:
            return
        self.text.setText(
            self.tr(
                "%n session(s) imported from %1; they are on the calendar.", "", result.count
            ).replace("%1", result.file_name)
        )


class ImportSessionsDialog(QWizard):
    """``result_data`` is the SessionImportResult once the import went through."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import schedule"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # imported: done
        self.result_data: SessionImportResult | None = None
        self.preview: SchedulePreview | None = None
        self.path: Path | None = None
        self.operation: Operation | None = None
        self.mode = ""  # "reading" or "importing" while a job runs
        self._advance = False  # go on to the columns once the file is read

        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.rows_page = RowsPage(self)
        self.result_page = ResultPage(self)
        for ident, page in enumerate(
            (self.file_page, self.columns_page, self.rows_page, self.result_page)
        ):
            self.setPage(ident, page)
        self.file_page.choose_button.clicked.connect(self.choose_file)
        self.resize(1000, 620)

    # ---- what the tests and the calendar page reach
    @property
    def path_edit(self) -> QLineEdit:
        return self.file_page.path_edit

    @property
    def model(self) -> ScheduleRowsModel:
        return self.rows_page.model

    @property
    def summary(self) -> QLabel:
        return self.rows_page.summary

    @property
    def error(self) -> ErrorLabel:
        """Where the current page says what went wrong."""
        return self.file_page.error if self.currentId() == FILE_PAGE else self.rows_page.error

    @property
    def import_button(self):
        return self.button(QWizard.WizardButton.CommitButton)

    # ---- choosing and reading the file
    @Slot()
    def choose_file(self) -> None:
        name = open_file_name(
            self,
            self.tr("Import schedule"),
            str(self.path.parent) if self.path else "",
            self.tr("Spreadsheets (%1);;All files (*)").replace("%1", FILE_FILTER),
        )
        if name:
            self.load_file(Path(name), advance=True)

    def load_file(self, path: str | Path, *, advance: bool = False) -> None:
        """Read and check ``path`` in a worker; ``advance``: then show its columns."""
        self.path = Path(path)
        self._advance = advance
        self.path_edit.setText(str(self.path))
        for label in (self.file_page.error, self.rows_page.error):
            label.show_message("")
        self.preview = None
        self.model.set_rows([])
        reading = self.tr("Reading %1…").replace("%1", self.path.name)
        self.file_page.status.setText(reading)
        self.summary.setText(reading)
        target = self.path
        self._start(
            "reading",
            QueryOp(
                self.ctx,
                self,
                lambda services, progress: services.scheduling.preview_import(
                    target, None, progress
                ),
                self._show_preview,
            ),
        )

    def _progress_row(self) -> _ProgressRow:
        return self.rows_page.progress if self.currentId() == ROWS_PAGE else self.file_page.progress

    def _start(self, mode: str, op: Operation) -> None:
        self.mode = mode
        importing = mode == "importing"
        row = self._progress_row()
        display = InlineProgress(
            row.bar,
            row.cancel_button,
            label=self.summary if importing else None,
            texts=self._importing_text if importing else None,
        )
        op.with_progress(display)
        op.failure(lambda exc, m=mode: self._failed(m, exc))
        op.on_cancelled(self._cancelled)
        op.ended.connect(self._job_done)
        self.operation = op
        self._update_buttons()
        op.run()

    def _importing_text(self, done: int, total: int, _stage: str) -> str:
        text = self.tr("Importing: %1 of %2 rows…").replace("%1", str(done))
        return text.replace("%2", str(total))

    def _cancelled(self) -> None:
        text = self.tr("Cancelled; nothing was imported.")
        self.summary.setText(text)
        self.file_page.status.setText(text)

    @Slot()
    def _job_done(self) -> None:
        self.mode = ""
        self.operation = None
        self._update_buttons()

    def _failed(self, mode: str, exc: DomainError) -> None:
        if isinstance(exc, ImportRejected) and mode == "importing":
            # Something changed since the preview (another PC booked a slot): show it.
            if self.path is not None:
                self.load_file(self.path)
            self.rows_page.error.show_message(error_text(exc))
        else:
            self.error.show_message(error_text(exc))
            self.summary.setText("")
            self.file_page.status.setText("")
        self._update_buttons()

    def _show_preview(self, preview: SchedulePreview) -> None:
        self.preview = preview
        self.file_page.status.setText("")
        self.model.set_rows(preview.rows)
        bad = len(preview.bad_rows)
        total = len(preview.rows)
        if bad:
            text = self.tr(
                "%n row(s) have problems; nothing can be imported until the file is fixed.",
                "",
                bad,
            )
            text += " " + self.tr("%n row(s) read.", "", total)
            self.summary.setProperty("role", "error")
        else:
            text = self.tr("All %n row(s) can be imported.", "", total)
            self.summary.setProperty("role", "")
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        self.summary.setText(text)
        table = self.rows_page.table
        if bad and not self.rows_page.bad_only.isChecked():
            table.sortByColumn(ScheduleRowsModel.STATE, Qt.SortOrder.AscendingOrder)
        if bad:
            table.selectRow(0)  # the first bad row, its reasons in full below
        self.mode = ""  # ``ended`` follows; the pages may go on now
        self._update_buttons()
        if self._advance and self.currentId() == FILE_PAGE:
            self._advance = False
            self.next()
        elif self.currentId() == COLUMNS_PAGE:
            self.columns_page.initializePage()

    # ---- importing
    @Slot()
    def start_import(self) -> None:
        if self.preview is None or not self.preview.ok or self.path is None or self.mode:
            return
        target = self.path
        self.summary.setText(self.tr("Importing…"))
        self._start(
            "importing",
            WriteOp(
                self.ctx,
                self,
                lambda services, progress: services.scheduling.import_sessions(
                    target, None, progress
                ),
                self._imported,
            ),
        )

    def _imported(self, result: SessionImportResult) -> None:
        self.result_data = result
        self.mode = ""
        if self.currentId() == ROWS_PAGE:
            self.next()  # validatePage lets it through now

    def _update_buttons(self) -> None:
        busy = bool(self.mode)
        self.file_page.choose_button.setEnabled(not busy)
        self.path_edit.setReadOnly(busy)
        self.rows_page.reload_button.setEnabled(self.path is not None and not busy)
        for page in (self.file_page, self.rows_page):
            page.completeChanged.emit()

    def reject(self) -> None:
        if self.operation is not None:
            self.operation.cancel()  # the import stops and rolls back; late results are dropped
        super().reject()
