"""Import a schedule from a spreadsheet: pick the file, see every row, import all or nothing.

Reading and checking the file and importing it run in workers with progress and Cancel.
Each bad row is marked with its reasons; Import stays disabled while any row is bad, and
the import itself checks every row again in its writing transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scipop.errors import DomainError
from scipop.importing.report import ImportRejected
from scipop.scheduling.importing import SchedulePreview, SessionImportResult
from ui.context import AppContext
from ui.dialogs.base import ErrorLabel
from ui.dialogs.files import open_file_name
from ui.errors import error_text
from ui.models.base import ROW_ROLE
from ui.models.filter import RowFilterProxy
from ui.models.schedule_rows import ScheduleRowsModel, reason_text
from ui.operations import InlineProgress, Operation, QueryOp, WriteOp
from ui.widgets.columns import ColumnFitter

FILE_FILTER = "*.xlsx *.xlsm *.xls *.ods *.csv"


class ImportSessionsDialog(QDialog):
    """``result_data`` is the SessionImportResult once the import went through."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import schedule"))
        self.result_data: SessionImportResult | None = None
        self.preview: SchedulePreview | None = None
        self.path: Path | None = None
        self.operation: Operation | None = None
        self.mode = ""  # "reading" or "importing" while a job runs

        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(
            self.tr("A spreadsheet (.xlsx, .xls, .ods or .csv) with one session per row")
        )
        self.choose_button = QPushButton(self.tr("&Choose file…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.reload_button = QPushButton(self.tr("&Read again"), self)
        self.reload_button.setToolTip(self.tr("Read the file again after fixing it"))
        self.reload_button.clicked.connect(lambda: self.path and self.load_file(self.path))
        self.reload_button.setEnabled(False)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File:"), self))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.reload_button)

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
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)

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

        self.progress = QProgressBar(self)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_job)
        work_row = QHBoxLayout()
        work_row.addWidget(self.bad_only)
        work_row.addStretch(1)
        work_row.addWidget(self.progress)
        work_row.addWidget(self.cancel_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.help)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(work_row)
        layout.addWidget(self.buttons)
        self.resize(1000, 620)

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
            self.load_file(Path(name))

    def load_file(self, path: str | Path) -> None:
        """Read and check ``path`` in a worker; the table fills when it is done."""
        self.path = Path(path)
        self.path_edit.setText(str(self.path))
        self.reload_button.setEnabled(True)
        self.error.show_message("")
        self.preview = None
        self.model.set_rows([])
        self.summary.setText(self.tr("Reading %1…").replace("%1", self.path.name))
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

    def _start(self, mode: str, op: Operation) -> None:
        self.mode = mode
        importing = mode == "importing"
        display = InlineProgress(
            self.progress,
            self.cancel_button,
            label=self.summary if importing else None,
            texts=self._importing_text if importing else None,
        )
        op.with_progress(display)
        op.failure(lambda exc, m=mode: self._failed(m, exc))
        op.on_cancelled(lambda: self.summary.setText(self.tr("Cancelled; nothing was imported.")))
        op.ended.connect(self._job_done)
        self.operation = op
        self._update_buttons()
        op.run()

    def _importing_text(self, done: int, total: int, _stage: str) -> str:
        text = self.tr("Importing: %1 of %2 rows…").replace("%1", str(done))
        return text.replace("%2", str(total))

    @Slot()
    def _job_done(self) -> None:
        self.mode = ""
        self.operation = None
        self._update_buttons()

    def _imported(self, result: SessionImportResult) -> None:
        self.result_data = result
        self.accept()

    def _failed(self, mode: str, exc: DomainError) -> None:
        if isinstance(exc, ImportRejected) and mode == "importing":
            # Something changed since the preview (another PC booked a slot): show it.
            self.error.show_message(error_text(exc))
            if self.path is not None:
                self.load_file(self.path)
                self.error.show_message(error_text(exc))
        else:
            self.error.show_message(error_text(exc))
            self.summary.setText("")
        self._update_buttons()

    def _show_preview(self, preview: SchedulePreview) -> None:
        self.preview = preview
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
        if bad and not self.bad_only.isChecked():
            self.table.sortByColumn(ScheduleRowsModel.STATE, Qt.SortOrder.AscendingOrder)
        if bad:
            self.table.selectRow(0)  # the first bad row, its reasons in full below
        self._update_buttons()

    def _show_details(self, current, _previous=None) -> None:
        """The selected row's problems in full (the column may be too narrow for them)."""
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row is None or row.ok:
            self.details.setText("")
            return
        lines = [reason_text(e) for e in row.errors]
        head = self.tr("Row %1:").replace("%1", str(row.row))
        self.details.setText(head + " " + "; ".join(lines))

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

    @Slot()
    def cancel_job(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            self.summary.setText(self.tr("Cancelling…"))

    def _update_buttons(self) -> None:
        busy = bool(self.mode)
        self.import_button.setEnabled(bool(self.preview and self.preview.ok) and not busy)
        self.choose_button.setEnabled(not busy)
        self.reload_button.setEnabled(self.path is not None and not busy)

    @Slot(bool)
    def _bad_only(self, on: bool) -> None:
        self.proxy.set_predicate((lambda r: not r.ok) if on else None)

    def reject(self) -> None:
        if self.operation is not None:
            self.operation.cancel()  # the import stops and rolls back; late results are dropped
        super().reject()
