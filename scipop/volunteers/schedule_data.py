"""What a schedule shows: shifts as plain data, with their labels in Chinese and English.

Read by :mod:`scipop.volunteers.schedule_out`, drawn by :mod:`scipop.volunteers.schedule_pdf`
and :mod:`scipop.volunteers.schedule_png` (labels here: the domain has no Qt translator).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from scipop.timeutil import to_local

LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "volunteer_title": "{name}的志愿服务排班",
        "day_title": "{day} 志愿者排班",
        "period": "{first} 至 {last}",
        "date": "日期",
        "time": "时间",
        "hall": "场馆",
        "role": "岗位",
        "activity": "活动/场次",
        "people": "志愿者",
        "needed": "{assigned}/{needed} 人",
        "none": "这段时间没有排班。",
        "none_day": "这一天没有排班。",
        "organization": "单位：{value}",
        "skills": "所需技能",
        "languages": "语言：{value}",
        "badge": "签到码：请在开始时出示",
        "total": "共 {count} 个班次，{hours} 小时",
        "made": "SciPop Desk · {when} 生成",
        "summary": "志愿服务：{role}",
        "summary_at": "志愿服务：{role} · {activity}",
        "role_line": "岗位：{role}",
        "skills_line": "所需技能：{skills}",
        "people_line": "志愿者：{names}",
        "notes_line": "备注：{notes}",
        "unassigned": "（尚未安排）",
    },
    "en": {
        "volunteer_title": "Shifts of {name}",
        "day_title": "Volunteer shifts on {day}",
        "period": "{first} to {last}",
        "date": "Date",
        "time": "Time",
        "hall": "Hall",
        "role": "Role",
        "activity": "Event / session",
        "people": "Volunteers",
        "needed": "{assigned}/{needed}",
        "none": "No shifts in this period.",
        "none_day": "No shifts on this day.",
        "organization": "Organization: {value}",
        "skills": "Skills needed",
        "languages": "Languages: {value}",
        "badge": "Check-in code: show it when your shift starts",
        "total": "{count} shift(s), {hours} h",
        "made": "SciPop Desk · made {when}",
        "summary": "Volunteering: {role}",
        "summary_at": "Volunteering: {role} · {activity}",
        "role_line": "Role: {role}",
        "skills_line": "Skills needed: {skills}",
        "people_line": "Volunteers: {names}",
        "notes_line": "Notes: {notes}",
        "unassigned": "(nobody yet)",
    },
}
WEEKDAYS = {
    "zh": ("周一", "周二", "周三", "周四", "周五", "周六", "周日"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


def label(lang: str, key: str, **params: object) -> str:
    return LABELS[lang if lang in LABELS else "en"][key].format(**params)


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    organization: str = ""
    organization_en: str = ""
    skills: str = ""
    languages: str = ""


@dataclass(frozen=True)
class ShiftLine:
    """One shift as a schedule shows it (times UTC-aware; place and activity in both languages)."""

    shift_id: int
    starts_at: datetime
    ends_at: datetime
    role: str
    venue: str
    venue_en: str
    hall: str
    hall_en: str
    event: str
    event_en: str
    session_title: str
    skills: str
    notes: str
    needed: int
    people: tuple[Person, ...] = ()

    def local_start(self) -> datetime:
        return to_local(self.starts_at)

    def local_end(self) -> datetime:
        return to_local(self.ends_at)

    def day(self) -> date:
        return self.local_start().date()

    def when(self) -> str:
        """``10:00–12:30``; a shift past midnight: ``22:00–次日 02:00`` / ``22:00–02:00 (+1)``."""
        start, end = self.local_start(), self.local_end()
        text = f"{start:%H:%M}–{end:%H:%M}"
        if end.date() > start.date() and end.time() != time(0):
            text += " (+1)"
        return text

    def place(self, lang: str) -> str:
        hall = (self.hall_en or self.hall) if lang == "en" else self.hall
        venue = (self.venue_en or self.venue) if lang == "en" else self.venue
        return " · ".join(p for p in (venue, hall) if p)

    def hall_name(self, lang: str) -> str:
        return (self.hall_en or self.hall) if lang == "en" else self.hall

    def activity(self, lang: str) -> str:
        event = (self.event_en or self.event) if lang == "en" else self.event
        if self.session_title and self.session_title != self.event:
            return f"{event} · {self.session_title}" if event else self.session_title
        return event

    def activity_and_notes(self, lang: str) -> str:
        """The event, and the shift's notes on a line of their own."""
        return "\n".join(t for t in (self.activity(lang), self.notes) if t)

    @property
    def hours(self) -> float:
        return (self.ends_at - self.starts_at).total_seconds() / 3600


@dataclass
class Schedule:
    """What one export shows: a volunteer's shifts over a period, or every shift of a day."""

    kind: str  # "volunteer" or "day"
    first_day: date
    last_day: date
    lines: list[ShiftLine] = field(default_factory=list)
    volunteer: Person | None = None
    badge_code: str = ""  # the volunteer's check-in code (a QR on the PDF), when wanted

    def title(self, lang: str) -> str:
        if self.kind == "volunteer" and self.volunteer is not None:
            return label(lang, "volunteer_title", name=self.volunteer.name)
        return label(lang, "day_title", day=day_text(self.first_day, lang))

    def period(self, lang: str) -> str:
        if self.first_day == self.last_day:
            return day_text(self.first_day, lang)
        return label(
            lang, "period", first=day_text(self.first_day, lang), last=day_text(self.last_day, lang)
        )

    def total(self, lang: str) -> str:
        hours = sum(line.hours for line in self.lines)
        text = f"{hours:.1f}".removesuffix(".0")
        return label(lang, "total", count=len(self.lines), hours=text)

    def by_day(self) -> list[tuple[date, list[ShiftLine]]]:
        days: dict[date, list[ShiftLine]] = {}
        for line in self.lines:
            days.setdefault(line.day(), []).append(line)
        return list(days.items())

    def by_hall(self) -> list[tuple[str, list[ShiftLine]]]:
        """A day's shifts grouped by hall (halls in order of their first shift), then time."""
        halls: dict[str, list[ShiftLine]] = {}
        for line in self.lines:
            halls.setdefault(line.hall, []).append(line)
        return list(halls.items())


def short_day(day: date, lang: str) -> str:
    """A table's day, the year being in the title: ``12月4日 周五`` / ``Fri 4 Dec``."""
    weekday = WEEKDAYS["zh" if lang == "zh" else "en"][day.weekday()]
    if lang == "zh":
        return f"{day.month}月{day.day}日 {weekday}"
    return f"{weekday} {day.day} {day:%b}"


def day_text(day: date, lang: str) -> str:
    weekday = WEEKDAYS["zh" if lang == "zh" else "en"][day.weekday()]
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日 {weekday}"
    return f"{weekday} {day:%Y-%m-%d}"
