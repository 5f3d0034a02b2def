"""The Reports and Dashboard pages, as a manager uses them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from python_calamine import CalamineWorkbook

from scipop.models import EventKind
from scipop.reports.dashboard import DashboardSession, HallOccupancy
from scipop.reports.survey import SurveyCategory
from scipop.timeutil import utcnow
from tests.fixtures.report_world import build_report_world
from ui.operations import OperationTracker
from ui.reports.dashboard_page import DashboardPage
from ui.reports.mapping_dialog import MappingDialog
from ui.reports.models import FiguresModel, HallsModel, MappingModel, TodaySessionsModel
from ui.reports.page import ReportsPage


@pytest.fixture
def world(services):
    return build_report_world(services)


def _page(qtbot, ctx) -> ReportsPage:
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.use_from.setChecked(False)
    page.use_to.setChecked(False)
    page.reload()
    qtbot.waitUntil(lambda: page.event_combo.count() > 1, timeout=5000)  # lists read in a worker
    return page


def test_the_preview_shows_the_scope_key_figures(qtbot, ctx, world):
    page = _page(qtbot, ctx)
    figures = ctx.services.reports.key_figures(page.scope())
    qtbot.waitUntil(lambda: page.figures.rowCount() > 0, timeout=5000)
    values = {
        page.figures.row(i).label: page.figures.row(i).value for i in range(page.figures.rowCount())
    }
    assert values["Checked in"] == str(figures.checked_in)
    assert values["Sessions"] == "4"
    page.event_combo.setCurrentIndex(page.event_combo.findData(world.lecture))
    qtbot.waitUntil(lambda: page.session.count() == 3, timeout=5000)  # "All" and its two
    qtbot.waitUntil(
        lambda: page.figures.rowCount() and page.figures.row(0).value == "2", timeout=5000
    )


def test_export_runs_in_a_worker_with_progress_then_offers_the_file(
    qtbot, ctx, world, tmp_path, monkeypatch
):
    page = _page(qtbot, ctx)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    out = tmp_path / "出席报表.xlsx"
    op = page.export_to(out)
    steps: list[tuple[int, int]] = []
    op.progressed.connect(lambda done, total, _stage: steps.append((done, total)))
    assert not page.progress.isHidden()
    assert not page.export_button.isEnabled() and not page.cancel_button.isHidden()
    assert OperationTracker.is_busy(page)  # ui.operations runs it: busy cursor, off the GUI
    with qtbot.waitSignal(op.succeeded, timeout=20000):
        pass
    assert out.exists() and page.last_path == out
    assert steps and steps[-1][0] == steps[-1][1]  # progress reached the end
    assert page.progress.isHidden()
    assert "出席报表.xlsx" in page.status.text()
    assert "Summary" in CalamineWorkbook.from_path(str(out)).sheet_names
    assert not page.open_button.isHidden() and not page.folder_button.isHidden()
    assert page.cancel_button.isHidden() and page.export_button.isEnabled()
    page.open_file()
    page.show_folder()
    assert [u.toLocalFile() for u in opened] == [str(out), str(out.parent)]


@pytest.mark.parametrize("name", ["签到明细.xlsx", "签到明细.csv"])
def test_export_can_be_cancelled_and_leaves_nothing(qtbot, ctx, world, tmp_path, name):
    page = _page(qtbot, ctx)
    folder = tmp_path / "导出"
    folder.mkdir()
    out = folder / name
    op = page.export_to(out)
    page.cancel_button.click()  # the bar's own Cancel button
    with qtbot.waitSignal(op.cancelled, timeout=20000):
        pass
    assert "Cancelled" in page.status.text()
    assert list(folder.iterdir()) == []  # neither the file nor its temporary twin
    assert page.open_button.isHidden() and page.export_button.isEnabled()
    assert page.progress.isHidden() and page.cancel_button.isHidden()


def test_a_file_that_cannot_be_replaced_is_said_on_the_page_and_left_alone(
    qtbot, ctx, world, tmp_path
):
    page = _page(qtbot, ctx)
    folder = tmp_path / "导出"
    out = folder / "已打开.xlsx"
    out.mkdir(parents=True)  # like a workbook held open by Excel on Windows: it cannot be replaced
    op = page.export_to(out)
    with qtbot.waitSignal(op.failed, timeout=20000):
        pass
    assert "已打开.xlsx" in page.status.text() and "could not be saved" in page.status.text()
    assert out.is_dir() and [p.name for p in folder.iterdir()] == ["已打开.xlsx"]
    assert page.open_button.isHidden() and page.export_button.isEnabled()


def test_export_choosing_where_to_save_goes_through_the_safe_dialog(
    qtbot, ctx, world, tmp_path, monkeypatch
):
    page = _page(qtbot, ctx)
    asked = []

    def fake(parent, caption, path="", name_filter=""):
        asked.append((caption, name_filter))
        return str(tmp_path / "明细")  # no suffix: the workbook is meant

    monkeypatch.setattr("ui.reports.page.save_file_name", fake)
    page.export()
    assert asked and "*.xlsx" in asked[0][1]
    with qtbot.waitSignal(page.export_op.succeeded, timeout=20000):
        pass
    assert (tmp_path / "明细.xlsx").exists()


def test_the_mapping_editor_saves_a_changed_category(qtbot, ctx, world, monkeypatch):
    dialog = MappingDialog(ctx)
    qtbot.addWidget(dialog)
    row = list(EventKind).index(EventKind.SHOW)
    index = dialog.model.index(row, 1)
    assert dialog.model.setData(index, SurveyCategory.NONE.value)
    assert not dialog.model.setData(index, "nonsense")
    with qtbot.waitSignal(dialog.accepted):  # saved in a worker, then closed
        dialog.save()
    assert ctx.services.reports.survey.get()[EventKind.SHOW] is SurveyCategory.NONE


def test_the_dashboard_shows_today_and_refreshes_off_the_gui_thread(qtbot, ctx, world):
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.reload()
    qtbot.waitUntil(lambda: page.data is not None, timeout=5000)
    assert page.data.week.sessions >= 1
    assert page.week_labels["sessions"].text() == str(page.data.week.sessions)
    assert page.chart.points() > 0
    page.show()
    assert page.timer.isActive()
    page.hide()
    assert not page.timer.isActive()


def test_a_dashboard_that_cannot_read_says_so_on_the_page_and_tries_again(
    qtbot, ctx, world, monkeypatch
):
    from sqlalchemy.exc import OperationalError

    page = DashboardPage(ctx)
    qtbot.addWidget(page)

    def unreachable(*_a, **_k):
        raise OperationalError("SELECT", {}, Exception("server closed the connection"))

    monkeypatch.setattr(page.reader, "_refresh", unreachable)
    page.refresh()
    qtbot.waitUntil(lambda: "Could not refresh" in page.updated.text(), timeout=5000)
    assert "server closed the connection" in page.updated.text()
    monkeypatch.undo()
    page.refresh()  # the next tick of the timer reads again
    qtbot.waitUntil(lambda: page.data is not None, timeout=5000)
    assert "Updated at" in page.updated.text()


def test_report_models_pass_the_model_tester(qtmodeltester, qapp):
    from ui.reports.models import FigureRow

    # Each tester is attached to the empty model, so filling and refilling it are checked.
    figures = FiguresModel()
    qtmodeltester.check(figures, force_py=True)
    figures.set_rows([FigureRow("Checked in", "12"), FigureRow("No-shows", "3")])
    figures.set_rows([FigureRow("Checked in", "13")])
    assert figures.rowCount() == 1
    now = utcnow()
    sessions = TodaySessionsModel()
    qtmodeltester.check(sessions, force_py=True)
    row = DashboardSession(1, "讲座", "Lecture", 1, "报告厅", "Lecture hall", now, now, 100, 40, 12)
    sessions.set_rows([row])
    sessions.set_rows(
        [row, DashboardSession(2, "展", "Show", 2, "球幕", "Sphere", now, now, 60, 5, 1)]
    )
    assert sessions.rowCount() == 2
    halls = HallsModel()
    qtmodeltester.check(halls, force_py=True)
    halls.set_rows([HallOccupancy(1, "报告厅", "Lecture hall", 200, 12, 1)])
    halls.set_rows([])
    assert halls.rowCount() == 0
    mapping = MappingModel()
    qtmodeltester.check(mapping, force_py=True)
    mapping.set_mapping({EventKind.FORUM: SurveyCategory.LECTURE})
    assert mapping.setData(mapping.index(0, 1), SurveyCategory.NONE.value)


def test_the_pages_never_call_a_file_dialog_themselves():
    root = Path(__file__).resolve().parents[2] / "ui" / "reports"
    for path in root.glob("*.py"):
        assert "QFileDialog" not in path.read_text(encoding="utf-8"), path
