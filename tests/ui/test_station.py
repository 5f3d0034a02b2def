"""The check-in station as a volunteer uses it: a wedge scanner types, the screen answers."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from scipop.models import ScanVerdict
from scipop.station.config import PinKind
from tests.fixtures.station_world import build_door
from tests.ui.conftest import settle
from ui.station import window as window_module
from ui.station.dialogs import LookupDialog
from ui.station.feed import FeedModel, LookupModel
from ui.station.window import StationSetup, StationWindow


@pytest.fixture
def world(services):
    return build_door(services.store, hall=60)


@pytest.fixture
def station(qtbot, ctx, world):
    return open_station(qtbot, ctx, world.now_show)


def open_station(qtbot, ctx, session_id=None, door="东门", **kw) -> StationWindow:
    w = StationWindow(ctx, StationSetup(door, session_id, **kw))
    w.sounds.enabled = False  # the test machine may have no audio device; which sound is kept
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitUntil(lambda: w.counters is not None or w.session_id is None, timeout=5000)
    return w


def scanner_types(qtbot, w: StationWindow, code: str, *, caps_lock: bool = False) -> str:
    """26 keystrokes 8 ms apart then Enter, as a USB keyboard-wedge scanner sends them."""
    with qtbot.waitSignal(w.verdict_shown, timeout=5000) as shown:
        QTest.keyClicks(w.scan_field, code.lower() if caps_lock else code, delay=8)
        QTest.keyClick(w.scan_field, Qt.Key.Key_Return)
    return shown.args[0]


def test_a_scanner_typing_a_code_then_enter_is_welcomed_by_name(qtbot, station, world):
    verdict = scanner_types(qtbot, station, world.tickets["张伟"].code)
    assert verdict == "accepted" and station.verdict.state == "accepted"
    assert station.verdict.title.text() == "Welcome"
    assert "张伟" in station.verdict.name.text() and "138****5678" in station.verdict.name.text()
    assert station.sounds.last_played == "accepted"
    assert "1 / 60" in station.hall_label.text()


def test_with_caps_lock_on_the_same_code_is_the_same_scan(qtbot, station, world):
    assert scanner_types(qtbot, station, world.tickets["李娜"].code, caps_lock=True) == "accepted"
    qtbot.wait(1000)  # not a double fire: someone shows the same ticket again
    assert scanner_types(qtbot, station, world.tickets["李娜"].code) == "duplicate"
    assert station.verdict.title.text() == "Already used"
    assert "东门" in station.verdict.detail.text()
    assert station.sounds.last_played == "duplicate"


def test_an_input_method_preedit_never_reaches_the_scan_field(qtbot, station):
    field = station.scan_field
    assert not field.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    event = QInputMethodEvent("zhang", [])
    event.setCommitString("张")
    QApplication.sendEvent(field, event)
    assert field.text() == ""


def test_a_scan_typed_while_an_input_method_is_composing_is_read_as_typed(qtbot, station, world):
    """A Chinese input method left composing ("zhang" in its preedit) when the scanner
    starts: its preedit and commit are dropped between the keystrokes, and the 26 fast
    keystrokes then Enter are the code, one scan, welcomed."""
    code = world.tickets["张伟"].code
    field = station.scan_field
    shown = []
    station.verdict_shown.connect(shown.append)
    QApplication.sendEvent(field, QInputMethodEvent("zhang", []))
    for i, ch in enumerate(code):
        QTest.keyClick(field, ch, delay=8)
        if i == 10:  # the input method pipes up in the middle of the scan
            commit = QInputMethodEvent("", [])
            commit.setCommitString("张伟")
            QApplication.sendEvent(field, commit)
    assert field.text() == code
    QTest.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    qtbot.wait(200)
    assert shown == ["accepted"] and "张伟" in station.verdict.name.text()


def test_the_recent_scans_catch_up_in_the_doors_pause_never_during_a_scan(
    qtbot, station, world, monkeypatch
):
    """The list of recent scans is redrawn in the door's first pause after a verdict, never
    while a scan is being judged: a burst of scans is not slowed by it, and then every scan
    of the burst is there, newest first."""
    added = []
    real = station.feed.add_newest
    monkeypatch.setattr(
        station.feed, "add_newest", lambda scans: added.append(station._busy) or real(scans)
    )
    for who in ("张伟", "李娜"):
        QTest.keyClicks(station.scan_field, world.tickets[who].code)
        QTest.keyClick(station.scan_field, Qt.Key.Key_Return)  # the second while the first runs
    qtbot.waitUntil(lambda: station.feed.rowCount() == 2, timeout=5000)
    assert added and not any(added)  # never while a scan was in flight
    reasons = [station.feed.index(row, FeedModel.REASON).data() for row in range(2)]
    assert "李娜" in reasons[0] and "张伟" in reasons[1]


def test_a_double_fire_within_a_second_is_one_scan(qtbot, station, world):
    code = world.tickets["张伟"].code
    shown = []
    station.verdict_shown.connect(shown.append)
    for _ in range(2):
        QTest.keyClicks(station.scan_field, code)
        QTest.keyClick(station.scan_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    qtbot.wait(300)
    assert shown == ["accepted"]


def test_junk_shows_not_a_valid_code_in_red(qtbot, station):
    assert scanner_types(qtbot, station, "HELLO-WORLD") == "invalid"
    assert station.verdict.title.text() == "Not a valid code"
    assert station.sounds.last_played == "invalid"


def test_a_ticket_for_another_session_can_be_moved_here(qtbot, station, world):
    assert scanner_types(qtbot, station, world.tickets["later"].code) == "wrong_session"
    assert station.verdict.title.text() == "Wrong session" and station.move_button.isEnabled()
    with qtbot.waitSignal(station.verdict_shown, timeout=5000) as shown:
        station.move_here()
    assert shown.args[0] == "accepted"


@pytest.mark.parametrize(
    ("which", "verdict", "title"),
    [
        ("later", "not_open", "Not yet open"),
        ("over", "closed", "Check-in closed"),
        ("cancelled", "cancelled", "Session cancelled"),
    ],
)
def test_outside_its_window_or_cancelled_the_station_says_so(
    qtbot, ctx, world, which, verdict, title
):
    w = open_station(qtbot, ctx, getattr(world, which))
    assert scanner_types(qtbot, w, world.tickets[which].code) == verdict
    assert w.verdict.title.text() == title and w.sounds.last_played == verdict


def test_a_revoked_code_is_refused(qtbot, station, world, services):
    services.registration.reissue(world.tickets["张伟"].id)
    assert scanner_types(qtbot, station, world.tickets["张伟"].code) == "revoked"
    assert station.verdict.title.text() == "Code revoked"


def test_hall_full_then_a_supervisor_admits_with_the_pin(qtbot, ctx, services, monkeypatch):
    w_ = build_door(services.store, hall=1)
    services.station.config.set_pin(PinKind.SUPERVISOR, "2468")
    st = open_station(qtbot, ctx, w_.now_show)
    assert scanner_types(qtbot, st, w_.tickets["张伟"].code) == "accepted"
    assert scanner_types(qtbot, st, w_.tickets["李娜"].code) == "full"
    assert st.verdict.title.text() == "Hall full" and st.override_button.isEnabled()
    monkeypatch.setattr(window_module, "ask_pin", lambda *a: "2468")
    with qtbot.waitSignal(st.verdict_shown, timeout=5000) as shown:
        st.override()
    assert shown.args[0] == "accepted" and "2 / 1" in st.hall_label.text()


def test_group_admitted_then_one_taken_back_shows_39_of_40(qtbot, station, world):
    assert scanner_types(qtbot, station, world.tickets["group"].code) == "accepted"
    assert "40 of 40 arrived" in station.verdict.name.text()
    with qtbot.waitSignal(station.verdict_shown, timeout=5000):
        station.group_minus()
    assert station.verdict.state == "undone"
    assert "39" in station.hall_label.text()


def test_exit_mode_scans_out_and_minus_one_counts_someone_leaving(qtbot, station, world):
    scanner_types(qtbot, station, world.tickets["张伟"].code)
    scanner_types(qtbot, station, world.tickets["李娜"].code)
    station.toggle_mode()
    assert scanner_types(qtbot, station, world.tickets["张伟"].code) == "exit"
    assert station.verdict.title.text() == "Goodbye"
    with qtbot.waitSignal(station.verdict_shown, timeout=5000):
        station.minus_one()
    assert station.hall_label.text() == "In the hall now: 0 / 60"


def test_undo_takes_back_the_last_check_in(qtbot, station, world):
    scanner_types(qtbot, station, world.tickets["张伟"].code)
    with qtbot.waitSignal(station.verdict_shown, timeout=5000) as shown:
        station.undo_last()
    assert shown.args[0] == "undone" and station.verdict.title.text() == "Check-in undone"
    assert scanner_types(qtbot, station, world.tickets["张伟"].code) == "accepted"


def test_back_to_ready_after_a_few_seconds(qtbot, station, world):
    station.ctx.settings.set(window_module.STATION_VERDICT_SECONDS, 1)
    scanner_types(qtbot, station, world.tickets["张伟"].code)
    qtbot.waitUntil(lambda: station.verdict.state == "ready", timeout=3000)


def test_other_stations_scans_show_up_within_two_seconds(qtbot, station, world, services):
    services.station.scan(world.tickets["李娜"].code, world.now_show, station="西门")
    qtbot.waitUntil(lambda: any(r.station == "西门" for r in station.feed.rows()), timeout=2500)
    assert station.counts_label.text() == "Checked in 1 / registered 42 / capacity 45"


def test_the_hall_mode_follows_the_session_open_now(qtbot, ctx, world):
    w = open_station(qtbot, ctx, None, room_id=world.room)
    qtbot.waitUntil(lambda: w.session_id == world.now_show, timeout=10_000)  # a loaded CI
    assert scanner_types(qtbot, w, world.tickets["张伟"].code) == "accepted"


def test_a_halls_door_with_no_session_open_says_a_ticket_of_another_hall_is_wrong(
    qtbot, ctx, world, services
):
    """A station for an empty hall (nothing on there now) must not let in the sphere show's
    audience: the wrong session, with where the ticket is for, and no "move here"."""
    from scipop.models import Room

    with services.store.uow(write=True) as uow:
        s = uow.session
        empty = Room(venue=s.get(Room, world.room).venue, name="学术报告厅", capacity=80)
        s.add(empty)
        uow.commit()
        empty_id = empty.id
    w = open_station(qtbot, ctx, None, room_id=empty_id)
    assert w.session_id is None
    assert scanner_types(qtbot, w, world.tickets["张伟"].code) == "wrong_session"
    assert "球幕/数字球 展厅" in w.verdict.detail.text()
    assert not w.move_button.isEnabled()
    assert services.station.counters(world.now_show).checked_in == 0


def test_lost_code_lookup_by_initials_checks_in_by_hand(qtbot, station, world):
    dialog = LookupDialog(
        station.ctx, lambda services, text: services.station.lookup(world.now_show, text), station
    )
    qtbot.addWidget(dialog)
    rows = []
    dialog.chosen.connect(rows.append)
    assert not dialog.check_in_button.isEnabled()  # nobody found yet
    dialog.edit.setText("zw")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=15000)
    assert dialog.check_in_button.isEnabled()
    assert dialog.model.data(dialog.model.index(0, LookupModel.PHONE)) == "138****5678"
    dialog._check_in()
    assert rows[0].name == "张伟"
    result = station.station.check_in_by_hand(rows[0].ticket_id, world.now_show, station="东门")
    assert result.verdict == ScanVerdict.ACCEPTED and result.method == "manual"


def _kiosk(qtbot, ctx, world, services) -> StationWindow:
    services.station.config.set_pin(PinKind.STAFF, "1357")
    w = open_station(qtbot, ctx, world.now_show, kiosk=True)
    w.start()
    return w


def test_kiosk_is_left_only_with_the_staff_pin(qtbot, ctx, world, services, monkeypatch):
    w = _kiosk(qtbot, ctx, world, services)
    asked = []
    monkeypatch.setattr(window_module, "ask_pin", lambda *a: asked.append(a) or None)
    w.close()  # Esc, the Leave button or the window manager's close: the PIN is asked
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=3000)
    assert w.isVisible()  # cancelled: still there
    monkeypatch.setattr(window_module, "ask_pin", lambda *a: "0000")
    w.close()
    qtbot.waitUntil(lambda: w.verdict.title.text() == "Not done", timeout=5000)
    assert w.isVisible() and "not the staff PIN" in w.verdict.detail.text()
    monkeypatch.setattr(window_module, "ask_pin", lambda *a: "1357")
    w.close()
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=5000)
    assert not w.kiosk.active


def test_kiosk_after_five_wrong_staff_pins_says_to_wait(qtbot, ctx, world, services, monkeypatch):
    w = _kiosk(qtbot, ctx, world, services)
    monkeypatch.setattr(window_module, "ask_pin", lambda *a: "0000")
    for n in range(6):
        w.close()
        qtbot.waitUntil(lambda: w.verdict.title.text() == "Not done", timeout=5000)
        if n < 5:
            assert "not the staff PIN" in w.verdict.detail.text()
            w.verdict.show_ready()
    assert "Too many wrong PINs" in w.verdict.detail.text() and w.isVisible()
    monkeypatch.setattr(window_module, "ask_pin", lambda *a: "1357")
    w.verdict.show_ready()
    w.close()  # the right PIN waits its minute too
    qtbot.waitUntil(lambda: w.verdict.title.text() == "Not done", timeout=5000)
    assert w.isVisible() and "Too many wrong PINs" in w.verdict.detail.text()


def test_kiosk_is_full_screen_frameless_on_top_and_swallows_the_keys_that_leave(
    qtbot, ctx, world, services, monkeypatch
):
    w = _kiosk(qtbot, ctx, world, services)
    flags = w.windowFlags()
    assert w.isFullScreen() and w.kiosk.active
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    asked = []
    monkeypatch.setattr(window_module, "ask_pin", lambda *a: asked.append(a) or None)
    alt, ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
    for key, mods in (
        (Qt.Key.Key_F4, alt),
        (Qt.Key.Key_Tab, alt),
        (Qt.Key.Key_Escape, ctrl),
        (Qt.Key.Key_Meta, Qt.KeyboardModifier.NoModifier),
    ):
        QTest.keyClick(w.scan_field, key, mods)
    qtbot.wait(100)
    assert w.kiosk.swallowed >= 4 and w.isVisible() and not asked
    QTest.keyClick(w.scan_field, Qt.Key.Key_Escape)  # Esc asks for the PIN, never just leaves
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=3000)
    assert w.isVisible()
    w.showMinimized()  # minimising brings it back
    qtbot.waitUntil(lambda: w.isFullScreen() and not w.isMinimized(), timeout=3000)
    # the scanner still types into the scan field
    assert scanner_types(qtbot, w, world.tickets["张伟"].code) == "accepted"
    assert not w.kiosk.grabbed  # offscreen: no X11 keyboard to grab


def test_a_station_that_is_not_a_kiosk_closes_at_once(qtbot, station):
    station.start()
    assert not station.kiosk.active and not station.isFullScreen()
    station.close()
    assert not station.isVisible()


def test_no_camera_says_to_scan_with_the_usb_scanner(station):
    assert not station.camera.has_camera
    assert station.camera.message.text() == "No camera found: scan with the USB scanner"
    assert station.camera_panel.objectName() == "camera_panel"


def test_a_ticket_the_camera_reads_is_judged_like_a_scanned_one(qtbot, station, world):
    with qtbot.waitSignal(station.verdict_shown, timeout=5000) as shown:
        station.camera.decoder.code_decoded.emit(world.tickets["张伟"].code)
    assert shown.args[0] == "accepted"
    assert "张伟" in station.verdict.name.text()


def test_station_models_pass_the_model_tester(qtmodeltester, station, world, services):
    services.station.scan(world.tickets["李娜"].code, world.now_show, station="西门")
    feed = FeedModel()
    qtmodeltester.check(feed)  # empty: the inserts below are checked
    feed.add_newest(services.station.scans_since(world.now_show, 0))
    services.station.scan(world.tickets["张伟"].code, world.now_show, station="西门")
    feed.add_newest(services.station.scans_since(world.now_show, 1))
    assert feed.rowCount() >= 2
    lookup = LookupModel()
    qtmodeltester.check(lookup)
    lookup.set_rows(services.station.lookup(world.now_show, "李"))
    lookup.set_rows(services.station.lookup(world.now_show, "张"))


def test_the_check_in_page_opens_a_station_for_the_chosen_session(qtbot, ctx, world):
    from ui.station.page import CheckInPage

    page = CheckInPage(ctx)
    qtbot.addWidget(page)
    page.reload()
    settle(qtbot)
    page.door_edit.setText("南门")
    page.session_combo.select(world.now_show)
    w = page.open_station()
    qtbot.addWidget(w)
    assert w.session_id == world.now_show and w.setup.door == "南门"
    assert not page.kiosk_check.isEnabled()  # no staff PIN yet


def test_every_verdict_has_its_own_sound_and_playing_needs_no_audio_device(qapp):
    from scipop.resources import resource_path
    from ui.station.sounds import VerdictSounds

    sounds = {v.value: resource_path("sounds", f"{v.value}.wav").read_bytes() for v in ScanVerdict}
    assert len(set(sounds.values())) == len(sounds)
    player = VerdictSounds(enabled=True)
    player.play("accepted")  # no device on the test machine: silent, never an error
    assert player.last_played == "accepted"


def test_a_busy_database_shows_waiting_then_the_verdict_never_an_error(
    qtbot, station, world, services, monkeypatch
):
    """Another connection really holds the write lock: the scan, in its worker, finds the
    database busy (a short busy timeout here), says "waiting" and retries until it is free."""
    import sqlite3
    import threading
    import time

    monkeypatch.setattr("scipop.store.engine.BUSY_TIMEOUT_MS", 100)
    states: list[tuple[str, float]] = []
    station.verdict.painted.connect(lambda state: states.append((state, time.monotonic())))
    holder = sqlite3.connect(
        services.store.database_file, isolation_level=None, timeout=5, check_same_thread=False
    )
    holder.execute("BEGIN IMMEDIATE")
    released: list[float] = []

    def release() -> None:
        released.append(time.monotonic())
        holder.execute("COMMIT")

    timer = threading.Timer(0.8, release)  # not on the GUI thread: it must never wait
    timer.start()
    try:
        assert scanner_types(qtbot, station, world.tickets["张伟"].code) == "accepted"
        shown = time.monotonic()
    finally:
        timer.join()
        holder.close()
    waiting = [t for state, t in states if state == "waiting"]
    assert waiting and waiting[0] < released[0]  # "waiting" while the lock was held
    assert shown > released[0] and station.verdict.state == "accepted"  # once it was free


def test_a_group_partly_taken_back_then_one_more_shows_admitted_in_part(qtbot, station, world):
    scanner_types(qtbot, station, world.tickets["group"].code)
    for _ in range(2):
        with qtbot.waitSignal(station.verdict_shown, timeout=5000):
            station.group_minus()
    with qtbot.waitSignal(station.verdict_shown, timeout=5000) as shown:
        station.group_plus()
    assert shown.args[0] == "partial"
    assert station.verdict.title.text() == "Group: admitted in part"
    assert "39 of 40 arrived" in station.verdict.name.text()


def test_a_second_scan_out_says_already_scanned_out_and_keeps_the_count(qtbot, station, world):
    scanner_types(qtbot, station, world.tickets["张伟"].code)
    station.toggle_mode()
    assert scanner_types(qtbot, station, world.tickets["张伟"].code) == "exit"
    assert station.hall_label.text() == "In the hall now: 0 / 60"
    qtbot.wait(1000)  # not a double fire: the same ticket shown again
    assert scanner_types(qtbot, station, world.tickets["张伟"].code) == "duplicate"
    assert station.verdict.title.text() == "Already scanned out"
    assert "already left the hall" in station.verdict.detail.text()
    assert station.hall_label.text() == "In the hall now: 0 / 60"
    with qtbot.waitSignal(station.verdict_shown, timeout=5000):
        station.minus_one()
    assert station.verdict.title.text() == "Nobody in the hall"
    assert station.hall_label.text() == "In the hall now: 0 / 60"


def _walk_in_dialog(qtbot, st: StationWindow):
    from ui.dialogs.walk_in_dialog import WalkInDialog

    dialog = WalkInDialog(st.ctx, st, session_id=st.session_id, station=st.setup.door)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    return dialog


def test_a_walk_in_is_saved_off_the_gui_thread_and_the_dialog_stays_responsive(
    qtbot, station, world, monkeypatch
):
    dialog = _walk_in_dialog(qtbot, station)
    assert dialog.session_combo.session_id() == world.now_show
    line = dialog.session_combo.currentText()  # a long line: written out in full below it
    assert "Sphere show: Blue Planet" in line and dialog.session_detail.text() == line
    assert dialog.session_detail.isVisibleTo(dialog) and dialog.session_detail.wordWrap()
    metrics = dialog.session_combo.view().fontMetrics()
    assert dialog.session_combo.view().minimumWidth() >= metrics.horizontalAdvance(line)
    real = station.ctx.services.registration.walk_in
    started = threading.Event()

    def slow_walk_in(*args, **kw):  # the database is busy for a moment
        started.set()
        time.sleep(0.4)
        return real(*args, **kw)

    monkeypatch.setattr(station.ctx.services.registration, "walk_in", slow_walk_in)
    dialog.name_edit.setText("刘一")
    dialog.phone_edit.setText("13311112222")
    dialog.headcount_spin.setValue(2)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    ok.click()
    qtbot.waitUntil(started.is_set, timeout=5000)
    assert dialog.saving and not ok.isEnabled() and dialog.isVisible()
    QTest.keyClicks(dialog.name_edit, "x")  # the GUI thread still answers while it saves
    assert dialog.name_edit.text() == "刘一x"
    settle(qtbot)
    t = dialog.result_data
    assert t is not None and t.attendee_name == "刘一" and t.arrived == 2
    assert station.station.counters(world.now_show).in_hall == 2


def test_a_walk_in_when_the_hall_is_full_is_refused_inside_the_dialog(qtbot, ctx, services):
    w_ = build_door(services.store, hall=1)
    st = open_station(qtbot, ctx, w_.now_show)
    assert scanner_types(qtbot, st, w_.tickets["张伟"].code) == "accepted"
    dialog = _walk_in_dialog(qtbot, st)
    dialog.name_edit.setText("刘一")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    settle(qtbot)
    assert dialog.result_data is None and dialog.isVisible()
    assert "The hall is full: 1 of 1 inside" in dialog.general_error.text()
    assert services.station.counters(w_.now_show).registered == 42  # nothing was written


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_title_is_one_line_and_the_recent_scans_show_verdict_and_reason_whole(
    qtbot, ctx, world, request, lang
):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    from ui.ticket_labels import ticket_label

    if lang == "zh_CN":
        request.getfixturevalue("chinese")
    w = open_station(qtbot, ctx, world.now_show, door="East door")
    qtbot.waitUntil(lambda: bool(w.header.text()), timeout=5000)
    for who in ("张伟", "group", "李娜"):
        scanner_types(qtbot, w, world.tickets[who].code)
    qtbot.wait(50)
    title = w.header.text()
    assert title.endswith("East door") and w.header.toolTip() == ""  # whole, not elided
    metrics = QFontMetrics(w.header.font())
    assert metrics.horizontalAdvance(title) <= w.header.contentsRect().width()
    assert w.header.height() < 2 * metrics.height()  # one line

    view = w.feed_view
    qtbot.waitUntil(lambda: w.feed.rowCount() == 3, timeout=3000)  # in the door's pause
    header = view.horizontalHeader()
    last = FeedModel.REASON
    assert (
        header.sectionViewportPosition(last) + header.sectionSize(last) <= view.viewport().width()
    )
    cell = QFontMetrics(view.font())
    for column in range(4):
        text = str(w.feed.headerData(column, Qt.Orientation.Horizontal))
        assert header.fontMetrics().horizontalAdvance(text) < header.sectionSize(column), text
    for verdict in ScanVerdict:  # every verdict the column may show, in this language
        text = ticket_label(verdict)
        assert cell.horizontalAdvance(text) + 8 <= view.columnWidth(FeedModel.VERDICT), text
    for row in range(3):
        reason = w.feed.index(row, FeedModel.REASON).data()
        box = QRect(0, 0, view.columnWidth(FeedModel.REASON) - 8, 10_000)
        needed = cell.boundingRect(box, Qt.TextFlag.TextWordWrap, reason).height()
        assert needed <= view.rowHeight(row), reason


def test_the_session_list_says_the_places_left_in_the_languages_brackets(
    qtbot, services, world, request
):
    from ui.dialogs.register_dialog import open_session_list, session_items

    sessions = open_session_list(services)
    english = [text for _id, text, _tip in session_items(sessions)]
    assert any(text.endswith(" free)") for text in english), english
    request.getfixturevalue("chinese")
    chinese = [text for _id, text, _tip in session_items(sessions)]
    assert any(text.endswith("（余 3）") for text in chinese), chinese  # the show open now
    assert not any("(" in text or ")" in text for text in chinese), chinese
