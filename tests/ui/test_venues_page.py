"""The Venues & rooms page: rooms of the selected venue, room dialogs, refused deletions."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from scipop.services.venues import RoomData
from tests.ui.conftest import settle
from tests.ui.modal import ModalHandler, press, read_and_close
from ui.dialogs.venue_dialog import RoomDialog
from ui.pages.venues import VenuesPage


def _page(qtbot, ctx) -> VenuesPage:
    page = VenuesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.activate()
    settle(qtbot)  # the rows are read in a worker
    return page


def _select_venue(qtbot, page: VenuesPage, name_en: str) -> None:
    row = next(i for i, v in enumerate(page.venue_model.rows()) if v.name_en == name_en)
    page.venues.select_id(page.venue_model.row(row).id)
    settle(qtbot)  # its rooms are read in a worker


def _select_room(page: VenuesPage, name_en: str) -> None:
    room = next(r for r in page.room_model.rows() if r.name_en == name_en)
    page.rooms.select_id(room.id)


def test_selecting_a_venue_shows_its_rooms(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    _select_venue(qtbot, page, "BJAST Campus")
    assert [r.name_en for r in page.room_model.rows()] == ["Conference Room 1"]
    assert page.room_box.title() == "Rooms of BJAST Campus"
    _select_venue(qtbot, page, "Beijing Science Center")
    assert page.room_model.rowCount() == 5


def test_deleting_a_room_with_sessions_is_refused_with_the_reason(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    _select_venue(qtbot, page, "Beijing Science Center")
    _select_room(page, "Science on a Sphere Hall")
    messages: list[str] = []

    handler = ModalHandler(press(QMessageBox.StandardButton.Yes), read_and_close(messages))
    page.rooms.delete_action.trigger()
    qtbot.waitUntil(lambda: handler.done)  # the refusal comes back from the worker
    assert len(messages) == 1
    assert messages[0].startswith("Room '球幕/数字球 展厅' has ")
    assert "session(s) booked; move or delete them before deleting the room." in messages[0]
    assert any(r.name_en == "Science on a Sphere Hall" for r in page.room_model.rows())


def test_the_refusal_is_in_chinese_in_the_chinese_ui(qtbot, chinese, demo_ctx):
    page = _page(qtbot, demo_ctx)
    _select_venue(qtbot, page, "Beijing Science Center")
    _select_room(page, "Science on a Sphere Hall")
    messages: list[str] = []
    handler = ModalHandler(press(QMessageBox.StandardButton.Yes), read_and_close(messages))
    page.rooms.delete_action.trigger()
    qtbot.waitUntil(lambda: handler.done)
    assert messages[0].startswith("场地“球幕/数字球 展厅”已预订了 ")
    assert messages[0].endswith("个场次，请先移走或删除这些场次，再删除该场地。")


def test_a_room_without_sessions_is_deleted_after_confirmation(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    _select_venue(qtbot, page, "Beijing Science Center")
    before = page.room_model.rowCount()
    room = page.services.rooms.create(
        RoomData(venue_id=page.current_venue().id, name="临时展区", capacity=30)
    )
    page.reload(room_id=room.id)
    settle(qtbot)
    handler = ModalHandler(press(QMessageBox.StandardButton.Yes))
    page.rooms.delete_action.trigger()
    settle(qtbot)  # deleted, then the rows read again
    assert handler.done
    assert page.room_model.rowCount() == before


def test_room_dialog_shows_capacity_and_name_errors_inline(qtbot, demo_ctx):
    venue = demo_ctx.services.venues.list()[0]
    dialog = RoomDialog(
        demo_ctx, RoomData(venue_id=venue.id), venues=demo_ctx.services.venues.list()
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.capacity_spin.setValue(0)
    dialog.submit()
    settle(qtbot)  # saved in a worker
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.field_error("name") == "Enter the name."
    assert dialog.field_error("capacity") == "Capacity must be more than 0 (it is 0)."

    dialog.name_edit.setText("科普报告厅")
    dialog.capacity_spin.setValue(150)
    dialog.submit()
    settle(qtbot)  # saved in a worker
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_data.venue_id == venue.id


def test_a_new_room_from_the_page_lands_in_the_selected_venue(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    _select_venue(qtbot, page, "BJAST Campus")

    def fill(dialog) -> None:
        dialog.name_edit.setText("第二会议室")
        dialog.name_en_edit.setText("Conference Room 2")
        dialog.capacity_spin.setValue(40)
        dialog.submit()

    handler = ModalHandler(fill)
    page.rooms.new_action.trigger()
    settle(qtbot)
    assert handler.done
    assert [r.name_en for r in page.room_model.rows()] == ["Conference Room 1", "Conference Room 2"]
    assert page.rooms.current_row().name_en == "Conference Room 2"


def test_editing_a_room_opens_what_the_database_holds_now(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    _select_venue(qtbot, page, "BJAST Campus")
    room = page.room_model.rows()[0]
    demo_ctx.services.rooms.update(RoomData(**{**room.__dict__, "capacity": 77}))  # another PC
    seen: list[int] = []

    def look(dialog) -> None:
        seen.append(dialog.capacity_spin.value())
        dialog.reject()

    handler = ModalHandler(look)
    page.rooms.edit_requested.emit(room)  # the table still shows the old capacity
    qtbot.waitUntil(lambda: handler.done)  # read fresh in a worker, then opened
    assert seen == [77]
