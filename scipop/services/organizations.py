"""Organizations (BAST, BJAST, societies, schools) and programs (recurring series)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from scipop.errors import InUse, Validator
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import Event, EventOrganizer, Organization, OrgKind, Program, Volunteer
from scipop.services.base import CrudService, check_unique, count

COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass
class OrganizationData:
    id: int | None = None
    name: str = ""
    name_en: str = ""
    short_name: str = ""
    kind: OrgKind = OrgKind.OTHER
    contact: str = ""
    phone: str = ""
    notes: str = ""


class OrganizationService(CrudService[Organization, OrganizationData]):
    model = Organization
    dto = OrganizationData
    entity = "organization"
    fields = ("name", "name_en", "short_name", "kind", "contact", "phone", "notes")
    missing = QT_TRANSLATE_NOOP("errors", "Organization #{id} does not exist.")

    def validate(self, s: Session, data: OrganizationData, existing: Any) -> dict[str, Any]:
        v = Validator()
        name = v.require("name", data.name, QT_TRANSLATE_NOOP("errors", "Enter the name."))
        exclude = existing.id if existing else None
        check_unique(
            s,
            v,
            Organization.name,
            name,
            exclude,
            "name",
            QT_TRANSLATE_NOOP("errors", "An organization named '{value}' already exists."),
        )
        v.raise_if_any()
        return {
            "name": name,
            "name_en": data.name_en.strip(),
            "short_name": data.short_name.strip(),
            "kind": OrgKind(data.kind),
            "contact": data.contact.strip(),
            "phone": data.phone.strip(),
            "notes": data.notes,
        }

    def check_delete(self, s: Session, obj: Organization) -> None:
        n = count(s, EventOrganizer.organization_id, obj.id)
        if n:
            raise InUse(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "'{name}' organizes {count} event(s); remove it from them before deleting it.",
                ),
                name=obj.name,
                count=n,
            )
        n = count(s, Volunteer.organization_id, obj.id)
        if n:
            raise InUse(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "'{name}' has {count} volunteer(s); move them before deleting it.",
                ),
                name=obj.name,
                count=n,
            )


@dataclass
class ProgramData:
    id: int | None = None
    name: str = ""
    name_en: str = ""
    color: str = "#4a90d9"
    description: str = ""


class ProgramService(CrudService[Program, ProgramData]):
    model = Program
    dto = ProgramData
    entity = "program"
    fields = ("name", "name_en", "color", "description")
    missing = QT_TRANSLATE_NOOP("errors", "Program #{id} does not exist.")

    def validate(self, s: Session, data: ProgramData, existing: Any) -> dict[str, Any]:
        v = Validator()
        name = v.require("name", data.name, QT_TRANSLATE_NOOP("errors", "Enter the name."))
        check_unique(
            s,
            v,
            Program.name,
            name,
            existing.id if existing else None,
            "name",
            QT_TRANSLATE_NOOP("errors", "A program named '{value}' already exists."),
        )
        color = (data.color or "").strip()
        if not COLOR_RE.match(color):
            v.add(
                "color",
                QT_TRANSLATE_NOOP("errors", "Colour '{value}' is not of the form #RRGGBB."),
                value=color,
            )
        v.raise_if_any()
        return {
            "name": name,
            "name_en": data.name_en.strip(),
            "color": color.lower(),
            "description": data.description,
        }

    def check_delete(self, s: Session, obj: Program) -> None:
        n = count(s, Event.program_id, obj.id)
        if n:
            raise InUse(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Program '{name}' has {count} event(s); move them to another program first.",
                ),
                name=obj.name,
                count=n,
            )
