"""Dialogs write off the GUI thread (ui.operations): OK disables the buttons, a refusal is
shown inside the dialog which stays open with everything typed, success closes it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from scipop.models import EventKind, TicketStatus
from scipop.registration.table_queries import AttendeeTable
from scipop.reports.survey import SurveyCategory
from tests.ui.attendee_world import People, register_people
from tests.ui.modal import ModalHandler, press
from ui.dialogs.move_dialog import MoveDialog
from ui.dialogs.register_dialog import RegisterDialog, open_session_list
from ui.reports.mapping_dialog import MappingDialog


@pytest.fixture
def people(services) -> People:
    return register_people(services)


def _threads(monkeypatch, service, name: str) -> list[threading.Thread]:
    """Record the thread each call of ``service.name`` runs on."""
    seen: list[threading.Thread] = []
    real = getattr(service, name)

    def recorded(*args, **kwargs):
        seen.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(service, name, recorded)
    return seen


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _press_ok(qtbot, dialog) -> None:
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    ok.click()
    assert dialog.saving and not dialog.buttons.isEnabled()  # the write is under way
    qtbot.waitUntil(lambda: not dialog.saving, timeout=10_000)


def test_register_writes_in_a_worker_and_closes_when_saved(qtbot, ctx, people, monkeypatch):
    calls = _threads(monkeypatch, ctx.services.registration, "register")
    dialog = _shown(
        qtbot,
        RegisterDialog(
            ctx, sessions=open_session_list(ctx.services), session_id=people.world.afternoon
        ),
    )
    dialog.name_edit.setText("周一")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        _press_ok(qtbot, dialog)
    assert calls and all(t is not threading.main_thread() for t in calls)
    assert dialog.result_data.status == TicketStatus.ACTIVE and not dialog.isVisible()


def test_register_refused_stays_open_with_the_reason_beside_the_field(
    qtbot, ctx, people, monkeypatch
):
    calls = _threads(monkeypatch, ctx.services.registration, "register")
    dialog = _shown(
        qtbot,
        RegisterDialog(
            ctx, sessions=open_session_list(ctx.services), session_id=people.world.afternoon
        ),
    )
    dialog.name_edit.setText("周二")
    dialog.phone_edit.setText("call me")
    _press_ok(qtbot, dialog)
    assert calls and calls[0] is not threading.main_thread()  # refused by the service
    assert dialog.isVisible() and dialog.result_data is None
    assert "is not a phone number" in dialog.field_error("phone")
    assert dialog.name_edit.text() == "周二" and dialog.buttons.isEnabled()


def test_register_without_a_session_says_so_before_any_write(qtbot, ctx, people, monkeypatch):
    calls = _threads(monkeypatch, ctx.services.registration, "register")
    dialog = _shown(qtbot, RegisterDialog(ctx, sessions=[]))
    dialog.name_edit.setText("周三")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.saving and calls == []
    assert dialog.field_error("session") == "Choose a session." and dialog.isVisible()


def _row_of(ctx, name: str):
    return next(r for r in AttendeeTable(ctx.store).first_rows(100) if r.name == name)


def test_move_writes_in_a_worker_and_closes_when_saved(qtbot, ctx, people, monkeypatch):
    calls = _threads(monkeypatch, ctx.services.registration, "move")
    dialog = _shown(
        qtbot, MoveDialog(ctx, _row_of(ctx, "乙"), sessions=open_session_list(ctx.services))
    )
    dialog.session_combo.select(people.world.afternoon)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        _press_ok(qtbot, dialog)
    assert calls and all(t is not threading.main_thread() for t in calls)
    assert dialog.result_data.ticket.session_id == people.world.afternoon


def test_move_into_a_full_session_declined_stays_open_saying_why(qtbot, ctx, people, monkeypatch):
    calls = _threads(monkeypatch, ctx.services.registration, "move")
    dialog = _shown(
        qtbot, MoveDialog(ctx, _row_of(ctx, "张伟"), sessions=open_session_list(ctx.services))
    )
    dialog.session_combo.select(people.world.morning)  # full
    handler = ModalHandler(press(QMessageBox.StandardButton.No))
    _press_ok(qtbot, dialog)
    assert handler.done and len(calls) == 1 and calls[0] is not threading.main_thread()
    assert dialog.isVisible() and dialog.result_data is None
    assert "The session is full" in dialog.general_error.text()
    assert dialog.session_combo.session_id() == people.world.morning


def test_the_survey_mapping_saves_in_a_worker_and_closes(qtbot, ctx, monkeypatch):
    calls = _threads(monkeypatch, ctx.services.reports.survey, "set")
    dialog = _shown(qtbot, MappingDialog(ctx))
    row = list(EventKind).index(EventKind.SHOW)
    dialog.model.setData(dialog.model.index(row, 1), SurveyCategory.NONE.value)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
        assert dialog.saving and not dialog.buttons.isEnabled()
    assert calls and calls[0] is not threading.main_thread()
    assert ctx.services.reports.survey.get()[EventKind.SHOW] is SurveyCategory.NONE


def test_the_attendees_page_reads_the_sessions_before_opening_register_and_move(
    qtbot, ctx, people, monkeypatch
):
    from tests.ui.test_attendees_page import _page, _row

    calls = _threads(monkeypatch, ctx.services.sessions, "list")
    page = _page(qtbot, ctx)
    seen = []

    def look(dialog) -> None:
        seen.append((type(dialog).__name__, len(dialog.sessions)))
        dialog.reject()

    handler = ModalHandler(look, look)
    page.actions.register()
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=10_000)
    page.view.selectRow(_row(page, "乙"))
    page.actions.move()
    qtbot.waitUntil(lambda: handler.done, timeout=10_000)
    assert [name for name, _n in seen] == ["RegisterDialog", "MoveDialog"]
    assert all(n > 0 for _name, n in seen)  # the dialogs got the sessions read for them
    assert calls and all(t is not threading.main_thread() for t in calls)
