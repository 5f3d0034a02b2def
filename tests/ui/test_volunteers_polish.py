"""The Volunteers page reads well: real plurals, toolbar texts that say a dialog follows, the
staffing columns whole at 1280×800 in English and Chinese, and an hours tab that is no dead end
on an empty database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QToolButton

from tests.ui.conftest import DEMO_DAY, settle, window_1280
from tests.ui.modal import ModalHandler
from tests.ui.volunteer_page_world import build_staffed
from ui.volunteers.models import CandidateModel, StaffingModel
from ui.volunteers.page import VolunteersPage
from ui.volunteers.widgets import button_text
from ui.widgets.mnemonics import mnemonic

CELL_MARGIN = 8  # the item's own margins, as tests/ui/test_clipped_text.py measures


def _cut(view: QAbstractItemView, column: int) -> list[str]:
    """The texts of ``column`` wider than the column (one line each)."""
    model = view.model()
    cut = []
    for row in range(model.rowCount()):
        index = model.index(row, column)
        text = str(index.data() or "")
        room = 22 if index.data(Qt.ItemDataRole.DecorationRole) else 0
        needed = QFontMetrics(view.font()).horizontalAdvance(text) + room + CELL_MARGIN
        if needed > view.columnWidth(column):
            cut.append(f"{text!r} needs {needed}, has {view.columnWidth(column)}")
    return cut


def _cut_wrapped(view: QAbstractItemView, column: int) -> list[str]:
    """The texts of ``column`` that, wrapped to the column, are taller than their row."""
    model = view.model()
    metrics = QFontMetrics(view.font())
    cut = []
    for row in range(model.rowCount()):
        index = model.index(row, column)
        text = str(index.data() or "")
        room = 22 if index.data(Qt.ItemDataRole.DecorationRole) else 0
        width = view.columnWidth(column) - room - CELL_MARGIN
        flags = int(Qt.TextFlag.TextWordWrap)
        needed = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text)
        if needed.width() > width or needed.height() > view.rowHeight(row):
            cut.append(
                f"{text!r}: {needed.width()}×{needed.height()} in {width}×{view.rowHeight(row)}"
            )
    return cut


# ---- plurals
def test_the_hours_summary_says_1_volunteer_and_2_volunteers(qtbot, ctx):
    world = build_staffed(ctx.services)
    services = ctx.services
    services.assignments.assign(world.guide, world.people.li, accept_warnings=True)
    page = VolunteersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    hours = page.hours
    page.show_tab(hours)
    hours.set_period(date(2030, 12, 1), date(2030, 12, 31))
    settle(qtbot)
    people = services.hours.by_volunteer(date(2030, 12, 1), date(2030, 12, 31))
    orgs = services.hours.by_organization(date(2030, 12, 1), date(2030, 12, 31))
    assert len(people) == 2
    assert hours.totals.text().startswith("2 volunteers · planned ")
    assert hours.totals.text().endswith(" · 0 no-shows")
    hours._show((people[:1], orgs))
    assert hours.totals.text().startswith("1 volunteer · planned ")
    assert "(s)" not in hours.totals.text()


# ---- toolbars
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_toolbar_buttons_that_open_a_dialog_end_with_an_ellipsis(qtbot, ctx, request, language):
    if language == "zh_CN":
        request.getfixturevalue("chinese")
    page = VolunteersPage(ctx)
    qtbot.addWidget(page)
    for tab, dialogs in (
        (page.roster, ("new_action", "import_action", "schedule_action")),
        (page.staffing, ("new_action", "series_action", "schedule_action", "limits_action")),
    ):
        shown = {}
        for b in tab.toolbar.findChildren(QToolButton):
            if b.defaultAction() is not None:
                shown[b.defaultAction()] = b.text()
        for name in dialogs:
            action = getattr(tab, name)
            assert action.text().endswith("…"), action.text()
            assert shown[action] == button_text(action.text())
            assert shown[action].endswith("…") and "&" not in shown[action]
        # no toolbar button takes an Alt+letter of its own (the menu bar's and the tabs' stay)
        assert all(not mnemonic(text) for text in shown.values())
    assert button_text("新建班次(&N)…") == "新建班次…"
    assert button_text("Schedu&le…") == "Schedule…"
    assert button_text("R&&D") == "R&D"


# ---- staffing columns at 1280×800
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_staffing_columns_show_their_texts_whole_at_1280_by_800(
    qtbot, demo_ctx, request, language
):
    if language == "zh_CN":
        request.getfixturevalue("chinese")

    window = window_1280(qtbot, demo_ctx)
    page = window.show_page("volunteers")
    tab = page.staffing
    page.show_tab(tab)
    day = DEMO_DAY
    for _ in range(7):  # the first day of the demo week with shifts
        tab.go(day)
        settle(qtbot)
        if tab.model.rowCount():
            break
        day += timedelta(days=1)
    assert tab.model.rowCount() > 3
    tab.view.selectRow(0)
    settle(qtbot)
    qtbot.wait(20)  # the columns are fitted once the rows are laid out
    assert tab.candidates.rowCount() > 3
    view = tab.view
    assert not view.horizontalScrollBar().isVisible()
    for column in (
        StaffingModel.TIME,
        StaffingModel.HALL,
        StaffingModel.SESSION,
        StaffingModel.STAFFED,
        StaffingModel.NAMES,
    ):
        assert _cut(view, column) == [], StaffingModel.HEADERS[column]
    free = tab.free_view
    assert free.isColumnHidden(CandidateModel.ORGANIZATION)
    name = free.model().index(0, CandidateModel.NAME).data()
    assert "\n" in name  # the organization beneath the name
    assert not free.horizontalScrollBar().isVisible()
    for column in (CandidateModel.NAME, CandidateModel.STATE):
        assert _cut_wrapped(free, column) == [], CandidateModel.HEADERS[column]
    state_width = free.columnWidth(CandidateModel.STATE)
    assert state_width >= 140, state_width  # room for the reason: two or three lines, not ten


# ---- hours on an empty database
def test_the_empty_hours_tab_explains_and_leads_to_a_new_shift(qtbot, ctx):
    from ui.volunteers.shift_dialog import ShiftDialog

    page = VolunteersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    hours = page.hours
    page.show_tab(hours)
    settle(qtbot)
    assert hours.stack.currentWidget() is hours.empty
    assert "shifts" in hours.empty.hint.text() and "check-in" in hours.empty.hint.text()
    assert hours.empty_staffing.isVisible() and hours.empty_new_shift.isVisible()
    assert hours.empty_new_shift.text() == "&New shift…"
    assert not hours.export_button.isEnabled()
    hours.empty_staffing.click()
    assert page.tabs.currentWidget() is page.staffing
    page.show_tab(hours)
    seen = []

    def cancel(dialog) -> None:
        seen.append(type(dialog))
        dialog.reject()

    handler = ModalHandler(cancel)
    hours.empty_new_shift.click()
    qtbot.waitUntil(lambda: handler.done, timeout=5000)
    assert seen == [ShiftDialog]
    assert page.tabs.currentWidget() is page.staffing
