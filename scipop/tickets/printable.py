"""What a printed ticket or badge shows, in Chinese or English (labels here: scipop has no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from scipop.tickets.codes import format_for_print
from scipop.timeutil import to_local

LANGS = ("zh", "en")

LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "ticket": "入场券",
        "badge": "参会证",
        "name": "姓名",
        "event": "活动",
        "time": "时间",
        "hall": "场馆",
        "code": "票码",
        "group": "团体票 · {n} 人",
        "single": "个人票",
        "scan": "请在入口出示二维码",
        "category.public": "公众",
        "category.student": "学生",
        "category.teacher": "教师",
        "category.vip": "嘉宾",
        "category.press": "媒体",
    },
    "en": {
        "ticket": "Admission ticket",
        "badge": "Badge",
        "name": "Name",
        "event": "Event",
        "time": "Time",
        "hall": "Hall",
        "code": "Code",
        "group": "Group ticket · {n} people",
        "single": "Single ticket",
        "scan": "Show this QR code at the entrance",
        "category.public": "Public",
        "category.student": "Student",
        "category.teacher": "Teacher",
        "category.vip": "VIP",
        "category.press": "Press",
    },
}
_WEEKDAYS = {
    "zh": ("周一", "周二", "周三", "周四", "周五", "周六", "周日"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


def label(lang: str, key: str, **params: object) -> str:
    table = LABELS.get(lang, LABELS["en"])
    return table.get(key, LABELS["en"].get(key, key)).format(**params)


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"language must be one of {', '.join(LANGS)}, not {lang!r}")
    return lang


@dataclass(frozen=True)
class PrintableTicket:
    """One ticket as printed: the code and what a person reads beside it (times in UTC)."""

    ticket_id: int
    code: str
    attendee_name: str
    organization: str
    category: str
    headcount: int
    event_title: str
    event_title_en: str
    room_name: str
    room_name_en: str
    venue_name: str
    venue_name_en: str
    starts_at: datetime
    ends_at: datetime
    session_id: int = 0

    def event(self, lang: str) -> str:
        return (self.event_title_en or self.event_title) if lang == "en" else self.event_title

    def hall(self, lang: str) -> str:
        if lang == "en":
            room = self.room_name_en or self.room_name
            venue = self.venue_name_en or self.venue_name
            return f"{room}, {venue}" if venue else room
        return f"{self.venue_name} {self.room_name}".strip()

    def when(self, lang: str) -> str:
        """``2026-11-28 周六 09:30–09:50`` or ``Sat 2026-11-28 09:30–09:50`` (local time)."""
        start, end = to_local(self.starts_at), to_local(self.ends_at)
        day = _WEEKDAYS[lang][start.weekday()]
        span = f"{start:%H:%M}–{end:%H:%M}"
        if end.date() != start.date():
            span = f"{start:%H:%M}–{end:%m-%d %H:%M}"
        if lang == "en":
            return f"{day} {start:%Y-%m-%d} {span}"
        return f"{start:%Y-%m-%d} {day} {span}"

    def kind_line(self, lang: str) -> str:
        if self.headcount > 1:
            return label(lang, "group", n=self.headcount)
        return label(lang, "single")

    def category_label(self, lang: str) -> str:
        return label(lang, f"category.{self.category}")

    @property
    def printed_code(self) -> str:
        return format_for_print(self.code)

    def file_stem(self) -> str:
        """A file name for its PNG: ``000123_张伟`` (without characters Windows forbids)."""
        name = "".join(ch for ch in self.attendee_name if ch not in '<>:"/\\|?*' and ch >= " ")
        return f"{self.ticket_id:06d}_{name.strip() or 'ticket'}"[:80]
