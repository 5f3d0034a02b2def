"""User preferences in QSettings: every key declared once with its default."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "SciPopDesk"
APPLICATION = "SciPopDesk"


@dataclass(frozen=True)
class Key:
    name: str
    default: Any
    type: type


GEOMETRY = Key("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE = Key("window/state", QByteArray(), QByteArray)
LAST_PAGE = Key("window/last_page", "events", str)
LANGUAGE = Key("ui/language", "", str)  # "" follows the system; else "zh_CN" or "en"
OFFER_DEMO = Key("first_run/offer_demo", True, bool)
VENUES_SPLITTER = Key("venues/splitter", QByteArray(), QByteArray)
ATTENDEES_SPLITTER = Key("attendees/splitter", QByteArray(), QByteArray)
ATTENDEES_MASK_PHONES = Key("attendees/mask_phones", False, bool)  # phones shown as 138****5678
BACKUP_KEEP_DAYS = Key("backups/keep_days", 14, int)  # automatic daily backups kept this long
AUTOMATIC_BACKUPS = Key("backups/automatic", True, bool)  # one backup a day the program is used
STATION_DOOR = Key("station/door", "", str)  # this PC's door name, e.g. 东门
STATION_OPERATOR = Key("station/operator", "", str)  # who is at the door; "" = the PC's login
STATION_ROOM = Key("station/room", 0, int)  # the hall of "whatever is open now"
STATION_VERDICT_SECONDS = Key("station/verdict_seconds", 4, int)  # back to ready after
STATION_SOUND = Key("station/sound", True, bool)

# Every key, once: tests/ui/test_settings_keys.py checks that nothing in ui/ names another.
KEYS = (
    GEOMETRY,
    WINDOW_STATE,
    LAST_PAGE,
    LANGUAGE,
    OFFER_DEMO,
    VENUES_SPLITTER,
    ATTENDEES_SPLITTER,
    ATTENDEES_MASK_PHONES,
    BACKUP_KEEP_DAYS,
    AUTOMATIC_BACKUPS,
    STATION_DOOR,
    STATION_OPERATOR,
    STATION_ROOM,
    STATION_VERDICT_SECONDS,
    STATION_SOUND,
)


class Settings:
    """Typed access to the preferences; tests pass a QSettings on a temporary INI file."""

    def __init__(self, qsettings: QSettings | None = None):
        self.qsettings = qsettings if qsettings is not None else QSettings()

    def get(self, key: Key) -> Any:
        value = self.qsettings.value(key.name, key.default)
        if value is None:
            return key.default
        if key.type is bool and isinstance(value, str):  # INI files keep booleans as text
            return value.lower() in ("true", "1", "yes")
        if key.type is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray(value)
        try:
            return key.type(value)
        except (TypeError, ValueError):
            return key.default

    def set(self, key: Key, value: Any) -> None:
        self.qsettings.setValue(key.name, value)

    def sync(self) -> None:
        self.qsettings.sync()

    @property
    def language(self) -> str:
        return self.get(LANGUAGE)

    @language.setter
    def language(self, value: str) -> None:
        self.set(LANGUAGE, value)
