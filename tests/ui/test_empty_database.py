"""An empty database is not a dead end: every page says what to create first and offers it
(a venue and its halls, an event, the demo data), and so does the session dialog."""

from __future__ import annotations

from datetime import time

from PySide6.QtWidgets import QWidget

from scipop.services.events import EventData, OrganizerData
from scipop.services.organizations import OrganizationData
from scipop.services.venues import RoomData, VenueData
from tests.ui.conftest import settle, window_1280
from tests.ui.modal import ModalHandler
from ui.dialogs.event_dialog import EventDialog
from ui.dialogs.pickers import read_schedule_choices
from ui.dialogs.session_dialog import SessionDialog
from ui.dialogs.venue_dialog import VenueDialog
from ui.main_window import MainWindow
from ui.widgets.setup_hint import DEMO, EVENT, SESSION, VENUE


def _window(qtbot, ctx) -> MainWindow:
    window = window_1280(qtbot, ctx)
    qtbot.waitUntil(lambda: window._setup is not None, timeout=10_000)
    settle(qtbot)
    return window


def _shown(window: MainWindow, qtbot, key: str) -> tuple[str, list[str]]:
    page = window.show_page(key)
    settle(qtbot)
    hint = page.setup_hint
    assert hint is not None and hint.isVisibleTo(page), f"{key} says nothing"
    return hint.label.text(), list(hint.buttons)


def _silent(window: MainWindow, key: str) -> bool:
    hint = window.page(key).setup_hint
    return hint is None or hint.isHidden()


def _closes(kind: type[QWidget], seen: list[str]):
    def handler(dialog: QWidget) -> None:
        assert isinstance(dialog, kind), type(dialog)
        seen.append(kind.__name__)
        dialog.reject()

    return handler


def test_every_page_says_what_to_create_first(qtbot, ctx):
    window = _window(qtbot, ctx)
    text, buttons = _shown(window, qtbot, "calendar")
    assert "add a venue and its halls, and create an event, first" in text
    assert buttons == [VENUE, EVENT, DEMO]
    assert _shown(window, qtbot, "events")[1] == [EVENT, DEMO]
    assert _shown(window, qtbot, "venues")[1] == [VENUE, DEMO]
    for key in ("attendees", "checkin", "dashboard", "reports"):
        assert _shown(window, qtbot, key)[1] == [VENUE, EVENT, DEMO]
    assert window.page("calendar").setup_hint.buttons[VENUE].text() == "Add a venue and its halls…"


def test_the_hints_buttons_open_the_dialogs_that_create_it(qtbot, ctx, monkeypatch):
    window = _window(qtbot, ctx)
    window.show_page("calendar")
    settle(qtbot)
    hint = window.page("calendar").setup_hint
    seen: list[str] = []
    handler = ModalHandler(_closes(VenueDialog, seen))
    hint.buttons[VENUE].click()
    qtbot.waitUntil(lambda: handler.done, timeout=10_000)
    assert window.current_key() == "venues"
    handler = ModalHandler(_closes(EventDialog, seen))
    window.show_page("calendar")
    hint.buttons[EVENT].click()
    qtbot.waitUntil(lambda: handler.done, timeout=10_000)
    assert seen == ["VenueDialog", "EventDialog"]
    loads: list[bool] = []
    monkeypatch.setattr(window, "load_demo", lambda: loads.append(True))
    window.show_page("calendar")
    hint.buttons[DEMO].click()
    assert loads == [True]


def test_the_session_dialog_says_which_to_create_and_offers_it(qtbot, ctx):
    window = _window(qtbot, ctx)
    calendar = window.show_page("calendar")
    settle(qtbot)
    seen: list[str] = []

    def choose_event(dialog: QWidget) -> None:
        assert isinstance(dialog, SessionDialog)
        assert "neither yet" in dialog.setup_hint.label.text()
        assert list(dialog.setup_hint.buttons) == [VENUE, EVENT]
        seen.append("SessionDialog")
        dialog.setup_hint.buttons[EVENT].click()

    handler = ModalHandler(choose_event, _closes(EventDialog, seen))
    calendar.new_action.trigger()
    qtbot.waitUntil(lambda: handler.done, timeout=10_000)
    assert seen == ["SessionDialog", "EventDialog"]


def test_the_hints_follow_what_was_created(qtbot, ctx):
    services = ctx.services
    window = _window(qtbot, ctx)
    org = services.organizations.create(OrganizationData(name="北京市科学技术协会"))
    venue = services.venues.create(VenueData(name="北京科学中心"))
    services.rooms.create(
        RoomData(venue_id=venue.id, name="报告厅", capacity=200, opens_at=time(9))
    )
    window.reload_all()
    qtbot.waitUntil(lambda: window._setup.rooms == 1, timeout=10_000)
    text, buttons = _shown(window, qtbot, "calendar")
    assert buttons == [EVENT]  # no demo: the database is no longer empty
    assert text == "There are no events yet: create an event, then book its sessions."
    assert _silent(window, "venues")

    services.events.create(EventData(title="科学之夜", organizers=[OrganizerData(org.id, "lead")]))
    window.reload_all()
    qtbot.waitUntil(lambda: window._setup.events == 1, timeout=10_000)
    assert _shown(window, qtbot, "calendar")[1] == [SESSION]
    assert _silent(window, "events")
    dialog = SessionDialog(ctx, choices=read_schedule_choices(ctx.services))
    qtbot.addWidget(dialog)
    assert dialog.setup_hint is None  # an event and a hall: nothing to say
