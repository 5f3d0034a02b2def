"""The attendee import's target: its fields and the headers online forms use for them.

Online forms (问卷星, 金数据, 腾讯问卷 …) export headers such as 姓名, 手机号, 单位/学校; the
guessing and remembering is :mod:`scipop.importing.columns`, shared with other imports.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.importing import columns
from scipop.importing.columns import (
    ColumnMapping,
    ImportTarget,
    form_key,
    normalize_header,
    save_setting,
)

__all__ = [
    "ATTENDEES",
    "FIELDS",
    "FIELD_LABELS",
    "SYNONYMS",
    "ColumnMapping",
    "form_key",
    "guess_mapping",
    "normalize_header",
    "remember_mapping",
    "remembered_mapping",
    "save_setting",
]

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
ATTENDEES = ImportTarget(
    name="attendees",
    fields=FIELDS,
    labels=FIELD_LABELS,
    synonyms=SYNONYMS,
    required=("name",),
    setting_prefix=SETTING_PREFIX,
    what="column mapping of an attendee form",
)


def guess_mapping(headers: list[str], target: ImportTarget = ATTENDEES) -> ColumnMapping:
    return columns.guess_mapping(headers, target)


def remembered_mapping(
    s: Session, headers: list[str], target: ImportTarget = ATTENDEES
) -> ColumnMapping | None:
    return columns.remembered_mapping(s, headers, target)


def remember_mapping(s: Session, mapping: ColumnMapping, target: ImportTarget = ATTENDEES) -> None:
    columns.remember_mapping(s, mapping, target)
