"""Venues and their rooms (halls): capacity, opening hours, buffers, shareable halls."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scipop.errors import InUse, Validator
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import Room, Venue
from scipop.models import Session as EventSession
from scipop.services.base import CrudService, check_unique, count


@dataclass
class VenueData:
    id: int | None = None
    name: str = ""
    name_en: str = ""
    address: str = ""
    notes: str = ""
    room_count: int = 0


class VenueService(CrudService[Venue, VenueData]):
    model = Venue
    dto = VenueData
    entity = "venue"
    fields = ("name", "name_en", "address", "notes")
    missing = QT_TRANSLATE_NOOP("errors", "Venue #{id} does not exist.")

    def list(self) -> list[VenueData]:
        with self.store.uow() as uow:
            s = uow.session
            rooms = dict(
                s.execute(select(Room.venue_id, func.count()).group_by(Room.venue_id)).all()
            )
            return [self._dto(v, rooms.get(v.id, 0)) for v in s.scalars(self._list_query())]

    def to_dto(self, s: Session, obj: Venue) -> VenueData:
        return self._dto(obj, count(s, Room.venue_id, obj.id))

    @staticmethod
    def _dto(obj: Venue, rooms: int) -> VenueData:
        return VenueData(
            id=obj.id,
            name=obj.name,
            name_en=obj.name_en,
            address=obj.address,
            notes=obj.notes,
            room_count=rooms,
        )

    def validate(self, s: Session, data: VenueData, existing: Any) -> dict[str, Any]:
        v = Validator()
        name = v.require("name", data.name, QT_TRANSLATE_NOOP("errors", "Enter the name."))
        check_unique(
            s,
            v,
            Venue.name,
            name,
            existing.id if existing else None,
            "name",
            QT_TRANSLATE_NOOP("errors", "A venue named '{value}' already exists."),
        )
        v.raise_if_any()
        return {
            "name": name,
            "name_en": data.name_en.strip(),
            "address": data.address.strip(),
            "notes": data.notes,
        }

    def check_delete(self, s: Session, obj: Venue) -> None:
        n = count(s, Room.venue_id, obj.id)
        if n:
            raise InUse(
                QT_TRANSLATE_NOOP(
                    "errors", "Venue '{name}' still has {count} room(s); delete them first."
                ),
                name=obj.name,
                count=n,
            )


ROOM_MISSING = QT_TRANSLATE_NOOP("errors", "Room #{id} does not exist.")


@dataclass
class RoomData:
    id: int | None = None
    venue_id: int | None = None
    name: str = ""
    name_en: str = ""
    capacity: int = 50
    opens_at: time = time(9, 0)
    closes_at: time = time(17, 0)
    setup_minutes: int = 0
    teardown_minutes: int = 0
    shareable: bool = False
    notes: str = ""
    venue_name: str = ""
    venue_name_en: str = ""
    session_count: int = 0


class RoomService(CrudService[Room, RoomData]):
    model = Room
    dto = RoomData
    entity = "room"
    fields = (
        "venue_id",
        "name",
        "name_en",
        "capacity",
        "opens_at",
        "closes_at",
        "setup_minutes",
        "teardown_minutes",
        "shareable",
        "notes",
    )
    missing = ROOM_MISSING

    def list(self, venue_id: int | None = None) -> list[RoomData]:
        with self.store.uow() as uow:
            q = select(Room).join(Venue).order_by(Venue.name, Room.name)
            if venue_id is not None:
                q = q.where(Room.venue_id == venue_id)
            counts = dict(
                uow.session.execute(
                    select(EventSession.room_id, func.count()).group_by(EventSession.room_id)
                ).all()
            )
            return [self._dto(r, counts.get(r.id, 0)) for r in uow.session.scalars(q)]

    def to_dto(self, s: Session, obj: Room) -> RoomData:
        return self._dto(obj, count(s, EventSession.room_id, obj.id))

    @staticmethod
    def _dto(obj: Room, sessions: int) -> RoomData:
        return RoomData(
            id=obj.id,
            venue_id=obj.venue_id,
            name=obj.name,
            name_en=obj.name_en,
            capacity=obj.capacity,
            opens_at=obj.opens_at,
            closes_at=obj.closes_at,
            setup_minutes=obj.setup_minutes,
            teardown_minutes=obj.teardown_minutes,
            shareable=obj.shareable,
            notes=obj.notes,
            venue_name=obj.venue.name,
            venue_name_en=obj.venue.name_en,
            session_count=sessions,
        )

    def validate(self, s: Session, data: RoomData, existing: Any) -> dict[str, Any]:
        v = Validator()
        name = v.require("name", data.name, QT_TRANSLATE_NOOP("errors", "Enter the name."))
        if data.venue_id is None or s.get(Venue, data.venue_id) is None:
            v.add("venue_id", QT_TRANSLATE_NOOP("errors", "Choose the venue the room belongs to."))
        else:
            check_unique(
                s,
                v,
                Room.name,
                name,
                existing.id if existing else None,
                "name",
                QT_TRANSLATE_NOOP("errors", "This venue already has a room named '{value}'."),
                venue_id=data.venue_id,
            )
        if data.capacity is None or int(data.capacity) <= 0:
            v.add(
                "capacity",
                QT_TRANSLATE_NOOP("errors", "Capacity must be more than 0 (it is {value})."),
                value=data.capacity,
            )
        if data.closes_at <= data.opens_at:
            v.add(
                "closes_at",
                QT_TRANSLATE_NOOP(
                    "errors", "The room must close after it opens ({opens}–{closes})."
                ),
                opens=data.opens_at.strftime("%H:%M"),
                closes=data.closes_at.strftime("%H:%M"),
            )
        for field in ("setup_minutes", "teardown_minutes"):
            if int(getattr(data, field)) < 0:
                v.add(field, QT_TRANSLATE_NOOP("errors", "A buffer cannot be negative."))
        v.raise_if_any()
        return {
            "venue_id": data.venue_id,
            "name": name,
            "name_en": data.name_en.strip(),
            "capacity": int(data.capacity),
            "opens_at": data.opens_at,
            "closes_at": data.closes_at,
            "setup_minutes": int(data.setup_minutes),
            "teardown_minutes": int(data.teardown_minutes),
            "shareable": bool(data.shareable),
            "notes": data.notes,
        }

    def check_delete(self, s: Session, obj: Room) -> None:
        n = count(s, EventSession.room_id, obj.id)
        if n:
            raise InUse(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Room '{name}' has {count} session(s) booked; move or delete them "
                    "before deleting the room.",
                ),
                name=obj.name,
                count=n,
            )
