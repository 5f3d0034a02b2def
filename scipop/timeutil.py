"""Time helpers: store UTC, show in the user's zone (Asia/Shanghai by default)."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

DEFAULT_ZONE = "Asia/Shanghai"


def local_zone() -> ZoneInfo:
    """The zone times are shown in: ``SCIPOP_TZ`` or Asia/Shanghai (ZoneInfo keeps them)."""
    return ZoneInfo(os.environ.get("SCIPOP_TZ", DEFAULT_ZONE))


def utcnow() -> datetime:
    return datetime.now(UTC)


def to_utc(value: datetime) -> datetime:
    """A naive datetime is taken as local (the user's zone) time."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=local_zone())
    return value.astimezone(UTC)


def to_local(value: datetime) -> datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(local_zone())


def fmt_local(value: datetime | None, pattern: str = "%Y-%m-%d %H:%M") -> str:
    return "" if value is None else to_local(value).strftime(pattern)


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """Half-open intervals: touching (a_end == b_start) is not an overlap."""
    return a_start < b_end and b_start < a_end


def minutes(n: int) -> timedelta:
    return timedelta(minutes=n)
