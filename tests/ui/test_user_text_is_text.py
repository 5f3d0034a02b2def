"""Text from users is text: a name written as HTML is shown with its brackets, never drawn."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from scipop.errors import DomainError
from scipop.registration.dto import Registrant
from scipop.registration.table_queries import AttendeeTable
from tests.fixtures.tickets_world import build_shows
from tests.ui.modal import ModalHandler
from ui.dialogs.move_dialog import MoveDialog
from ui.dialogs.register_dialog import open_session_list
from ui.errors import show_error

HTML_NAME = "<b>张伟</b><img src='x.png'>"


@pytest.fixture
def html_row(ctx):
    world = build_shows(ctx.store, capacity=60, morning=1)
    ctx.services.registration.register(world.noon, Registrant(name=HTML_NAME))
    ctx.services.registration.register(world.morning, Registrant(name="占位"))
    table = AttendeeTable(ctx.store)
    return world, next(r for r in table.first_rows(100) if r.name == HTML_NAME)


def test_the_move_dialog_shows_a_name_written_as_html_as_plain_text(qtbot, ctx, html_row):
    _world, row = html_row
    dialog = MoveDialog(ctx, row, sessions=open_session_list(ctx.services))
    qtbot.addWidget(dialog)
    showing = [w for w in dialog.findChildren(QLabel) if HTML_NAME in w.text()]
    assert showing, "the name is on the dialog"
    assert all(w.textFormat() == Qt.TextFormat.PlainText for w in showing)


def test_the_waiting_list_question_quotes_the_name_as_plain_text(qtbot, ctx, html_row):
    world, row = html_row
    dialog = MoveDialog(ctx, row, sessions=open_session_list(ctx.services))
    qtbot.addWidget(dialog)
    dialog.session_combo.select(world.morning)  # full: it asks about the waiting list
    formats = []

    def answer(box):
        assert isinstance(box, QMessageBox)
        formats.append(box.textFormat())
        box.button(QMessageBox.StandardButton.No).click()

    handler = ModalHandler(answer)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: handler.done)  # asked once the save (in a worker) was refused
    assert formats == [Qt.TextFormat.PlainText]
    qtbot.waitUntil(lambda: not dialog.saving)
    assert "full" in dialog.general_error.text()  # declined: open, saying why


def test_an_error_box_quoting_user_text_shows_it_as_plain_text(qtbot, ctx):
    seen = []

    def read(box):
        seen.append((box.textFormat(), box.text()))
        box.button(QMessageBox.StandardButton.Ok).click()

    handler = ModalHandler(read)
    show_error(None, DomainError("Event '{name}' is gone.", name="<i>机器人世界杯</i>"))
    assert handler.done
    assert seen == [(Qt.TextFormat.PlainText, "Event '<i>机器人世界杯</i>' is gone.")]
