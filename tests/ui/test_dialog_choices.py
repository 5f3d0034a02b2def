"""The scheduling, event and room dialogs and the Check-in page read and write off the GUI
thread: with a slowed service the window keeps processing events while the read runs, and the
dialog opens filled once the data has arrived; the Check-in page's settings are written in a
worker and a refusal is said on the page."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from scipop.services.venues import RoomData
from scipop.station.config import PinKind
from tests.ui.conftest import DEMO_DAY, settle
from tests.ui.modal import ModalHandler

SLOW_S = 0.2


class Slowed:
    """``service.name`` takes SLOW_S longer (a server across a busy network); records the
    threads it ran on and the GUI timer's ticks seen while it ran."""

    def __init__(self, monkeypatch, service, name: str, widget: QWidget):
        self.threads: list[threading.Thread] = []
        self.ticks = 0
        self.ticks_before_it_ended = -1
        real = getattr(service, name)

        def slow(*args, **kwargs):
            self.threads.append(threading.current_thread())
            time.sleep(SLOW_S)
            self.ticks_before_it_ended = self.ticks
            return real(*args, **kwargs)

        monkeypatch.setattr(service, name, slow)
        self.timer = QTimer(widget)
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.ticks += 1

    def check(self) -> None:
        assert self.threads, "the service was called"
        assert all(t is not threading.main_thread() for t in self.threads)
        assert self.ticks_before_it_ended >= 5, "the event loop kept running during the read"


def _opened(qtbot, trigger, look) -> None:
    """``trigger()`` returns at once, before the dialog; ``look(dialog)`` once it opens."""
    seen: list[QWidget] = []

    def handler(dialog) -> None:
        seen.append(dialog)
        try:
            look(dialog)
        finally:
            dialog.reject()

    modal = ModalHandler(handler)
    started = time.monotonic()
    trigger()
    assert time.monotonic() - started < SLOW_S, "the read did not run on the GUI thread"
    assert not seen
    qtbot.waitUntil(lambda: modal.done, timeout=10_000)
    settle(qtbot)


@pytest.fixture
def calendar(qtbot, demo_ctx):
    from ui.pages.calendar import CalendarPage

    page = CalendarPage(demo_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.activate()
    page.go_to(DEMO_DAY)
    settle(qtbot)
    return page


def test_the_session_dialog_opens_with_the_events_and_halls_read_in_a_worker(
    qtbot, demo_ctx, calendar, monkeypatch
):
    slowed = Slowed(monkeypatch, demo_ctx.services.events, "list", calendar)
    lab = next(r.id for r in calendar.data.rooms if r.name_en == "Innovation Lab")
    shown = {}

    def look(dialog) -> None:
        shown["events"] = dialog.event_combo.count()
        shown["rooms"] = dialog.room_combo.count()
        dialog.room_combo.set_room(lab)
        shown["hint"] = dialog.room_hint.text()

    _opened(qtbot, calendar.new_session, look)
    slowed.check()
    assert shown["events"] == len(demo_ctx.services.events.list()) > 0
    assert shown["rooms"] == len(demo_ctx.services.rooms.list()) > 0
    assert "places" in shown["hint"]


def test_the_series_dialog_opens_with_its_choices_read_in_a_worker(
    qtbot, demo_ctx, calendar, monkeypatch
):
    slowed = Slowed(monkeypatch, demo_ctx.services.rooms, "list", calendar)
    shown = {}

    def look(dialog) -> None:
        shown["rooms"] = dialog.room_combo.count()
        shown["events"] = dialog.event_combo.count()
        shown["first"] = dialog.first_edit.date().toPython()

    _opened(qtbot, calendar.new_series, look)
    slowed.check()
    assert shown["rooms"] == len(demo_ctx.services.rooms.list()) > 0
    assert shown["events"] > 0 and shown["first"] == DEMO_DAY


def test_the_event_dialog_gets_its_organizations_and_programs_from_a_worker(
    qtbot, demo_ctx, monkeypatch
):
    from ui.pages.events import EventsPage

    page = EventsPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(qtbot)
    slowed = Slowed(monkeypatch, demo_ctx.services.programs, "list", page)
    shown = {}

    def look(dialog) -> None:
        shown["programs"] = dialog.program_combo.count()
        shown["organizations"] = dialog.add_org_combo.count()

    _opened(qtbot, page.new_event, look)
    slowed.check()
    assert shown["programs"] == 1 + len(demo_ctx.services.programs.list())  # and "(no program)"
    assert shown["organizations"] > 0


def test_the_room_dialog_gets_its_venues_from_a_worker(qtbot, demo_ctx, monkeypatch):
    from ui.pages.venues import VenuesPage

    page = VenuesPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(qtbot)
    slowed = Slowed(monkeypatch, demo_ctx.services.venues, "list", page)
    shown = {}

    def look(dialog) -> None:
        shown["venues"] = [
            dialog.venue_combo.itemData(i) for i in range(dialog.venue_combo.count())
        ]

    _opened(qtbot, page.new_room, look)
    slowed.check()
    assert shown["venues"] == [v.id for v in demo_ctx.services.venues.list()]


# ---- the Check-in page
@pytest.fixture
def check_in(qtbot, demo_ctx, monkeypatch):
    from ui.station.page import CheckInPage

    page = CheckInPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_check_in_page_reads_its_sessions_and_settings_in_a_worker(
    qtbot, demo_ctx, check_in, monkeypatch
):
    slowed = Slowed(monkeypatch, demo_ctx.services.rooms, "list", check_in)
    demo_ctx.services.station.config.set_window(20, 10)
    started = time.monotonic()
    check_in.activate()
    assert time.monotonic() - started < SLOW_S and check_in.room_combo.count() == 0
    settle(qtbot)
    slowed.check()
    assert check_in.room_combo.count() == len(demo_ctx.services.rooms.list())
    assert check_in.session_combo.count() > 0
    assert (check_in.before_spin.value(), check_in.after_spin.value()) == (20, 10)
    assert "not set" in check_in.pin_status.text() and not check_in.kiosk_check.isEnabled()


def test_the_check_in_window_is_saved_in_a_worker(qtbot, demo_ctx, check_in, monkeypatch):
    check_in.activate()
    settle(qtbot)
    config = demo_ctx.services.station.config
    slowed = Slowed(monkeypatch, config, "set_window", check_in)
    check_in.before_spin.setValue(45)
    check_in.after_spin.setValue(5)
    started = time.monotonic()
    op = check_in.save_window()
    assert time.monotonic() - started < SLOW_S and not check_in.save_window_button.isEnabled()
    settle(qtbot)
    slowed.check()
    assert op.done and check_in.save_window_button.isEnabled()
    assert "saved" in check_in.settings_note.text() and not check_in.settings_error.text()
    monkeypatch.undo()
    window = config.window()
    assert (window.before.total_seconds(), window.after.total_seconds()) == (45 * 60, 5 * 60)


def test_a_pin_is_saved_in_a_worker_and_a_bad_one_is_refused_on_the_page(
    qtbot, demo_ctx, check_in, monkeypatch
):
    check_in.activate()
    settle(qtbot)
    config = demo_ctx.services.station.config
    typed = iter(["12", "2468"])
    monkeypatch.setattr("ui.station.page.ask_pin", lambda *_a: next(typed))
    slowed = Slowed(monkeypatch, config, "set_pin", check_in)

    check_in.set_pin(PinKind.STAFF)  # too short: refused, said under the settings
    settle(qtbot)
    assert check_in.settings_error.text() == "A PIN is 4 to 12 digits."
    assert not check_in.settings_error.isHidden()
    assert not config.has_pin(PinKind.STAFF) and not check_in.kiosk_check.isEnabled()

    check_in.set_pin(PinKind.STAFF)
    assert not check_in.staff_button.isEnabled()  # the write is under way
    settle(qtbot)
    slowed.check()
    assert check_in.settings_error.isHidden() and "hash" in check_in.settings_note.text()
    assert config.check_pin(PinKind.STAFF, "2468")
    assert check_in.kiosk_check.isEnabled() and "Staff PIN: set" in check_in.pin_status.text()


def test_no_scheduling_dialog_reads_on_the_gui_thread(demo_ctx, qtbot, monkeypatch):
    """Built with their choices, the dialogs call no service at all while they are built."""
    from ui.dialogs.event_dialog import EventDialog, read_event_choices
    from ui.dialogs.pickers import read_schedule_choices
    from ui.dialogs.series_dialog import SeriesDialog
    from ui.dialogs.session_dialog import SessionDialog
    from ui.dialogs.venue_dialog import RoomDialog

    services = demo_ctx.services
    schedule, options, venues = (
        read_schedule_choices(services),
        read_event_choices(services),
        services.venues.list(),
    )
    calls: list[str] = []
    for name in ("events", "rooms", "venues", "organizations", "programs", "sessions"):
        service = getattr(services, name)
        monkeypatch.setattr(service, "list", lambda *a, n=name, **k: calls.append(n))
    for dialog in (
        SessionDialog(demo_ctx, choices=schedule),
        SeriesDialog(demo_ctx, choices=schedule, first_day=date(2030, 12, 3)),
        EventDialog(demo_ctx, options=options),
        RoomDialog(demo_ctx, RoomData(), venues=venues),
    ):
        qtbot.addWidget(dialog)
    assert calls == []


def test_import_registrations_opens_with_the_open_sessions_read_in_a_worker(
    qtbot, demo_ctx, monkeypatch
):
    from ui.pages.attendees import AttendeesPage

    page = AttendeesPage(demo_ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.search.ready and not page.search.building, timeout=10_000)
    settle(qtbot)
    slowed = Slowed(monkeypatch, demo_ctx.services.sessions, "list", page)
    shown = {}

    def look(dialog) -> None:
        shown["sessions"] = dialog.session_combo.count()

    _opened(qtbot, page.actions.import_registrations, look)
    slowed.check()
    assert shown["sessions"] > 1  # "the session named in each row" and the open ones
