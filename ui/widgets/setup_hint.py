"""What to create first: a banner on each page while the database lacks what the page needs.

An empty database is not a dead end: the Calendar says to add a venue and its halls, the
Events page to create an event, and so on, each with buttons that open the right dialog
(or load the demo data). The main window reads the :class:`~scipop.services.setup.SetupState`
in a worker and hands each page its hint; a button asks the window to start (``requested``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

if TYPE_CHECKING:  # the shell paints before SQLAlchemy is imported
    from scipop.services.setup import SetupState

# What a button starts (the main window knows where each is done).
VENUE, EVENT, SESSION, ORGANIZATION, DEMO = "venue", "event", "session", "organization", "demo"


def start_text(start: str) -> str:
    texts = {
        VENUE: QCoreApplication.translate("SetupHint", "Add a venue and its halls…"),
        EVENT: QCoreApplication.translate("SetupHint", "Create an event…"),
        SESSION: QCoreApplication.translate("SetupHint", "Book a session…"),
        ORGANIZATION: QCoreApplication.translate("SetupHint", "Add an organization…"),
        DEMO: QCoreApplication.translate("SetupHint", "Load demo data…"),
    }
    return texts[start]


@dataclass(frozen=True)
class Hint:
    text: str
    starts: tuple[str, ...]


def _first_steps(state: SetupState) -> tuple[str, ...]:
    """The buttons that lead to a first session: halls, an event, or the demo."""
    starts: list[str] = []
    if not state.rooms:
        starts.append(VENUE)
    if not state.events:
        starts.append(EVENT)
    if not starts:
        starts.append(SESSION)
    if state.empty:
        starts.append(DEMO)
    return tuple(starts)


def _before_sessions(state: SetupState) -> str:
    if not state.rooms and not state.events:
        return QCoreApplication.translate(
            "SetupHint",
            "Sessions are booked in halls for events: add a venue and its halls, and create "
            "an event, first (or load the demo data to look around).",
        )
    if not state.rooms:
        return QCoreApplication.translate(
            "SetupHint", "There are no halls to book yet: add a venue and its halls first."
        )
    if not state.events:
        return QCoreApplication.translate(
            "SetupHint", "There are no events yet: create an event, then book its sessions."
        )
    return QCoreApplication.translate(
        "SetupHint", "No session is booked yet: book one in the Calendar."
    )


def hint_for(page: str, state: SetupState) -> Hint | None:
    """What the page ``page`` should say on this database, or None when it has what it needs."""
    if page == "calendar":
        if state.rooms and state.events:
            if state.sessions:
                return None
            return Hint(
                QCoreApplication.translate(
                    "SetupHint",
                    "No session is booked yet: click an empty slot in a hall's column, or "
                    "book one here.",
                ),
                (SESSION,),
            )
        return Hint(_before_sessions(state), _first_steps(state))
    if page == "events":
        if state.events:
            return None
        demo = (DEMO,) if state.empty else ()
        return Hint(
            QCoreApplication.translate(
                "SetupHint",
                "No events yet. Create the first one (its organizers are added in the same "
                "dialog), then book its sessions in the Calendar.",
            ),
            (EVENT, *demo),
        )
    if page == "venues":
        if state.venues:
            return None
        demo = (DEMO,) if state.empty else ()
        return Hint(
            QCoreApplication.translate(
                "SetupHint",
                "No venues yet: add the venue and the halls where sessions take place, with "
                "their capacity and opening hours.",
            ),
            (VENUE, *demo),
        )
    if page == "organizations":
        if state.organizations:
            return None
        demo = (DEMO,) if state.empty else ()
        return Hint(
            QCoreApplication.translate(
                "SetupHint",
                "No organizations yet: add those that organize events (BAST, BJAST, schools).",
            ),
            (ORGANIZATION, *demo),
        )
    if page in ("attendees", "checkin", "dashboard", "reports"):
        if state.sessions:
            return None
        lead = {
            "attendees": QCoreApplication.translate("SetupHint", "People register for sessions."),
            "checkin": QCoreApplication.translate(
                "SetupHint", "Tickets are checked at the door of a session."
            ),
            "dashboard": QCoreApplication.translate(
                "SetupHint", "The dashboard shows today's sessions as people arrive."
            ),
            "reports": QCoreApplication.translate(
                "SetupHint", "Reports count the people of sessions."
            ),
        }[page]
        return Hint(f"{lead} {_before_sessions(state)}", _first_steps(state))
    return None


class SetupHint(QFrame):
    """A banner: what to create first, with a button for each way forward."""

    requested = Signal(str)  # one of VENUE, EVENT, SESSION, ORGANIZATION, DEMO

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("setupHint")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("role", "notice")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons: dict[str, QPushButton] = {}
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(10, 8, 10, 8)
        self._row.addWidget(self.label, 1)
        self.hint: Hint | None = None
        self.hide()

    def show_hint(self, hint: Hint | None) -> None:
        self.hint = hint
        for button in self.buttons.values():
            self._row.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        if hint is None:
            self.hide()
            return
        self.label.setText(hint.text)
        for start in hint.starts:
            button = QPushButton(start_text(start), self)
            button.clicked.connect(lambda _c=False, s=start: self.requested.emit(s))
            self._row.addWidget(button)
            self.buttons[start] = button
        self.show()
