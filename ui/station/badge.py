"""A volunteer's badge at the station: checked in or out of their shift, or why not.

Badge scans are not the door's: they have their own looks on the verdict panel and leave the
door's counters, recent scans and undo alone (scipop/volunteers/checkin.py decides them).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from scipop.models import ShiftScanOutcome
from scipop.timeutil import fmt_local
from scipop.volunteers.dto import ShiftScanResult
from ui.errors import translated
from ui.station.verdict import LOOKS, VerdictPanel, headline

BADGE_LOOKS = {
    "badge_in": ("#1f618d", QT_TRANSLATE_NOOP("VerdictPanel", "Volunteer checked in")),
    "badge_out": ("#1a5276", QT_TRANSLATE_NOOP("VerdictPanel", "Volunteer checked out")),
    "badge_refused": ("#b03a2e", QT_TRANSLATE_NOOP("VerdictPanel", "Volunteer badge refused")),
}
LOOKS.update(BADGE_LOOKS)  # the panel paints a state's colour and headline from LOOKS
BADGE_STATES = {
    ShiftScanOutcome.CHECKED_IN: "badge_in",
    ShiftScanOutcome.CHECKED_OUT: "badge_out",
    ShiftScanOutcome.REJECTED: "badge_refused",
}


def show_badge(panel: VerdictPanel, result: ShiftScanResult) -> str:
    """Paint the badge scan's verdict; returns the state painted."""
    state = BADGE_STATES[result.outcome]
    name = result.volunteer_name
    if result.accepted and result.starts_at is not None:
        span = f"{fmt_local(result.starts_at, '%H:%M')}–{fmt_local(result.ends_at, '%H:%M')}"
        name = " · ".join(p for p in (name, result.room_name, result.role, span) if p)
    detail = translated(result.context, result.template, result.params, result.message)
    panel._paint(state, headline(state), name, detail)
    return state
