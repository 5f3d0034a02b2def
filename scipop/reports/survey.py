"""The national science-popularization survey (全国科普统计): its categories and the mapping
from event kinds to them, business configuration kept in the database (``setting`` table).
"""

from __future__ import annotations

import enum
import json

from sqlalchemy.orm import Session

from scipop.errors import ValidationError
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import EventKind, Setting
from scipop.services.base import writing
from scipop.store.uow import Store

SETTING_KEY = "reports.survey_categories"


class SurveyCategory(enum.StrEnum):
    LECTURE = "lecture"
    EXHIBITION = "exhibition"
    COMPETITION = "competition"
    TRAINING = "training"
    OPEN_DAY = "open_day"
    EXCHANGE = "exchange"
    NONE = "none"


COUNTED = [c for c in SurveyCategory if c is not SurveyCategory.NONE]

DEFAULT_MAPPING: dict[EventKind, SurveyCategory] = {
    EventKind.FORUM: SurveyCategory.LECTURE,
    EventKind.EXHIBITION: SurveyCategory.EXHIBITION,
    EventKind.SHOW: SurveyCategory.EXHIBITION,
    EventKind.COMPETITION: SurveyCategory.COMPETITION,
    EventKind.TRAINING: SurveyCategory.TRAINING,
    EventKind.EXCHANGE: SurveyCategory.EXCHANGE,
}

UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP("errors", "“{value}” is not a survey category.")


def load_mapping(s: Session) -> dict[EventKind, SurveyCategory]:
    """The stored mapping; kinds it does not name keep their default."""
    mapping = dict(DEFAULT_MAPPING)
    setting = s.get(Setting, SETTING_KEY)
    if setting is None:
        return mapping
    try:
        stored = json.loads(setting.value or "{}")
    except ValueError:
        return mapping
    for kind, category in (stored if isinstance(stored, dict) else {}).items():
        if kind in EventKind._value2member_map_ and category in SurveyCategory._value2member_map_:
            mapping[EventKind(kind)] = SurveyCategory(category)
    return mapping


class SurveyMappingService:
    """Read and change which survey category each event kind counts under."""

    def __init__(self, store: Store):
        self.store = store

    def get(self) -> dict[EventKind, SurveyCategory]:
        with self.store.uow() as uow:
            return load_mapping(uow.session)

    def set(
        self, mapping: dict[EventKind, SurveyCategory | str]
    ) -> dict[EventKind, SurveyCategory]:
        clean: dict[str, str] = {}
        for kind, category in mapping.items():
            if str(category) not in SurveyCategory._value2member_map_:
                raise ValidationError(str(kind), UNKNOWN_CATEGORY, value=str(category))
            clean[EventKind(kind).value] = str(category)
        with writing(self.store) as uow:
            s = uow.session
            before = s.get(Setting, SETTING_KEY)
            old = before.value if before is not None else None
            value = json.dumps(clean, ensure_ascii=False, sort_keys=True)
            if before is None:
                s.add(Setting(key=SETTING_KEY, value=value))
            else:
                before.value = value
            uow.audit(
                "update",
                "setting",
                None,
                "survey categories of event kinds",
                before={"value": old},
                after={"value": value},
            )
            result = load_mapping(s)
            uow.commit()
            return result

    def reset(self) -> dict[EventKind, SurveyCategory]:
        return self.set(dict(DEFAULT_MAPPING))
