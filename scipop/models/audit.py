"""The audit trail and key/value business settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from scipop.models.base import Base, utc_now


class AuditEntry(Base):
    """Who changed what, when: before and after as JSON."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utc_now, index=True)
    actor: Mapped[str] = mapped_column(String(100), default="")  # the OS account
    operator: Mapped[str] = mapped_column(String(100), default="")  # signed in at a station
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(40), index=True)
    entity_id: Mapped[int | None] = mapped_column(default=None)
    summary: Mapped[str] = mapped_column(String(300), default="")
    before: Mapped[str | None] = mapped_column(Text, default=None)
    after: Mapped[str | None] = mapped_column(Text, default=None)


class Setting(Base):
    """Business configuration shared by every PC on the database (JSON values)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="null")
