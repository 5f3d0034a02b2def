"""Importing a schedule from Excel/WPS/LibreOffice/CSV: every row checked, all or nothing."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from scipop.app import Services
from scipop.importing.report import ImportFileError, ImportRejected
from scipop.progress import Cancelled, Progress
from scipop.scheduling import SessionDraft
from tests.fixtures.scheduling_world import DAY, World, at, build_world
from tests.fixtures.spreadsheets import FIXTURES, write_csv, write_ods, write_xlsx

CN = ["活动", "场地", "日期", "开始", "结束", "容量", "标题"]
EN = ["Event", "Room", "Date", "Start", "End", "Capacity", "Title"]
SHOW = "数字球幕秀：蓝色星球"
FORUM = "2026 诺贝尔奖获得者北京论坛"
SPHERE = "球幕/数字球 展厅"


@pytest.fixture
def services(any_services: Services) -> Services:
    """Every story here runs on SQLite, and on PostgreSQL when SCIPOP_TEST_DATABASE_URL is set."""
    return any_services


@pytest.fixture
def world(services: Services) -> World:
    return build_world(services)


def good_rows() -> list[list[object]]:
    return [
        CN,
        [SHOW, SPHERE, DAY, time(10), time(10, 20), 50, ""],
        [SHOW, "北京科学中心/球幕/数字球 展厅", DAY, time(10, 30), time(10, 50), "", "加场"],
        [FORUM, "报告厅", "2030-12-05", "14:00", "17:00", 180, ""],
        [FORUM, "BJAST Campus/Conference Room 1", "2030/12/6", "下午2:00", "4:30 PM", "", ""],
    ]


def test_xlsx_with_chinese_name_and_headers_books_every_row(services, world, tmp_path):
    path = write_xlsx(tmp_path / "日程安排.xlsx", good_rows(), sheet="日程")
    result = services.scheduling.import_sessions(path)
    assert result.count == 4 and result.sheet == "日程"
    sessions = services.sessions.list()
    assert [(s.room_name, s.starts_at, s.capacity) for s in sessions] == [
        (SPHERE, at(10), 50),
        (SPHERE, at(10, 30), 60),
        ("报告厅", at(14), 180),
        ("第一会议室", at(14, day=date(2030, 12, 6)), 80),
    ]
    assert sessions[1].title == "加场"
    assert sessions[3].ends_at == at(16, 30, day=date(2030, 12, 6))


def test_gbk_csv_with_chinese_headers_from_wps_is_imported(services, world, tmp_path):
    rows = [[str(c) if isinstance(c, date | time) else c for c in r] for r in good_rows()]
    rows[1][2:5] = ["2030-12-05", "10:00", "10:20"]
    rows[2][2:5] = ["2030-12-05", "10:30", "10:50"]
    path = write_csv(tmp_path / "日程安排.csv", rows, encoding="gbk")
    assert path.read_bytes().decode("gbk").startswith("活动,场地")
    assert services.scheduling.import_sessions(path).count == 4
    assert len(services.sessions.list(room_id=world.sphere)) == 2


def test_ods_and_old_xls_files_are_imported(services, world, tmp_path):
    ods = write_ods(tmp_path / "日程.ods", [EN, *good_rows()[1:3]])
    assert services.scheduling.import_sessions(ods).count == 2
    # the committed .xls fixture books the same two shows again: both clash, plus the forum
    with pytest.raises(ImportRejected) as err:
        services.scheduling.import_sessions(FIXTURES / "schedule.xls")
    assert [e.row for e in err.value.errors] == [2, 3]
    assert len(services.sessions.list()) == 2


def test_file_with_bad_rows_imports_nothing_and_reports_every_bad_row(services, world, tmp_path):
    services.scheduling.create(SessionDraft(world.forum, world.lecture, at(9), at(12)))
    rows = [
        CN,
        [SHOW, SPHERE, DAY, time(10), time(10, 20), 50, ""],  # 2 good
        ["不存在的活动", SPHERE, DAY, time(11), time(11, 20), "", ""],  # 3 unknown event
        [SHOW, "A厅", DAY, time(11), time(11, 20), "", ""],  # 4 unknown room
        [SHOW, SPHERE, DAY, "25:61", time(11, 20), "", ""],  # 5 bad time
        [SHOW, SPHERE, DAY, time(12), time(11, 40), "", ""],  # 6 end before start
        [FORUM, "报告厅", DAY, time(12, 10), time(13), "", ""],  # 7 clash with the database
        [SHOW, SPHERE, DAY, time(10, 10), time(10, 30), "", ""],  # 8 clash with row 2
        [SHOW, SPHERE, DAY, time(13), time(13, 20), 61, ""],  # 9 over capacity
        [SHOW, SPHERE, "下周二", time(14), time(14, 20), "", ""],  # 10 bad date
        [],  # 11 blank: ignored
        [SHOW, SPHERE, DAY, time(15), time(15, 20), "", ""],  # 12 good
    ]
    path = write_xlsx(tmp_path / "有错误的日程.xlsx", rows)
    with pytest.raises(ImportRejected) as err:
        services.scheduling.import_sessions(path)
    by_row = {e.row: e for e in err.value.errors}
    assert sorted(by_row) == [3, 4, 5, 6, 7, 8, 9, 10]
    assert by_row[3].message == "Row 3, column '活动': There is no event titled '不存在的活动'."
    assert by_row[4].message == "Row 4, column '场地': There is no room 'A厅'."
    assert "'25:61' is not a time of day" in by_row[5].message and by_row[5].column == "开始"
    assert by_row[6].column == "结束" and "must end after it starts" in by_row[6].message
    assert "booked 2030-12-05 09:00–12:00 by '2026 诺贝尔奖获得者北京论坛'" in by_row[7].message
    assert "by row 2" in by_row[8].message
    assert by_row[9].column == "容量" and "60" in by_row[9].message
    assert by_row[10].column == "日期"
    assert len(services.sessions.list()) == 1  # nothing of the file was booked


def test_preview_checks_without_writing_and_lists_good_rows(services, world, tmp_path):
    path = write_xlsx(tmp_path / "日程安排.xlsx", good_rows())
    preview = services.scheduling.preview_import(path)
    assert preview.ok and [r.row for r in preview.bookings] == [2, 3, 4, 5]
    assert preview.columns["room"] == "场地"
    assert preview.bookings[0].venue_name == "北京科学中心"
    assert services.sessions.list() == []


def test_preview_shows_every_row_with_its_cells_and_each_bad_row_with_its_reasons(
    services, world, tmp_path
):
    rows = [
        CN,
        [SHOW, SPHERE, DAY, time(10), time(10, 20), 50, ""],  # 2 good
        [SHOW, "A厅", DAY, time(11), time(11, 20), "", ""],  # 3 unknown room
        [SHOW, SPHERE, DAY, time(10, 10), time(10, 30), "", ""],  # 4 clash with row 2
    ]
    path = write_xlsx(tmp_path / "日程安排.xlsx", rows)
    preview = services.scheduling.preview_import(path)
    assert not preview.ok and [r.row for r in preview.rows] == [2, 3, 4]
    good, unknown, clash = preview.rows
    assert (good.cells["room"], good.cells["date"], good.cells["start"]) == (
        SPHERE,
        DAY.isoformat(),
        "10:00",
    )
    assert good.ok and good.booking is not None and good.booking.capacity == 50
    assert [r.row for r in preview.bad_rows] == [3, 4]
    assert [e.message for e in unknown.errors] == ["Row 3, column '场地': There is no room 'A厅'."]
    assert clash.booking is None and "by row 2" in clash.errors[0].message
    with pytest.raises(ImportRejected) as err:  # the import refuses with the same reasons
        services.scheduling.import_sessions(path)
    assert [e.message for e in err.value.errors] == [e.message for e in preview.errors]
    assert services.sessions.list() == []


def test_missing_columns_are_named(services, world, tmp_path):
    path = write_xlsx(tmp_path / "x.xlsx", [["活动", "日期"], [SHOW, "2030-12-05"]])
    with pytest.raises(ImportFileError, match="room, start, end"):
        services.scheduling.import_sessions(path)


def test_cancelling_an_import_leaves_nothing_behind(services, world, tmp_path):
    rows = [EN] + [
        [SHOW, SPHERE, date(2030, 12, d), time(10), time(10, 20), "", ""]
        for d in range(1, 29)
        if d != 10
    ]
    path = write_xlsx(tmp_path / "big.xlsx", rows)

    class CancelWhenSaving(Progress):
        def report(self, done, total, stage=""):
            self.stage = stage

        def cancelled(self):
            return getattr(self, "stage", "") == "saving"

    with pytest.raises(Cancelled):
        services.scheduling.import_sessions(path, progress=CancelWhenSaving())
    assert services.sessions.list() == []


def test_the_file_is_checked_again_inside_the_writing_transaction(services, world, tmp_path):
    path = write_xlsx(tmp_path / "日程安排.xlsx", good_rows())
    assert services.scheduling.preview_import(path).ok
    services.scheduling.create(SessionDraft(world.forum, world.lecture, at(16), at(18)))
    with pytest.raises(ImportRejected) as err:  # booked meanwhile on another PC
        services.scheduling.import_sessions(Path(path))
    assert [e.row for e in err.value.errors] == [4]


def test_start_cells_carrying_the_date_need_no_date_column_value(services, world, tmp_path):
    from datetime import datetime

    rows = [
        CN,
        [SHOW, SPHERE, "", datetime(2030, 12, 5, 10, 0), time(10, 20), "", ""],
        [FORUM, "报告厅", None, "2030-12-05 14:00", "2030-12-05 17:00", "", ""],
    ]
    path = write_xlsx(tmp_path / "日程.xlsx", rows)
    assert services.scheduling.import_sessions(path).count == 2
    starts = [s.starts_at for s in services.sessions.list()]
    assert starts == [at(10), at(14)]
