"""Printable tickets and badges as PDF: A4 sheets of eight, or single 80 mm thermal tickets.

Text is set in the bundled WenQuanYi Micro Hei, embedded as a subset, so Chinese prints on
any PC; QR symbols are vector rectangles (sharp at any printer resolution, small files).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from scipop.progress import NO_PROGRESS, Progress
from scipop.resources import resource_path
from scipop.tickets import qr
from scipop.tickets.printable import PrintableTicket, check_lang, label

FONT = "SciPopCJK"
FONT_FILE = ("fonts", "WenQuanYiMicroHei.ttf")
FORMATS = ("a4", "80mm")
STYLES = ("ticket", "badge")
A4_COLUMNS, A4_ROWS = 2, 4
THERMAL_SIZE = (80 * mm, 105 * mm)
QUIET = 4  # modules of light margin around each symbol
GREY = (0.45, 0.45, 0.45)
_DARK_RUN = re.compile(rb"\x00+")
_TOKEN = re.compile(r"[0-9A-Za-z'’.,:;!?&()/\-+#%@_]+\s*|\s+|.", re.S)


@cache
def register_font() -> str:
    """Registers the bundled CJK font with reportlab once per process; returns its name."""
    path = resource_path(*FONT_FILE)
    if not path.exists():
        raise FileNotFoundError(f"ticket font missing: {path}")
    pdfmetrics.registerFont(TTFont(FONT, str(path)))
    return FONT


def wrap(text: str, size: float, width: float, max_lines: int) -> list[str]:
    """Greedy line breaking: between CJK characters anywhere, Latin words at spaces."""
    lines: list[str] = []
    current = ""
    for token in _TOKEN.findall(text.strip()):
        candidate = current + token
        if current and pdfmetrics.stringWidth(candidate.rstrip(), FONT, size) > width:
            lines.append(current.rstrip())
            current = token.lstrip()
        else:
            current = candidate
    if current.strip():
        lines.append(current.rstrip())
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and pdfmetrics.stringWidth(last + "…", FONT, size) > width:
            last = last[:-1]
        lines[-1] = last + "…"
    return lines


def fit(text: str, size: float, width: float, smallest: float = 6) -> float:
    """The largest font size up to ``size`` at which ``text`` fits on one line of ``width``."""
    while size > smallest and pdfmetrics.stringWidth(text, FONT, size) > width:
        size -= 0.5
    return size


def draw_qr(c: Canvas, code: str, x: float, y: float, side: float) -> None:
    """The code's QR symbol with its quiet zone in a ``side``-wide square at (x, y) bottom-left."""
    symbol = qr.make(code)
    n = symbol.size
    module = side / (n + 2 * QUIET)
    left = x + QUIET * module
    top = y + side - QUIET * module
    path = c.beginPath()
    for r in range(n):
        yy = top - (r + 1) * module
        for run in _DARK_RUN.finditer(symbol.row(r)):
            path.rect(left + run.start() * module, yy, (run.end() - run.start()) * module, module)
    c.setFillColorRGB(0, 0, 0)
    c.drawPath(path, stroke=0, fill=1)


class _Writer:
    def __init__(self, c: Canvas, lang: str, style: str):
        self.c, self.lang, self.style = c, lang, style

    def text(self, x: float, y: float, s: str, size: float, grey: bool = False) -> None:
        self.c.setFont(FONT, size)
        self.c.setFillColorRGB(*(GREY if grey else (0, 0, 0)))
        self.c.drawString(x, y, s)

    def heading(self, t: PrintableTicket) -> str:
        first = label(self.lang, self.style)
        category = t.category_label(self.lang)
        return f"{first} · {category}" if category else first

    def a4_tile(self, t: PrintableTicket, x: float, y: float, w: float, h: float) -> None:
        pad = 6 * mm
        side = min(h - 2 * pad, 42 * mm)
        qr_x = x + w - pad - side
        qr_y = y + (h - side) / 2 + 2 * mm
        draw_qr(self.c, t.code, qr_x, qr_y, side)
        self.c.setFont(FONT, 6.5)
        self.c.setFillColorRGB(0, 0, 0)
        self.c.drawCentredString(qr_x + side / 2, qr_y - 1 * mm, t.printed_code)
        text_w = qr_x - x - pad - 2 * mm
        left = x + pad
        cursor = y + h - pad - 8
        self.text(left, cursor, self.heading(t), 7.5, grey=True)
        cursor -= 15
        for line in wrap(t.event(self.lang), 11.5, text_w, 2):
            self.text(left, cursor, line, 11.5)
            cursor -= 14
        cursor -= 6
        self.text(left, cursor, t.attendee_name, fit(t.attendee_name, 17, text_w))
        cursor -= 13
        if t.organization:
            self.text(left, cursor, t.organization, fit(t.organization, 8, text_w), grey=True)
            cursor -= 12
        for key, value in (("time", t.when(self.lang)), ("hall", t.hall(self.lang))):
            line = f"{label(self.lang, key)}: {value}"
            for part in wrap(line, 8, text_w, 2):
                self.text(left, cursor, part, 8)
                cursor -= 10
        self.text(left, y + pad, t.kind_line(self.lang), 8.5)

    def thermal(self, t: PrintableTicket) -> None:
        w, h = THERMAL_SIZE
        pad = 4 * mm
        c = self.c
        cursor = h - pad - 9
        c.setFont(FONT, 8)
        c.setFillColorRGB(*GREY)
        c.drawCentredString(w / 2, cursor, self.heading(t))
        cursor -= 17
        c.setFillColorRGB(0, 0, 0)
        for line in wrap(t.event(self.lang), 12, w - 2 * pad, 2):
            c.setFont(FONT, 12)
            c.drawCentredString(w / 2, cursor, line)
            cursor -= 15
        side = 52 * mm
        cursor -= side - 4
        draw_qr(c, t.code, (w - side) / 2, cursor, side)
        cursor -= 2
        c.setFont(FONT, 7)
        c.drawCentredString(w / 2, cursor, t.printed_code)
        cursor -= 20
        size = fit(t.attendee_name, 18, w - 2 * pad)
        c.setFont(FONT, size)
        c.drawCentredString(w / 2, cursor, t.attendee_name)
        cursor -= 14
        for line in (t.when(self.lang), t.hall(self.lang), t.kind_line(self.lang)):
            for part in wrap(line, 8.5, w - 2 * pad, 2):
                c.setFont(FONT, 8.5)
                c.drawCentredString(w / 2, cursor, part)
                cursor -= 11


def write_pdf(
    tickets: Sequence[PrintableTicket],
    out: str | Path | BinaryIO,
    *,
    fmt: str = "a4",
    lang: str = "zh",
    style: str = "ticket",
    title: str = "",
    progress: Progress = NO_PROGRESS,
) -> int:
    """Writes the tickets to ``out`` (a path or a binary file); returns the number of pages."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if style not in STYLES:
        raise ValueError(f"style must be one of {', '.join(STYLES)}, not {style!r}")
    check_lang(lang)
    register_font()
    target = str(out) if isinstance(out, Path) else out
    size = A4 if fmt == "a4" else THERMAL_SIZE
    c = Canvas(target, pagesize=size, pageCompression=1, invariant=1, initialFontName=FONT)
    c.setTitle(title or label(lang, style))
    c.setCreator("SciPop Desk")
    writer = _Writer(c, lang, style)
    per_page = A4_COLUMNS * A4_ROWS if fmt == "a4" else 1
    total = len(tickets)
    pages = 0
    for start in range(0, max(total, 1), per_page):
        page = tickets[start : start + per_page]
        if fmt == "a4":
            _a4_page(writer, page)
        elif page:
            writer.thermal(page[0])
        c.showPage()
        pages += 1
        progress.report(min(start + per_page, total), total, "tickets")
        progress.check()
    c.save()
    return pages


def _a4_page(writer: _Writer, page: Sequence[PrintableTicket]) -> None:
    width, height = A4
    w, h = width / A4_COLUMNS, height / A4_ROWS
    c = writer.c
    c.setStrokeColorRGB(0.75, 0.75, 0.75)
    c.setLineWidth(0.4)
    c.setDash(3, 3)
    for col in range(1, A4_COLUMNS):
        c.line(col * w, 0, col * w, height)
    for row in range(1, A4_ROWS):
        c.line(0, row * h, width, row * h)
    c.setDash()
    for i, t in enumerate(page):
        col, row = i % A4_COLUMNS, i // A4_COLUMNS
        writer.a4_tile(t, col * w, height - (row + 1) * h, w, h)
