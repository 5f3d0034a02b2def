"""Translated names of the domain's enumerations (event kinds, statuses, roles...)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from scipop.models import EventKind, EventStatus, OrganizerRole, OrgKind

CONTEXT = "labels"

_LABELS: dict[Enum, str] = {
    EventKind.EXHIBITION: QT_TRANSLATE_NOOP("labels", "Exhibition"),
    EventKind.SHOW: QT_TRANSLATE_NOOP("labels", "Show"),
    EventKind.FORUM: QT_TRANSLATE_NOOP("labels", "Forum / lecture"),
    EventKind.COMPETITION: QT_TRANSLATE_NOOP("labels", "Competition"),
    EventKind.TRAINING: QT_TRANSLATE_NOOP("labels", "Training"),
    EventKind.EXCHANGE: QT_TRANSLATE_NOOP("labels", "Exchange"),
    EventStatus.DRAFT: QT_TRANSLATE_NOOP("labels", "Draft"),
    EventStatus.PUBLISHED: QT_TRANSLATE_NOOP("labels", "Published"),
    EventStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "Cancelled"),
    OrganizerRole.LEAD: QT_TRANSLATE_NOOP("labels", "Lead organizer"),
    OrganizerRole.CO_ORGANIZER: QT_TRANSLATE_NOOP("labels", "Co-organizer"),
    OrgKind.ASSOCIATION: QT_TRANSLATE_NOOP("labels", "Association"),
    OrgKind.ACADEMY: QT_TRANSLATE_NOOP("labels", "Academy / institute"),
    OrgKind.SOCIETY: QT_TRANSLATE_NOOP("labels", "Society"),
    OrgKind.SCHOOL: QT_TRANSLATE_NOOP("labels", "School"),
    OrgKind.COMPANY: QT_TRANSLATE_NOOP("labels", "Company"),
    OrgKind.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}


def label(value: Enum) -> str:
    """The enumeration value's name in the UI's language."""
    text = _LABELS.get(value)
    if text is None:
        return str(value.value)
    return QCoreApplication.translate(CONTEXT, text)


def choices(enum_type: type[Enum]) -> list[tuple[str, Enum]]:
    """(label, value) pairs for a combo box, in declaration order."""
    return [(label(v), v) for v in enum_type]
