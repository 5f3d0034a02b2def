"""Which spreadsheet column holds which field of an import "target" (attendees, volunteers …).

A target names its fields, the required ones, the headers people write for each (Chinese and
English) and where the confirmed mapping is remembered. The same reader, guesser and wizard
serve every target; a mapping the user confirms is stored in the Setting table under a key
made from the file's header row, so the next export of the same form maps itself.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from scipop.models import Setting
from scipop.store.uow import audit_in


@dataclass(frozen=True)
class ImportTarget:
    """What an import fills: its fields, labels, required fields and header synonyms.

    ``labels`` are English texts marked with ``QT_TRANSLATE_NOOP("import", …)``;
    ``synonyms[field]`` are accepted headers after :func:`normalize_header`, best first.
    """

    name: str
    fields: tuple[str, ...]
    labels: dict[str, str]
    synonyms: dict[str, tuple[str, ...]]
    required: tuple[str, ...]
    setting_prefix: str
    what: str  # for the audit trail: "column mapping of an attendee form"


def normalize_header(text: object) -> str:
    """Lower case, no spaces, brackets or punctuation around: '手机号（必填）' → '手机号'."""
    text = str(text or "").strip().lower()
    text = re.sub(r"[（(【\[].*?[)）】\]]", "", text)  # (必填), [required]
    text = re.sub(r"^\d+[.、:：\s]*", "", text)  # question numbers: "1. 姓名", "2、手机"
    return re.sub(r"[\s_:：*＊?？]+", "", text)


@dataclass
class ColumnMapping:
    """``columns[field]`` is the index of the header holding that field, or None."""

    headers: list[str]
    columns: dict[str, int | None] = field(default_factory=dict)
    remembered: bool = False
    target: ImportTarget | None = None

    @property
    def fields(self) -> tuple[str, ...]:
        return self.target.fields if self.target is not None else tuple(self.columns)

    def index(self, name: str) -> int | None:
        return self.columns.get(name)

    def header(self, name: str) -> str:
        i = self.columns.get(name)
        return self.headers[i] if i is not None else ""

    def set(self, name: str, header: str | None) -> None:
        """Map ``name`` to the column titled ``header`` (None: not in this file)."""
        if name not in self.fields:
            raise ValueError(f"unknown field {name!r}")
        self.columns[name] = None if header in (None, "") else self.headers.index(header)

    def as_headers(self) -> dict[str, str]:
        return {f: self.header(f) for f in self.fields if self.columns.get(f) is not None}


def guess_mapping(headers: list[str], target: ImportTarget) -> ColumnMapping:
    normalized = [normalize_header(h) for h in headers]
    taken: set[int] = set()
    columns: dict[str, int | None] = {}
    for exact in (True, False):
        for name in target.fields:
            if columns.get(name) is not None:
                continue
            columns[name] = _find(normalized, target.synonyms[name], taken, exact)
            if columns[name] is not None:
                taken.add(columns[name])
    return ColumnMapping(list(headers), columns, target=target)


def _find(normalized: list[str], synonyms: tuple[str, ...], taken: set[int], exact: bool):
    for synonym in synonyms:
        for i, header in enumerate(normalized):
            if i in taken or not header:
                continue
            if header == synonym or (not exact and len(synonym) > 1 and synonym in header):
                return i
    return None


def form_key(prefix: str, headers: list[str]) -> str:
    """A Setting key for what is remembered about one form: ``prefix`` + its headers' digest."""
    digest = hashlib.sha1(
        json.dumps([normalize_header(h) for h in headers], ensure_ascii=False).encode("utf-8")
    ).hexdigest()
    return prefix + digest


def remembered_mapping(
    s: Session, headers: list[str], target: ImportTarget
) -> ColumnMapping | None:
    setting = s.get(Setting, form_key(target.setting_prefix, headers))
    if setting is None:
        return None
    stored = json.loads(setting.value or "{}")
    mapping = ColumnMapping(
        list(headers), dict.fromkeys(target.fields), remembered=True, target=target
    )
    for name, header in stored.items():
        if name in target.fields and header in headers:
            mapping.columns[name] = headers.index(header)
    return mapping


def remember_mapping(s: Session, mapping: ColumnMapping, target: ImportTarget) -> None:
    key = form_key(target.setting_prefix, mapping.headers)
    value = json.dumps(
        {f: mapping.header(f) for f in target.fields if mapping.index(f) is not None},
        ensure_ascii=False,
    )
    save_setting(s, key, value, target.what)


def save_setting(s: Session, key: str, value: str, what: str) -> None:
    """Set a business setting, audited (before and after) when it changes."""
    setting = s.get(Setting, key)
    before = setting.value if setting is not None else None
    if before == value:
        return
    if setting is None:
        s.add(Setting(key=key, value=value))
    else:
        setting.value = value
    audit_in(
        s,
        "create" if before is None else "update",
        "setting",
        None,
        f"{what}: {key}",
        before={"key": key, "value": before} if before is not None else None,
        after={"key": key, "value": value},
    )
