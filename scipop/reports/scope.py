"""What a report covers: a date range (local days), a program, an event or a session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from scipop.timeutil import local_zone, to_utc


@dataclass(frozen=True)
class ReportScope:
    """Dates are local calendar days, both ends included; None means open-ended."""

    date_from: date | None = None
    date_to: date | None = None
    program_id: int | None = None
    event_id: int | None = None
    session_id: int | None = None

    def start_utc(self) -> datetime | None:
        if self.date_from is None:
            return None
        return to_utc(datetime.combine(self.date_from, time(0), tzinfo=local_zone()))

    def end_utc(self) -> datetime | None:
        """The first moment after the last day (exclusive)."""
        if self.date_to is None:
            return None
        day = self.date_to + timedelta(days=1)
        return to_utc(datetime.combine(day, time(0), tzinfo=local_zone()))


@dataclass(frozen=True)
class ExportOptions:
    lang: str = "zh_CN"
    personal_data: bool = True
