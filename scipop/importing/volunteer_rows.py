"""The volunteer import's target (fields, headers) and the check of every row.

Rules, each reported on its row with the column: the name is required; a phone is optional
but, when given, must be a phone (stored E.164, :mod:`scipop.phones`); an email must look like
one; texts must fit their columns. Duplicates are found by phone: the same number twice in
the file, or a number already on the roster (whatever name it has there: one phone, one
person). The organization is matched to the organizations list by its name, short name or
English name, ignoring case and spaces; one the list does not have yet is *created* by the
import (the preview lists each one), unless the caller says not to, in which case that row is
a bad row. Staff import a school's or a society's list: they expect the school to appear,
not the rows to fail or to lose where the volunteer comes from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.importing.attendee_rows import BAD_EMAIL, MISSING_NAME, TOO_LONG
from scipop.importing.cells import text_of
from scipop.importing.columns import ColumnMapping, ImportTarget
from scipop.importing.report import RowError
from scipop.importing.spreadsheet import Table, is_blank
from scipop.models import Organization, Volunteer
from scipop.phones import PhoneError, normalize_phone
from scipop.progress import Progress
from scipop.redact import mask_phone
from scipop.volunteers.skills import normalize as normalize_list

FIELDS = ("name", "phone", "email", "organization", "skills", "languages", "notes")
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("import", "Name"),
    "phone": QT_TRANSLATE_NOOP("import", "Phone"),
    "email": QT_TRANSLATE_NOOP("import", "Email"),
    "organization": QT_TRANSLATE_NOOP("import", "Organization"),
    "skills": QT_TRANSLATE_NOOP("import", "Skills"),
    "languages": QT_TRANSLATE_NOOP("import", "Languages"),
    "notes": QT_TRANSLATE_NOOP("import", "Notes"),
}
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "志愿者姓名", "志愿者", "name", "fullname", "volunteer"),
    "phone": ("手机", "手机号", "手机号码", "电话", "联系电话", "联系方式", "移动电话", "phone",
              "mobile", "tel", "telephone", "cellphone"),
    "email": ("邮箱", "电子邮箱", "电子邮件", "邮件", "email", "e-mail", "mail"),
    "organization": ("单位", "组织", "所在单位", "工作单位", "学校", "所在学校", "单位/学校",
                     "来源单位", "机构", "organization", "organisation", "school", "company",
                     "employer"),
    "skills": ("技能", "特长", "专长", "技能特长", "岗位技能", "skills", "skill", "expertise"),
    "languages": ("语言", "外语", "语种", "外语能力", "语言能力", "languages", "language"),
    "notes": ("备注", "说明", "留言", "notes", "note", "remark", "remarks", "comment"),
}  # fmt: skip
VOLUNTEERS = ImportTarget(
    name="volunteers",
    fields=FIELDS,
    labels=FIELD_LABELS,
    synonyms=SYNONYMS,
    required=("name",),
    setting_prefix="import.volunteers.mapping:",
    what="column mapping of a volunteer list",
)

DUPLICATE_PHONE_IN_FILE = QT_TRANSLATE_NOOP(
    "errors", "{name} ({phone}): the same phone is already on row {other}."
)
ON_ROSTER = QT_TRANSLATE_NOOP(
    "errors", "{phone} is already on the roster as {other} (volunteer #{id})."
)
UNKNOWN_ORGANIZATION = QT_TRANSLATE_NOOP(
    "errors",
    "There is no organization '{value}'; add it under Organizations, or let the import create it.",
)
MAX_LENGTH = {
    "name": Volunteer.__table__.c["name"].type.length,
    "email": Volunteer.__table__.c["email"].type.length,
    "skills": Volunteer.__table__.c["skills"].type.length,
    "languages": Volunteer.__table__.c["languages"].type.length,
    "organization": Organization.__table__.c["name"].type.length,
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class VolunteerRow:
    """A good row, ready to become a volunteer (``organization_id`` None with a name: new)."""

    row: int
    name: str
    phone: str
    email: str
    organization: str  # as matched (the list's own name) or as written, for a new one
    organization_id: int | None
    skills: str
    languages: str
    notes: str


def org_key(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


class OrganizationIndex:
    """Organizations by name, short name and English name (case and spaces ignored)."""

    def __init__(self, s: Session):
        self.by_key: dict[str, tuple[int, str]] = {}
        rows = s.execute(
            select(
                Organization.id, Organization.name, Organization.short_name, Organization.name_en
            )
        ).all()
        for column in (3, 2, 1):  # a full name wins over another's short or English name
            for row in rows:
                key = org_key(row[column] or "")
                if key:
                    self.by_key[key] = (row[0], row[1])

    def find(self, text: str) -> tuple[int, str] | None:
        return self.by_key.get(org_key(text))


def check_rows(
    s: Session,
    table: Table,
    mapping: ColumnMapping,
    *,
    create_organizations: bool,
    progress: Progress,
) -> tuple[list[VolunteerRow], list[RowError]]:
    """Every non-blank row checked, in file order: good rows and one RowError per problem."""
    width = len(table.headers)
    at = {f: (i if i is not None and i < width else None) for f, i in mapping.columns.items()}
    header = mapping.header
    orgs = OrganizationIndex(s)

    def text(row: list, name: str) -> str:
        i = at.get(name)
        return "" if i is None else " ".join(text_of(row[i]).split())

    parsed: list[VolunteerRow] = []
    errors: list[RowError] = []
    total = len(table.rows)
    for n, row in enumerate(table.rows):
        if n % 2000 == 0:
            progress.report(n, total, "checking")
            progress.check()
        if is_blank(row):
            continue
        number = table.first_row + n
        bad = len(errors)
        name = text(row, "name")
        if not name:
            errors.append(RowError(number, header("name"), MISSING_NAME))
        raw_phone = text(row, "phone")
        try:
            phone = normalize_phone(raw_phone)
        except PhoneError as exc:
            phone = raw_phone
            errors.append(RowError(number, header("phone"), exc.template, exc.params))
        email = text(row, "email")
        if email and not _EMAIL.match(email):
            errors.append(RowError(number, header("email"), BAD_EMAIL, {"value": email}))
        organization, organization_id = text(row, "organization"), None
        if organization:
            found = orgs.find(organization)
            if found is not None:
                organization_id, organization = found
            elif not create_organizations:
                errors.append(
                    RowError(
                        number, header("organization"), UNKNOWN_ORGANIZATION,
                        {"value": organization},
                    )
                )  # fmt: skip
        values = {
            "name": name,
            "email": email,
            "organization": organization,
            "skills": normalize_list(text(row, "skills")),
            "languages": normalize_list(text(row, "languages")),
        }
        for field_name, value in values.items():
            if len(value) > MAX_LENGTH[field_name]:
                errors.append(
                    RowError(
                        number,
                        header(field_name),
                        TOO_LONG,
                        {"length": len(value), "max": MAX_LENGTH[field_name]},
                    )
                )
        if len(errors) == bad:
            notes_at = at.get("notes")
            parsed.append(
                VolunteerRow(
                    number,
                    name,
                    phone,
                    email,
                    organization,
                    organization_id,
                    values["skills"],
                    values["languages"],
                    text_of(row[notes_at]) if notes_at is not None else "",
                )
            )
    good = _duplicates(s, parsed, header("phone"), errors)
    progress.report(total, total, "checking")
    return good, errors


def _duplicates(
    s: Session, rows: list[VolunteerRow], column: str, errors: list[RowError]
) -> list[VolunteerRow]:
    """Rows whose phone is on an earlier row or already on the roster become errors."""
    phones = sorted({r.phone for r in rows if r.phone})
    roster: dict[str, tuple[int, str]] = {}
    for start in range(0, len(phones), 500):
        part = phones[start : start + 500]
        for vid, name, phone in s.execute(
            select(Volunteer.id, Volunteer.name, Volunteer.phone)
            .where(Volunteer.phone.in_(part))
            .order_by(Volunteer.id)
        ):
            roster.setdefault(phone, (vid, name))
    seen: dict[str, int] = {}
    good = []
    for r in rows:
        if r.phone:
            masked = mask_phone(r.phone)
            if r.phone in roster:
                vid, other = roster[r.phone]
                errors.append(
                    RowError(r.row, column, ON_ROSTER, {"phone": masked, "other": other, "id": vid})
                )
                continue
            if r.phone in seen:
                errors.append(
                    RowError(
                        r.row, column, DUPLICATE_PHONE_IN_FILE,
                        {"name": r.name, "phone": masked, "other": seen[r.phone]},
                    )
                )  # fmt: skip
                continue
            seen[r.phone] = r.row
        good.append(r)
    return good


def new_organizations(rows: list[VolunteerRow]) -> list[str]:
    """The organizations the good rows name that the list does not have, once each."""
    out: dict[str, str] = {}
    for r in rows:
        if r.organization and r.organization_id is None:
            out.setdefault(org_key(r.organization), r.organization)
    return list(out.values())
