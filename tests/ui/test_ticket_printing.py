"""Printing tickets from the GUI: what comes out of the printer decodes to the ticket's code."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtPrintSupport import QPrinter

from scipop.registration import admission
from scipop.tickets.decode import LumaImage, decode_luma
from tests.ui.attendee_world import People, register_people
from ui.printing.pdf_pages import page_size_points
from ui.printing.print_dialog import PrintedPdf, TicketPrintDialog


@pytest.fixture
def people(services) -> People:
    return register_people(services)


def _codes_in(pdf: Path | bytes, scale: float = 2) -> list[list[str]]:
    """The QR codes on each page, read as the station's camera path reads a frame
    (``decode_luma``: zxing-cpp, then the scanner's normalisation)."""
    doc = pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    try:
        pages = []
        for page in doc:
            grey = page.render(scale=scale, grayscale=True).to_pil().convert("L")
            luma = LumaImage(grey.tobytes(), grey.width, grey.height, grey.width)
            pages.append(sorted(decode_luma(luma)))
        return pages
    finally:
        doc.close()


def _made(qtbot, dialog: TicketPrintDialog) -> PrintedPdf:
    got: list[PrintedPdf] = []
    dialog.with_pdf(got.append, progress=False)
    qtbot.waitUntil(lambda: bool(got), timeout=20_000)
    return got[0]


def test_printing_a_session_to_a_pdf_printer_gives_codes_that_decode(qtbot, ctx, people, tmp_path):
    dialog = TicketPrintDialog(ctx, session_id=people.world.noon, what="noon")
    qtbot.addWidget(dialog)
    pdf = _made(qtbot, dialog)
    assert (pdf.tickets, pdf.pages) == (2, 1)
    assert dialog.status_label.text() == "2 ticket(s) on 1 page(s)."

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "打印" / "门票.pdf"
    out.parent.mkdir()
    printer.setOutputFileName(str(out))
    assert dialog.print_to(printer, pdf) == 1

    wanted = sorted(people.tickets[n].code for n in ("张伟", "李娜"))
    assert _codes_in(out) == [wanted]  # the printed page, rasterised, decodes as at the door
    for code in wanted:  # and the station's verify reads each as its ticket
        assert admission.verify(ctx.store, code).ticket_id in {
            t.id for t in people.tickets.values()
        }
    width, height = page_size_points(out.read_bytes())
    assert (round(width), round(height)) == (595, 842)  # A4, as the CLI's PDF


def test_thermal_tickets_print_one_a_page_in_english(qtbot, ctx, people, tmp_path):
    ids = [people.tickets["王秀英"].id, people.tickets["张伟"].id]
    dialog = TicketPrintDialog(ctx, ticket_ids=ids, file_stem="tickets")
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("80mm"))
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("en"))
    pdf = _made(qtbot, dialog)
    assert (pdf.tickets, pdf.pages) == (2, 2)
    saved = dialog.write_pdf(pdf, tmp_path / "热敏票")
    assert saved.suffix == ".pdf" and saved.read_bytes() == pdf.data  # what the CLI would write
    width, _height = page_size_points(pdf.data)
    assert round(width / 72 * 25.4) == 80

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "thermal.pdf"))
    assert dialog.print_to(printer, pdf) == 2
    codes = _codes_in(tmp_path / "thermal.pdf", scale=3)
    assert sorted(c for page in codes for c in page) == sorted(
        people.tickets[n].code for n in ("王秀英", "张伟")
    )


def test_waiting_tickets_have_nothing_to_print(qtbot, ctx, people):
    dialog = TicketPrintDialog(ctx, ticket_ids=[people.tickets["丁"].id])
    qtbot.addWidget(dialog)
    pdf = _made_or_empty(qtbot, dialog)
    assert pdf.tickets == 0
    assert "only active tickets" in dialog.status_label.text()


def _made_or_empty(qtbot, dialog: TicketPrintDialog) -> PrintedPdf:
    seen: list[PrintedPdf] = []
    dialog.pdf_ready.connect(seen.append)
    dialog.with_pdf(lambda _pdf: None, progress=False)
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    return seen[0]
