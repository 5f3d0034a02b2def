"""Scheduling: sessions in halls without double bookings, recurring series, event detail.

The GUI and the CLI use :class:`SchedulingService` (``Services.scheduling``); every path
that books a time slot goes through :func:`scipop.scheduling.conflicts.find_clash`.
"""

from scipop.scheduling.conflicts import MAX_BUFFER_MINUTES, Clash, find_clash, occupied
from scipop.scheduling.rules import Planner, Problem, SessionDraft
from scipop.scheduling.service import SchedulingService

__all__ = [
    "MAX_BUFFER_MINUTES",
    "Clash",
    "Planner",
    "Problem",
    "SchedulingService",
    "SessionDraft",
    "find_clash",
    "occupied",
]
