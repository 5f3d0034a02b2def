"""Volunteers and attendees: the people records (their shifts and tickets live elsewhere)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, joinedload

from scipop.errors import InUse, Validator
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import Assignment, Attendee, AttendeeCategory, Organization, Ticket, Volunteer
from scipop.phones import PhoneError, normalize_phone, phone_search_text
from scipop.services.base import CrudService, count
from scipop.volunteers.skills import normalize as normalize_list


def check_phone(v: Validator, phone: str, *, required: bool = False) -> str:
    """The phone in its one stored form (E.164, see :mod:`scipop.phones`), or an error."""
    phone = (phone or "").strip()
    if not phone:
        if required:
            v.add("phone", QT_TRANSLATE_NOOP("errors", "Enter the phone number."))
        return ""
    try:
        return normalize_phone(phone)
    except PhoneError as exc:
        v.add("phone", exc.template, **exc.params)
        return phone


@dataclass
class VolunteerData:
    id: int | None = None
    name: str = ""
    phone: str = ""
    email: str = ""
    organization_id: int | None = None
    skills: str = ""
    active: bool = True
    notes: str = ""
    organization_name: str = ""
    languages: str = ""


class VolunteerService(CrudService[Volunteer, VolunteerData]):
    model = Volunteer
    dto = VolunteerData
    entity = "volunteer"
    fields = (
        "name",
        "phone",
        "email",
        "organization_id",
        "skills",
        "languages",
        "active",
        "notes",
    )
    missing = QT_TRANSLATE_NOOP("errors", "Volunteer #{id} does not exist.")

    def _list_query(self):
        return super()._list_query().options(joinedload(Volunteer.organization))

    def to_dto(self, s: Session, obj: Volunteer) -> VolunteerData:
        data = super().to_dto(s, obj)
        data.organization_name = obj.organization.name if obj.organization else ""
        return data

    def validate(self, s: Session, data: VolunteerData, existing: Any) -> dict[str, Any]:
        v = Validator()
        name = v.require("name", data.name, QT_TRANSLATE_NOOP("errors", "Enter the name."))
        phone = check_phone(v, data.phone)
        if data.organization_id is not None and s.get(Organization, data.organization_id) is None:
            v.add(
                "organization_id",
                QT_TRANSLATE_NOOP("errors", "The chosen organization no longer exists."),
            )
        v.raise_if_any()
        return {
            "name": name,
            "phone": phone,
            "email": data.email.strip(),
            "organization_id": data.organization_id,
            "skills": normalize_list(data.skills),
            "languages": normalize_list(data.languages),
            "active": bool(data.active),
            "notes": data.notes,
        }

    def check_delete(self, s: Session, obj: Volunteer) -> None:
        n = count(s, Assignment.volunteer_id, obj.id)
        if n:
            raise InUse(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} is on {count} shift(s); mark them inactive instead of deleting.",
                ),
                name=obj.name,
                count=n,
            )


ATTENDEE_MISSING = QT_TRANSLATE_NOOP("errors", "Attendee #{id} does not exist.")


@dataclass
class AttendeeData:
    id: int | None = None
    name: str = ""
    phone: str = ""
    email: str = ""
    organization: str = ""
    category: AttendeeCategory = AttendeeCategory.PUBLIC
    notes: str = ""


class AttendeeService(CrudService[Attendee, AttendeeData]):
    model = Attendee
    dto = AttendeeData
    entity = "attendee"
    fields = ("name", "phone", "email", "organization", "category", "notes")
    missing = ATTENDEE_MISSING
    order_by = "id"

    def search(self, text: str = "", *, limit: int = 200, offset: int = 0) -> list[AttendeeData]:
        """Attendees whose name, phone or organization contains ``text``."""
        with self.store.uow() as uow:
            q = select(Attendee).order_by(Attendee.id).limit(limit).offset(offset)
            text = text.strip()
            if text:
                # autoescape: a % or _ typed is that character, not a wildcard
                q = q.where(
                    or_(
                        Attendee.name.contains(text, autoescape=True),
                        Attendee.phone.contains(phone_search_text(text), autoescape=True),
                        Attendee.organization.contains(text, autoescape=True),
                    )
                )
            return [self.to_dto(uow.session, a) for a in uow.session.scalars(q)]

    def total(self) -> int:
        with self.store.uow() as uow:
            return uow.session.scalar(select(func.count()).select_from(Attendee)) or 0

    def validate(self, s: Session, data: AttendeeData, existing: Any) -> dict[str, Any]:
        v = Validator()
        name = v.require("name", data.name, QT_TRANSLATE_NOOP("errors", "Enter the name."))
        phone = check_phone(v, data.phone)
        v.raise_if_any()
        return {
            "name": name,
            "phone": phone,
            "email": data.email.strip(),
            "organization": data.organization.strip(),
            "category": AttendeeCategory(data.category),
            "notes": data.notes,
        }

    def check_delete(self, s: Session, obj: Attendee) -> None:
        n = count(s, Ticket.attendee_id, obj.id)
        if n:
            raise InUse(
                QT_TRANSLATE_NOOP(
                    "errors", "{name} holds {count} ticket(s); cancel them before deleting."
                ),
                name=obj.name,
                count=n,
            )
