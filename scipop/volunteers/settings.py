"""The volunteer rules' limits, kept in the database (table ``setting``, JSON values)."""

from __future__ import annotations

import json
import threading
import time
import weakref
from dataclasses import dataclass

from scipop.errors import ValidationError
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import Setting
from scipop.store.uow import Store

MAX_HOURS_PER_DAY = "volunteers.max_hours_per_day"
MAX_CONSECUTIVE_HOURS = "volunteers.max_consecutive_hours"
CHECKIN_WINDOW_MINUTES = "volunteers.checkin_window_minutes"
DEFAULTS = {MAX_HOURS_PER_DAY: 8, MAX_CONSECUTIVE_HOURS: 6, CHECKIN_WINDOW_MINUTES: 60}
REST_MINUTES = 30  # shorter breaks between shifts do not end a run of consecutive hours

BAD_HOURS = QT_TRANSLATE_NOOP("errors", "Enter a number of hours from 1 to 24.")
BAD_WINDOW = QT_TRANSLATE_NOOP("errors", "Enter a number of minutes from 0 to 720.")


@dataclass(frozen=True)
class Limits:
    max_hours_per_day: float = 8
    max_consecutive_hours: float = 6
    checkin_window_minutes: int = 60

    @property
    def day_minutes(self) -> int:
        return round(self.max_hours_per_day * 60)

    @property
    def consecutive_minutes(self) -> int:
        return round(self.max_consecutive_hours * 60)


def read_limits(session) -> Limits:
    """The limits as set (defaults for what is not), read in ``session``."""
    values = dict(DEFAULTS)
    for row in session.query(Setting).filter(Setting.key.in_(list(DEFAULTS))):
        try:
            value = json.loads(row.value)
        except ValueError:
            continue
        if isinstance(value, int | float) and not isinstance(value, bool):
            values[row.key] = value
    return Limits(
        float(values[MAX_HOURS_PER_DAY]),
        float(values[MAX_CONSECUTIVE_HOURS]),
        int(values[CHECKIN_WINDOW_MINUTES]),
    )


class LimitsCache:
    """The limits of one store, read at most once per ``ttl_s`` (a check must not re-read
    them); a change made in this process through :class:`VolunteerSettings` shows at once,
    one made on another PC within ``ttl_s``."""

    def __init__(self, store: Store, ttl_s: float = 5.0):
        self.store = store
        self.ttl_s = ttl_s
        self._limits: Limits | None = None
        self._read_at = float("-inf")

    def get(self, session=None) -> Limits:
        if self._limits is None or time.monotonic() - self._read_at > self.ttl_s:
            if session is not None:
                self._limits = read_limits(session)
            else:
                with self.store.uow() as uow:
                    self._limits = read_limits(uow.session)
            self._read_at = time.monotonic()
        return self._limits

    def forget(self) -> None:
        self._limits, self._read_at = None, float("-inf")


_CACHES: weakref.WeakKeyDictionary[Store, LimitsCache] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def limits_cache(store: Store) -> LimitsCache:
    """The one :class:`LimitsCache` of ``store`` in this process."""
    with _LOCK:
        cache = _CACHES.get(store)
        if cache is None:
            cache = _CACHES[store] = LimitsCache(store)
        return cache


class VolunteerSettings:
    """Reads and writes the limits; every change is audited."""

    def __init__(self, store: Store):
        self.store = store

    def limits(self) -> Limits:
        with self.store.uow() as uow:
            return read_limits(uow.session)

    def set_limits(
        self,
        *,
        max_hours_per_day: float | None = None,
        max_consecutive_hours: float | None = None,
        checkin_window_minutes: int | None = None,
    ) -> Limits:
        changes: dict[str, float | int] = {}
        for key, value, field in (
            (MAX_HOURS_PER_DAY, max_hours_per_day, "max_hours_per_day"),
            (MAX_CONSECUTIVE_HOURS, max_consecutive_hours, "max_consecutive_hours"),
        ):
            if value is not None:
                if not 1 <= value <= 24:
                    raise ValidationError(field, BAD_HOURS)
                changes[key] = value
        if checkin_window_minutes is not None:
            if not 0 <= checkin_window_minutes <= 720:
                raise ValidationError("checkin_window_minutes", BAD_WINDOW)
            changes[CHECKIN_WINDOW_MINUTES] = int(checkin_window_minutes)
        with self.store.uow(write=True) as uow:
            s = uow.session
            for key, value in changes.items():
                row = s.get(Setting, key)
                before = json.loads(row.value) if row is not None else DEFAULTS[key]
                if row is None:
                    row = Setting(key=key)
                    s.add(row)
                row.value = json.dumps(value)
                uow.audit(
                    "update", "setting", None, f"{key} = {value}", {key: before}, {key: value}
                )
            uow.commit()
        limits_cache(self.store).forget()
        return self.limits()
