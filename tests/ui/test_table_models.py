"""Every table model passes Qt's model tester, with real rows from the demo season."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.models.base import ID_ROLE, ROW_ROLE
from ui.models.events import EventTableModel
from ui.models.filter import RowFilterProxy
from ui.models.organizations import OrganizationTableModel, ProgramTableModel
from ui.models.organizers import OrganizerListModel
from ui.models.venues import RoomTableModel, VenueTableModel


def test_event_model_passes_the_model_tester_and_shows_organizers(qtmodeltester, demo_ctx):
    model = EventTableModel()
    qtmodeltester.check(model, force_py=True)  # empty: filling it (a reset) is checked
    events = demo_ctx.services.events.list()
    shorts = {o.id: o.short_name for o in demo_ctx.services.organizations.list()}
    model.set_rows(events[:2], shorts)
    model.set_rows(events, shorts)
    assert model.rowCount() == len(events) == 8
    row = next(i for i, e in enumerate(events) if e.title_en.startswith("Robot Cup"))
    assert model.index(row, EventTableModel.LEAD).data() == "BAA"
    assert (
        model.index(row, EventTableModel.CO_ORGANIZERS).data() == "BAST, Beijing No. 4 High School"
    )
    assert model.index(row, EventTableModel.KIND).data() == "Competition"
    assert (
        model.index(row, EventTableModel.PROGRAM).data(Qt.ItemDataRole.DecorationRole).name()
        == "#16a085"
    )
    assert model.index(row, 0).data(ID_ROLE) == events[row].id
    assert model.index(row, 0).data(ROW_ROLE) is events[row]


def test_event_model_shows_chinese_names_in_the_chinese_ui(chinese, demo_ctx):
    model = EventTableModel()
    model.set_rows(demo_ctx.services.events.list())
    titles = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert "机器人杯赛 北京赛区" in titles
    assert model.headerData(0, Qt.Orientation.Horizontal) == "标题"


def test_venue_and_room_models_pass_the_model_tester(qtmodeltester, demo_ctx):
    venues = VenueTableModel()
    qtmodeltester.check(venues, force_py=True)
    venues.set_rows(demo_ctx.services.venues.list())
    rooms = RoomTableModel()
    qtmodeltester.check(rooms, force_py=True)
    rooms.set_rows(demo_ctx.services.rooms.list()[:1])
    rooms.set_rows(demo_ctx.services.rooms.list())
    sphere = rooms.row_of_id(
        next(
            r.id for r in demo_ctx.services.rooms.list() if r.name_en == "Science on a Sphere Hall"
        )
    )
    assert rooms.index(sphere, RoomTableModel.HOURS).data() == "09:00–17:30"
    assert rooms.index(sphere, RoomTableModel.SESSIONS).data() > 0


def test_organization_and_program_models_pass_the_model_tester(qtmodeltester, demo_ctx):
    orgs = OrganizationTableModel()
    qtmodeltester.check(orgs, force_py=True)
    orgs.set_rows(demo_ctx.services.organizations.list())
    programs = ProgramTableModel()
    qtmodeltester.check(programs, force_py=True)
    programs.set_rows(demo_ctx.services.programs.list())
    # In English the second column shows the Chinese name, and says so.
    assert orgs.headerData(OrganizationTableModel.OTHER_NAME, Qt.Orientation.Horizontal) == (
        "Chinese name"
    )


def test_organizer_model_keeps_exactly_one_lead(qtmodeltester, demo_ctx):
    model = OrganizerListModel()
    qtmodeltester.check(model, force_py=True)
    orgs = demo_ctx.services.organizations.list()
    assert model.add(orgs[0]) == 0
    assert model.add(orgs[1]) == 1
    assert model.add(orgs[0]) == -1  # listed once only
    assert [o.role.value for o in model.rows()] == ["lead", "co_organizer"]
    model.set_lead(1)
    assert [o.role.value for o in model.rows()] == ["co_organizer", "lead"]
    assert model.move(1, -1) == 0
    assert model.rows()[0].organization_id == orgs[1].id
    qtmodeltester.check(model, force_py=True)


def test_proxy_sorts_numbers_as_numbers_and_passes_the_model_tester(qtmodeltester, demo_ctx):
    rooms = RoomTableModel()
    proxy = RowFilterProxy()
    proxy.setSourceModel(rooms)
    qtmodeltester.check(proxy, force_py=True)  # before the rows, the sort and the filter
    rooms.set_rows(demo_ctx.services.rooms.list())
    proxy.sort(RoomTableModel.CAPACITY, Qt.SortOrder.AscendingOrder)
    capacities = [proxy.index(r, RoomTableModel.CAPACITY).data() for r in range(proxy.rowCount())]
    assert capacities == sorted(capacities)
    proxy.set_text("hall")
    assert 0 < proxy.rowCount() < rooms.rowCount()
    proxy.set_text("")
    assert proxy.rowCount() == rooms.rowCount()
