"""Printed tickets: every QR on every page reads back, with a second decoder, as the exact code."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pypdfium2 as pdfium
import pytest
import zxingcpp

from scipop.tickets import pdf
from scipop.tickets.codes import KeyRing
from scipop.tickets.printable import PrintableTicket

RING = KeyRing({3: b"p" * 32}, 3)
START = datetime(2026, 11, 28, 1, 30, tzinfo=UTC)  # 09:30 in Beijing
NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴婷", "欧阳子涵"]


def _ticket(i: int, name: str, headcount: int = 1) -> PrintableTicket:
    return PrintableTicket(
        ticket_id=i,
        code=RING.sign(i, 1),
        attendee_name=name,
        organization="北京市第四中学" if headcount > 1 else "",
        category="teacher" if headcount > 1 else "public",
        headcount=headcount,
        event_title="数字球幕秀：地球的呼吸",
        event_title_en="Science on a Sphere: The Breathing Earth",
        room_name="球幕/数字球 展厅",
        room_name_en="Science on a Sphere Hall",
        venue_name="北京科学中心",
        venue_name_en="Beijing Science Center",
        starts_at=START,
        ends_at=START + timedelta(minutes=20),
    )


TICKETS = [_ticket(i + 1, name, 41 if i == 0 else 1) for i, name in enumerate(NAMES)]


def _pages(data: bytes, dpi: int = 150) -> list[tuple[list[str], str]]:
    """(decoded QR texts, extracted text) per page."""
    doc = pdfium.PdfDocument(data)
    out = []
    for page in doc:
        image = page.render(scale=dpi / 72).to_pil()
        results = zxingcpp.read_barcodes(image)
        assert all(r.extra["Version"] == "2" and r.ec_level == "M" for r in results)
        codes = [r.text for r in results]
        text = page.get_textpage().get_text_range()
        out.append((codes, text))
    doc.close()
    return out


def test_a4_sheet_holds_eight_tickets_and_every_qr_decodes_exactly():
    buf = io.BytesIO()
    assert pdf.write_pdf(TICKETS, buf, fmt="a4", lang="zh") == 2
    pages = _pages(buf.getvalue())
    assert [sorted(codes) for codes, _ in pages] == [
        sorted(t.code for t in TICKETS[:8]),
        sorted(t.code for t in TICKETS[8:]),
    ]
    first_text = pages[0][1]
    assert "张伟" in first_text and "入场券" in first_text and "团体票 · 41 人" in first_text
    assert "球幕/数字球 展厅" in first_text and "2026-11-28 周六 09:30–09:50" in first_text


def test_thermal_80mm_prints_one_ticket_per_page_in_english():
    buf = io.BytesIO()
    assert pdf.write_pdf(TICKETS[:3], buf, fmt="80mm", lang="en") == 3
    pages = _pages(buf.getvalue(), dpi=203)  # a thermal printer's resolution
    assert [codes for codes, _ in pages] == [[t.code] for t in TICKETS[:3]]
    assert "Group ticket · 41 people" in pages[0][1]
    assert "Sat 2026-11-28 09:30–09:50" in pages[0][1]
    assert "Science on a Sphere Hall, Beijing Science Center" in pages[0][1]


def test_the_font_is_embedded_so_chinese_prints_without_installed_fonts():
    buf = io.BytesIO()
    pdf.write_pdf(TICKETS[:2], buf, fmt="a4", lang="zh")
    data = buf.getvalue()
    assert b"/FontFile2" in data
    assert b"/BaseFont /Helvetica" not in data
    assert len(data) < 150_000  # a subset, not the whole 3 MB font


def test_printed_code_text_can_be_typed_back(tmp_path):
    path = tmp_path / "门票 张伟.pdf"
    pdf.write_pdf(TICKETS[:1], path, fmt="80mm", lang="zh")
    ((_codes, text),) = _pages(path.read_bytes())
    assert TICKETS[0].printed_code in text
    assert RING.verify(TICKETS[0].printed_code).ticket_id == 1


def test_unknown_format_or_language_is_refused():
    with pytest.raises(ValueError, match="format"):
        pdf.write_pdf(TICKETS, io.BytesIO(), fmt="a5")
    with pytest.raises(ValueError, match="language"):
        pdf.write_pdf(TICKETS, io.BytesIO(), lang="fr")


def test_long_titles_wrap_and_are_cut_with_an_ellipsis():
    pdf.register_font()
    lines = pdf.wrap("诺贝尔奖获得者北京论坛" * 6, 11.5, 150, 2)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert pdf.wrap("Nobel Laureates Beijing Forum", 11.5, 1000, 2) == [
        "Nobel Laureates Beijing Forum"
    ]
