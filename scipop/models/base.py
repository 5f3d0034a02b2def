"""Declarative base, the UTC datetime type and the enums shared by the models."""

from __future__ import annotations

import enum
from datetime import UTC, datetime

from sqlalchemy import DateTime, MetaData
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC; always hands back tz-aware UTC datetimes (SQLite keeps them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; use scipop.timeutil.to_utc")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime()}


def utc_now() -> datetime:
    return datetime.now(UTC)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


def enum_column(enum_cls: type[enum.StrEnum], default: enum.StrEnum | None = None):
    """A StrEnum stored as its value in a plain VARCHAR (portable, migration-friendly)."""
    from sqlalchemy import Enum

    return mapped_column(
        Enum(
            enum_cls,
            native_enum=False,
            create_constraint=False,
            length=max(len(m.value) for m in enum_cls) + 4,
            values_callable=lambda e: [m.value for m in e],
        ),
        default=default,
    )


class OrgKind(enum.StrEnum):
    ASSOCIATION = "association"
    ACADEMY = "academy"
    SOCIETY = "society"
    SCHOOL = "school"
    COMPANY = "company"
    OTHER = "other"


class EventKind(enum.StrEnum):
    EXHIBITION = "exhibition"
    SHOW = "show"
    FORUM = "forum"
    COMPETITION = "competition"
    TRAINING = "training"
    EXCHANGE = "exchange"


class EventStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    CANCELLED = "cancelled"


class OrganizerRole(enum.StrEnum):
    LEAD = "lead"
    CO_ORGANIZER = "co_organizer"


class SessionStatus(enum.StrEnum):
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"


class AttendeeCategory(enum.StrEnum):
    PUBLIC = "public"
    STUDENT = "student"
    TEACHER = "teacher"
    VIP = "vip"
    PRESS = "press"


class TicketKind(enum.StrEnum):
    SINGLE = "single"
    GROUP = "group"


class TicketStatus(enum.StrEnum):
    ACTIVE = "active"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


class ScanVerdict(enum.StrEnum):
    ACCEPTED = "accepted"
    PARTIAL = "partial"
    INVALID = "invalid"
    DUPLICATE = "duplicate"
    WRONG_SESSION = "wrong_session"
    REVOKED = "revoked"
    NOT_OPEN = "not_open"
    CLOSED = "closed"
    FULL = "full"
    CANCELLED = "cancelled"  # the session was cancelled
    EXIT = "exit"  # scanned out (exit mode) or the "-1" key
    UNDONE = "undone"  # a check-in taken back at the door


class ScanMethod(enum.StrEnum):
    """How a scan row came about: a code scanned, or a person at the station acting by hand."""

    SCAN = "scan"
    MANUAL = "manual"  # checked in from the lost-code lookup
    WALK_IN = "walk_in"
    OVERRIDE = "override"  # admitted past the hall's capacity with a supervisor PIN
    MOVE = "move"  # moved to this session at the door, then admitted
    EXIT = "exit"
    MINUS_ONE = "minus_one"
    UNDO = "undo"


class AssignmentStatus(enum.StrEnum):
    ASSIGNED = "assigned"
    CHECKED_IN = "checked_in"
    CHECKED_OUT = "checked_out"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class ShiftScanOutcome(enum.StrEnum):
    """What a volunteer's badge scan did: checked in or out of a shift, or nothing (why: reason)."""

    CHECKED_IN = "checked_in"
    CHECKED_OUT = "checked_out"
    REJECTED = "rejected"
