"""The Reports page: choose a scope, see its key figures, export the workbook or the CSV."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSignalBlocker, QStandardPaths, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scipop.errors import DomainError
from scipop.reports.scope import ExportOptions, ReportScope
from scipop.reports.service import KeyFigures
from scipop.timeutil import to_local, utcnow
from ui.context import AppContext
from ui.dialogs.files import save_file_name
from ui.errors import error_text
from ui.i18n import display_name, is_chinese
from ui.operations import InlineProgress, Operation, QueryOp
from ui.pages.base import Page
from ui.reports.models import FigureRow, FiguresModel, percent
from ui.widgets.session_combo import SessionCombo, describe_session

PREVIEW_DELAY_MS = 250


class ReportsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.export_op: Operation | None = None
        self.last_path: Path | None = None
        self._events: list = []

        today = to_local(utcnow()).date()  # this month, in the program's time zone
        first = QDate(today.year, today.month, 1)
        self.use_from = QCheckBox(self.tr("From"))
        self.use_from.setChecked(True)
        self.date_from = QDateEdit(first)
        self.use_to = QCheckBox(self.tr("To"))
        self.use_to.setChecked(True)
        self.date_to = QDateEdit(first.addMonths(1).addDays(-1))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.program = QComboBox()
        self.event_combo = QComboBox()  # not ``self.event``: that would hide QWidget.event
        self.event_combo.setMinimumContentsLength(24)
        self.session = SessionCombo(all_text=self.tr("All sessions"))
        self.language = QComboBox()
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if is_chinese() else 1)
        self.no_personal = QCheckBox(self.tr("Leave out personal data (emails; phones masked)"))

        form = QFormLayout()
        form.addRow(self.use_from, self.date_from)
        form.addRow(self.use_to, self.date_to)
        form.addRow(self.tr("Program"), self.program)
        form.addRow(self.tr("Event"), self.event_combo)
        form.addRow(self.tr("Session"), self.session)
        form.addRow(self.tr("Language of the workbook"), self.language)
        form.addRow("", self.no_personal)
        scope_box = QGroupBox(self.tr("Scope"))
        scope_box.setLayout(form)

        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(
            self.tr("Save the attendance workbook (.xlsx) or the attendance detail (.csv)")
        )
        self.export_button.clicked.connect(self.export)
        self.mapping_button = QPushButton(self.tr("Survey categories…"))
        self.mapping_button.clicked.connect(self.edit_mapping)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.mapping_button)
        buttons.addStretch(1)

        self.figures = FiguresModel(self)
        self.figures_view = QTableView()
        self.figures_view.setModel(self.figures)
        self.figures_view.verticalHeader().hide()
        self.figures_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        preview_box = QGroupBox(self.tr("Key figures"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.figures_view)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open the file"))
        self.open_button.clicked.connect(self.open_file)
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.folder_button.clicked.connect(self.show_folder)
        for button in (self.open_button, self.folder_button):
            button.setVisible(False)
        done_row = QHBoxLayout()
        done_row.addWidget(self.progress, 1)
        done_row.addWidget(self.cancel_button)
        done_row.addWidget(self.open_button)
        done_row.addWidget(self.folder_button)
        done_row.addStretch(0)  # the buttons keep their size once the bar is gone

        left = QVBoxLayout()
        left.addWidget(scope_box)
        left.addLayout(buttons)
        left.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addWidget(preview_box, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(done_row)
        layout.addWidget(self.status)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        for box in (self.use_from, self.use_to):
            box.toggled.connect(self._scope_changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._scope_changed)
        self.program.currentIndexChanged.connect(self._program_changed)
        self.event_combo.currentIndexChanged.connect(self._event_changed)
        self.session.session_changed.connect(self._scope_changed)

    # ---- data
    def reload(self) -> None:
        """Programs and events are read in a worker (ui.operations), then the preview."""
        self.query(lambda sv: (sv.programs.list(), sv.events.list()), self._lists_loaded)

    def _lists_loaded(self, lists: tuple[list, list]) -> None:
        programs, self._events = lists
        current_program = self.program.currentData()
        with QSignalBlocker(self.program):
            self.program.clear()
            self.program.addItem(self.tr("All programs"), None)
            for p in sorted(programs, key=lambda p: p.name):
                self.program.addItem(display_name(p.name, p.name_en), p.id)
            self.program.setCurrentIndex(max(0, self.program.findData(current_program)))
        self._fill_events()
        self.refresh_preview()

    def _fill_events(self) -> None:
        program_id = self.program.currentData()
        current = self.event_combo.currentData()
        events = sorted(self._events, key=lambda e: display_name(e.title, e.title_en).casefold())
        with QSignalBlocker(self.event_combo):
            self.event_combo.clear()
            self.event_combo.addItem(self.tr("All events"), None)
            for e in events:
                if program_id is None or e.program_id == program_id:
                    self.event_combo.addItem(display_name(e.title, e.title_en), e.id)
            self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(current)))
        self._fill_sessions()

    def _fill_sessions(self) -> None:
        event_id = self.event_combo.currentData()
        if event_id is None:
            self.session.set_items([])
            return
        QueryOp(
            self.ctx, self, lambda sv: sv.sessions.list(event_id=event_id), self._sessions_loaded
        ).latest("sessions").run()

    def _sessions_loaded(self, sessions: list) -> None:
        self.session.set_items(
            [
                (
                    x.id,
                    describe_session(
                        x.starts_at, x.event_title, x.event_title_en, x.room_name, x.room_name_en
                    ),
                    "",
                )
                for x in sessions
            ]
        )

    @Slot()
    def _program_changed(self) -> None:
        self._fill_events()
        self._scope_changed()

    @Slot()
    def _event_changed(self) -> None:
        self._fill_sessions()
        self._scope_changed()

    @Slot()
    def _scope_changed(self, *_args: object) -> None:
        self.date_from.setEnabled(self.use_from.isChecked())
        self.date_to.setEnabled(self.use_to.isChecked())
        self._preview_timer.start()

    def scope(self) -> ReportScope:
        def day(edit: QDateEdit) -> date:
            return edit.date().toPython()  # type: ignore[return-value]

        return ReportScope(
            day(self.date_from) if self.use_from.isChecked() else None,
            day(self.date_to) if self.use_to.isChecked() else None,
            self.program.currentData(),
            self.event_combo.currentData(),
            self.session.session_id(),
        )

    def options(self) -> ExportOptions:
        return ExportOptions(
            lang=self.language.currentData(), personal_data=not self.no_personal.isChecked()
        )

    # ---- preview
    @Slot()
    def refresh_preview(self) -> None:
        """The scope's key figures, read off the GUI thread; only the newest scope's show."""
        scope = self.scope()
        QueryOp(self.ctx, self, lambda sv: sv.reports.key_figures(scope), self._show_figures)\
            .failure(self._preview_failed).latest("preview").run()  # fmt: skip

    def _show_figures(self, figures: KeyFigures) -> None:
        rows = [
            (self.tr("Sessions"), str(figures.sessions)),
            (self.tr("Registered"), str(figures.registered)),
            (self.tr("Checked in"), str(figures.checked_in)),
            (self.tr("No-shows (ended sessions)"), str(figures.no_shows)),
            (self.tr("No-show rate"), percent(figures.no_show_rate)),
            (self.tr("Walk-ins"), str(figures.walk_ins)),
            (self.tr("In school groups"), str(figures.group_headcount)),
            (self.tr("Capacity"), str(figures.capacity)),
            (self.tr("Fill rate"), percent(figures.fill_rate)),
            (self.tr("Tickets"), str(figures.tickets)),
            (self.tr("Scans at the door"), str(figures.scans)),
        ]
        self.figures.set_rows([FigureRow(label, value) for label, value in rows])

    def _preview_failed(self, error: Exception) -> None:
        self.figures.set_rows([])
        self.status.setText(self._error_text(error))

    # ---- export
    @Slot()
    def export(self) -> None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        name = self.tr("attendance") + f"-{to_local(utcnow()).date().isoformat()}.xlsx"
        path = save_file_name(
            self,
            self.tr("Export the report"),
            str(Path(documents or Path.home()) / name),
            self.tr("Excel workbook (*.xlsx);;CSV, attendance detail (*.csv)"),
        )
        if path:
            if Path(path).suffix.lower() not in (".xlsx", ".csv"):
                path += ".xlsx"
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Operation:
        """Write the file in a worker (ui.operations) with the page's bar and Cancel."""
        scope, options = self.scope(), self.options()
        for button in (self.open_button, self.folder_button):
            button.setVisible(False)
        progress = InlineProgress(
            self.progress,
            self.cancel_button,
            label=self.status,
            text=self.tr("Writing %1…").replace("%1", path.name),
            texts=lambda done, total, stage: self._progress_text(path, done, total, stage),
        )
        self.export_op = (
            QueryOp(
                self.ctx,
                self,
                lambda sv, p: sv.reports.export(scope, path, options, p),
                self._exported,
            )
            .with_progress(progress)
            .disabling(self.export_button)
            .failure(self._export_failed)
            .on_cancelled(self._export_cancelled)
            .run()
        )
        return self.export_op

    def _progress_text(self, path: Path, done: int, total: int, stage: str) -> str:
        if stage == "saving":
            return self.tr("Saving %1…").replace("%1", path.name)
        return (
            self.tr("Writing %1: %2 of %3 rows")
            .replace("%1", path.name)
            .replace("%2", f"{done:,}")
            .replace("%3", f"{total:,}")
        )

    def _exported(self, path: Path) -> None:
        self.last_path = path
        self.status.setText(self.tr("Saved %1").replace("%1", str(path)))
        for button in (self.open_button, self.folder_button):
            button.setVisible(True)

    def _export_failed(self, error: Exception) -> None:
        self.status.setText(self._error_text(error))

    def _export_cancelled(self) -> None:
        self.status.setText(self.tr("Cancelled; nothing was saved."))

    def _error_text(self, error: object) -> str:
        if isinstance(error, DomainError):
            return error_text(error)
        return self.tr("The report could not be written: %1").replace("%1", str(error))

    # ---- after the export: the file, never the database's
    @Slot()
    def open_file(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path)))

    @Slot()
    def show_folder(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path.parent)))

    @Slot()
    def edit_mapping(self) -> None:
        from ui.reports.mapping_dialog import MappingDialog

        if MappingDialog(self.ctx, self).exec():
            self.status.setText(self.tr("Survey categories saved."))
