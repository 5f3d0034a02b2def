"""Event detail: organizers, sessions with places booked, totals; add, edit, cancel from there."""

from __future__ import annotations

from datetime import time

from scipop.timeutil import to_local
from tests.ui.conftest import settle
from tests.ui.modal import ModalHandler
from ui.models.event_sessions import EventSessionsModel
from ui.pages.event_detail import EventDetailDialog
from ui.pages.events import EventsPage


def _event(ctx, title_en: str):
    return next(e for e in ctx.services.events.list() if e.title_en == title_en)


def test_the_detail_shows_organizers_sessions_and_totals(qtbot, demo_ctx, qtmodeltester):
    forum = _event(demo_ctx, "Nobel Laureates Beijing Forum 2026")
    dialog = EventDetailDialog(demo_ctx, forum.id)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)  # before the detail arrives: its reset is checked
    settle(qtbot)  # the detail is read in a worker
    detail = demo_ctx.services.scheduling.event_detail(forum.id)

    assert dialog.model.rowCount() == len(detail.sessions) >= 4
    assert dialog.totals["sessions"].text() == str(detail.totals.sessions)
    assert dialog.totals["capacity"].text() == str(detail.totals.capacity)
    assert "Lead organizer:" in dialog.organizers_label.text()
    assert "Beijing Academy of Science and Technology" in dialog.organizers_label.text()
    first = dialog.proxy.index(0, EventSessionsModel.BOOKED).data()
    assert first == f"{detail.sessions[0].booked} / {detail.sessions[0].capacity}"


def test_adding_a_session_from_the_detail_books_it_and_updates_the_totals(qtbot, demo_ctx):
    bridge = _event(demo_ctx, "Golden Bridge Project Matchmaking")
    dialog = EventDetailDialog(demo_ctx, bridge.id)
    qtbot.addWidget(dialog)
    settle(qtbot)
    before = dialog.model.rowCount()

    def book(session_dialog) -> None:
        session_dialog.start_edit.setTime(time(9, 0))
        session_dialog.end_edit.setTime(time(11, 0))
        session_dialog.buttons.button(session_dialog.buttons.StandardButton.Ok).click()

    handler = ModalHandler(book)
    dialog.add_button.click()
    settle(qtbot)  # the detail is read again
    assert handler.done
    assert dialog.changed
    assert dialog.model.rowCount() == before + 1
    assert dialog.totals["sessions"].text() == str(before + 1)
    added = dialog.current_session()
    assert to_local(added.starts_at).time() == time(9, 0)


def test_events_page_open_button_opens_the_selected_events_detail(qtbot, demo_ctx):
    page = EventsPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(qtbot)
    forum = _event(demo_ctx, "Nobel Laureates Beijing Forum 2026")
    page.table.select_id(forum.id)
    seen = []

    def look(dialog) -> None:
        seen.append((type(dialog).__name__, dialog.event_id))
        dialog.reject()

    handler = ModalHandler(look)
    page.open_action.trigger()
    qtbot.waitUntil(lambda: handler.done)
    assert seen == [("EventDetailDialog", forum.id)]
