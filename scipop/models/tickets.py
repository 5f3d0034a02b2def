"""Attendees, their tickets, every scan at the door, and the keys codes are signed with."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from scipop.models.base import (
    AttendeeCategory,
    Base,
    ScanMethod,
    ScanVerdict,
    TicketKind,
    TicketStatus,
    TimestampMixin,
    enum_column,
    utc_now,
)
from scipop.models.events import Session


class Attendee(TimestampMixin, Base):
    __tablename__ = "attendee"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    phone: Mapped[str] = mapped_column(String(40), default="", index=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    organization: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[AttendeeCategory] = enum_column(AttendeeCategory, AttendeeCategory.PUBLIC)
    notes: Mapped[str] = mapped_column(Text, default="")

    tickets: Mapped[list[Ticket]] = relationship(back_populates="attendee")


class SigningKey(Base):
    """A per-database secret for ticket codes; the newest active key signs, all verify."""

    __tablename__ = "signing_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    secret: Mapped[bytes] = mapped_column(LargeBinary(64))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    retired_at: Mapped[datetime | None] = mapped_column(default=None)


class Ticket(TimestampMixin, Base):
    """A seat (or a group's seats) at a session; ``generation`` bumps on re-issue."""

    __tablename__ = "ticket"
    __table_args__ = (
        CheckConstraint("headcount >= 1", name="headcount_positive"),
        CheckConstraint("arrived >= 0 AND arrived <= headcount", name="arrived_in_range"),
        # the dashboard sums its figures per session from this index alone (migration 0007)
        Index("ix_ticket_session_figures", "session_id", "status", "kind", "headcount", "arrived"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="RESTRICT"))
    attendee_id: Mapped[int] = mapped_column(
        ForeignKey("attendee.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[TicketKind] = enum_column(TicketKind, TicketKind.SINGLE)
    headcount: Mapped[int] = mapped_column(default=1)
    arrived: Mapped[int] = mapped_column(default=0)
    status: Mapped[TicketStatus] = enum_column(TicketStatus, TicketStatus.ACTIVE)
    waitlist_position: Mapped[int | None] = mapped_column(default=None)
    generation: Mapped[int] = mapped_column(default=1)
    key_id: Mapped[int | None] = mapped_column(ForeignKey("signing_key.id"), default=None)
    code: Mapped[str | None] = mapped_column(String(64), unique=True, default=None)
    first_scan_at: Mapped[datetime | None] = mapped_column(default=None)
    first_scan_station: Mapped[str] = mapped_column(String(100), default="")

    session: Mapped[Session] = relationship(back_populates="tickets")
    attendee: Mapped[Attendee] = relationship(back_populates="tickets")
    scans: Mapped[list[Scan]] = relationship(back_populates="ticket", order_by="Scan.scanned_at")


class Scan(Base):
    """Every scan at a door, accepted or not, with the reason."""

    __tablename__ = "scan"
    # the day's arrivals per quarter hour are summed from this index alone (migration 0007)
    __table_args__ = (Index("ix_scan_day", "scanned_at", "method", "admitted"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int | None] = mapped_column(
        ForeignKey("ticket.id", ondelete="SET NULL"), index=True
    )
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("session.id", ondelete="SET NULL"), index=True
    )
    raw_code: Mapped[str] = mapped_column(String(200), default="")
    station: Mapped[str] = mapped_column(String(100), default="")
    operator: Mapped[str] = mapped_column(String(100), default="")
    scanned_at: Mapped[datetime] = mapped_column(default=utc_now)
    verdict: Mapped[ScanVerdict] = enum_column(ScanVerdict)
    # people who went in (negative: went out, or a check-in undone); their sum is "in the hall"
    admitted: Mapped[int] = mapped_column(default=0)
    method: Mapped[ScanMethod] = enum_column(ScanMethod, ScanMethod.SCAN)
    ref_scan_id: Mapped[int | None] = mapped_column(default=None)  # the scan an undo takes back
    reason: Mapped[str] = mapped_column(String(300), default="")
    # {"context", "template", "params"}: the reason again, so each screen shows it translated
    reason_detail: Mapped[str] = mapped_column(Text, default="")

    ticket: Mapped[Ticket | None] = relationship(back_populates="scans")
