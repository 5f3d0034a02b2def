"""The formula guard and the column widths of the report's sheets, without a database."""

from __future__ import annotations

import zipfile
from datetime import datetime

from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from scipop.reports.cells import csv_text, display_width, looks_like_formula
from scipop.reports.sheets import Column, Sheet

DANGEROUS = ["=1+2", '=HYPERLINK("http://evil","x")', "+1", "-1", "@SUM(A1)", "\tx", "\rx", "#N/A"]


def test_every_formula_like_text_is_written_as_a_string_cell(tmp_path):
    wb = Workbook(write_only=True)
    sheet = Sheet(wb, "测试", "标题", ["统计期间"])
    rows = [[text, 1, datetime(2026, 12, 5, 10, 0), 0.5] for text in DANGEROUS]
    cols = [Column("文本"), Column("数", "int"), Column("时间", "datetime"), Column("率", "pct")]
    sheet.table(cols, rows, main=True)
    path = tmp_path / "guard.xlsx"
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and 't="e"' not in xml
    back = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("测试").to_python()
    texts = [r[0] for r in back[4:]]
    assert [t.replace("\r", "\n") for t in texts] == [t.replace("\r", "\n") for t in DANGEROUS]


def test_csv_fields_that_look_like_formulas_get_an_apostrophe():
    assert [csv_text(t) for t in DANGEROUS[:5]] == ["'" + t for t in DANGEROUS[:5]]
    assert csv_text("北京四中") == "北京四中"
    assert looks_like_formula("\rx") and not looks_like_formula("a=b")


def test_east_asian_wide_characters_count_two():
    assert display_width("球幕/数字球 展厅") == 2 * 5 + 2 + 2 * 2
    assert display_width("ＡＢ") == 4
