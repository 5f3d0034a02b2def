"""Volunteers, the shifts that need them, who is assigned to which shift, and badge scans."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from scipop.models.base import (
    AssignmentStatus,
    Base,
    ShiftScanOutcome,
    TimestampMixin,
    enum_column,
    utc_now,
)
from scipop.models.events import Session
from scipop.models.venues import Organization, Room


class Volunteer(TimestampMixin, Base):
    __tablename__ = "volunteer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    phone: Mapped[str] = mapped_column(String(40), default="", index=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL")
    )
    skills: Mapped[str] = mapped_column(String(300), default="")
    languages: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    # bumped when a lost badge is re-issued: the old badge's code stops checking in
    code_generation: Mapped[int] = mapped_column(default=1)

    organization: Mapped[Organization | None] = relationship()


class Shift(TimestampMixin, Base):
    """A block of work at a session or in a room that needs a number of volunteers."""

    __tablename__ = "shift"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("needed >= 0", name="needed_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(100))
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime]
    needed: Mapped[int] = mapped_column(default=1)
    skills: Mapped[str] = mapped_column(String(300), default="")  # required, "、"-separated
    # the shifts made together by one "create for a series" share this key
    batch: Mapped[str | None] = mapped_column(String(32), default=None, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[Session | None] = relationship()
    room: Mapped[Room | None] = relationship()
    assignments: Mapped[list[Assignment]] = relationship(
        back_populates="shift", cascade="all, delete-orphan"
    )


class Assignment(TimestampMixin, Base):
    """A volunteer on a shift, with their own check-in and check-out times.

    ``checked_in_at``/``checked_out_at`` come from badge scans; ``corrected_in_at`` and
    ``corrected_out_at`` are a person's correction (audited) and take precedence for hours.
    """

    __tablename__ = "assignment"
    __table_args__ = (
        UniqueConstraint("shift_id", "volunteer_id"),
        Index("ix_assignment_volunteer_shift", "volunteer_id", "shift_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shift.id", ondelete="CASCADE"))
    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[AssignmentStatus] = enum_column(AssignmentStatus, AssignmentStatus.ASSIGNED)
    checked_in_at: Mapped[datetime | None] = mapped_column(default=None)
    checked_out_at: Mapped[datetime | None] = mapped_column(default=None)
    corrected_in_at: Mapped[datetime | None] = mapped_column(default=None)
    corrected_out_at: Mapped[datetime | None] = mapped_column(default=None)
    correction_note: Mapped[str] = mapped_column(Text, default="")

    shift: Mapped[Shift] = relationship(back_populates="assignments")
    volunteer: Mapped[Volunteer] = relationship()


class ShiftScan(Base):
    """Every scan of a volunteer's badge, accepted or not, with the reason.

    Kept apart from :class:`scipop.models.tickets.Scan`: a volunteer checking in is not a
    visitor, and the door's counters (sums of ``scan.admitted``) never see these rows.
    """

    __tablename__ = "shift_scan"

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer.id", ondelete="SET NULL"), index=True
    )
    assignment_id: Mapped[int | None] = mapped_column(
        ForeignKey("assignment.id", ondelete="SET NULL"), index=True
    )
    raw_code: Mapped[str] = mapped_column(String(200), default="")
    station: Mapped[str] = mapped_column(String(100), default="")
    operator: Mapped[str] = mapped_column(String(100), default="")
    scanned_at: Mapped[datetime] = mapped_column(default=utc_now, index=True)
    outcome: Mapped[ShiftScanOutcome] = enum_column(ShiftScanOutcome)
    reason: Mapped[str] = mapped_column(String(300), default="")
    # {"context", "template", "params"}: the reason again, to show it translated
    reason_detail: Mapped[str] = mapped_column(Text, default="")
