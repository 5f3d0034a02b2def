"""Events, their organizers, recurring series and sessions in rooms."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from scipop.models.base import (
    Base,
    EventKind,
    EventStatus,
    OrganizerRole,
    SessionStatus,
    TimestampMixin,
    enum_column,
)
from scipop.models.venues import Organization, Program, Room

if TYPE_CHECKING:
    from scipop.models.tickets import Ticket


class Event(TimestampMixin, Base):
    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300), unique=True)
    title_en: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[EventKind] = enum_column(EventKind, EventKind.EXHIBITION)
    status: Mapped[EventStatus] = enum_column(EventStatus, EventStatus.PUBLISHED)
    program_id: Mapped[int | None] = mapped_column(
        ForeignKey("program.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column(Text, default="")

    program: Mapped[Program | None] = relationship()
    organizers: Mapped[list[EventOrganizer]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventOrganizer.position"
    )
    sessions: Mapped[list[Session]] = relationship(
        back_populates="event", order_by="Session.starts_at"
    )


class EventOrganizer(Base):
    """One organization's part in an event: the lead or a co-organizer."""

    __tablename__ = "event_organizer"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), primary_key=True
    )
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    role: Mapped[OrganizerRole] = enum_column(OrganizerRole, OrganizerRole.CO_ORGANIZER)
    position: Mapped[int] = mapped_column(default=0)

    event: Mapped[Event] = relationship(back_populates="organizers")
    organization: Mapped[Organization] = relationship()


class Series(Base):
    """The rule a set of recurring sessions was created from (JSON), for editing them together."""

    __tablename__ = "series"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    rule: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime]


class Session(TimestampMixin, Base):
    """One sitting of an event in a room, from starts_at to ends_at (UTC, half-open)."""

    __tablename__ = "session"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("capacity > 0", name="capacity_positive"),
        Index("ix_session_room_time", "room_id", "starts_at", "ends_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="RESTRICT"), index=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id", ondelete="RESTRICT"))
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("series.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(300), default="")
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime]
    capacity: Mapped[int]
    setup_minutes: Mapped[int | None] = mapped_column(default=None)
    teardown_minutes: Mapped[int | None] = mapped_column(default=None)
    outside_hours: Mapped[bool] = mapped_column(default=False)
    status: Mapped[SessionStatus] = enum_column(SessionStatus, SessionStatus.SCHEDULED)
    # people in the hall now for this session: check-ins minus exits, kept by the door
    in_hall: Mapped[int] = mapped_column(default=0)

    event: Mapped[Event] = relationship(back_populates="sessions")
    room: Mapped[Room] = relationship(back_populates="sessions")
    tickets: Mapped[list[Ticket]] = relationship(back_populates="session")
