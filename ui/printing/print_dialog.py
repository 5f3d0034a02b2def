"""Printing tickets from the GUI: layout and language, then preview, print or save as PDF.

The PDF is made in a worker by :func:`scipop.tickets.pdf.write_pdf` (the CLI's layout) with
progress and cancel; the printer gets its pages rasterised (see :mod:`ui.printing.pdf_pages`).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scipop.app import Services
from scipop.progress import Progress
from scipop.tickets.pdf import write_pdf
from ui.context import AppContext
from ui.dialogs.files import save_file_name
from ui.i18n import is_chinese
from ui.operations import ProgressDialog, QueryOp
from ui.printing.pdf_pages import paint_pdf, setup_printer
from ui.resources import icon
from ui.widgets.plain_text import plain_label


@dataclass(frozen=True)
class PrintJob:
    """What to print: some tickets or a whole session, and how."""

    ticket_ids: tuple[int, ...] | None = None
    session_id: int | None = None
    fmt: str = "a4"  # "a4" (sheets of eight) or "80mm" (thermal)
    lang: str = "zh"
    style: str = "ticket"  # or "badge"


@dataclass
class PrintedPdf:
    data: bytes
    tickets: int
    pages: int


def make_pdf(services: Services, job: PrintJob, progress: Progress) -> PrintedPdf:
    """The job's PDF in memory (worker code: no widgets)."""
    ids = list(job.ticket_ids) if job.ticket_ids is not None else None
    tickets = services.tickets.printable(session_id=job.session_id, ticket_ids=ids)
    if not tickets:
        return PrintedPdf(b"", 0, 0)
    out = io.BytesIO()
    pages = write_pdf(tickets, out, fmt=job.fmt, lang=job.lang, style=job.style, progress=progress)
    return PrintedPdf(out.getvalue(), len(tickets), pages)


class TicketPrintDialog(QDialog):
    pdf_ready = Signal(object)  # PrintedPdf, whenever one was made
    make = staticmethod(make_pdf)  # (services, job, progress) -> PrintedPdf, in a worker

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        ticket_ids: Sequence[int] | None = None,
        session_id: int | None = None,
        what: str = "",
        file_stem: str = "tickets",
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.ticket_ids = tuple(ticket_ids) if ticket_ids is not None else None
        self.session_id = session_id
        self.file_stem = file_stem
        self.operation: QueryOp | None = None
        self._made: dict[PrintJob, PrintedPdf] = {}
        self.setWindowTitle(self.tr("Print tickets"))

        self.what_label = plain_label(what, self)
        self.what_label.setWordWrap(True)
        self.format_combo = QComboBox(self)
        self.format_combo.addItem(self.tr("A4 sheets, eight tickets a page"), "a4")
        self.format_combo.addItem(self.tr("80 mm thermal printer, one a ticket"), "80mm")
        self.lang_combo = QComboBox(self)
        self.lang_combo.addItem("中文", "zh")
        self.lang_combo.addItem("English", "en")
        self.lang_combo.setCurrentIndex(0 if is_chinese() else 1)
        self.style_combo = QComboBox(self)
        self.style_combo.addItem(self.tr("Admission ticket"), "ticket")
        self.style_combo.addItem(self.tr("Badge"), "badge")
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setProperty("role", "muted")

        self.form = form = QFormLayout()
        form.addRow(self.tr("Tickets"), self.what_label)
        form.addRow(self.tr("Layout"), self.format_combo)
        form.addRow(self.tr("Language"), self.lang_combo)
        form.addRow(self.tr("Print as"), self.style_combo)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.preview_button = QPushButton(icon("preview"), self.tr("Print pre&view…"), self)
        self.print_button = QPushButton(icon("print"), self.tr("&Print…"), self)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), self)
        for b in (self.preview_button, self.print_button, self.pdf_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def job(self) -> PrintJob:
        return PrintJob(
            self.ticket_ids,
            self.session_id,
            self.format_combo.currentData(),
            self.lang_combo.currentData(),
            self.style_combo.currentData(),
        )

    # ---- making the PDF (in a worker)
    def with_pdf(self, then: Callable[[PrintedPdf], None], *, progress: bool = True) -> None:
        """Make the PDF for the chosen options (or reuse it), then call ``then`` with it."""
        job = self.job()
        if job in self._made:
            then(self._made[job])
            return
        if self.operation is not None and self.operation.running:
            return
        display = None
        if progress:
            display = ProgressDialog(
                self, self.tr("Making the tickets…"), texts=self._progress_text, delay_ms=300
            )
        self.operation = (
            QueryOp(
                self.ctx,
                self,
                lambda services, p, make=self.make: make(services, job, p),
                lambda pdf: self._made_pdf(job, pdf, then),
            )
            .with_progress(display)
            .titled(self.tr("Print tickets"))
            .on_cancelled(lambda: self.status_label.setText(self.tr("Cancelled.")))
            .disabling(self.preview_button, self.print_button, self.pdf_button)
            .run()
        )

    @Slot()
    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()

    def _progress_text(self, done: int, total: int, _stage: str) -> str:
        return (
            self.tr("Making the tickets: %1 of %2")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )

    def _made_pdf(self, job: PrintJob, pdf: PrintedPdf, then: Callable) -> None:
        self._made[job] = pdf
        self.pdf_ready.emit(pdf)
        if not pdf.tickets:
            self.status_label.setText(
                self.tr("Nothing to print: only active tickets have a code to print.")
            )
            return
        self.status_label.setText(
            self.tr("%1 ticket(s) on %2 page(s).")
            .replace("%1", str(pdf.tickets))
            .replace("%2", str(pdf.pages))
        )
        then(pdf)

    # ---- the three ways out
    @Slot()
    def preview(self) -> None:
        self.with_pdf(self._show_preview)

    def _show_preview(self, pdf: PrintedPdf) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_printer(printer, pdf.data)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(lambda p: paint_pdf(p, pdf.data))
        dialog.resize(900, 1000)
        dialog.exec()

    @Slot()
    def print_(self) -> None:
        self.with_pdf(self._print)

    def _print(self, pdf: PrintedPdf) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_printer(printer, pdf.data)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer, pdf)

    def print_to(self, printer: QPrinter, pdf: PrintedPdf) -> int:
        """Paint the PDF on ``printer`` (already set up); returns the pages printed."""
        setup_printer(printer, pdf.data)
        return paint_pdf(printer, pdf.data)

    @Slot()
    def save_pdf(self) -> None:
        self.with_pdf(self._ask_and_save)

    def _ask_and_save(self, pdf: PrintedPdf) -> None:
        path = save_file_name(
            self,
            self.tr("Save tickets as PDF"),
            str(Path.home() / f"{self.file_stem}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.write_pdf(pdf, path)

    def write_pdf(self, pdf: PrintedPdf, path: str | Path) -> Path:
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        path.write_bytes(pdf.data)
        self.status_label.setText(self.tr("Saved %1.").replace("%1", str(path)))
        return path
