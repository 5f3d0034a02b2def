"""The Attendees page: filter as you type, the session filter, lazy rows, a ticket's scans,
cancel (the waiting list moves up), re-issue (a new code) and move."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from scipop.demo import load_demo
from scipop.registration import verdicts as V
from scipop.registration.table_queries import AttendeeTable, Pager
from tests.ui.attendee_world import People, add_bare_attendees, register_people
from tests.ui.conftest import settle
from tests.ui.modal import ModalHandler, press, read_and_close
from ui.models.attendees import FIRST_PAGE, PAGE, AttendeeTableModel
from ui.models.scans import ScanTableModel
from ui.pages.attendees import AttendeesPage
from ui.settings import ATTENDEES_MASK_PHONES
from ui.widgets.ticket_panel import TicketPanel


@pytest.fixture
def people(services) -> People:
    return register_people(services)


def _page(qtbot, ctx) -> AttendeesPage:
    page = AttendeesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.search.ready and not page.search.building, timeout=10_000)
    settle(qtbot)  # the rows are read in workers
    return page


def _names(page: AttendeesPage) -> list[str]:
    return [page.model.row(r).name for r in range(page.model.rowCount())]


def _row(page: AttendeesPage, name: str) -> int:
    return _names(page).index(name)


def _type(qtbot, page: AttendeesPage, text: str) -> None:
    page.filter_edit.setText(text)
    with qtbot.waitSignal(page.filtered):  # the matching rows are read in a worker
        page.apply_filter()  # what the 150 ms typing timer does


def test_the_table_opens_with_every_attendee_and_ticket_newest_first(qtbot, ctx, people):
    page = _page(qtbot, ctx)
    assert _names(page) == ["赵六", "王秀英", "李娜", "张伟", "丁", "丙", "乙", "甲"]
    assert page.count_label.text() == "8 rows"
    model = page.model
    li = _row(page, "李娜")
    assert model.index(li, AttendeeTableModel.TICKET).data() == "Group of 40"
    assert model.index(li, AttendeeTableModel.ARRIVED).data() == "0 / 40"
    assert model.index(li, AttendeeTableModel.CATEGORY).data() == "Teacher"
    assert (
        model.index(li, AttendeeTableModel.PHONE).data() == "139 1234 5678"
    )  # staff see it all, nationally
    session = model.index(li, AttendeeTableModel.SESSION).data()
    assert session == "2030-12-05 12:00 · Sphere show: Blue Planet · Science on a Sphere Hall"
    assert model.index(_row(page, "丁"), AttendeeTableModel.STATUS).data() == "Waiting list #1"
    assert model.index(_row(page, "赵六"), AttendeeTableModel.STATUS).data() == "No ticket"
    code = model.index(_row(page, "张伟"), AttendeeTableModel.CODE).data()
    assert code.replace(" ", "") == people.tickets["张伟"].code


def test_typing_narrows_the_table_by_name_phone_school_or_session(qtbot, ctx, people):
    page = _page(qtbot, ctx)
    _type(qtbot, page, "王秀")
    assert _names(page) == ["王秀英"]
    assert page.count_label.text() == "1 of 8 rows"
    _type(qtbot, page, "138 0013")  # a phone typed in groups: both parts must match
    assert _names(page) == ["张伟"]
    _type(qtbot, page, "第四中学")
    assert _names(page) == ["李娜"]
    _type(qtbot, page, "12-05 14:00")  # the afternoon show, by its local date and time
    assert _names(page) == ["王秀英"]
    _type(qtbot, page, "blue planet 甲")  # the event's English title and a name
    assert _names(page) == ["甲"]
    _type(qtbot, page, "nobody-has-this")
    assert _names(page) == [] and page.count_label.text() == "0 of 8 rows"
    _type(qtbot, page, "")
    assert len(_names(page)) == 8


def test_a_filter_typed_before_the_index_is_ready_is_applied_when_it_arrives(qtbot, ctx, people):
    page = AttendeesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()  # the first page of rows comes by keyset, the index in a worker
    qtbot.waitUntil(lambda: page.model.rowCount() == 8)
    page.filter_edit.setText("张伟")
    page.apply_filter()
    if not page.search.ready:
        assert page.count_label.text() == "Preparing the search…"
    qtbot.waitUntil(lambda: _names(page) == ["张伟"], timeout=10_000)


def test_the_session_filter_keeps_that_sessions_tickets_with_its_waiting_list(qtbot, ctx, people):
    page = _page(qtbot, ctx)
    assert page.session_filter.count() == 4  # all sessions + the three shows
    page.session_filter.select(people.world.morning)
    settle(qtbot)
    assert _names(page) == ["丁", "丙", "乙", "甲"]
    _type(qtbot, page, "丙")
    assert _names(page) == ["丙"]


def test_sorting_by_name_or_status_is_done_by_the_index(qtbot, ctx, people):
    page = _page(qtbot, ctx)
    page.view.sortByColumn(AttendeeTableModel.STATUS, Qt.SortOrder.AscendingOrder)
    settle(qtbot)
    statuses = [page.model.index(r, AttendeeTableModel.STATUS).data() for r in range(8)]
    assert statuses[-1] == "No ticket" and statuses[-2] == "Waiting list #1"


def test_the_lazy_model_reads_more_rows_only_when_scrolled_to(qtbot, ctx, people):
    add_bare_attendees(ctx.services, 2 * PAGE + 50)
    page = _page(qtbot, ctx)
    total = 8 + 2 * PAGE + 50
    assert page.model.total == total
    assert page.model.rowCount() == FIRST_PAGE and page.model.canFetchMore()
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == FIRST_PAGE + PAGE)
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == total)
    assert not page.model.canFetchMore()
    assert _names(page)[-1] == "甲"  # the oldest row comes last


def test_the_attendee_model_passes_the_model_tester_while_fetching(
    qtbot, qtmodeltester, ctx, people
):
    add_bare_attendees(ctx.services, PAGE + 10)
    table = AttendeeTable(ctx.store)
    model = AttendeeTableModel(table, None, ctx)  # reads in workers, as on the page
    qtmodeltester.check(model, force_py=True)  # empty: the reset and inserts below are checked
    inserted: list[int] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append(last - first + 1))
    model.set_pager(Pager.everything(table))  # a reset to the first page…
    qtbot.waitUntil(lambda: model.rowCount() >= FIRST_PAGE, timeout=20_000)  # a busy CI

    def everything_fetched() -> bool:  # …then the rest inserted a page at a time
        if model.loading:  # a page in flight (the tester may fetch too): the pager has
            return False  # moved on already, its rows are not in yet
        if model.canFetchMore():
            model.fetchMore()
            return False
        return True

    qtbot.waitUntil(everything_fetched, timeout=20_000)
    assert model.rowCount() == PAGE + 18 and sum(inserted) == PAGE + 18 - FIRST_PAGE
    model.refresh()  # the rows read again in place
    settle(qtbot)
    model.set_pager(Pager.everything(table))  # a new filter: another reset
    settle(qtbot)
    assert model.rowCount() >= FIRST_PAGE


def test_selecting_a_ticket_shows_its_scans_at_the_door(qtbot, ctx, people):
    ticket = people.tickets["张伟"]
    reg = ctx.services.registration
    reg.admit(ticket.code, people.world.noon, station="东门 1")
    reg.admit(ticket.code, people.world.noon, station="西门")  # shown again: refused
    page = _page(qtbot, ctx)
    page.view.selectRow(_row(page, "张伟"))
    panel = page.panel
    assert panel.title.text() == "张伟"
    settle(qtbot)  # the scans are read in a worker
    assert panel.scan_count() == 2
    scans = panel.scan_model
    assert [scans.index(r, scans.STATION).data() for r in range(2)] == ["东门 1", "西门"]
    assert [scans.index(r, scans.VERDICT).data() for r in range(2)] == ["Admitted", "Already used"]
    assert "东门 1" in scans.index(1, scans.REASON).data()
    assert page.model.index(_row(page, "张伟"), AttendeeTableModel.ARRIVED).data() == "1 / 1"


def test_a_demo_scan_gives_its_reason_in_the_chinese_ui(qtbot, store, services, chinese):
    load_demo(store)  # logs its arrivals the way the door does: the reason's template is kept
    arrived = next(t for t in services.tickets.search(limit=1000) if t.arrived)
    scans = services.tickets.scans(arrived.id)
    assert scans[0].template == V.WELCOME and scans[0].params["name"] == arrived.attendee_name
    panel = TicketPanel()
    qtbot.addWidget(panel)
    panel.scan_model.set_rows(scans)
    reason = panel.scan_model.index(0, ScanTableModel.REASON).data()
    assert reason == f"欢迎，{arrived.attendee_name}。"
    assert panel.scan_model.index(0, ScanTableModel.VERDICT).data() == "已入场"


def test_masking_phone_numbers_hides_the_middle_digits(qtbot, ctx, people):
    page = _page(qtbot, ctx)
    page.mask_check.setChecked(True)
    assert page.model.index(_row(page, "张伟"), AttendeeTableModel.PHONE).data() == "138****8000"
    assert page.ctx.settings.get(ATTENDEES_MASK_PHONES)  # remembered


def test_cancelling_a_ticket_promotes_the_waiting_list_and_says_who(qtbot, ctx, people):
    page = _page(qtbot, ctx)
    page.view.selectRow(_row(page, "甲"))
    assert page.actions.cancel_action.isEnabled()
    told: list[str] = []
    handler = ModalHandler(press(QMessageBox.StandardButton.Yes), read_and_close(told))
    page.actions.cancel_action.trigger()
    qtbot.waitUntil(lambda: handler.done)
    settle(qtbot)  # the rows read again
    assert told == ["Promoted from the waiting list: 丁."]
    assert "丁" in page.notice.text() and "甲" in page.notice.text()
    model = page.model
    assert model.index(_row(page, "甲"), AttendeeTableModel.STATUS).data() == "Cancelled"
    assert model.index(_row(page, "甲"), AttendeeTableModel.CODE).data() == ""
    qtbot.waitUntil(lambda: not page.search.building, timeout=10_000)
    assert model.index(_row(page, "丁"), AttendeeTableModel.STATUS).data() == "Active"
    assert model.index(_row(page, "丁"), AttendeeTableModel.CODE).data() != ""
    assert page.current_row().name == "甲"  # the cancelled row stays selected


def test_reissuing_gives_a_new_code_and_the_old_one_is_revoked(qtbot, ctx, people):
    page = _page(qtbot, ctx)
    old = people.tickets["王秀英"].code
    page.view.selectRow(_row(page, "王秀英"))
    handler = ModalHandler(press(QMessageBox.StandardButton.Yes))
    page.actions.reissue_action.trigger()
    assert handler.done
    settle(qtbot)  # the rows read again
    new = page.current_row().code
    assert new and new != old
    assert "revoked" in page.notice.text()
    assert new[:10] in page.notice.text().replace(" ", "")
    assert page.panel.fields["code"].text().replace(" ", "") == new


def test_the_actions_follow_the_selection(qtbot, ctx, people):
    page = _page(qtbot, ctx)
    actions = page.actions
    assert not actions.cancel_action.isEnabled() and not actions.print_selected_action.isEnabled()
    page.view.selectRow(_row(page, "丁"))  # waiting: no code to print or re-issue
    assert actions.cancel_action.isEnabled() and actions.move_action.isEnabled()
    assert not actions.reissue_action.isEnabled() and not actions.png_action.isEnabled()
    page.view.selectRow(_row(page, "赵六"))  # no ticket at all
    assert not actions.cancel_action.isEnabled() and not actions.move_action.isEnabled()
    page.view.selectAll()
    assert actions.print_selected_action.text() == "Print the selected tickets (6)…"


def test_the_first_person_registered_shows_without_typing_a_filter(qtbot, ctx, services):
    """The table showed no rows (a new database): the person just registered appears at once,
    and so do the rows that arrive from elsewhere (an import, another PC)."""
    from scipop.registration.dto import Registrant
    from tests.fixtures.tickets_world import build_shows

    world = build_shows(services.store, capacity=60, morning=3)
    page = _page(qtbot, ctx)
    assert page.model.rowCount() == 0
    ticket = services.registration.register(
        world.morning, Registrant(name="新来的", phone="13711112222")
    )
    with qtbot.waitSignal(page.filtered, timeout=10_000):
        page.actions.registered(ticket)
    settle(qtbot)
    assert _names(page) == ["新来的"]
    assert page.count_label.text() == "1 rows"
    assert page.current_row() is not None and page.current_row().name == "新来的"

    add_bare_attendees(services, 3)
    page.mark_stale()  # what the main window does when another page wrote
    with qtbot.waitSignal(page.filtered, timeout=10_000):
        pass
    settle(qtbot)
    assert len(_names(page)) == 4
