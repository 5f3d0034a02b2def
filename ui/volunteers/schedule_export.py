"""Schedules out from the GUI: choose whose (the chosen volunteers, or everyone on a day), the
period, the format (PDF to print, .ics for a phone's calendar, a PNG for the group chat) and
the language; save through the program's file dialog; the file is written off the GUI
thread with a progress bar and Cancel, then *Open the file* and *Show in folder*.

``export_schedule(parent, services, volunteer_ids=…, day=…)`` is what the Volunteers page
calls; the writing is :meth:`scipop.volunteers.schedule_out.ScheduleOut.export`.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QStandardPaths, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from scipop.errors import DomainError
from scipop.timeutil import to_local, utcnow
from ui.context import AppContext
from ui.dialogs.files import save_file_name
from ui.errors import error_text
from ui.i18n import is_chinese
from ui.operations import InlineProgress, Operation, QueryOp

if TYPE_CHECKING:
    from scipop.app import Services

FORMATS = ("pdf", "ics", "png")
NAMES_SHOWN = 5


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class ScheduleExportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        ctx: AppContext,
        *,
        volunteer_ids: list[int] | None = None,
        day: date | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.volunteer_ids = list(volunteer_ids or [])
        self.operation: Operation | None = None
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Export schedules"))
        today = to_local(utcnow()).date()
        start = day or today

        self.people_radio = QRadioButton(self.tr("The chosen volunteer(s)"), self)
        self.people_label = QLabel(self)
        self.people_label.setTextFormat(Qt.TextFormat.PlainText)
        self.people_label.setWordWrap(True)
        self.people_label.setProperty("role", "muted")
        self.day_radio = QRadioButton(self.tr("Everyone's shifts on one day"), self)
        self.first_edit = self._date_edit(start)
        self.last_edit = self._date_edit(start + timedelta(days=6))
        self.day_edit = self._date_edit(start)
        period = QHBoxLayout()
        period.addWidget(self.first_edit)
        period.addWidget(QLabel(self.tr("to"), self))
        period.addWidget(self.last_edit)
        period.addStretch(1)

        self.format_combo = QComboBox(self)
        self.format_combo.addItem(self.tr("PDF to print (A4)"), "pdf")
        self.format_combo.addItem(self.tr("Calendar file (.ics) for phones and Outlook"), "ics")
        self.format_combo.addItem(self.tr("Picture (PNG) for the group chat"), "png")
        self.lang_combo = QComboBox(self)
        self.lang_combo.addItem("中文", "zh")
        self.lang_combo.addItem("English", "en")
        self.lang_combo.setCurrentIndex(0 if is_chinese() else 1)
        self.badge_check = QCheckBox(self.tr("Print each volunteer's check-in code (QR)"), self)

        form = QFormLayout()
        form.addRow(self.people_radio)
        form.addRow("", self.people_label)
        form.addRow(self.tr("Period"), period)
        form.addRow(self.day_radio)
        day_row = QHBoxLayout()
        day_row.addWidget(self.day_edit)
        day_row.addStretch(1)
        form.addRow(self.tr("Day"), day_row)
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Language"), self.lang_combo)
        form.addRow("", self.badge_check)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.progress.hide()
        self.cancel_button.hide()
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)

        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setDefault(True)
        self.open_button = QPushButton(self.tr("Open the file"), self)
        self.folder_button = QPushButton(self.tr("Show in folder"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        for b in (self.open_button, self.folder_button):
            b.hide()
        self.export_button.clicked.connect(self.export)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.show_folder)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(progress_row)
        layout.addStretch(1)
        layout.addLayout(buttons)

        for w in (self.people_radio, self.day_radio):
            w.toggled.connect(self._update)
        self.format_combo.currentIndexChanged.connect(self._update)
        self.first_edit.dateChanged.connect(self._first_changed)
        if self.volunteer_ids:
            self.people_radio.setChecked(True)
            self._load_names()
        else:
            self.people_radio.setEnabled(False)
            self.people_label.setText(
                self.tr("Select volunteers in the roster first to export their own schedules.")
            )
            self.day_radio.setChecked(True)
        if day is not None:
            self.day_radio.setChecked(True)
        self.resize(620, 0)
        self._update()

    def _date_edit(self, value: date) -> QDateEdit:
        edit = QDateEdit(_qdate(value), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    @Slot(QDate)
    def _first_changed(self, first: QDate) -> None:
        """A first day past the last day takes the last day a week on."""
        if self.last_edit.date() < first:
            self.last_edit.setDate(first.addDays(6))

    def _load_names(self) -> None:
        ids = self.volunteer_ids

        def names(services: Services) -> list[str]:
            rows = [services.roster.get(i) for i in ids[: NAMES_SHOWN + 1]]
            return [r.name for r in rows if r is not None]

        QueryOp(self.ctx, self, names, self._names_loaded).latest("names").run()

    def _names_loaded(self, names: list[str]) -> None:
        shown = "、".join(names[:NAMES_SHOWN])
        if len(self.volunteer_ids) > NAMES_SHOWN:
            shown += " …"
        self.people_label.setText(
            self.tr("%n volunteer(s): %1", "", len(self.volunteer_ids)).replace("%1", shown)
        )  # fmt: skip
        self.names = names

    @Slot()
    def _update(self) -> None:
        people = self.people_radio.isChecked()
        busy = self.busy
        for w in (self.first_edit, self.last_edit):
            w.setEnabled(people and not busy)
        self.day_edit.setEnabled(not people and not busy)
        self.badge_check.setEnabled(people and self.fmt() == "pdf" and not busy)
        self.export_button.setEnabled(not busy)
        if self.fmt() == "png" and people and len(self.volunteer_ids) > 1:
            self.status.setText(self.tr("One picture per volunteer, named after them."))
        elif not busy and not self.written:
            self.status.setText("")

    def fmt(self) -> str:
        return self.format_combo.currentData()

    def request(self) -> dict[str, Any]:
        """What to export, as :meth:`ScheduleOut.export` takes it."""
        request: dict[str, Any] = {"lang": self.lang_combo.currentData()}
        if self.people_radio.isChecked():
            request |= {
                "volunteer_ids": list(self.volunteer_ids),
                "first": _date(self.first_edit.date()),
                "last": _date(self.last_edit.date()),
                "badge": self.badge_check.isChecked() and self.fmt() == "pdf",
            }
        else:
            request["day"] = _date(self.day_edit.date())
        return request

    def suggested_name(self) -> str:
        request = self.request()
        prefix = self.tr("schedule")
        if "day" in request:
            what = request["day"].isoformat()
        else:
            first = request["first"].isoformat()
            names = getattr(self, "names", [])
            who = names[0] if len(self.volunteer_ids) == 1 and names else ""
            what = "-".join(p for p in (who, first) if p)
        return f"{prefix}-{what}.{self.fmt()}"

    # ---- exporting
    @Slot()
    def export(self) -> None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        fmt = self.fmt()
        filters = {
            "pdf": self.tr("PDF (*.pdf)"),
            "ics": self.tr("Calendar file (*.ics)"),
            "png": self.tr("PNG picture (*.png)"),
        }
        path = save_file_name(
            self,
            self.tr("Save the schedule"),
            str(Path(documents or Path.home()) / self.suggested_name()),
            filters[fmt],
        )
        if path:
            if Path(path).suffix.lower() != f".{fmt}":
                path += f".{fmt}"
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Operation:
        request, fmt = self.request(), self.fmt()
        self.written = []
        for b in (self.open_button, self.folder_button):
            b.hide()
        self.operation = QueryOp(
            self.ctx,
            self,
            lambda services, progress: services.schedules.export(
                path, fmt, progress=progress, **request
            ),
            self._exported,
        )
        display = InlineProgress(self.progress, self.cancel_button)
        self.operation.with_progress(display).failure(self._failed)
        self.operation.on_cancelled(
            lambda: self.status.setText(self.tr("Cancelled; nothing was saved."))
        )
        self.operation.ended.connect(self._ended)
        self.status.setText(self.tr("Writing %1…").replace("%1", path.name))
        self.operation.run()
        self._update()
        return self.operation

    @property
    def busy(self) -> bool:
        return self.operation is not None and self.operation.running

    def _exported(self, written: list[Path]) -> None:
        self.written = written
        shown = ", ".join(str(p) for p in written[:3]) + (" …" if len(written) > 3 else "")
        self.status.setText(self.tr("Saved %1").replace("%1", shown))
        for b in (self.open_button, self.folder_button):
            b.show()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            self.status.setText(error_text(error))
        else:
            self.status.setText(
                self.tr("The schedule could not be written: %1").replace("%1", str(error))
            )

    @Slot()
    def _ended(self) -> None:
        self.operation = None
        self._update()

    @Slot()
    def open_file(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0])))

    @Slot()
    def show_folder(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0].parent)))

    def reject(self) -> None:
        if self.operation is not None:
            self.operation.cancel()  # the part-written file is removed
        super().reject()


def context_for(parent: QWidget | None, services: Services | AppContext) -> AppContext:
    """The AppContext to run operations with: given, the parent's, or one around ``services``."""
    if isinstance(services, AppContext):
        return services
    ctx = getattr(parent, "ctx", None)
    if isinstance(ctx, AppContext) and ctx.services is services:
        return ctx
    from ui.settings import Settings

    return AppContext(services, Settings())


def export_schedule(
    parent: QWidget | None,
    services: Services | AppContext,
    *,
    volunteer_ids: list[int] | None = None,
    day: date | None = None,
) -> list[Path]:
    """Show the export dialog (modal); returns the files it wrote (empty when none)."""
    dialog = ScheduleExportDialog(
        parent, context_for(parent, services), volunteer_ids=volunteer_ids, day=day
    )
    dialog.exec()
    written = list(dialog.written)
    dialog.deleteLater()
    return written
