"""The station at a real door: its width at 1280 px whatever the name, walk-ins and their undo,
the waiting list, the lookup's failures and stale answers, a cancelled session, the language's
brackets, an empty database, and the operator every scan is logged with."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from sqlalchemy import select

from scipop.errors import DatabaseUnavailable
from scipop.models import Scan, ScanVerdict, Ticket, TicketStatus
from scipop.registration import verdicts as V
from scipop.registration.dto import AdmitResult, Registrant
from tests.fixtures.station_world import build_door
from tests.ui.conftest import settle, window_1280
from tests.ui.modal import ModalHandler
from tests.ui.test_station import open_station, scanner_types
from ui.station.dialogs import LookupDialog
from ui.station.window import StationWindow

LONG_NAME = "北京市第一六一中学初二（3）班 带队老师王老师 Beijing No. 161 Middle School Class 3"


@pytest.fixture
def world(services):
    return build_door(services.store, hall=60)


@pytest.fixture
def station(qtbot, ctx, world):
    return open_station(qtbot, ctx, world.now_show)


def _fits(qapp, w: StationWindow) -> None:
    """At 1280 px wide: the window neither grew nor asks to; the counters stand apart."""
    qapp.processEvents()
    assert w.width() <= 1280, w.verdict.name.text()
    assert w.minimumSizeHint().width() <= 1280, w.verdict.name.text()
    assert w.minimumWidth() <= 1280
    counts, hall = w.counts_label.geometry(), w.hall_label.geometry()
    assert not counts.intersects(hall)
    assert counts.right() + 16 <= hall.left() or counts.bottom() + 4 <= hall.top()
    for label in (w.counts_label, w.hall_label):  # each says all of its words
        box = QRect(0, 0, label.contentsRect().width(), 10_000)
        flags = int(Qt.TextFlag.TextWordWrap.value) if label.wordWrap() else 0
        needed = QFontMetrics(label.font()).boundingRect(box, flags, label.text())
        assert needed.width() <= label.contentsRect().width(), label.text()
        assert needed.height() <= label.contentsRect().height(), label.text()


def _scan(qtbot, w: StationWindow, code: str) -> str:
    """A code as the scan field hands it on (the keystrokes are tested in test_station.py)."""
    with qtbot.waitSignal(w.verdict_shown, timeout=5000) as shown:
        w.submit_code(code)
    return shown.args[0]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_long_group_name_wraps_and_the_window_stays_1280_wide(
    qapp, qtbot, ctx, services, world, request, lang
):
    if lang == "zh_CN":
        request.getfixturevalue("chinese")
    school = services.registration.register(
        world.now_show, Registrant(name=LONG_NAME, phone="13700009999", headcount=3)
    )
    w = open_station(qtbot, ctx, world.now_show, door="East door")
    _fits(qapp, w)  # ready
    assert _scan(qtbot, w, school.code) == "accepted"
    assert LONG_NAME in w.verdict.name.text() and w.verdict.name.wordWrap()
    ticket = w.last_result.ticket
    _fits(qapp, w)
    assert _scan(qtbot, w, school.code) == "duplicate"
    _fits(qapp, w)
    assert _scan(qtbot, w, world.tickets["later"].code) == "wrong_session"
    _fits(qapp, w)
    assert _scan(qtbot, w, "HELLO-WORLD") == "invalid"
    _fits(qapp, w)
    # every verdict the panel can show, with the long name and a long reason
    for verdict in ScanVerdict:
        params = {
            "name": LONG_NAME, "count": 3, "arrived": 3, "headcount": 3, "remaining": 0,
            "in_hall": 60, "capacity": 60, "event": LONG_NAME, "start": "10:00",
            "room": "球幕/数字球 展厅", "first_at": "10:00", "first_station": "East door",
            "opens": "09:30", "closes": "11:00", "left_at": "10:30", "left_station": "East door",
            "position": 1, "id": 1,
        }  # fmt: skip
        result = AdmitResult(verdict, 0, V.WRONG_SESSION, params, ticket=ticket)
        with qtbot.waitSignal(w.verdict_shown, timeout=5000):
            w._show_result(result)
        _fits(qapp, w)
    w.verdict.show_registered(ticket)
    _fits(qapp, w)


def _walk_in(qtbot, w: StationWindow, name: str, *, admit: bool = True, people: int = 1):
    """F6 at the station: the dialog is filled in and Register pressed, as a volunteer does."""

    def fill(dialog) -> None:
        qtbot.waitUntil(lambda: dialog.session_combo.session_id() == w.session_id, timeout=10_000)
        dialog.name_edit.setText(name)
        dialog.headcount_spin.setValue(people)
        dialog.admit_check.setChecked(admit)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    handler = ModalHandler(fill)
    with qtbot.waitSignal(w.verdict_shown, timeout=15_000) as shown:
        w.walk_in()
    assert handler.done
    return shown.args[0]


def test_undo_after_a_walk_in_takes_them_back_out_of_the_counts(qtbot, station, world, services):
    before = services.station.counters(world.now_show)
    assert _walk_in(qtbot, station, "刘一", people=2) == "accepted"
    assert station.verdict.title.text() == "Welcome"
    assert station.last_result.scan_id is not None and station.undo_button.isEnabled()
    after = services.station.counters(world.now_show)
    assert (after.checked_in, after.in_hall) == (before.checked_in + 2, before.in_hall + 2)
    with qtbot.waitSignal(station.verdict_shown, timeout=5000) as shown:
        station.undo_last()
    assert shown.args[0] == "undone", station.verdict.detail.text()
    assert station.verdict.title.text() == "Check-in undone"
    undone = services.station.counters(world.now_show)
    assert (undone.checked_in, undone.in_hall) == (before.checked_in, before.in_hall)
    assert not station.undo_button.isEnabled()


def test_undo_is_never_offered_for_a_result_without_its_scan(qtbot, station, world):
    ticket = world.tickets["张伟"]
    result = AdmitResult(ScanVerdict.ACCEPTED, 1, V.WALK_IN, {"name": "张伟"}, ticket=ticket)
    with qtbot.waitSignal(station.verdict_shown, timeout=5000):
        station._show_result(result)
    assert not station.undo_button.isEnabled()


def test_a_walk_in_registered_without_admitting_is_not_welcomed(qtbot, station, world, services):
    before = services.station.counters(world.now_show)
    assert _walk_in(qtbot, station, "陈二", admit=False) == "registered"
    assert station.verdict.state == "registered"
    assert station.verdict.title.text() == "Registered, not admitted"
    assert "陈二" in station.verdict.name.text()
    assert "not admitted" in station.verdict.detail.text()
    assert "Welcome" not in station.verdict.title.text()
    assert not station.undo_button.isEnabled()
    after = services.station.counters(world.now_show)
    assert (after.checked_in, after.in_hall) == (before.checked_in, before.in_hall)
    assert after.registered == before.registered + 1


def test_a_ticket_on_the_waiting_list_is_not_hall_full_and_no_supervisor_key(
    qtbot, station, world, services
):
    with services.store.uow(write=True) as uow:
        t = uow.session.get(Ticket, world.tickets["李娜"].id)
        t.status, t.waitlist_position = TicketStatus.WAITLISTED, 1
        uow.commit()
    assert scanner_types(qtbot, station, world.tickets["李娜"].code) == "full"
    assert station.verdict.title.text() == "On the waiting list"
    assert "waiting list" in station.verdict.detail.text()
    assert not station.override_button.isEnabled()  # a full hall still offers it: test_station


def _lookup(qtbot, station, search) -> LookupDialog:
    dialog = LookupDialog(station.ctx, search, station)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_failed_lookup_says_so_in_the_dialog(qtbot, station):
    def broken(_services, _text):
        raise DatabaseUnavailable("The database at {where} cannot be reached.", where="db")

    dialog = _lookup(qtbot, station, broken)
    dialog.edit.setText("张")
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert dialog.error.text().startswith("The search failed: ")
    assert "cannot be reached" in dialog.error.text()
    assert dialog.model.rowCount() == 0


def test_an_older_lookup_never_overwrites_the_newer_one(qtbot, station, world):
    slow_started, release = threading.Event(), threading.Event()

    def search(services, text):
        if text == "张":  # the first search is slow: it answers after the second
            slow_started.set()
            release.wait(5)
        return services.station.lookup(world.now_show, text)

    dialog = _lookup(qtbot, station, search)
    dialog.edit.setText("张")
    qtbot.waitUntil(slow_started.is_set, timeout=5000)
    dialog.edit.setText("李")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    release.set()
    settle(qtbot)
    qtbot.wait(50)
    assert [dialog.model.row(i).name for i in range(dialog.model.rowCount())] == ["李娜"]


def test_nobody_found_is_said_and_full_width_digits_find_the_phone(qtbot, station, world):
    dialog = _lookup(
        qtbot, station, lambda services, text: services.station.lookup(world.now_show, text)
    )
    dialog.edit.setText("0000")
    qtbot.waitUntil(dialog.note.isVisible, timeout=5000)
    assert dialog.note.text() == "Nobody found for “0000”."
    dialog.edit.setText("５６７８")  # typed with a Chinese input method: full-width digits
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert dialog.model.row(0).name == "张伟" and not dialog.note.isVisible()


def test_full_width_search_text_is_normalised(services, world):
    found = services.station.lookup(world.now_show, "５６７８")
    assert [r.name for r in found] == ["张伟"]
    assert [r.name for r in services.station.lookup(world.now_show, "ＬＮ")] == ["李娜"]


def test_a_cancelled_session_says_so_plainly(qtbot, ctx, world):
    w = open_station(qtbot, ctx, world.cancelled)
    assert w.counters.cancelled
    assert w.cancelled_label.isVisible()
    assert w.cancelled_label.text() == "This session is cancelled"
    live = open_station(qtbot, ctx, world.now_show)
    assert not live.cancelled_label.isVisible()


def test_the_keys_use_the_languages_brackets(qtbot, ctx, world, chinese):
    w = open_station(qtbot, ctx, world.now_show)
    assert w.undo_button.text() == "撤销上一次（F2）"
    for button in w.actions:
        assert "(" not in button.text() and ")" not in button.text(), button.text()
        assert button.text().endswith("）"), button.text()


def test_the_keys_in_english_keep_their_brackets(station):
    assert station.undo_button.text() == "Undo last (F2)"
    assert station.leave_button.text() == "Leave (Esc)"


def test_on_an_empty_database_the_check_in_page_says_there_is_no_session(qtbot, ctx):

    window = window_1280(qtbot, ctx)
    qtbot.waitUntil(lambda: window._setup is not None, timeout=10_000)
    settle(qtbot)
    window.open_check_in()  # the menu's "Open a check-in station…" leads here
    settle(qtbot)
    page = window.page("checkin")
    assert window.current_key() == "checkin"
    assert not page.open_button.isEnabled()
    assert "no session to check in to" in page.open_button.toolTip()
    assert page.open_note.isVisible() and "book a session" in page.open_note.text()
    assert page.setup_hint is not None and page.setup_hint.isVisibleTo(page)  # the way on
    page.hall_radio.setChecked(True)
    assert not page.open_button.isEnabled() and "no hall" in page.open_note.text()
    assert page.open_station() is None


def _scans(services, session_id):
    """The session's Scan rows: (method, operator), oldest first."""
    with services.store.uow() as uow:
        return uow.session.execute(
            select(Scan.method, Scan.operator)
            .where(Scan.session_id == session_id)
            .order_by(Scan.id)
        ).all()


def test_scans_are_logged_with_the_operator_chosen_on_the_check_in_page(
    qtbot, ctx, world, services
):
    from ui.station.page import CheckInPage

    page = CheckInPage(ctx)
    qtbot.addWidget(page)
    page.reload()
    settle(qtbot)
    page.door_edit.setText("东门")
    page.operator_edit.setText(" 王老师 ")
    page.session_combo.select(world.now_show)
    assert page.open_button.isEnabled()
    w = page.open_station()
    qtbot.addWidget(w)
    w.sounds.enabled = False
    assert w.setup.operator == "王老师"
    assert w.operator_label.isVisible() and w.operator_label.text() == "Operator: 王老师"
    assert scanner_types(qtbot, w, world.tickets["张伟"].code) == "accepted"
    with qtbot.waitSignal(w.verdict_shown, timeout=5000):
        w.undo_last()
    with qtbot.waitSignal(w.verdict_shown, timeout=5000):
        w.minus_one()
    assert _walk_in(qtbot, w, "刘一") == "accepted"
    assert scanner_types(qtbot, w, world.tickets["later"].code) == "wrong_session"
    with qtbot.waitSignal(w.verdict_shown, timeout=5000):
        w.move_here()
    assert scanner_types(qtbot, w, world.tickets["group"].code) == "accepted"
    for key in (w.group_minus, w.group_plus):  # one taken back, then checked in by hand
        with qtbot.waitSignal(w.verdict_shown, timeout=5000):
            key()
    scans = _scans(services, world.now_show)
    assert [s.method for s in scans] == [
        "scan", "undo", "minus_one", "walk_in", "scan", "move", "scan", "undo", "manual",
    ]  # fmt: skip
    assert {s.operator for s in scans} == {"王老师"}
    again = CheckInPage(ctx)  # remembered on this PC, as the door name is
    qtbot.addWidget(again)
    assert again.operator_edit.text() == "王老师" and again.door_edit.text() == "东门"


def test_without_an_operator_scans_are_logged_with_the_pcs_login(qtbot, station, world, services):
    assert station.setup.operator == ""
    assert scanner_types(qtbot, station, world.tickets["张伟"].code) == "accepted"
    assert not station.operator_label.isVisible()
    (scan,) = _scans(services, world.now_show)
    assert scan.operator == services.store.actor
