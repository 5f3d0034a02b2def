"""Volunteer badges as PDF: the personal signed code as a QR symbol, with name and organization.

The same font, QR drawing and page formats as the tickets (:mod:`scipop.tickets.pdf`):
A4 sheets of eight badges to cut, or one badge per 80 mm thermal label.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from scipop.progress import NO_PROGRESS, Progress
from scipop.tickets.codes import format_for_print
from scipop.tickets.pdf import (
    A4_COLUMNS,
    A4_ROWS,
    FONT,
    FORMATS,
    GREY,
    THERMAL_SIZE,
    draw_qr,
    fit,
    register_font,
)
from scipop.tickets.printable import check_lang

TEXTS = {
    "zh": {"title": "志愿者", "scan": "上岗、离岗时请扫码", "code": "证码"},
    "en": {"title": "Volunteer", "scan": "Scan at the start and end of each shift", "code": "Code"},
}


@dataclass(frozen=True)
class VolunteerBadge:
    volunteer_id: int
    name: str
    organization: str
    code: str


def _badge(c: Canvas, b: VolunteerBadge, lang: str, x: float, y: float, w: float, h: float):
    t = TEXTS[lang]
    pad = 6 * mm
    c.setFillColorRGB(0.12, 0.44, 0.75)
    c.rect(x, y + h - 11 * mm, w, 11 * mm, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont(FONT, 14)
    c.drawCentredString(x + w / 2, y + h - 7.5 * mm, t["title"])
    side = min(h - 30 * mm, w / 2 - pad)
    draw_qr(c, b.code, x + pad, y + (h - 11 * mm - side) / 2, side)
    text_x = x + pad + side + 3 * mm
    text_w = x + w - pad - text_x
    cursor = y + h - 24 * mm
    c.setFillColorRGB(0, 0, 0)
    size = fit(b.name, 20, text_w)
    c.setFont(FONT, size)
    c.drawString(text_x, cursor, b.name)
    cursor -= 9 * mm
    if b.organization:
        size = fit(b.organization, 10, text_w)
        c.setFont(FONT, size)
        c.drawString(text_x, cursor, b.organization)
        cursor -= 7 * mm
    c.setFillColorRGB(*GREY)
    c.setFont(FONT, fit(t["scan"], 7.5, text_w))
    c.drawString(text_x, cursor, t["scan"])
    code = f"{t['code']} {format_for_print(b.code)}"
    c.setFont(FONT, fit(code, 6.5, w - 2 * pad))
    c.drawString(x + pad, y + 3 * mm, code)


def write_badges(
    badges: Sequence[VolunteerBadge],
    out: str | Path | BinaryIO,
    *,
    fmt: str = "a4",
    lang: str = "zh",
    progress: Progress = NO_PROGRESS,
) -> int:
    """Write the badges to ``out``; returns the number of pages."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    check_lang(lang)
    register_font()
    target = str(out) if isinstance(out, Path) else out
    size = A4 if fmt == "a4" else (THERMAL_SIZE[0], 60 * mm)
    c = Canvas(target, pagesize=size, pageCompression=1, invariant=1, initialFontName=FONT)
    c.setTitle(TEXTS[lang]["title"])
    c.setCreator("SciPop Desk")
    per_page = A4_COLUMNS * A4_ROWS if fmt == "a4" else 1
    pages = 0
    total = len(badges)
    for start in range(0, max(total, 1), per_page):
        page = badges[start : start + per_page]
        if fmt == "a4":
            width, height = A4
            w, h = width / A4_COLUMNS, height / A4_ROWS
            c.setStrokeColorRGB(0.75, 0.75, 0.75)
            c.setLineWidth(0.4)
            c.setDash(3, 3)
            for col in range(1, A4_COLUMNS):
                c.line(col * w, 0, col * w, height)
            for row in range(1, A4_ROWS):
                c.line(0, row * h, width, row * h)
            c.setDash()
            for i, b in enumerate(page):
                col, row = i % A4_COLUMNS, i // A4_COLUMNS
                _badge(c, b, lang, col * w, height - (row + 1) * h, w, h)
        elif page:
            _badge(c, page[0], lang, 0, 0, size[0], size[1])
        c.showPage()
        pages += 1
        progress.report(min(start + per_page, total), total, "badges")
        progress.check()
    c.save()
    return pages
