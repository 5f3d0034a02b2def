"""Which session, headcount or category each answer of an online form stands for.

A form's session column holds the option people chose (``11月29日 10:00《数字球幕：地球的脉动》``),
its headcount column answers like ``3人`` or ``三人``, its category column free text. Each
distinct answer is mapped once (suggested by :mod:`scipop.importing.suggestions`, confirmed by
the user) and the mapping is remembered per form, like the column mapping, in the Setting
table under a key made from the file's header row.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from scipop.importing.attendee_mapping import form_key, save_setting
from scipop.models import AttendeeCategory, Setting

SESSION = "session"
HEADCOUNT = "headcount"
CATEGORY = "category"
MAPPED_FIELDS = (SESSION, HEADCOUNT, CATEGORY)
SETTING_PREFIX = "import.attendees.values:"


@dataclass
class ValueMapping:
    """``values[field][answer]``: a session id, a headcount, or a category's value."""

    values: dict[str, dict[str, int | str]] = field(
        default_factory=lambda: {f: {} for f in MAPPED_FIELDS}
    )

    def get(self, name: str, answer: str) -> int | str | None:
        return self.values.get(name, {}).get(answer.strip())

    def set(self, name: str, answer: str, value: int | str | None) -> None:
        """Map ``answer`` of column ``name`` to ``value`` (None: forget the answer)."""
        if name not in MAPPED_FIELDS:
            raise ValueError(f"no value mapping for field {name!r}")
        answers = self.values.setdefault(name, {})
        if value is None:
            answers.pop(answer.strip(), None)
        elif name == CATEGORY:
            answers[answer.strip()] = AttendeeCategory(value).value
        else:
            answers[answer.strip()] = int(value)

    def session(self, answer: str) -> int | None:
        found = self.get(SESSION, answer)
        return int(found) if found is not None else None

    def headcount(self, answer: str) -> int | None:
        found = self.get(HEADCOUNT, answer)
        return int(found) if found is not None else None

    def category(self, answer: str) -> AttendeeCategory | None:
        found = self.get(CATEGORY, answer)
        return AttendeeCategory(found) if found is not None else None

    def update(self, other: ValueMapping) -> ValueMapping:
        """This mapping with every answer of ``other`` added (``other`` wins)."""
        for name in MAPPED_FIELDS:
            self.values.setdefault(name, {}).update(other.values.get(name, {}))
        return self

    def __bool__(self) -> bool:
        return any(self.values.get(f) for f in MAPPED_FIELDS)

    def to_json(self) -> str:
        return json.dumps(
            {f: self.values.get(f, {}) for f in MAPPED_FIELDS}, ensure_ascii=False, indent=1
        )

    @classmethod
    def from_json(cls, text: str) -> ValueMapping:
        """Read ``{"session": {answer: id}, "headcount": {…}, "category": {…}}``.

        A flat ``{answer: session id}`` object is a session mapping (what people write by hand).
        """
        data = json.loads(text or "{}")
        if not isinstance(data, dict):
            raise ValueError("a value mapping is a JSON object")
        mapping = cls()
        if not any(k in MAPPED_FIELDS for k in data):
            data = {SESSION: data}
        for name, answers in data.items():
            if name not in MAPPED_FIELDS or not isinstance(answers, dict):
                raise ValueError(
                    f"unknown value mapping {name!r} (use session, headcount, category)"
                )
            for answer, value in answers.items():
                mapping.set(name, str(answer), value)
        return mapping


def remembered_values(s: Session, headers: list[str]) -> ValueMapping:
    """The answers mapped for this form before (an empty mapping for a new form)."""
    setting = s.get(Setting, form_key(SETTING_PREFIX, headers))
    if setting is None:
        return ValueMapping()
    try:
        return ValueMapping.from_json(setting.value)
    except (ValueError, TypeError):
        return ValueMapping()


def remember_values(s: Session, headers: list[str], values: ValueMapping) -> None:
    """Keep ``values`` (with what was remembered before) for the next export of this form."""
    if not values:
        return
    key = form_key(SETTING_PREFIX, headers)
    merged = remembered_values(s, headers).update(values)
    save_setting(s, key, merged.to_json(), "answers of an attendee form")
