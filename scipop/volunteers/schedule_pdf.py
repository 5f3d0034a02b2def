"""A schedule as a printable A4 PDF: a title, the period, and a table of the shifts.

Set in the bundled CJK font (:func:`scipop.tickets.pdf.register_font`), so Chinese names
print on any PC. A volunteer's schedule lists date, time, hall, role and event; a day's is
grouped by hall, each shift with who works it. A volunteer's sheet may carry their check-in
code as a QR in the top corner.
"""

from __future__ import annotations

from datetime import datetime
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from scipop.tickets.pdf import draw_qr, register_font
from scipop.timeutil import local_zone
from scipop.volunteers.schedule_data import Schedule, label, short_day

MARGIN = 15 * mm
HEAD = colors.HexColor("#1f4e79")
BAND = colors.HexColor("#eef3f8")
HALL = colors.HexColor("#d9e4f0")
QR_SIDE = 30 * mm


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=12.5, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", base, fontSize=18, leading=23, spaceAfter=2 * mm),
        "sub": ParagraphStyle("sub", base, fontSize=10.5, leading=14, textColor=colors.grey),
        "cell": base,
        "head": ParagraphStyle("head", base, textColor=colors.white),
        "hall": ParagraphStyle("hall", base, fontSize=10.5, leading=14),
        "note": ParagraphStyle("note", base, fontSize=8, textColor=colors.grey),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Paragraph(safe.replace("\n", "<br/>"), style)


class _QR(Flowable):
    """The check-in code's QR with a caption under it."""

    def __init__(self, code: str, caption: str, font: str):
        super().__init__()
        self.code, self.caption, self.font = code, caption, font
        self.width, self.height = QR_SIDE, QR_SIDE + 4 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        draw_qr(c, self.code, 0, 4 * mm, QR_SIDE)
        c.setFont(self.font, 6.5)
        c.setFillColor(colors.grey)
        c.drawCentredString(QR_SIDE / 2, 1 * mm, self.caption)


def _story(schedule: Schedule, lang: str, font: str, width: float) -> list:
    st = _styles(font)
    story: list = []
    head = [_p(schedule.title(lang), st["title"])]
    sub = [schedule.period(lang)] if schedule.kind == "volunteer" else []
    v = schedule.volunteer
    if v is not None:
        org = v.organization_en if lang == "en" else v.organization
        if org:
            sub.append(label(lang, "organization", value=org))
        if v.languages:
            sub.append(label(lang, "languages", value=v.languages))
    if schedule.lines:
        sub.append(schedule.total(lang))
    head.append(_p("  ·  ".join(sub), st["sub"]))
    if schedule.badge_code:
        qr = _QR(schedule.badge_code, label(lang, "badge"), font)
        block = Table([[head, qr]], colWidths=[width - QR_SIDE - 4 * mm, QR_SIDE + 4 * mm])
        block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
        story.append(block)
    else:
        story += head
    story.append(Spacer(1, 6 * mm))
    if not schedule.lines:
        story.append(
            _p(label(lang, "none" if schedule.kind == "volunteer" else "none_day"), st["cell"])
        )
        return story
    if schedule.kind == "volunteer":
        story.append(_volunteer_table(schedule, lang, st, width))
    else:
        story.append(_day_table(schedule, lang, st, width))
    return story


def _style(rows: int, extra: list | None = None) -> TableStyle:
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), BAND) for r in range(2, rows, 2)]
    return TableStyle(commands + (extra or []))


def _volunteer_table(schedule: Schedule, lang: str, st: dict, width: float) -> Table:
    keys = ("date", "time", "hall", "role", "activity")
    rows = [[_p(label(lang, k), st["head"]) for k in keys]]
    for line in schedule.lines:
        rows.append(
            [
                _p(short_day(line.day(), lang), st["cell"]),
                _p(line.when(), st["cell"]),
                _p(line.hall_name(lang), st["cell"]),
                _p(line.role, st["cell"]),
                _p(line.activity_and_notes(lang), st["cell"]),
            ]
        )
    widths = [w * width for w in (0.15, 0.14, 0.25, 0.14, 0.32)]
    return Table(rows, colWidths=widths, repeatRows=1, style=_style(len(rows)))


def _day_table(schedule: Schedule, lang: str, st: dict, width: float) -> Table:
    keys = ("time", "role", "activity", "people")
    rows = [[_p(label(lang, k), st["head"]) for k in keys]]
    extra = []
    for _hall, lines in schedule.by_hall():
        extra += [
            ("SPAN", (0, len(rows)), (-1, len(rows))),
            ("BACKGROUND", (0, len(rows)), (-1, len(rows)), HALL),
        ]
        rows.append([_p(lines[0].hall_name(lang) or "—", st["hall"]), "", "", ""])
        for line in lines:
            names = "、".join(p.name for p in line.people) or label(lang, "unassigned")
            count = label(lang, "needed", assigned=len(line.people), needed=line.needed)
            rows.append(
                [
                    _p(line.when(), st["cell"]),
                    _p(line.role, st["cell"]),
                    _p(line.activity_and_notes(lang), st["cell"]),
                    _p(f"{names}  ({count})", st["cell"]),
                ]
            )
    widths = [w * width for w in (0.15, 0.15, 0.32, 0.38)]
    style = TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, 0), HEAD),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            *extra,
        ]
    )
    return Table(rows, colWidths=widths, repeatRows=1, style=style)


def write_pdf(schedules: list[Schedule], out: BinaryIO, *, lang: str = "zh") -> None:
    """Every schedule from a new page, A4 portrait, with a footer saying when it was made."""
    font = register_font()
    made = datetime.now(local_zone()).strftime("%Y-%m-%d %H:%M")
    title = schedules[0].title(lang) if len(schedules) == 1 else label(lang, "people")
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        creator="SciPop Desk",
        invariant=1,
    )

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(font, 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(MARGIN, MARGIN - 2 * mm, label(lang, "made", when=made))
        canvas.drawRightString(A4[0] - MARGIN, MARGIN - 2 * mm, str(document.page))
        canvas.restoreState()

    story: list = []
    for i, schedule in enumerate(schedules):
        if i:
            story.append(PageBreak())
        story += _story(schedule, lang, font, doc.width)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
