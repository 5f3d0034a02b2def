"""Reading the spreadsheets staff keep: Excel, WPS/LibreOffice, old .xls, GBK CSV."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from scipop.importing.report import ImportRejected, RowError
from scipop.importing.spreadsheet import ImportFileError, read_table
from tests.fixtures.spreadsheets import FIXTURES, write_csv, write_ods, write_xlsx

HEADERS = ["活动", "场地", "日期", "开始", "结束", "容量"]


def test_xlsx_with_chinese_file_name_keeps_excel_row_numbers_and_typed_cells(tmp_path: Path):
    path = write_xlsx(
        tmp_path / "日程安排.xlsx",
        [
            [],
            HEADERS,
            ["讲座", "报告厅", date(2030, 12, 5), time(14, 0), time(15, 30), 120],
            [],
            ["讲座", "报告厅", "2030-12-06", "14:00", "15:30", "80"],
            [],
        ],
        sheet="日程",
    )
    table = read_table(path)
    assert table.headers == HEADERS
    assert table.sheet == "日程"
    assert table.first_row == 3  # header on row 2 as Excel shows it
    assert table.rows[0] == ["讲座", "报告厅", date(2030, 12, 5), time(14), time(15, 30), 120]
    numbered = table.numbered()
    assert [n for n, _ in numbered] == [3, 5]  # the blank row 4 is skipped, numbering is kept
    assert numbered[1][1][2] == "2030-12-06"


def test_sheet_is_chosen_by_name_and_a_missing_sheet_names_the_ones_there(tmp_path: Path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "说明"
    book.active.append(["这一页不是数据"])
    other = book.create_sheet("日程")
    other.append(["活动"])
    other.append(["讲座"])
    book.save(tmp_path / "two.xlsx")
    assert read_table(tmp_path / "two.xlsx", sheet="日程").rows == [["讲座"]]
    with pytest.raises(ImportFileError, match="说明, 日程"):
        read_table(tmp_path / "two.xlsx", sheet="Sheet9")


def test_ods_from_wps_or_libreoffice_gives_dates_times_and_numbers(tmp_path: Path):
    path = write_ods(
        tmp_path / "日程.ods",
        [HEADERS, ["展览", "主题展厅", date(2030, 12, 5), time(9, 30), time(17), 300]],
    )
    table = read_table(path)
    assert table.headers == HEADERS
    assert table.rows == [["展览", "主题展厅", date(2030, 12, 5), time(9, 30), time(17), 300]]
    assert table.first_row == 2


def test_old_xls_file_is_read_with_its_date_and_time_cells():
    table = read_table(FIXTURES / "schedule.xls")
    assert table.headers[:3] == ["活动", "场地", "日期"]
    assert table.rows[0][2] == date(2030, 12, 5)
    assert table.rows[0][3] == time(10, 0)
    assert table.rows[2][2] == "2030-12-05"


@pytest.mark.parametrize(
    ("encoding", "delimiter"), [("gbk", ","), ("utf-8-sig", ";"), ("utf-8", "\t")]
)
def test_csv_in_gbk_or_utf8_with_any_common_delimiter(tmp_path: Path, encoding, delimiter):
    path = write_csv(
        tmp_path / "名单.csv",
        [HEADERS, ["讲座", "报告厅", "2030-12-05", "14:00", "15:30", "120"]],
        encoding=encoding,
        delimiter=delimiter,
    )
    table = read_table(path)
    assert table.headers == HEADERS
    assert table.rows == [["讲座", "报告厅", "2030-12-05", "14:00", "15:30", "120"]]


def test_unreadable_files_raise_a_clear_import_file_error(tmp_path: Path):
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 a damaged zip")
    (tmp_path / "notes.docx").write_bytes(b"x")
    with pytest.raises(ImportFileError, match="empty"):
        read_table(tmp_path / "empty.csv")
    with pytest.raises(ImportFileError, match=r"Cannot read 'broken\.xlsx'"):
        read_table(tmp_path / "broken.xlsx")
    with pytest.raises(ImportFileError, match="not a spreadsheet"):
        read_table(tmp_path / "notes.docx")
    with pytest.raises(ImportFileError, match="does not exist"):
        read_table(tmp_path / "missing.xlsx")


def test_import_rejected_lists_every_bad_row_in_row_order():
    errors = [
        RowError(7, "结束", "End {end} is before {start}.", {"end": "13:00", "start": "14:00"}),
        RowError(3, "", "Unknown room '{name}'.", {"name": "A厅"}),
    ]
    exc = ImportRejected(errors)
    assert [e.row for e in exc.errors] == [3, 7]
    assert exc.lines == [
        "Row 3: Unknown room 'A厅'.",
        "Row 7, column '结束': End 13:00 is before 14:00.",
    ]
    assert "2 row(s)" in str(exc) and "\n" not in str(exc)
