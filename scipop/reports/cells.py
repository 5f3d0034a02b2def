"""Cell text that is safe to hand to Excel, and how wide a column must be to show it."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta

from scipop.timeutil import local_zone, to_local

# text starting with one of these is taken for a formula by Excel, WPS or LibreOffice (CSV)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet could read ``text`` as a formula (or an error code)."""
    return text.startswith(FORMULA_STARTS) or text in ERROR_CODES


def clean_text(text: str) -> str:
    """``text`` without the control characters an .xlsx cannot hold (tab, LF and CR stay)."""
    return ILLEGAL.sub("", text)


def csv_text(text: str) -> str:
    """A CSV field's text: a formula-like one gets a leading apostrophe (shown as text)."""
    return "'" + text if looks_like_formula(text) else text


def excel_time(value: datetime | None) -> datetime | None:
    """A stored UTC time as the local wall-clock time Excel shows (Excel has no zones)."""
    if value is None:
        return None
    return to_local(value).replace(tzinfo=None)


class LocalTimes:
    """``excel_time`` for many values: naive UTC (SQLite's raw rows) or aware, the zone's
    offset looked up once per hour of the day instead of once per value."""

    def __init__(self) -> None:
        self.zone = local_zone()
        self._offsets: dict[tuple[int, int, int, int], timedelta] = {}

    def __call__(self, value: datetime | None) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        key = (value.year, value.month, value.day, value.hour)
        offset = self._offsets.get(key)
        if offset is None:
            local = value.replace(tzinfo=UTC).astimezone(self.zone)
            offset = self._offsets[key] = local.utcoffset() or timedelta(0)
        return value + offset


def display_width(text: str) -> int:
    """Columns ``text`` takes: East-Asian wide and full-width characters count 2."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def column_width(texts: list[str], minimum: int = 6, maximum: int = 60) -> float:
    """An Excel column width that fits the widest of ``texts`` (with a little air)."""
    widest = max((display_width(t) for t in texts), default=0)
    return float(min(maximum, max(minimum, widest + 2)))
