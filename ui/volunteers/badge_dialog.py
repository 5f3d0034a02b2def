"""Print volunteers' badges: their personal signed code as a QR, with name and organization.

The ticket print dialog (preview, print, save as PDF) with the badge PDF of
:mod:`scipop.tickets.volunteer_badge`, made in a worker.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget

from scipop.app import Services
from scipop.progress import Progress
from scipop.tickets.volunteer_badge import VolunteerBadge, write_badges
from ui.context import AppContext
from ui.printing.print_dialog import PrintedPdf, PrintJob, TicketPrintDialog


def make_badges(services: Services, job: PrintJob, progress: Progress) -> PrintedPdf:
    """The badges' PDF in memory (worker code: no widgets)."""
    ids = list(job.ticket_ids or ())
    codes = services.volunteer_codes.codes(ids)
    badges = []
    for vid in ids:
        row = services.roster.get(vid)
        if row is not None and vid in codes:
            badges.append(VolunteerBadge(vid, row.name, row.organization_name, codes[vid]))
    if not badges:
        return PrintedPdf(b"", 0, 0)
    out = io.BytesIO()
    pages = write_badges(badges, out, fmt=job.fmt, lang=job.lang, progress=progress)
    return PrintedPdf(out.getvalue(), len(badges), pages)


class BadgePrintDialog(TicketPrintDialog):
    make = staticmethod(make_badges)

    def __init__(
        self,
        ctx: AppContext,
        volunteer_ids: Sequence[int],
        what: str,
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, parent, ticket_ids=volunteer_ids, what=what, file_stem="badges")
        self.setWindowTitle(self.tr("Print volunteer badges"))
        self.form.labelForField(self.what_label).setText(self.tr("Volunteers"))
        self.format_combo.setItemText(0, self.tr("A4 sheets, eight badges a page"))
        self.format_combo.setItemText(1, self.tr("80 mm thermal printer, one a badge"))
        self.form.labelForField(self.style_combo).hide()
        self.style_combo.hide()

    def _progress_text(self, done: int, total: int, _stage: str) -> str:
        return (
            self.tr("Making the badges: %1 of %2")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )

    def _made_pdf(self, job: PrintJob, pdf: PrintedPdf, then: Callable) -> None:
        self._made[job] = pdf
        self.pdf_ready.emit(pdf)
        if not pdf.tickets:
            self.status_label.setText(self.tr("Nothing to print: the volunteer is gone."))
            return
        self.status_label.setText(
            self.tr("%n badge(s) on %1.", "", pdf.tickets).replace(
                "%1", self.tr("%n page(s)", "", pdf.pages)
            )
        )
        then(pdf)
