"""Translated names of the ticket enumerations: categories, ticket kinds, statuses, verdicts."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from scipop.models import AttendeeCategory, ScanVerdict, TicketKind, TicketStatus

CONTEXT = "labels"

# pairs, not a dict: ScanVerdict.CANCELLED and TicketStatus.CANCELLED are equal strings
_LABELS: tuple[tuple[Enum, str], ...] = (
    (AttendeeCategory.PUBLIC, QT_TRANSLATE_NOOP("labels", "Public")),
    (AttendeeCategory.STUDENT, QT_TRANSLATE_NOOP("labels", "Student")),
    (AttendeeCategory.TEACHER, QT_TRANSLATE_NOOP("labels", "Teacher")),
    (AttendeeCategory.VIP, QT_TRANSLATE_NOOP("labels", "VIP")),
    (AttendeeCategory.PRESS, QT_TRANSLATE_NOOP("labels", "Press")),
    (TicketKind.SINGLE, QT_TRANSLATE_NOOP("labels", "Single")),
    (TicketKind.GROUP, QT_TRANSLATE_NOOP("labels", "Group")),
    (TicketStatus.ACTIVE, QT_TRANSLATE_NOOP("labels", "Active")),
    (TicketStatus.WAITLISTED, QT_TRANSLATE_NOOP("labels", "Waiting list")),
    (TicketStatus.CANCELLED, QT_TRANSLATE_NOOP("labels", "Cancelled")),
    (ScanVerdict.ACCEPTED, QT_TRANSLATE_NOOP("labels", "Admitted")),
    (ScanVerdict.PARTIAL, QT_TRANSLATE_NOOP("labels", "Admitted in part")),
    (ScanVerdict.INVALID, QT_TRANSLATE_NOOP("labels", "Invalid code")),
    (ScanVerdict.DUPLICATE, QT_TRANSLATE_NOOP("labels", "Already used")),
    (ScanVerdict.WRONG_SESSION, QT_TRANSLATE_NOOP("labels", "Wrong session")),
    (ScanVerdict.REVOKED, QT_TRANSLATE_NOOP("labels", "Revoked")),
    (ScanVerdict.NOT_OPEN, QT_TRANSLATE_NOOP("labels", "Not yet open")),
    (ScanVerdict.CLOSED, QT_TRANSLATE_NOOP("labels", "Closed")),
    (ScanVerdict.FULL, QT_TRANSLATE_NOOP("labels", "Full")),
    (ScanVerdict.CANCELLED, QT_TRANSLATE_NOOP("labels", "Session cancelled")),
    (ScanVerdict.EXIT, QT_TRANSLATE_NOOP("labels", "Left")),
    (ScanVerdict.UNDONE, QT_TRANSLATE_NOOP("labels", "Undone")),
)


_BY_TYPE: dict[tuple[type, Enum], str] = {(type(v), v): text for v, text in _LABELS}


def ticket_label(value: Enum | str | None) -> str:
    """The value's name in the UI's language ("" for None)."""
    if value is None:
        return ""
    for enum_type in (AttendeeCategory, TicketKind, TicketStatus, ScanVerdict):
        if isinstance(value, enum_type):
            break
    else:
        value = _parse(value)
    text = _BY_TYPE.get((type(value), value)) if isinstance(value, Enum) else None
    if text is None:
        return str(getattr(value, "value", value))
    return QCoreApplication.translate(CONTEXT, text)


def _parse(value: str) -> Enum | str:
    for enum_type in (AttendeeCategory, TicketKind, TicketStatus, ScanVerdict):
        try:
            return enum_type(value)
        except ValueError:
            continue
    return value


def category_choices() -> list[tuple[str, AttendeeCategory]]:
    return [(ticket_label(c), c) for c in AttendeeCategory]
