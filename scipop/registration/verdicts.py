"""What the door says: the reason of every verdict, marked for translation (context "scan")."""

from __future__ import annotations

from scipop.i18n import QT_TRANSLATE_NOOP

WELCOME = QT_TRANSLATE_NOOP("scan", "Welcome, {name}.")
GROUP_ARRIVED = QT_TRANSLATE_NOOP(
    "scan", "{name}: {count} admitted now, {arrived} of {headcount} arrived."
)
NO_SUCH_TICKET = QT_TRANSLATE_NOOP("scan", "Genuine code, but its ticket #{id} no longer exists.")
REVOKED = QT_TRANSLATE_NOOP(
    "scan", "{name}'s code was revoked (the ticket was re-issued or cancelled)."
)
OTHER_KEY = QT_TRANSLATE_NOOP(
    "scan", "{name}'s code is signed with a retired key; the ticket was re-issued since."
)
WAITING = QT_TRANSLATE_NOOP("scan", "{name} is still on the waiting list (position {position}).")
WRONG_SESSION = QT_TRANSLATE_NOOP(
    "scan", "{name}'s ticket is for another session: {event} at {start}, {room}."
)
ALREADY_USED = QT_TRANSLATE_NOOP(
    "scan", "Already used: {name} was admitted at {first_at} at {first_station}."
)
TOO_MANY = QT_TRANSLATE_NOOP(
    "scan", "{name}'s group has only {remaining} of {headcount} places left, not {count}."
)
BAD_COUNT = QT_TRANSLATE_NOOP("scan", "Admit at least one person (asked for {count}).")
WALK_IN = QT_TRANSLATE_NOOP("scan", "Walk-in {name} registered and admitted.")
NOT_OPEN = QT_TRANSLATE_NOOP(
    "scan", "Too early: check-in for {name}'s session opens at {opens} (starts {start})."
)
CLOSED = QT_TRANSLATE_NOOP("scan", "Check-in for {name}'s session closed at {closes}.")
SESSION_CANCELLED = QT_TRANSLATE_NOOP(
    "scan", "{name}'s session ({event} at {start}) was cancelled."
)
HALL_FULL = QT_TRANSLATE_NOOP(
    "scan", "The hall is full: {in_hall} of {capacity} inside; {name} ({count}) must wait."
)
OVERRIDDEN = QT_TRANSLATE_NOOP(
    "scan", "{name}: {count} admitted past the hall's capacity by a supervisor."
)
MANUAL = QT_TRANSLATE_NOOP("scan", "{name}: {count} checked in by hand.")
MOVED_HERE = QT_TRANSLATE_NOOP("scan", "{name} moved to this session and admitted.")
LEFT = QT_TRANSLATE_NOOP("scan", "{name}: {count} left the hall.")
ONE_LEFT = QT_TRANSLATE_NOOP("scan", "One person left the hall.")
NEVER_IN = QT_TRANSLATE_NOOP("scan", "{name} was not checked in to this session.")
NEVER_IN_HALL = QT_TRANSLATE_NOOP(
    "scan", "{name} was not checked in to this hall: not counted out."
)
ALREADY_LEFT = QT_TRANSLATE_NOOP(
    "scan", "{name} already left the hall at {left_at} at {left_station}: not counted out again."
)
NOBODY_IN = QT_TRANSLATE_NOOP("scan", "Nobody is counted in the hall: nothing to take off.")
UNDONE = QT_TRANSLATE_NOOP("scan", "Check-in of {name} undone ({count}).")
