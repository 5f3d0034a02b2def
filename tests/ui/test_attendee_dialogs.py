"""Registering, walk-ins and moving a ticket through their dialogs."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QMessageBox

from scipop.models import AttendeeCategory, TicketStatus
from scipop.registration.table_queries import AttendeeTable
from scipop.services.people import AttendeeData
from tests.fixtures.tickets_world import SHOW_DAY
from tests.ui.attendee_world import People, register_people
from tests.ui.conftest import settle
from tests.ui.modal import ModalHandler, press
from ui.dialogs.move_dialog import MoveDialog
from ui.dialogs.register_dialog import RegisterDialog, open_session_list
from ui.dialogs.walk_in_dialog import WalkInDialog


@pytest.fixture
def people(services) -> People:
    return register_people(services)


def _ok(dialog) -> None:
    """Press OK and wait for the save (in a worker, ui.operations) and any question after it."""
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    while dialog.saving:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)


def _row_of(ctx, name: str):
    table = AttendeeTable(ctx.store)
    return next(r for r in table.first_rows(100) if r.name == name)


def test_registering_a_new_person_gives_an_active_ticket(qtbot, ctx, people):
    dialog = RegisterDialog(
        ctx, sessions=open_session_list(ctx.services), session_id=people.world.afternoon
    )
    qtbot.addWidget(dialog)
    assert dialog.places_label.text() == "1 of 60 places taken, 59 free."
    dialog.name_edit.setText("刘洋")
    dialog.phone_edit.setText("135 0000 1234")
    dialog.organization_edit.setText("北京景山学校")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData(AttendeeCategory.STUDENT))
    _ok(dialog)
    t = dialog.result_data
    assert t is not None and t.status == TicketStatus.ACTIVE and t.code
    assert (t.attendee_name, t.phone, t.category) == (
        "刘洋",
        "+8613500001234",  # stored in E.164
        AttendeeCategory.STUDENT,
    )
    assert t.session_id == people.world.afternoon


def test_a_school_class_is_one_group_ticket(qtbot, ctx, people):
    dialog = RegisterDialog(
        ctx, sessions=open_session_list(ctx.services), session_id=people.world.afternoon
    )
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("陈老师")
    dialog.group_radio.setChecked(True)
    dialog.headcount_spin.setValue(45)
    _ok(dialog)
    assert dialog.result_data.headcount == 45 and dialog.result_data.kind.value == "group"


def test_a_group_too_big_for_the_places_left_is_announced_before_saving(qtbot, ctx, people):
    dialog = RegisterDialog(
        ctx, sessions=open_session_list(ctx.services), session_id=people.world.noon
    )  # 41 of 60 taken
    qtbot.addWidget(dialog)
    dialog.group_radio.setChecked(True)
    dialog.headcount_spin.setValue(30)
    assert "Not enough places" in dialog.places_label.text()


def test_a_full_session_offers_the_waiting_list(qtbot, ctx, people):
    dialog = RegisterDialog(
        ctx, sessions=open_session_list(ctx.services), session_id=people.world.morning
    )
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("戊")
    handler = ModalHandler(press(QMessageBox.StandardButton.Yes))
    _ok(dialog)
    assert handler.done
    t = dialog.result_data
    assert t.status == TicketStatus.WAITLISTED and t.waitlist_position == 2
    assert dialog.waitlisted


def test_declining_the_waiting_list_keeps_the_dialog_open_with_the_reason(qtbot, ctx, people):
    dialog = RegisterDialog(
        ctx, sessions=open_session_list(ctx.services), session_id=people.world.morning
    )
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("戊")
    handler = ModalHandler(press(QMessageBox.StandardButton.No))
    _ok(dialog)
    assert handler.done
    assert dialog.result_data is None
    assert "The session is full" in dialog.general_error.text()
    assert ctx.services.tickets.capacity(people.world.morning).waiting_tickets == 1


def test_a_missing_name_and_a_bad_phone_show_beside_their_fields(qtbot, ctx, people):
    dialog = RegisterDialog(
        ctx, sessions=open_session_list(ctx.services), session_id=people.world.noon
    )
    qtbot.addWidget(dialog)
    dialog.phone_edit.setText("call me")
    _ok(dialog)
    assert dialog.field_error("name") == "Enter the name."
    assert "is not a phone number" in dialog.field_error("phone")
    assert dialog.phone_edit.property("invalid") is True
    # Fixing a field takes its message away at once; the other field's stays.
    qtbot.keyClicks(dialog.phone_edit, "0")
    assert dialog.field_error("phone") == ""
    assert dialog.phone_edit.property("invalid") is False
    assert dialog.field_error("name") == "Enter the name."
    dialog.name_edit.insert("戊")  # as an input method commits it
    assert dialog.field_error("name") == ""


def test_someone_registered_before_can_be_picked_by_name(qtbot, ctx, people):
    dialog = RegisterDialog(
        ctx, sessions=open_session_list(ctx.services), session_id=people.world.afternoon
    )
    qtbot.addWidget(dialog)
    dialog.find_edit.setText("李娜")
    dialog._lookup()  # read in a worker
    found = dialog.find_edit.completer().model()
    qtbot.waitUntil(lambda: found.rowCount() == 1)
    dialog._picked(found.index(0, 0))
    assert dialog.name_edit.text() == "李娜" and dialog.phone_edit.text() == "139 1234 5678"
    assert dialog.category_combo.currentData() == AttendeeCategory.TEACHER
    _ok(dialog)
    assert dialog.result_data.attendee_id == people.tickets["李娜"].attendee_id  # the same person


def test_someone_without_a_phone_picked_from_the_list_stays_one_person(qtbot, ctx, people):
    known = ctx.services.attendees.create(AttendeeData(name="钱七", organization="北京小学"))
    dialog = RegisterDialog(
        ctx, sessions=open_session_list(ctx.services), session_id=people.world.afternoon
    )
    qtbot.addWidget(dialog)
    dialog.fill(known)
    _ok(dialog)
    assert dialog.result_data.attendee_id == known.id
    assert dialog.result_data.organization == "北京小学"


def test_a_walk_in_gets_the_running_session_and_is_admitted(qtbot, ctx, people):
    noon_running = SHOW_DAY + timedelta(hours=2, minutes=5)
    dialog = WalkInDialog(ctx, now=noon_running, station="东门")
    qtbot.addWidget(dialog)
    settle(qtbot)  # today's sessions are read off the GUI thread
    assert dialog.session_combo.session_id() == people.world.noon
    dialog.name_edit.setText("散客")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData(AttendeeCategory.VIP))
    _ok(dialog)
    settle(qtbot)  # and saved off it
    t = dialog.result_data
    assert t is not None and t.arrived == 1 and t.status == TicketStatus.ACTIVE
    assert ctx.services.attendees.get(t.attendee_id).category == AttendeeCategory.VIP
    scans = ctx.services.tickets.scans(t.id)
    assert [s.station for s in scans] == ["东门"]


def test_a_walk_in_never_joins_the_waiting_list(qtbot, ctx, people):
    dialog = WalkInDialog(ctx, session_id=people.world.morning, now=SHOW_DAY)
    qtbot.addWidget(dialog)
    settle(qtbot)
    dialog.name_edit.setText("散客")
    _ok(dialog)
    settle(qtbot)
    assert dialog.result_data is None
    assert "The session is full" in dialog.general_error.text()


def test_moving_a_ticket_frees_its_place_for_the_waiting_list(qtbot, ctx, people):
    row = _row_of(ctx, "乙")
    dialog = MoveDialog(ctx, row, sessions=open_session_list(ctx.services))
    qtbot.addWidget(dialog)
    assert dialog.session_combo.findData(people.world.morning) < 0  # not its own session
    dialog.session_combo.select(people.world.afternoon)
    _ok(dialog)
    result = dialog.result_data
    assert result.ticket.session_id == people.world.afternoon
    assert result.ticket.code == people.tickets["乙"].code  # the printed code stays valid
    assert [t.attendee_name for t in result.promoted] == ["丁"]


def test_moving_into_a_full_session_asks_about_its_waiting_list(qtbot, ctx, people):
    dialog = MoveDialog(ctx, _row_of(ctx, "张伟"), sessions=open_session_list(ctx.services))
    qtbot.addWidget(dialog)
    dialog.session_combo.select(people.world.morning)
    handler = ModalHandler(press(QMessageBox.StandardButton.Yes))
    _ok(dialog)
    assert handler.done
    t = dialog.result_data.ticket
    assert t.status == TicketStatus.WAITLISTED and t.waitlist_position == 2
