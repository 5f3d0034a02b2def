"""Events with their lead organizer and co-organizers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from scipop.errors import InUse, Validator
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import (
    Event,
    EventKind,
    EventOrganizer,
    EventStatus,
    Organization,
    OrganizerRole,
    Program,
    Ticket,
)
from scipop.models import Session as EventSession
from scipop.services.base import CrudService, check_unique


@dataclass
class OrganizerData:
    organization_id: int
    role: OrganizerRole = OrganizerRole.CO_ORGANIZER
    name: str = ""
    name_en: str = ""


@dataclass
class EventData:
    id: int | None = None
    title: str = ""
    title_en: str = ""
    kind: EventKind = EventKind.EXHIBITION
    status: EventStatus = EventStatus.PUBLISHED
    program_id: int | None = None
    description: str = ""
    organizers: list[OrganizerData] = field(default_factory=list)
    program_name: str = ""
    program_name_en: str = ""
    program_color: str = ""
    session_count: int = 0
    first_start: datetime | None = None
    last_end: datetime | None = None

    @property
    def lead(self) -> OrganizerData | None:
        return next((o for o in self.organizers if o.role == OrganizerRole.LEAD), None)

    @property
    def co_organizers(self) -> list[OrganizerData]:
        return [o for o in self.organizers if o.role != OrganizerRole.LEAD]


EVENT_MISSING = QT_TRANSLATE_NOOP("errors", "Event #{id} does not exist.")


class EventService(CrudService[Event, EventData]):
    model = Event
    dto = EventData
    entity = "event"
    fields = ("title", "title_en", "kind", "status", "program_id", "description")
    missing = EVENT_MISSING
    order_by = "title"

    def list(self) -> list[EventData]:
        with self.store.uow() as uow:
            s = uow.session
            stats = _session_stats(s)
            q = (
                select(Event)
                .options(
                    selectinload(Event.organizers).selectinload(EventOrganizer.organization),
                    selectinload(Event.program),
                )
                .order_by(Event.title)
            )
            return [self._dto(e, stats.get(e.id)) for e in s.scalars(q)]

    def to_dto(self, s: Session, obj: Event) -> EventData:
        return self._dto(obj, _session_stats(s, obj.id).get(obj.id))

    @staticmethod
    def _dto(e: Event, stats: tuple | None) -> EventData:
        n, first, last = stats if stats else (0, None, None)
        return EventData(
            id=e.id,
            title=e.title,
            title_en=e.title_en,
            kind=e.kind,
            status=e.status,
            program_id=e.program_id,
            description=e.description,
            organizers=[
                OrganizerData(
                    o.organization_id, o.role, o.organization.name, o.organization.name_en
                )
                for o in e.organizers
            ],
            program_name=e.program.name if e.program else "",
            program_name_en=e.program.name_en if e.program else "",
            program_color=e.program.color if e.program else "",
            session_count=n,
            first_start=first,
            last_end=last,
        )

    def validate(self, s: Session, data: EventData, existing: Any) -> dict[str, Any]:
        v = Validator()
        title = v.require("title", data.title, QT_TRANSLATE_NOOP("errors", "Enter the title."))
        check_unique(
            s,
            v,
            Event.title,
            title,
            existing.id if existing else None,
            "title",
            QT_TRANSLATE_NOOP("errors", "An event titled '{value}' already exists."),
        )
        if data.program_id is not None and s.get(Program, data.program_id) is None:
            v.add("program_id", QT_TRANSLATE_NOOP("errors", "The chosen program no longer exists."))
        leads = [o for o in data.organizers if o.role == OrganizerRole.LEAD]
        if len(leads) != 1:
            v.add(
                "organizers",
                QT_TRANSLATE_NOOP("errors", "Choose exactly one lead organizer (now {count})."),
                count=len(leads),
            )
        ids = [o.organization_id for o in data.organizers]
        if len(set(ids)) != len(ids):
            v.add(
                "organizers",
                QT_TRANSLATE_NOOP("errors", "An organization is listed twice as organizer."),
            )
        known = set(s.scalars(select(Organization.id).where(Organization.id.in_(ids))))
        if set(ids) - known:
            v.add(
                "organizers",
                QT_TRANSLATE_NOOP("errors", "An organizer no longer exists; choose again."),
            )
        v.raise_if_any()
        return {
            "title": title,
            "title_en": data.title_en.strip(),
            "kind": EventKind(data.kind),
            "status": EventStatus(data.status),
            "program_id": data.program_id,
            "description": data.description,
        }

    def after_save(self, s: Session, obj: Event, data: EventData) -> None:
        wanted = {o.organization_id: (i, o.role) for i, o in enumerate(data.organizers)}
        for link in list(obj.organizers):
            if link.organization_id not in wanted:
                obj.organizers.remove(link)
        have = {link.organization_id: link for link in obj.organizers}
        for org_id, (position, role) in wanted.items():
            link = have.get(org_id)
            if link is None:
                link = EventOrganizer(organization_id=org_id)
                obj.organizers.append(link)
            link.role = OrganizerRole(role)
            link.position = position
        s.flush()
        s.refresh(obj)

    def check_delete(self, s: Session, obj: Event) -> None:
        tickets = s.scalar(
            select(func.count())
            .select_from(Ticket)
            .join(EventSession)
            .where(EventSession.event_id == obj.id)
        )
        if tickets:
            raise InUse(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Event '{name}' has {count} ticket(s) issued; cancel the event instead of "
                    "deleting it.",
                ),
                name=obj.title,
                count=tickets,
            )
        for session in list(obj.sessions):
            s.delete(session)

    def describe(self, obj: Event) -> str:
        return obj.title


def _session_stats(s: Session, event_id: int | None = None) -> dict[int, tuple]:
    """event id -> (sessions, first start, last end), for one event or all of them."""
    q = select(
        EventSession.event_id,
        func.count(),
        func.min(EventSession.starts_at),
        func.max(EventSession.ends_at),
    ).group_by(EventSession.event_id)
    if event_id is not None:
        q = q.where(EventSession.event_id == event_id)
    return {row[0]: tuple(row[1:]) for row in s.execute(q)}
