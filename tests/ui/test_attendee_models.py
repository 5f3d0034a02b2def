"""The smaller models of the Attendees page and the import dialog pass Qt's model tester;
QR images saved from the page decode to the ticket's code; the page speaks Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt

from scipop.importing.report import RowError
from scipop.importing.spreadsheet import Table
from tests.ui.attendee_world import People, register_people
from tests.ui.conftest import settle
from ui.models.attendees import AttendeeTableModel
from ui.models.import_rows import RowErrorModel, SampleModel
from ui.models.scans import ScanTableModel
from ui.pages import attendee_actions
from ui.pages.attendees import AttendeesPage


@pytest.fixture
def people(services) -> People:
    return register_people(services)


def test_the_scan_model_passes_the_model_tester(qtmodeltester, ctx, people):
    t = people.tickets["李娜"]
    ctx.services.registration.admit(t.code, people.world.noon, 30, station="北门")
    ctx.services.registration.admit(t.code, people.world.noon, 20, station="北门")  # too many
    model = ScanTableModel()
    qtmodeltester.check(model, force_py=True)  # empty: filling it is checked
    model.set_rows(ctx.services.tickets.scans(t.id))
    assert model.index(0, ScanTableModel.VERDICT).data() == "Admitted in part ×30"
    assert model.index(1, ScanTableModel.VERDICT).data() != "Admitted"  # refused: 10 left


def test_a_refused_scan_reason_is_shown_in_chinese_in_the_chinese_ui(ctx, people, chinese):
    t = people.tickets["李娜"]
    ctx.services.registration.admit(t.code, people.world.noon, 30, station="北门")
    ctx.services.registration.admit(t.code, people.world.noon, 20, station="北门")  # too many
    model = ScanTableModel()
    model.set_rows(ctx.services.tickets.scans(t.id))
    refused = model.index(1, ScanTableModel.REASON).data()
    assert "李娜" in refused and "not" not in refused
    assert any("\u4e00" <= c <= "\u9fff" for c in refused.replace("李娜", ""))


def test_the_import_models_pass_the_model_tester(qtmodeltester):
    errors = RowErrorModel()
    qtmodeltester.check(errors, force_py=True)  # empty: filling it is checked
    errors.set_rows(
        [
            RowError(3, "姓名", "The name is missing."),
            RowError(9, "", "There is no session '{value}'.", {"value": "7"}),
        ]
    )
    assert errors.index(1, RowErrorModel.PROBLEM).data() == "There is no session '7'."
    sample = SampleModel()
    qtmodeltester.check(sample, force_py=True)
    sample.set_table(
        Table(["姓名", "手机号"], [["张伟", 13800138000], ["", ""], ["李娜", ""]], "名单", 2)
    )
    assert sample.rowCount() == 2  # blank rows are left out of the sample
    assert [sample.headerData(r, Qt.Orientation.Vertical) for r in range(2)] == [2, 4]
    assert [sample.index(r, 0).data() for r in range(2)] == ["张伟", "李娜"]


def test_saving_a_qr_png_from_the_page_gives_an_image_of_the_code(
    qtbot, ctx, people, tmp_path, monkeypatch
):
    page = AttendeesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.search.ready, timeout=10_000)
    settle(qtbot)  # the rows are read in workers
    names = [page.model.row(r).name for r in range(page.model.rowCount())]
    page.view.selectRow(names.index("张伟"))
    target = tmp_path / "二维码" / "张伟.png"
    target.parent.mkdir()
    monkeypatch.setattr(attendee_actions, "save_file_name", lambda *a, **k: str(target))
    page.actions.png_action.trigger()
    decoded = [r.text for r in zxingcpp.read_barcodes(Image.open(target))]
    assert decoded == [people.tickets["张伟"].code]
    assert str(Path(target).parent) in page.notice.text()


def test_the_page_speaks_chinese(qtbot, chinese, ctx, people):
    page = AttendeesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.search.ready, timeout=10_000)
    settle(qtbot)  # the rows are read in workers
    headers = [
        page.model.headerData(c, page.view.horizontalHeader().orientation()) for c in range(3)
    ]
    assert headers == ["姓名", "电话", "单位/学校"]
    names = [page.model.row(r).name for r in range(page.model.rowCount())]
    li = names.index("李娜")
    assert page.model.index(li, AttendeeTableModel.TICKET).data() == "40 人团体票"
    assert page.model.index(names.index("丁"), AttendeeTableModel.STATUS).data() == "候补第 1 位"
    assert page.count_label.text() == "共 8 行"


def test_names_sort_in_pinyin_order_in_the_chinese_ui(qtbot, chinese, ctx, people):
    page = AttendeesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.search.ready and not page.search.building, timeout=10_000)
    page.view.sortByColumn(AttendeeTableModel.NAME, Qt.SortOrder.AscendingOrder)
    settle(qtbot)  # the sorted rows are read in a worker
    names = [page.model.row(r).name for r in range(page.model.rowCount())]
    assert names == ["丙", "丁", "甲", "李娜", "王秀英", "乙", "张伟", "赵六"]
