"""Ticket PDFs on a QPrinter: each page rasterised by PDFium and painted onto the paper.

The PDF comes from :func:`scipop.tickets.pdf.write_pdf`, the same file the CLI writes, so a
printed sheet looks exactly like the saved PDF. Pages are rendered one at a time (a session's
tickets may run to dozens of pages) at the printer's resolution, capped to keep memory low.
"""

from __future__ import annotations

from collections.abc import Iterator

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300
PREVIEW_DPI = 150
POINTS_PER_INCH = 72.0


def page_count(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def page_size_points(pdf: bytes) -> tuple[float, float]:
    """The first page's size in points (all pages of a ticket PDF share it)."""
    doc = pdfium.PdfDocument(pdf)
    try:
        return tuple(doc[0].get_size())  # type: ignore[return-value]
    finally:
        doc.close()


def render_pages(pdf: bytes, dpi: float) -> Iterator[QImage]:
    """Every page as a greyscale QImage at ``dpi``."""
    doc = pdfium.PdfDocument(pdf)
    try:
        for i in range(len(doc)):
            page = doc[i]
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, grayscale=True, optimize_mode="print")
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_Grayscale8,
            ).copy()  # own the pixels before PDFium frees its bitmap
            bitmap.close()
            page.close()
            yield image
    finally:
        doc.close()


def setup_printer(printer: QPrinter, pdf: bytes) -> None:
    """Paper the size of the PDF's pages (A4, or the 80 mm thermal roll), no margins."""
    width, height = page_size_points(pdf)
    size = QPageSize(
        QSizeF(width, height), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
    )
    orientation = (
        QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    )
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)


def paint_pdf(printer: QPrinter, pdf: bytes, *, dpi: float | None = None) -> int:
    """Paint every page of ``pdf`` on ``printer``; returns the number of pages painted."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    resolution = dpi or min(float(printer.resolution()), MAX_DPI)
    if dpi is None and painter.paintEngine().type() == QPaintEngine.Type.Picture:
        resolution = PREVIEW_DPI  # the print preview keeps every page: lighter images
    pages = 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for image in render_pages(pdf, resolution):
            if pages:
                printer.newPage()
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            painter.drawImage(QRectF(0, 0, paper.width(), paper.height()), image)
            pages += 1
    finally:
        painter.end()
    return pages
