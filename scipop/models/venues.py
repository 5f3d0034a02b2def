"""Organizations, venues with their rooms (halls), programs and closed days."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from scipop.models.base import Base, OrgKind, TimestampMixin, enum_column

if TYPE_CHECKING:
    from scipop.models.events import Session


class Organization(TimestampMixin, Base):
    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    name_en: Mapped[str] = mapped_column(String(200), default="")
    short_name: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[OrgKind] = enum_column(OrgKind, OrgKind.OTHER)
    contact: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Venue(TimestampMixin, Base):
    __tablename__ = "venue"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    name_en: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    rooms: Mapped[list[Room]] = relationship(back_populates="venue", order_by="Room.name")


class Room(TimestampMixin, Base):
    """A hall or room of a venue; sessions are booked into rooms."""

    __tablename__ = "room"
    __table_args__ = (
        UniqueConstraint("venue_id", "name"),
        CheckConstraint("capacity > 0", name="capacity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    venue_id: Mapped[int] = mapped_column(ForeignKey("venue.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    capacity: Mapped[int]
    opens_at: Mapped[time] = mapped_column(default=time(9, 0))
    closes_at: Mapped[time] = mapped_column(default=time(17, 0))
    setup_minutes: Mapped[int] = mapped_column(default=0)
    teardown_minutes: Mapped[int] = mapped_column(default=0)
    shareable: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    venue: Mapped[Venue] = relationship(back_populates="rooms")
    sessions: Mapped[list[Session]] = relationship(back_populates="room")


class Program(TimestampMixin, Base):
    """A recurring series of events, e.g. the Robot Cup."""

    __tablename__ = "program"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    name_en: Mapped[str] = mapped_column(String(200), default="")
    color: Mapped[str] = mapped_column(String(9), default="#4a90d9")
    description: Mapped[str] = mapped_column(Text, default="")


class ClosedDay(Base):
    """A public holiday or a day a venue is closed (all venues when venue_id is null)."""

    __tablename__ = "closed_day"
    __table_args__ = (UniqueConstraint("day", "venue_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(index=True)
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(String(200), default="")
