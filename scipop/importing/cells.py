"""Turning spreadsheet cells into dates, times and counts, the way staff write them.

Excel/WPS date and time cells arrive typed; text may be "2026-12-05", "2026/12/5",
"2026年12月5日", "14:00", "14：00", "14点30", "2点半" or "2:30 PM".
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from scipop.i18n import QT_TRANSLATE_NOOP

EXCEL_EPOCH = date(1899, 12, 30)

BAD_DATE = QT_TRANSLATE_NOOP("errors", "'{value}' is not a date (write it like 2026-12-05).")
BAD_TIME = QT_TRANSLATE_NOOP("errors", "'{value}' is not a time of day (write it like 14:00).")
BAD_COUNT = QT_TRANSLATE_NOOP("errors", "'{value}' is not a whole number.")
EMPTY = QT_TRANSLATE_NOOP("errors", "This cell is empty.")

_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+.*)?")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_TIME = re.compile(
    r"(?P<ampm1>上午|下午|晚上|中午)?\s*(?P<h>\d{1,2})\s*"
    r"(?:[:：]\s*(?P<m>\d{2})(?:\s*[:：]\s*(?P<s>\d{2})(?:\.\d+)?)?"
    r"|[点时]\s*(?:(?P<m2>\d{1,2})\s*分?|(?P<half>半))?)"
    r"\s*(?P<ampm2>am|pm|a\.m\.|p\.m\.)?",
    re.IGNORECASE,
)


class CellError(ValueError):
    """A cell that cannot be read as asked; ``template``/``params`` say why."""

    def __init__(self, template: str, **params: object):
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


def text_of(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def cell_text(value: object) -> str:
    """A cell as a person reads it: dates as 2030-12-03, times as 09:30."""
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return text_of(value)


def is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def to_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 < value < 2958466:
        return EXCEL_EPOCH + timedelta(days=int(value))  # a date cell formatted as a number
    text = text_of(value)
    if not text:
        raise CellError(EMPTY)
    m = _DATE.fullmatch(text) or _COMPACT_DATE.fullmatch(text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            pass
    raise CellError(BAD_DATE, value=text)


def to_time(value: object) -> time:
    if isinstance(value, datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, time):
        return value.replace(microsecond=0)
    if isinstance(value, timedelta) and timedelta(0) <= value < timedelta(days=1):
        return _from_seconds(round(value.total_seconds()))
    if isinstance(value, float | int) and not isinstance(value, bool) and 0 <= value < 1:
        return _from_seconds(round(value * 86400))  # Excel's fraction of a day
    text = text_of(value)
    if not text:
        raise CellError(EMPTY)
    m = _TIME.fullmatch(text)
    if m:
        hour = int(m["h"])
        minute = int(m["m"] or m["m2"] or (30 if m["half"] else 0))
        second = int(m["s"] or 0)
        marker = (m["ampm1"] or m["ampm2"] or "").lower().replace(".", "")
        afternoon = marker in ("pm", "下午", "晚上") or (marker == "中午" and hour < 6)
        if afternoon and hour < 12:
            hour += 12
        elif marker in ("am", "上午") and hour == 12:
            hour = 0
        if hour < 24 and minute < 60 and second < 60:
            return time(hour, minute, second)
    raise CellError(BAD_TIME, value=text)


def date_in(value: object) -> date | None:
    """The date a start/end cell carries itself ("2026-12-05 14:00" or a date-time cell)."""
    if isinstance(value, datetime):
        return value.date()
    parts = text_of(value).split()
    if len(parts) == 2:
        try:
            return to_date(parts[0])
        except CellError:
            return None
    return None


def to_time_of_day(value: object) -> time:
    """Like :func:`to_time`, also taking "2026-12-05 14:00" (the date is read by ``date_in``)."""
    parts = text_of(value).split() if isinstance(value, str) else []
    if len(parts) == 2 and date_in(value) is not None:
        return to_time(parts[1])
    return to_time(value)


def to_count(value: object) -> int:
    if isinstance(value, bool):
        raise CellError(BAD_COUNT, value=value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = text_of(value).replace(",", "").replace("，", "")
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    raise CellError(BAD_COUNT, value=text_of(value))


def _from_seconds(seconds: int) -> time:
    seconds = min(seconds, 86399)
    return time(seconds // 3600, seconds // 60 % 60, seconds % 60)


_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}  # fmt: skip
_NUMBER = re.compile(r"\d+|[零一二两三四五六七八九十]+")


def count_in_words(text: str) -> int | None:
    """How many people an answer says: ``3人``, ``三人``, ``共 3 位``, ``2大1小`` (3)."""
    numbers = [n for n in map(_number, _NUMBER.findall(text)) if n is not None]
    if not numbers:
        return None
    if ("大" in text and "小" in text) or "+" in text or "加" in text:
        return sum(numbers)
    return numbers[0]


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if "十" in word:
        tens, _, ones = word.partition("十")
        if len(tens) > 1 or len(ones) > 1:
            return None
        value = (_CN_DIGITS.get(tens, 0) if tens else 1) * 10
        return value + (_CN_DIGITS.get(ones, 0) if ones else 0)
    if len(word) == 1:
        return _CN_DIGITS.get(word)
    return None
