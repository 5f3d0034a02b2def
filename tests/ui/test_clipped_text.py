"""Texts are not cut while there is room for them: measured with the widgets' font metrics."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView

from scipop.services.organizations import OrganizationData
from tests.ui.attendee_world import add_bare_attendees
from tests.ui.conftest import settle, window_1280
from ui.dialogs.event_dialog import EventDialog, read_event_choices
from ui.dialogs.pickers import read_schedule_choices
from ui.models.organizers import OrganizerListModel

CELL_MARGIN = 8  # the item's own margins (style-dependent; a few pixels each side)


def _fits_column(view: QAbstractItemView, column: int, rows: range | None = None) -> list[str]:
    """The texts of ``column`` wider than the column (in their own font)."""
    model = view.model()
    cut = []
    for row in rows or range(model.rowCount()):
        index = model.index(row, column)
        text = str(index.data() or "")
        font = index.data(Qt.ItemDataRole.FontRole) or view.font()
        needed = QFontMetrics(font).horizontalAdvance(text) + CELL_MARGIN
        if needed > view.columnWidth(column):
            cut.append(f"{text!r} needs {needed}, has {view.columnWidth(column)}")
    return cut


def test_the_organizer_role_column_shows_lead_and_co_organizer_whole(qtbot, ctx, chinese):
    ids = [
        ctx.services.organizations.create(OrganizationData(name=name)).id
        for name in ("北京市科学技术协会", "北京市科学技术研究院")
    ]
    dialog = EventDialog(ctx, options=read_event_choices(ctx.services))
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    for ident in ids:  # added after the dialog is shown, as a person does
        dialog.add_organization(ident)
    qtbot.wait(20)
    view = dialog.organizer_view
    assert view.model().index(0, OrganizerListModel.ROLE).data() == "主办单位"
    assert _fits_column(view, OrganizerListModel.ROLE) == []


def test_the_english_events_page_fits_1280_pixels_with_its_status_column(qtbot, demo_ctx):
    from ui.models.events import EventTableModel

    window = window_1280(qtbot, demo_ctx)
    page = window.show_page("events")
    qtbot.waitUntil(lambda: page.model.rowCount() == 8)
    settle(qtbot)
    qtbot.wait(20)  # the columns are fitted once the rows are laid out
    view = page.table.view
    header = view.horizontalHeader()
    right = header.sectionViewportPosition(EventTableModel.STATUS) + header.sectionSize(
        EventTableModel.STATUS
    )
    assert right <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    for column in (
        EventTableModel.KIND,
        EventTableModel.SESSIONS,
        EventTableModel.FIRST,
        EventTableModel.LAST,
        EventTableModel.STATUS,
    ):
        assert _fits_column(view, column) == [], page.model.HEADERS[column]


def _popup_cut(combo) -> list[str]:
    """The entries the combo's pop-up list would cut (wider than its list)."""
    metrics = combo.view().fontMetrics()
    width = combo.view().minimumWidth() or combo.width()
    return [
        combo.itemText(i)
        for i in range(combo.count())
        if metrics.horizontalAdvance(combo.itemText(i)) + 16 > max(width, combo.width())
    ]


def test_the_series_dialogs_hall_list_shows_venue_and_hall_whole(qtbot, demo_ctx):
    from ui.dialogs.series_dialog import SeriesDialog

    dialog = SeriesDialog(demo_ctx, choices=read_schedule_choices(demo_ctx.services))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(20)
    combo = dialog.room_combo
    assert any(" · " in combo.itemText(i) for i in range(combo.count()))  # venue · hall
    assert _popup_cut(combo) == []
    text = combo.currentText()  # the closed box too, as the dialog lays it out
    assert combo.fontMetrics().horizontalAdvance(text) < combo.width() - 30


def test_the_attendees_session_list_shows_each_event_name_whole(qtbot, demo_ctx, chinese):
    from ui.pages.attendees import AttendeesPage

    page = AttendeesPage(demo_ctx)
    qtbot.addWidget(page)
    page.resize(1024, 700)  # the page beside the navigation on a 1280 px screen
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.session_filter.count() > 1, timeout=10_000)
    combo = page.session_filter
    assert _popup_cut(combo) == []
    combo.setCurrentIndex(combo.count() - 1)
    assert combo.lineEdit().cursorPosition() == 0  # the date first, then the event


def test_the_attendees_session_and_code_columns_are_whole_while_there_is_room(
    qtbot, demo_ctx, chinese
):
    from ui.models.attendees import AttendeeTableModel
    from ui.pages.attendees import AttendeesPage

    page = AttendeesPage(demo_ctx)
    qtbot.addWidget(page)
    page.resize(1900, 800)  # a wide screen: room for everything
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.search.ready and not page.search.building, timeout=10_000)
    settle(qtbot)
    qtbot.wait(100)
    view = page.view
    model = page.model
    # Every loaded row, not only the first screenful the widths were measured on.
    rows = range(model.rowCount())
    assert _fits_column(view, AttendeeTableModel.SESSION, rows) == []
    assert _fits_column(view, AttendeeTableModel.CODE, rows) == []
    assert any(model.index(r, AttendeeTableModel.CODE).data() for r in rows)


def _headers_cut(view: QAbstractItemView) -> list[str]:
    """The column headers of ``view`` cut by their section or by the view's right edge."""
    header = view.horizontalHeader()
    metrics = QFontMetrics(header.font())
    cut = []
    for column in range(header.count()):
        text = str(view.model().headerData(column, Qt.Orientation.Horizontal))
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        needed = max(metrics.horizontalAdvance(text), header.sectionSizeHint(column))
        if header.sectionSize(column) < needed or right > view.viewport().width():
            cut.append(f"{text!r} needs {needed}, has {header.sectionSize(column)}, ends {right}")
    return cut


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_dashboard_tables_show_every_column_whole_at_1280_pixels(
    qtbot, demo_ctx, request, lang
):
    from scipop.reports.dashboard import DashboardSession, HallOccupancy
    from scipop.timeutil import utcnow

    if lang == "zh_CN":
        request.getfixturevalue("chinese")
    window = window_1280(qtbot, demo_ctx)
    page = window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    page.timer.stop()
    now = utcnow()
    title, hall = "Nobel Laureates Beijing Forum 2026", "Science on a Sphere Hall"
    row = DashboardSession(1, title, title, 1, hall, hall, now, now, 200, 40, 12)
    page.sessions.set_rows([row])
    page.halls.set_rows([HallOccupancy(1, hall, hall, 200, 12, 1)])
    qtbot.wait(50)
    for view in (page.sessions_view, page.halls_view):
        assert _headers_cut(view) == [], "\n".join(_headers_cut(view))
        assert not view.horizontalScrollBar().isVisible()
    assert _fits_column(page.halls_view, 0) == []  # the hall's name


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_empty_attendees_table_shows_every_header_whole_at_1280_pixels(
    qtbot, ctx, request, lang
):

    if lang == "zh_CN":
        request.getfixturevalue("chinese")
    window = window_1280(qtbot, ctx)
    page = window.show_page("attendees")
    settle(qtbot)
    assert page.model.rowCount() == 0
    # the columns are fitted once the layout has settled (a queued fit): wait for it, then
    # the same checks
    with contextlib.suppress(AssertionError):  # the assertions below say what is cut
        qtbot.waitUntil(
            lambda: not _headers_cut(page.view) and not page.view.horizontalScrollBar().isVisible(),
            timeout=5_000,
        )
    assert _headers_cut(page.view) == [], "\n".join(_headers_cut(page.view))
    assert not page.view.horizontalScrollBar().isVisible()
    assert page.panel.isHidden()  # nothing to show: the table has the room
    add_bare_attendees(ctx.services, 1)
    page.reload()
    settle(qtbot)  # the rows and the search index are read in workers
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=15_000)
    assert not page.panel.isHidden()
