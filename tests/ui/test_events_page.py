"""The Events page: filter as you type, filter by kind, create, edit and delete events."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from scipop.models import EventKind
from tests.ui.conftest import settle
from tests.ui.modal import ModalHandler, press
from ui.models.events import EventTableModel
from ui.pages.events import EventsPage


def _page(qtbot, ctx) -> EventsPage:
    page = EventsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    page.activate()
    settle(qtbot)  # the rows are read in a worker
    return page


def _titles(page: EventsPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, EventTableModel.TITLE).data() for r in range(proxy.rowCount())]


def test_typing_in_the_filter_box_narrows_the_rows_by_title_organizer_or_program(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    assert page.proxy.rowCount() == 8
    assert page.count_label.text() == "8 events"

    qtbot.keyClicks(page.table.filter_edit, "robot")
    assert _titles(page) == ["Robot Cup Beijing Regional"]
    assert page.count_label.text() == "1 of 8 shown"

    page.table.filter_edit.clear()
    page.table.filter_edit.insert("中国计算机学会")  # an organizer, typed with an input method
    assert _titles(page) == ["NOI Winter Training Camp"]

    page.table.filter_edit.clear()
    qtbot.keyClicks(page.table.filter_edit, "nobel forum")  # a program, two words
    assert _titles(page) == ["Nobel Laureates Beijing Forum 2026"]


def test_the_kind_filter_keeps_only_events_of_that_kind(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(EventKind.TRAINING))
    assert sorted(_titles(page)) == ["NOI Winter Training Camp", "Science Teachers' Training"]
    page.kind_combo.setCurrentIndex(0)
    assert page.proxy.rowCount() == 8


def test_sorting_by_sessions_puts_the_sphere_shows_last(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    page.table.view.sortByColumn(EventTableModel.SESSIONS, Qt.SortOrder.AscendingOrder)
    assert _titles(page)[-1] == "Science on a Sphere: Blue Planet"


def test_creating_an_event_through_the_dialog_adds_a_row(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    bast = next(o for o in demo_ctx.services.organizations.list() if o.short_name == "BAST")

    def fill(dialog) -> None:
        dialog.title_edit.setText("科学之夜")
        dialog.title_en_edit.setText("Science Night")
        dialog.add_organization(bast.id)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    handler = ModalHandler(fill)
    page.table.new_action.trigger()
    settle(qtbot)  # saved, then the rows read again

    assert handler.done
    assert page.model.rowCount() == 9
    assert "Science Night" in _titles(page)
    assert page.table.current_row().title_en == "Science Night"  # the new row is selected


def test_deleting_an_event_asks_first_and_then_removes_the_row(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    page.table.filter_edit.setText("golden bridge")
    page.table.view.selectRow(0)

    handler = ModalHandler(press(QMessageBox.StandardButton.No))
    page.table.delete_action.trigger()
    assert handler.done and page.model.rowCount() == 8

    handler = ModalHandler(press(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(page.reloaded):  # deleted in a worker, then the rows read again
        page.table.delete_action.trigger()
    assert handler.done
    assert page.model.rowCount() == 7
    assert all(e.title_en != "Golden Bridge Project Matchmaking" for e in page.model.rows())


def test_enter_on_a_row_opens_it_for_editing(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    page.table.filter_edit.setText("robot")
    page.table.view.selectRow(0)
    page.table.view.setFocus()
    seen: list[str] = []

    def look(dialog) -> None:
        seen.append(dialog.title_en_edit.text())
        dialog.reject()

    handler = ModalHandler(look)
    qtbot.keyClick(page.table.view, Qt.Key.Key_Return)  # the event is read fresh, then shown
    qtbot.waitUntil(lambda: handler.done)
    assert seen == ["Robot Cup Beijing Regional"]
