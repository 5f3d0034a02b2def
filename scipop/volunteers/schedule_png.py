"""A schedule as a phone-sized PNG (1080 px wide) to post in the team's group chat.

Big type (a phone shows the picture about 360 pt wide, so 36 px here is 12 pt there), one card
per shift: the time large, then the role and hall, the event, and on a day's picture who works
it. Drawn with Pillow in the bundled CJK font; the height follows the content.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from typing import BinaryIO

from PIL import Image, ImageDraw, ImageFont

from scipop.resources import resource_path
from scipop.tickets.pdf import FONT_FILE
from scipop.timeutil import local_zone
from scipop.volunteers.schedule_data import Schedule, ShiftLine, day_text, label

WIDTH = 1080
PAD = 56
CARD_PAD = 32
MAX_HEIGHT = 20000  # a week of a busy day still fits; beyond, the list is cut with "…"
BG = (244, 246, 250)
HEAD = (31, 78, 121)
CARD = (255, 255, 255)
TEXT = (25, 28, 33)
MUTED = (95, 104, 116)
ACCENT = (31, 78, 121)
_TOKEN = re.compile(r"[0-9A-Za-z'’.,:;!?&()/\-+#%@_]+\s*|\s+|.", re.S)


@cache
def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resource_path(*FONT_FILE)), size)


def wrap(text: str, f: ImageFont.FreeTypeFont, width: int, max_lines: int = 3) -> list[str]:
    """Lines of ``text`` no wider than ``width``: CJK anywhere, Latin words at spaces."""
    lines: list[str] = []
    current = ""
    for token in _TOKEN.findall(text.strip()):
        if current and f.getlength((current + token).rstrip()) > width:
            lines.append(current.rstrip())
            current = token.lstrip()
        else:
            current += token
    if current.strip():
        lines.append(current.rstrip())
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        while lines[-1] and f.getlength(lines[-1] + "…") > width:
            lines[-1] = lines[-1][:-1]
        lines[-1] += "…"
    return lines


class _Painter:
    """Lays out first (a list of drawing steps and the height), then draws on one canvas."""

    def __init__(self) -> None:
        self.steps: list = []
        self.y = 0

    def text(self, x: int, s: str, size: int, fill=TEXT, width: int = WIDTH - 2 * PAD,
             max_lines: int = 3, gap: int = 10) -> None:  # fmt: skip
        f = font(size)
        for line in wrap(s, f, width, max_lines):
            self.steps.append(("text", (x, self.y), line, f, fill))
            self.y += int(size * 1.3)
        self.y += gap

    def box(self, top: int, bottom: int, fill, radius: int = 22) -> None:
        self.steps.insert(0, ("box", (PAD, top, WIDTH - PAD, bottom), fill, radius))

    def paint(self, height: int, header: int) -> Image.Image:
        image = Image.new("RGB", (WIDTH, height), BG)
        draw = ImageDraw.Draw(image)
        draw.rectangle((0, 0, WIDTH, header), fill=HEAD)
        for step in sorted(self.steps, key=lambda s: s[0] != "box"):
            if step[0] == "box":
                draw.rounded_rectangle(step[1], radius=step[3], fill=step[2])
            else:
                draw.text(step[1], step[2], font=step[3], fill=step[4])
        return image


def _card(p: _Painter, line: ShiftLine, schedule: Schedule, lang: str) -> None:
    top = p.y
    p.y += CARD_PAD
    x = PAD + CARD_PAD
    inner = WIDTH - 2 * (PAD + CARD_PAD)
    if schedule.kind == "day":  # the hall is the group's heading: time and role in one line
        p.text(x, f"{line.when()}   {line.role}", 48, ACCENT, inner, 2, 6)
    else:
        p.text(x, line.when(), 52, ACCENT, inner, 1, 6)
        p.text(x, " · ".join(t for t in (line.role, line.place(lang)) if t), 38, TEXT, inner, 2, 6)
    activity = line.activity(lang)
    if activity:
        p.text(x, activity, 34, MUTED, inner, 2, 6)
    if line.notes:
        p.text(x, line.notes, 32, MUTED, inner, 2, 6)
    if schedule.kind == "day":
        names = "、".join(q.name for q in line.people) or label(lang, "unassigned")
        count = label(lang, "needed", assigned=len(line.people), needed=line.needed)
        p.text(x, f"{names}  ({count})", 36, TEXT, inner, 4, 6)
    p.y += CARD_PAD - 6
    p.box(top, p.y, CARD)
    p.y += 24


def render(schedule: Schedule, lang: str = "zh") -> Image.Image:
    p = _Painter()
    p.y = PAD
    p.text(PAD, schedule.title(lang), 60, (255, 255, 255), max_lines=2, gap=8)
    parts = [schedule.period(lang)] if schedule.kind == "volunteer" else []
    if schedule.lines:
        parts.append(schedule.total(lang))
    sub = "  ·  ".join(parts)
    p.text(PAD, sub, 34, (214, 226, 240), max_lines=2, gap=0)
    header = p.y + PAD - 10
    p.y = header + 40
    if not schedule.lines:
        key = "none" if schedule.kind == "volunteer" else "none_day"
        p.text(PAD, label(lang, key), 40, MUTED)
    groups = schedule.by_day() if schedule.kind == "volunteer" else schedule.by_hall()
    for key, lines in groups:
        heading = day_text(key, lang) if schedule.kind == "volunteer" else (
            lines[0].hall_name(lang) or "—"
        )  # fmt: skip
        p.text(PAD + 4, heading, 42, HEAD, max_lines=2, gap=16)
        for line in lines:
            if p.y > MAX_HEIGHT - 400:
                p.text(PAD, "…", 48, MUTED)
                break
            _card(p, line, schedule, lang)
        p.y += 16
    made = datetime.now(local_zone()).strftime("%Y-%m-%d %H:%M")
    p.y += 8
    p.text(PAD, label(lang, "made", when=made), 26, MUTED, gap=0)
    height = min(max(p.y + PAD, 1080), MAX_HEIGHT)
    return p.paint(height, header)


def write_png(schedule: Schedule, out: BinaryIO, *, lang: str = "zh") -> None:
    render(schedule, lang).save(out, format="PNG")
