"""Translated texts of the volunteer domain: assignment issues, statuses, hours, times."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from scipop.models import AssignmentStatus
from scipop.timeutil import to_local, utcnow
from ui.errors import translated

CONTEXT = "VolunteerLabels"

_STATUS = {
    AssignmentStatus.ASSIGNED: QT_TRANSLATE_NOOP("VolunteerLabels", "Assigned"),
    AssignmentStatus.CHECKED_IN: QT_TRANSLATE_NOOP("VolunteerLabels", "Checked in"),
    AssignmentStatus.CHECKED_OUT: QT_TRANSLATE_NOOP("VolunteerLabels", "Checked out"),
    AssignmentStatus.NO_SHOW: QT_TRANSLATE_NOOP("VolunteerLabels", "No-show"),
    AssignmentStatus.CANCELLED: QT_TRANSLATE_NOOP("VolunteerLabels", "Cancelled"),
}


def status_text(status: AssignmentStatus | str) -> str:
    try:
        key = AssignmentStatus(status)
    except ValueError:
        return str(status)
    return QCoreApplication.translate(CONTEXT, _STATUS[key])


def issue_text(issue) -> str:
    """One finding of an assignment check in the UI's language."""
    return translated(
        getattr(issue, "context", "volunteers"), issue.template, issue.params, issue.message
    )


def local_today() -> date:
    """Today in the program's zone (Asia/Shanghai), whatever the PC's clock zone."""
    return to_local(utcnow()).date()


def hours_text(hours: float) -> str:
    """``3.5`` / ``4`` without trailing zeros."""
    return f"{hours:.2f}".rstrip("0").rstrip(".") or "0"


def span_text(start: datetime, end: datetime) -> str:
    """``09:30–12:00`` (or ``23:00–01-02 03:00`` across midnight), local time."""
    a, b = to_local(start), to_local(end)
    if a.date() == b.date():
        return f"{a:%H:%M}–{b:%H:%M}"
    return f"{a:%H:%M}–{b:%m-%d %H:%M}"


def join_items(items) -> str:
    return "、".join(items)
