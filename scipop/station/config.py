"""The door's business configuration, shared by every station on the database.

The check-in window (how long before a session its door opens, how long after its end it
closes) and two PINs: the staff PIN that leaves the kiosk, the supervisor PIN that admits
past the hall's capacity. PINs are stored as salted scrypt hashes, never as text.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import secrets
import time
from datetime import timedelta
from enum import StrEnum

from scipop.errors import DomainError, ValidationError
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import Setting
from scipop.registration.admission import CheckInWindow
from scipop.store.uow import Store

WINDOW_KEY = "station.checkin_window"
BAD_PIN = QT_TRANSLATE_NOOP("errors", "A PIN is 4 to 12 digits.")
BAD_WINDOW = QT_TRANSLATE_NOOP(
    "errors", "The check-in window is 0 to 1440 minutes before the start and after the end."
)
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
TOO_MANY_TRIES = QT_TRANSLATE_NOOP(
    "errors", "Too many wrong PINs. Try again in {seconds} seconds, or ask the supervisor."
)
MAX_TRIES = 5  # wrong PINs in a row (within TRIES_WINDOW_S) before the station waits
TRIES_WINDOW_S = 300.0
LOCKOUT_S = 60.0


class PinKind(StrEnum):
    STAFF = "staff"  # leaves the kiosk
    SUPERVISOR = "supervisor"  # admits past the hall's capacity


def hash_pin(pin: str, salt: bytes | None = None) -> dict[str, str | int]:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, dklen=32, **_SCRYPT)
    return {"scheme": "scrypt", "salt": salt.hex(), "hash": digest.hex(), **_SCRYPT}


def pin_matches(pin: str, stored: dict) -> bool:
    if stored.get("scheme") != "scrypt":
        return False
    salt = bytes.fromhex(stored["salt"])
    got = hashlib.scrypt(
        pin.encode(), salt=salt, dklen=32, n=stored["n"], r=stored["r"], p=stored["p"]
    )
    return hmac.compare_digest(got.hex(), stored["hash"])


class StationConfig:
    """Reads and writes the door's settings; the window is cached for ``ttl_s`` seconds."""

    def __init__(self, store: Store, ttl_s: float = 5.0):
        self.store = store
        self.ttl_s = ttl_s
        self._window: CheckInWindow | None = None
        self._read_at = float("-inf")
        self._wrong: dict[PinKind, list[float]] = {}  # when each wrong PIN was typed here

    def window(self) -> CheckInWindow:
        if self._window is None or time.monotonic() - self._read_at > self.ttl_s:
            with self.store.uow() as uow:
                setting = uow.session.get(Setting, WINDOW_KEY)
                data = json.loads(setting.value) if setting is not None else None
            data = data or {}
            self._window = CheckInWindow(
                timedelta(minutes=data.get("before_minutes", 30)),
                timedelta(minutes=data.get("after_minutes", 0)),
            )
            self._read_at = time.monotonic()
        return self._window

    def set_window(self, before_minutes: int, after_minutes: int) -> CheckInWindow:
        """Doors open ``before_minutes`` before a start and close ``after_minutes`` after an end."""
        if not (0 <= before_minutes <= 1440 and 0 <= after_minutes <= 1440):
            raise ValidationError("window", BAD_WINDOW)
        value = {"before_minutes": before_minutes, "after_minutes": after_minutes}
        self._put(
            WINDOW_KEY, value, f"check-in window {before_minutes} min before, {after_minutes} after"
        )
        self._window = None
        return self.window()

    def set_pin(self, kind: PinKind, pin: str) -> None:
        pin = (pin or "").strip()
        if not (pin.isdigit() and pin.isascii() and 4 <= len(pin) <= 12):
            raise ValidationError("pin", BAD_PIN)
        self._put(f"station.pin.{kind.value}", hash_pin(pin), f"{kind.value} PIN changed")

    def has_pin(self, kind: PinKind) -> bool:
        with self.store.uow() as uow:
            return uow.session.get(Setting, f"station.pin.{kind.value}") is not None

    def check_pin(self, kind: PinKind, pin: str, *, where: str = "") -> bool:
        """True when ``pin`` is the ``kind`` PIN (False when none is set).

        A wrong PIN is put in the audit trail (with ``where``: the station). After
        ``MAX_TRIES`` wrong ones in a row this station takes no PIN of that kind for
        ``LOCKOUT_S`` seconds (:class:`DomainError`): a PIN of 4 digits cannot be guessed
        at the door.
        """
        now = time.monotonic()
        wrong = [t for t in self._wrong.get(kind, []) if now - t < TRIES_WINDOW_S]
        if len(wrong) >= MAX_TRIES and now - wrong[-1] < LOCKOUT_S:
            left = max(1, math.ceil(LOCKOUT_S - (now - wrong[-1])))
            raise DomainError(TOO_MANY_TRIES, seconds=left)
        with self.store.uow() as uow:
            setting = uow.session.get(Setting, f"station.pin.{kind.value}")
            stored = json.loads(setting.value) if setting is not None else None
        ok = bool(stored) and pin_matches((pin or "").strip(), stored)
        if ok:
            self._wrong.pop(kind, None)
            return True
        self._wrong[kind] = [*wrong, time.monotonic()][-MAX_TRIES:]
        with self.store.uow(write=True) as uow:
            summary = f"wrong {kind.value} PIN" + (f" at {where}" if where else "")
            uow.audit("pin_refused", "station", None, summary)
            uow.commit()
        return False

    def _put(self, key: str, value: dict, summary: str) -> None:
        with self.store.uow(write=True) as uow:
            setting = uow.session.get(Setting, key)
            if setting is None:
                setting = Setting(key=key)
                uow.session.add(setting)
            setting.value = json.dumps(value)
            uow.audit("update", "setting", None, summary)  # never the PIN itself
            uow.commit()
