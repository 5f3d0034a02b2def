"""The Volunteers page: roster search and dialog, staffing with drag and drop and the assign
dialog, refusals and warnings, shifts for a series, hours; its models pass Qt's model tester."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from scipop.models import Assignment, AssignmentStatus
from scipop.volunteers.dto import ShiftSeriesSpec
from tests.ui.conftest import settle
from tests.ui.modal import ModalHandler, press, read_and_close
from tests.ui.volunteer_page_world import SHOW_DAY, StaffedWorld, build_staffed
from ui.volunteers.models import (
    UNDERSTAFFED_BG,
    AssignmentModel,
    CandidateModel,
    OrgHoursModel,
    RosterModel,
    ShiftLineModel,
    StaffingModel,
    VolunteerHoursModel,
    volunteer_ids,
    volunteer_mime,
)
from ui.volunteers.page import VolunteersPage
from ui.volunteers.series_dialog import ShiftPreviewModel, preview_lines

DAY = SHOW_DAY.date()


@pytest.fixture
def world(services) -> StaffedWorld:
    return build_staffed(services)


@pytest.fixture
def page(qtbot, ctx, world) -> VolunteersPage:
    p = VolunteersPage(ctx)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    p.activate()
    settle(qtbot)
    return p


def staffing(qtbot, page: VolunteersPage):
    tab = page.staffing
    page.show_tab(tab)
    tab.go(DAY)
    settle(qtbot)
    return tab


def shift_row(tab, shift_id: int) -> int:
    for r in range(tab.proxy.rowCount()):
        if tab.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) == shift_id:
            return r
    raise AssertionError(f"shift {shift_id} not shown")


def names_on(services, shift_id: int) -> list[str]:
    return [a.volunteer_name for a in services.assignments.for_shift(shift_id)]


# ---- models
def test_every_model_passes_the_model_tester_while_it_fills(qtmodeltester, services, world):
    w = world.people
    rows = {
        RosterModel(): services.roster.search(),
        StaffingModel(): services.staffing.day(DAY),
        CandidateModel(): services.staffing.candidates(world.door),
        AssignmentModel(): services.assignments.for_shift(world.door),
        VolunteerHoursModel(): services.hours.by_volunteer(DAY, DAY),
        OrgHoursModel(): services.hours.by_organization(DAY, DAY),
        ShiftLineModel(): services.hours.for_volunteer(w.zhang, DAY, DAY),
        ShiftPreviewModel(): preview_lines(
            services,
            ShiftSeriesSpec(first_day=DAY, last_day=DAY, role="讲解", event_id=w.shows.event),
        ),
    }
    for model, filled in rows.items():
        assert filled, type(model).__name__
        qtmodeltester.check(model, force_py=True)  # attached empty: it sees the inserts
        model.set_rows(filled)
        model.set_rows(filled[:1])
        model.set_rows([])
        model.set_rows(filled)
        assert model.rowCount() == len(filled)


def test_staffing_model_highlights_understaffed_shifts_by_colour_icon_and_text(services, world):
    model = StaffingModel()
    model.set_rows(services.staffing.day(DAY))
    door = model.row_of_id(world.door)
    staffed = model.index(door, StaffingModel.STAFFED)
    assert staffed.data() == "1/2 · 1 missing"
    assert staffed.data(Qt.ItemDataRole.BackgroundRole).color() == UNDERSTAFFED_BG
    assert not staffed.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "Under-staffed" in staffed.data(Qt.ItemDataRole.ToolTipRole)
    services.assignments.assign(world.door, world.people.li)
    model.set_rows(services.staffing.day(DAY))
    staffed = model.index(model.row_of_id(world.door), StaffingModel.STAFFED)
    assert staffed.data() == "2/2"
    assert staffed.data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(model.row_of_id(world.door), StaffingModel.NAMES).data() == "张伟、李娜"


def test_candidates_are_free_first_then_warnings_then_clashes_greyed_with_the_reason(
    services, world
):
    w = world.people
    services.assignments.assign(world.long_door, w.wang)  # 09:00–10:30: clashes at 10:00
    model = CandidateModel()
    model.set_rows(services.staffing.candidates(world.door))
    states = [model.row(r).state for r in range(model.rowCount())]
    assert states == sorted(states, key=CandidateModel.ORDER.get)
    wang = model.row_of_id(w.wang)
    assert model.row(wang).state == "clash"
    reason = model.index(wang, CandidateModel.STATE).data()
    assert "王芳" in reason and "overlaps" in reason
    assert model.index(wang, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert not model.flags(model.index(wang, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    li = model.row_of_id(w.li)
    assert model.index(li, CandidateModel.STATE).data() == "Free"


def test_the_roster_and_candidates_drag_volunteer_ids(services, world):
    model = RosterModel()
    model.set_rows(services.roster.search())
    mime = model.mimeData([model.index(0, 0), model.index(0, 2), model.index(1, 0)])
    assert volunteer_ids(mime) == [model.row(0).id, model.row(1).id]


# ---- roster
def test_roster_search_finds_by_name_pinyin_initials_and_phone_digits(qtbot, page, world):
    roster = page.roster

    def search(text: str) -> list[str]:
        roster.search_edit.setText(text)
        roster.reload()
        settle(qtbot)
        return [roster.model.row(r).name for r in range(roster.model.rowCount())]

    assert search("") == ["张伟", "李娜", "王芳", "赵磊"] or len(search("")) == 4
    assert search("ZW") == ["张伟"]
    assert search("zw") == ["张伟"]
    assert search("5678") == ["张伟"]
    assert search("138 1234") == ["张伟"]
    assert search("李") == ["李娜"]
    assert search("nobody") == []
    assert roster.count_label.text() == "0 volunteers"


def test_roster_filters_by_organization_skill_and_active(qtbot, page, world):
    roster = page.roster
    w = world.people

    def shown() -> set[str]:
        settle(qtbot)
        return {roster.model.row(r).name for r in range(roster.model.rowCount())}

    roster.org_filter.setCurrentIndex(roster.org_filter.findData(w.bast))
    assert shown() == {"张伟"}
    roster.org_filter.setCurrentIndex(0)
    roster.skill_filter.setCurrentIndex(roster.skill_filter.findData("急救"))
    assert shown() == {"李娜"}
    roster.skill_filter.setCurrentIndex(0)
    roster.active_filter.setCurrentIndex(roster.active_filter.findData("inactive"))
    assert shown() == {"赵磊"}


def test_volunteer_dialog_shows_a_bad_phone_inline_and_clears_it_when_fixed(qtbot, ctx, world):
    from ui.volunteers.volunteer_dialog import VolunteerDialog

    dialog = VolunteerDialog(ctx, None, ctx.services.organizations.list())
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("刘洋")
    qtbot.keyClicks(dialog.phone_edit, "1380013800")
    dialog.check_phone()
    assert "not a valid phone number" in dialog.field_error("phone")
    dialog.phone_edit.clear()
    qtbot.keyClicks(dialog.phone_edit, "13800138000")
    qtbot.waitUntil(lambda: dialog.field_error("phone") == "", timeout=2000)
    dialog.org_combo.setCurrentIndex(dialog.org_combo.findData(world.people.bast))
    dialog.skills_edit.setText("引导, 检票")
    dialog.languages_edit.setText("English；手语")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.result_data is not None, timeout=5000)
    saved = ctx.services.volunteers.get(dialog.result_data.id)
    assert saved.phone == "+8613800138000" and saved.skills == "引导、检票"
    assert saved.languages == "English、手语" and saved.organization_id == world.people.bast


def test_saving_a_bad_phone_keeps_the_dialog_open_with_the_message(qtbot, ctx, world):
    from ui.volunteers.volunteer_dialog import VolunteerDialog

    dialog = VolunteerDialog(ctx, ctx.services.volunteers.get(world.people.li), [])
    qtbot.addWidget(dialog)
    dialog.phone_edit.setText("6265 1234")
    dialog.submit()
    settle(qtbot)
    assert "area code" in dialog.field_error("phone")
    assert ctx.services.volunteers.get(world.people.li).phone == "+8613900001111"


def test_deleting_someone_on_a_shift_offers_to_mark_them_inactive(qtbot, page, world):
    roster = page.roster
    from ui.volunteers.widgets import select_id

    assert select_id(roster.view, world.people.zhang)
    handler = ModalHandler(
        press(QMessageBox.StandardButton.Yes),  # delete?
        press(QMessageBox.StandardButton.Yes),  # on a shift: mark inactive?
    )
    roster.delete_action.trigger()
    qtbot.waitUntil(lambda: handler.done, timeout=5000)
    settle(qtbot)
    assert "shift" in handler.seen[1].text()
    assert ctx_active(page, world.people.zhang) is False


def ctx_active(page, ident: int) -> bool:
    return page.ctx.services.volunteers.get(ident).active


def test_an_empty_roster_offers_to_add_a_volunteer(qtbot, ctx):
    p = VolunteersPage(ctx)
    qtbot.addWidget(p)
    p.show()
    p.activate()
    settle(qtbot)
    assert p.roster.stack.currentWidget() is p.roster.empty
    assert p.roster.empty_add.isVisible() and p.roster.empty_import.isVisible()
    p.show_tab(p.staffing)
    settle(qtbot)
    assert p.staffing.shift_stack.currentWidget() is p.staffing.empty


# ---- staffing
def drop_on_shift(tab, shift_id: int, volunteer_ids_: list[int]) -> None:
    """A drag of volunteers entering the shift view and dropped on the shift's row."""
    view = tab.view
    rect = view.visualRect(tab.proxy.index(shift_row(tab, shift_id), StaffingModel.ROLE))
    pos = rect.center()
    mime = volunteer_mime(volunteer_ids_)
    viewport = view.viewport()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(pos, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)


def test_dropping_a_volunteer_on_a_shift_assigns_them(qtbot, page, world):
    tab = staffing(qtbot, page)
    assert page.staffing.summary_label.text() == "3 shifts · 3 under-staffed"
    drop_on_shift(tab, world.door, [world.people.li])
    settle(qtbot)
    assert names_on(page.ctx.services, world.door) == ["张伟", "李娜"]
    row = tab.model.row(tab.model.row_of_id(world.door))
    assert row.assigned == 2
    assert tab.current_shift().shift_id == world.door


def test_an_overlapping_assignment_is_refused_with_the_reason(qtbot, page, world):
    tab = staffing(qtbot, page)
    texts: list[str] = []
    tab.assigner.refused.connect(texts.append)
    handler = ModalHandler(press(QMessageBox.StandardButton.Ok))
    drop_on_shift(tab, world.long_door, [world.people.zhang])  # 张伟 works 10:00–10:20
    qtbot.waitUntil(lambda: handler.done, timeout=5000)
    settle(qtbot)
    assert "张伟 already works '检票' 10:00–10:20" in texts[0]
    assert "Not assigned" in handler.seen[0].text()
    assert names_on(page.ctx.services, world.long_door) == []


@pytest.mark.parametrize("answer", ["anyway", "cancel"])
def test_a_warning_asks_for_confirmation_first(qtbot, page, world, answer):
    tab = staffing(qtbot, page)
    seen: list[str] = []

    def handle(box: QMessageBox) -> None:
        seen.append(box.informativeText())
        if answer == "anyway":
            next(b for b in box.buttons() if "anyway" in b.text()).click()
        else:
            box.button(QMessageBox.StandardButton.Cancel).click()

    handler = ModalHandler(handle)
    drop_on_shift(tab, world.guide, [world.people.li])  # the guide needs English
    qtbot.waitUntil(lambda: handler.done, timeout=5000)
    settle(qtbot)
    assert "李娜 lacks the required skill(s): English" in seen[0]
    expected = ["李娜"] if answer == "anyway" else []
    assert names_on(page.ctx.services, world.guide) == expected


def test_assign_dialog_picks_a_free_volunteer(qtbot, page, world):
    tab = staffing(qtbot, page)
    tab.view.selectRow(shift_row(tab, world.door))
    settle(qtbot)

    def pick(dialog) -> None:
        qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=5000)
        assert dialog.select_volunteer(world.people.wang)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    handler = ModalHandler(pick)
    tab.assign_action.trigger()
    qtbot.waitUntil(lambda: handler.done, timeout=5000)
    settle(qtbot)
    assert names_on(page.ctx.services, world.door) == ["张伟", "王芳"]


def test_the_side_list_shows_who_is_free_for_the_chosen_shift(qtbot, page, world):
    tab = staffing(qtbot, page)
    tab.view.selectRow(shift_row(tab, world.guide))
    settle(qtbot)
    names = {tab.candidates.row(r).name for r in range(tab.candidates.rowCount())}
    assert names == {"张伟", "李娜", "王芳"}  # 赵磊 is inactive
    zhang = tab.candidates.row(tab.candidates.row_of_id(world.people.zhang))
    assert zhang.state == "free"  # speaks English
    assert "Who is free for 12:00–12:20 引导" in tab.free_title.text()


def test_unassign_no_show_and_correct_times(qtbot, page, world):
    services = page.ctx.services
    services.assignments.assign(world.door, world.people.wang)
    tab = staffing(qtbot, page)
    tab.view.selectRow(shift_row(tab, world.door))
    settle(qtbot)
    tab.people_view.selectRow(0)  # 张伟
    from ui.volunteers.correct_dialog import CorrectTimesDialog

    def correct(dialog: CorrectTimesDialog) -> None:
        dialog.note_edit.clear()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: dialog.field_error("note") != "", timeout=5000)
        dialog.note_edit.setText("忘记扫码离岗")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    handler = ModalHandler(correct)
    tab.correct_action.trigger()
    qtbot.waitUntil(lambda: handler.done, timeout=5000)
    settle(qtbot)
    zhang = next(
        a for a in services.assignments.for_shift(world.door) if a.volunteer_name == "张伟"
    )
    assert zhang.correction_note == "忘记扫码离岗" and zhang.corrected_in_at is not None
    assert zhang.status == AssignmentStatus.CHECKED_OUT
    texts: list[str] = []
    tab.people_view.selectRow(0)  # 张伟 worked: taking him off is refused with the reason
    handler = ModalHandler(press(QMessageBox.StandardButton.Yes), read_and_close(texts))
    tab.unassign_action.trigger()
    qtbot.waitUntil(lambda: handler.done, timeout=5000)
    settle(qtbot)
    assert texts and "张伟" in texts[0]
    tab.people_view.selectRow(1)  # 王芳
    handler = ModalHandler(press(QMessageBox.StandardButton.Yes))
    tab.unassign_action.trigger()
    qtbot.waitUntil(lambda: handler.done, timeout=5000)
    settle(qtbot)
    assert names_on(services, world.door) == ["张伟"]


def test_shifts_for_a_series_are_previewed_then_created(qtbot, ctx, world):
    from ui.volunteers.series_dialog import ShiftSeriesDialog

    dialog = ShiftSeriesDialog(ctx, first_day=DAY)
    qtbot.addWidget(dialog)
    dialog.last_edit.setDate(dialog.first_edit.date())
    dialog.event_combo.set_event(world.people.shows.event)
    dialog.role_combo.setEditText("讲解")
    dialog.needed_spin.setValue(2)
    dialog.before_spin.setValue(10)
    assert not dialog.create_button.isEnabled()
    dialog.preview()
    settle(qtbot)
    assert dialog.preview_model.rowCount() == 3
    assert dialog.preview_model.index(0, 1).data() == "09:50–10:20"
    assert "3 shifts will be created." in dialog.summary.text()
    assert dialog.create_button.isEnabled()
    dialog.create_button.click()
    settle(qtbot)
    assert len(dialog.created) == 3
    made = [r for r in ctx.services.staffing.day(DAY) if r.role == "讲解"]
    assert [r.needed for r in made] == [2, 2, 2]
    dialog2 = ShiftSeriesDialog(ctx, first_day=DAY)
    qtbot.addWidget(dialog2)
    dialog2.last_edit.setDate(dialog2.first_edit.date())
    dialog2.event_combo.set_event(world.people.shows.event)
    dialog2.role_combo.setEditText("讲解")
    dialog2.before_spin.setValue(10)
    dialog2.preview()
    settle(qtbot)
    assert "All 3 sessions in that period already have" in dialog2.summary.text()
    assert dialog2.preview_model.rowCount() == 0
    assert not dialog2.create_button.isEnabled()


def test_a_new_hall_shift_from_the_dialog_appears_on_its_day(qtbot, page, world):
    from ui.volunteers.shift_dialog import ShiftDialog

    tab = staffing(qtbot, page)

    def fill(dialog: ShiftDialog) -> None:
        dialog.in_hall.setChecked(True)
        dialog.role_combo.setEditText("舞台")
        dialog.needed_spin.setValue(3)
        dialog.start_edit.setTime(dialog.start_edit.time().fromString("13:00", "HH:mm"))
        dialog.end_edit.setTime(dialog.end_edit.time().fromString("15:30", "HH:mm"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    handler = ModalHandler(fill)
    tab.new_action.trigger()
    qtbot.waitUntil(lambda: handler.done, timeout=5000)
    settle(qtbot)
    row = tab.current_shift()
    assert row.role == "舞台" and row.needed == 3 and row.room_name == "球幕/数字球 展厅"
    assert tab.model.index(tab.model.row_of_id(row.shift_id), 0).data() == "13:00–15:30"


# ---- hours
def test_hours_tab_shows_planned_worked_and_no_shows(qtbot, page, world, tmp_path):
    services = page.ctx.services
    a = services.assignments.for_shift(world.door)[0]
    from datetime import timedelta

    services.assignments.correct(
        a.id, SHOW_DAY - timedelta(minutes=10), SHOW_DAY + timedelta(minutes=20), "补录"
    )
    li = services.assignments.assign(world.guide, world.people.li, accept_warnings=True)
    with services.store.uow(write=True) as uow:  # the show is in 2030: no-show by hand
        uow.session.get(Assignment, li.id).status = AssignmentStatus.NO_SHOW
        uow.commit()
    hours = page.hours
    page.show_tab(hours)
    hours.set_period(date(2030, 12, 1), date(2030, 12, 31))
    settle(qtbot)
    people = {hours.people.row(r).name: r for r in range(hours.people.rowCount())}
    zhang = people["张伟"]
    m = hours.people
    assert m.index(zhang, VolunteerHoursModel.PLANNED).data() == "0.33"
    assert m.index(zhang, VolunteerHoursModel.WORKED).data() == "0.5"
    assert m.index(people["李娜"], VolunteerHoursModel.NO_SHOWS).data() == 1
    assert "2 volunteers ·" in hours.totals.text() and "1 no-show" in hours.totals.text()
    hours.people_view.selectRow(hours.people_view.model().mapFromSource(m.index(zhang, 0)).row())
    dialog = hours.show_lines()
    qtbot.waitSignal(dialog.loaded, timeout=5000) if dialog.model.rowCount() == 0 else None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert dialog.model.index(0, ShiftLineModel.NOTE).data() == "补录"
    dialog.close()
    hours.write_csv(tmp_path / "工时")
    settle(qtbot)
    text = (tmp_path / "工时.csv").read_text(encoding="utf-8-sig")
    assert "Volunteer,Organization,Shifts,Planned (h),Worked (h),No-shows" in text
    assert "张伟,北京市科学技术协会,1,0.33,0.5,0" in text
    assert "Saved" in hours.totals.text()


def test_import_and_schedule_buttons_open_their_dialogs(qtbot, page, world):
    from ui.dialogs.import_volunteers import ImportVolunteersDialog
    from ui.volunteers.schedule_export import ScheduleExportDialog
    from ui.volunteers.widgets import select_id

    roster = page.roster
    assert not roster.schedule_action.isEnabled()  # nobody chosen yet
    assert select_id(roster.view, world.people.zhang)
    opened: list[object] = []

    def close(dialog) -> None:
        opened.append(type(dialog))
        dialog.reject()

    handler = ModalHandler(close, close, close)
    roster.import_action.trigger()
    roster.schedule_action.trigger()
    page.show_tab(page.staffing)
    page.staffing.schedule_action.trigger()
    qtbot.waitUntil(lambda: handler.done, timeout=5000)
    assert opened == [ImportVolunteersDialog, ScheduleExportDialog, ScheduleExportDialog]
    settle(qtbot)


def test_a_session_shift_from_the_dialog_takes_the_session_times(qtbot, ctx, world):
    from ui.volunteers.shift_dialog import ShiftDialog

    dialog = ShiftDialog(ctx, None, day=DAY)
    qtbot.addWidget(dialog)
    assert dialog.at_session.isChecked() and not dialog.room_combo.isVisibleTo(dialog)
    dialog.session_combo.select(world.people.shows.afternoon)
    dialog.role_combo.setEditText("")
    dialog.submit()
    settle(qtbot)
    assert "role" in dialog.field_error("role")
    dialog.role_combo.setEditText("引导")
    dialog.submit()
    settle(qtbot)
    made = dialog.result_data
    assert made.session_id == world.people.shows.afternoon
    assert made.starts_at == SHOW_DAY.replace(hour=14)


def test_a_printed_badge_carries_the_volunteers_signed_code(qtbot, ctx, world):
    import pypdfium2
    import zxingcpp

    from ui.volunteers.badge_dialog import BadgePrintDialog

    zhang = world.people.zhang
    dialog = BadgePrintDialog(ctx, [zhang], "张伟")
    qtbot.addWidget(dialog)
    made = []
    dialog.with_pdf(made.append, progress=False)
    settle(qtbot)
    assert made and made[0].tickets == 1 and "1 badge on 1 page." in dialog.status_label.text()
    page = pypdfium2.PdfDocument(made[0].data)[0]
    image = page.render(scale=2).to_pil()
    codes = [b.text for b in zxingcpp.read_barcodes(image)]
    assert codes == [ctx.services.volunteer_codes.code(zhang)]


def test_the_staffing_view_speaks_chinese(qtbot, page, world, chinese):
    tab = staffing(qtbot, page)
    model = tab.model
    assert model.headerData(StaffingModel.STAFFED, Qt.Orientation.Horizontal) == "到位"
    door = model.row_of_id(world.door)
    assert model.index(door, StaffingModel.STAFFED).data() == "1/2 · 缺 1 人"
    assert tab.summary_label.text() == "3 个班次 · 3 个人手不足"


def test_opening_the_page_records_no_shows_of_ended_shifts(qtbot, ctx, world):
    from datetime import timedelta

    from scipop.timeutil import utcnow
    from scipop.volunteers.dto import ShiftData

    services = ctx.services
    start = utcnow() - timedelta(days=1)
    past = services.shifts.create(
        ShiftData(
            room_id=world.people.shows.room,
            role="引导",
            starts_at=start,
            ends_at=start + timedelta(hours=2),
        )
    )
    services.assignments.assign(past.id, world.people.li)
    p = VolunteersPage(ctx)
    qtbot.addWidget(p)
    p.show()
    p.activate()
    settle(qtbot)
    assert services.assignments.for_shift(past.id)[0].status == AssignmentStatus.NO_SHOW
    assert [a.status for a in services.assignments.for_shift(world.door)] == [
        AssignmentStatus.ASSIGNED
    ]


def test_editing_and_deleting_a_shift_from_the_staffing_view(qtbot, page, world):
    tab = staffing(qtbot, page)
    services = page.ctx.services
    before = services.shifts.get(world.door)
    tab.view.selectRow(shift_row(tab, world.door))
    settle(qtbot)

    def more_people(dialog) -> None:
        assert dialog.at_session.isChecked() and dialog.role_combo.currentText() == "检票"
        dialog.needed_spin.setValue(3)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    handler = ModalHandler(more_people)
    tab.edit_action.trigger()
    qtbot.waitUntil(lambda: handler.done, timeout=5000)
    settle(qtbot)
    after = services.shifts.get(world.door)
    assert after.needed == 3 and after.starts_at == before.starts_at
    door = tab.model.row_of_id(world.door)
    assert tab.model.index(door, StaffingModel.STAFFED).data() == "1/3 · 2 missing"
    handler = ModalHandler(press(QMessageBox.StandardButton.Yes))
    tab.delete_action.trigger()
    qtbot.waitUntil(lambda: handler.done, timeout=5000)
    settle(qtbot)
    assert "1 volunteer assigned to it will be taken off." in handler.seen[0].text()
    assert tab.model.row_of_id(world.door) == -1


def test_enter_on_a_roster_row_edits_it_and_on_a_shift_opens_the_assign_dialog(qtbot, page, world):
    from ui.volunteers.assign_dialog import AssignDialog
    from ui.volunteers.volunteer_dialog import VolunteerDialog
    from ui.volunteers.widgets import select_id

    opened: list[object] = []

    def close(dialog) -> None:
        opened.append((type(dialog), dialog.windowTitle()))
        dialog.reject()

    roster = page.roster
    assert select_id(roster.view, world.people.li)
    handler = ModalHandler(close)
    qtbot.keyClick(roster.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: handler.done, timeout=5000)
    tab = staffing(qtbot, page)
    tab.view.selectRow(shift_row(tab, world.guide))
    handler = ModalHandler(close)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: handler.done, timeout=5000)
    settle(qtbot)
    assert opened == [(VolunteerDialog, "Edit volunteer"), (AssignDialog, "Assign a volunteer")]


def test_the_rules_dialog_changes_the_limits_every_pc_shares(qtbot, page, world):
    from ui.volunteers.limits_dialog import LimitsDialog

    tab = staffing(qtbot, page)
    seen: list[tuple[float, float, int]] = []

    def answer(dialog: LimitsDialog) -> None:
        seen.append((dialog.day_box.value(), dialog.run_box.value(), dialog.window_box.value()))
        dialog.day_box.setValue(2.5)
        dialog.run_box.setValue(2)
        dialog.window_box.setValue(30)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    handler = ModalHandler(answer)
    tab.limits_action.trigger()  # the limits are read in a worker, then the dialog opens
    qtbot.waitUntil(lambda: handler.done, timeout=5000)
    limits = page.ctx.services.volunteer_settings
    qtbot.waitUntil(lambda: limits.limits().max_hours_per_day == 2.5, timeout=5000)
    assert seen == [(8.0, 6.0, 60)]  # the defaults, as read
    now = limits.limits()
    assert (now.max_consecutive_hours, now.checkin_window_minutes) == (2.0, 30)
