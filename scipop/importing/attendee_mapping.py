"""Which spreadsheet column holds which attendee field: guessed from headers, then remembered.

Online forms (问卷星, 金数据, 腾讯问卷 …) export headers such as 姓名, 手机号, 单位/学校; a
mapping the user confirms is stored in the Setting table under a key made from the file's
header row, so the next export of the same form maps itself.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import Setting
from scipop.store.uow import audit_in

FIELDS = ("name", "phone", "email", "organization", "category", "session", "headcount", "notes")
# English labels for the mapping dialog (the GUI translates them in context "import").
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("import", "Name"),
    "phone": QT_TRANSLATE_NOOP("import", "Phone"),
    "email": QT_TRANSLATE_NOOP("import", "Email"),
    "organization": QT_TRANSLATE_NOOP("import", "Organization or school"),
    "category": QT_TRANSLATE_NOOP("import", "Category"),
    "session": QT_TRANSLATE_NOOP("import", "Session"),
    "headcount": QT_TRANSLATE_NOOP("import", "Number of people"),
    "notes": QT_TRANSLATE_NOOP("import", "Notes"),
}
# Accepted headers per field, compared after normalising (see ``normalize_header``); the
# first list entry that matches wins, exact matches before "contains" matches.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "联系人", "联系人姓名", "报名人", "带队老师", "领队", "name",
             "fullname", "attendee", "contact"),
    "phone": ("手机", "手机号", "手机号码", "电话", "联系电话", "联系方式", "移动电话", "phone",
              "mobile", "tel", "telephone", "cellphone"),
    "email": ("邮箱", "电子邮箱", "电子邮件", "邮件", "email", "e-mail", "mail"),
    "organization": ("单位/学校", "单位", "学校", "工作单位", "所在学校", "所在单位", "学校名称",
                     "单位名称", "organization", "organisation", "school", "company", "employer"),
    "category": ("类别", "身份", "人员类别", "观众类型", "类型", "category", "type", "role"),
    "session": ("场次", "活动场次", "报名场次", "场次编号", "参加场次", "session", "sessionid",
                "slot", "showtime"),
    "headcount": ("人数", "团体人数", "参加人数", "报名人数", "人数合计", "headcount", "people",
                  "groupsize", "persons", "count"),
    "notes": ("备注", "说明", "留言", "notes", "note", "remark", "remarks", "comment"),
}  # fmt: skip
SETTING_PREFIX = "import.attendees.mapping:"


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

    def index(self, name: str) -> int | None:
        return self.columns.get(name)

    def header(self, name: str) -> str:
        i = self.columns.get(name)
        return self.headers[i] if i is not None else ""

    def set(self, name: str, header: str | None) -> None:
        """Map ``name`` to the column titled ``header`` (None: not in this file)."""
        if name not in FIELDS:
            raise ValueError(f"unknown attendee field {name!r}")
        self.columns[name] = None if header in (None, "") else self.headers.index(header)

    def as_headers(self) -> dict[str, str]:
        return {f: self.header(f) for f in FIELDS if self.columns.get(f) is not None}


def guess_mapping(headers: list[str]) -> ColumnMapping:
    normalized = [normalize_header(h) for h in headers]
    taken: set[int] = set()
    columns: dict[str, int | None] = {}
    for exact in (True, False):
        for name in FIELDS:
            if columns.get(name) is not None:
                continue
            columns[name] = _find(normalized, SYNONYMS[name], taken, exact)
            if columns[name] is not None:
                taken.add(columns[name])
    return ColumnMapping(list(headers), columns)


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


def _key(headers: list[str]) -> str:
    return form_key(SETTING_PREFIX, headers)


def remembered_mapping(s: Session, headers: list[str]) -> ColumnMapping | None:
    setting = s.get(Setting, _key(headers))
    if setting is None:
        return None
    stored = json.loads(setting.value or "{}")
    mapping = ColumnMapping(list(headers), dict.fromkeys(FIELDS), remembered=True)
    for name, header in stored.items():
        if name in FIELDS and header in headers:
            mapping.columns[name] = headers.index(header)
    return mapping


def remember_mapping(s: Session, mapping: ColumnMapping) -> None:
    key = _key(mapping.headers)
    value = json.dumps(mapping.as_headers(), ensure_ascii=False)
    save_setting(s, key, value, "column mapping of an attendee form")


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
