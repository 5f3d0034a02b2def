"""Texts are not cut while there is room for them: measured with the widgets' font metrics."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView

from scipop.services.organizations import OrganizationData
from tests.ui.conftest import settle
from ui.dialogs.event_dialog import EventDialog
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
    dialog = EventDialog(ctx)
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
    from ui.main_window import MainWindow
    from ui.models.events import EventTableModel

    window = MainWindow(demo_ctx, remember=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
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
