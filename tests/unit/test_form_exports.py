"""Spreadsheets as online forms and Excel really export them: quoting, encodings, formulas."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from scipop.importing.report import ImportFileError
from scipop.importing.spreadsheet import read_table
from tests.fixtures.spreadsheets import write_xlsx

HYPERLINK = '=HYPERLINK("http://form.example.cn/r/17","点我")'


def test_a_quoted_field_with_commas_and_doubled_quotes_stays_one_cell(tmp_path: Path):
    path = tmp_path / "问卷.csv"
    path.write_text(
        "姓名,链接,手机号\r\n"
        "王芳,'嘉宾',13700137000\r\n"  # single quotes made the sniffer take ' as the quote
        '张伟,"=HYPERLINK(""http://form.example.cn/r/17"",""点我"")",13800138000\r\n',
        encoding="utf-8",
    )
    table = read_table(path)
    assert table.headers == ["姓名", "链接", "手机号"]
    assert table.rows == [
        ["王芳", "'嘉宾'", "13700137000"],
        ["张伟", HYPERLINK, "13800138000"],
    ]


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [
        ("utf-8", ","),
        ("utf-8-sig", ","),
        ("gb18030", ","),
        ("gbk", ";"),
        ("utf-16", "\t"),  # Excel's "Unicode text": UTF-16 with a BOM, tab-separated
        ("utf-16-le", "\t"),
    ],
)
def test_every_encoding_excel_and_wps_save_is_read_for_the_whole_file(
    tmp_path: Path, encoding, delimiter
):
    lines = [["姓名", "单位/学校"], ["张伟", "北京市第四中学"]]
    # many ASCII-only lines first: a per-line guess would decide on the wrong encoding
    lines += [[f"visitor{i}", "BJAST"] for i in range(300)] + [["欧阳娜娜", "北京景山学校"]]
    text = "\r\n".join(delimiter.join(r) for r in lines) + "\r\n"
    path = tmp_path / "名单.csv"
    path.write_bytes(text.encode(encoding))
    table = read_table(path)
    assert table.headers == ["姓名", "单位/学校"]
    assert table.rows[0] == ["张伟", "北京市第四中学"]
    assert table.rows[-1] == ["欧阳娜娜", "北京景山学校"]


def test_a_formula_without_a_cached_value_reads_as_its_text(tmp_path: Path):
    path = write_xlsx(
        tmp_path / "form.xlsx", [["姓名", "链接"], ['="张"&"伟"', HYPERLINK], ["李娜", "=1+1"]]
    )
    table = read_table(path)
    assert table.rows == [['="张"&"伟"', HYPERLINK], ["李娜", "=1+1"]]


def test_a_formula_with_a_cached_value_reads_as_that_value(tmp_path: Path):
    path = write_xlsx(tmp_path / "form.xlsx", [["姓名", "人数"], ['="张"&"伟"', "=1+2"]])
    _cache(path, {"A2": ("str", "张伟"), "B2": ("n", "3")})
    assert read_table(path).rows == [["张伟", 3]]


def _cache(path: Path, values: dict[str, tuple[str, str]]) -> None:
    """Give formula cells the cached values Excel writes (openpyxl writes none)."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    for ref, (kind, value) in values.items():
        xml = re.sub(
            rf'<c r="{ref}"([^>]*)>(<f>.*?</f>)<v\s*/?>(?:</v>)?',
            rf'<c r="{ref}" t="{kind}">\2<v>{value}</v>',
            xml,
        )
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_a_text_file_named_xlsx_says_to_rename_it_csv(tmp_path: Path):
    path = tmp_path / "报名表.xlsx"
    path.write_text("姓名,手机号\n张伟,13800138000\n", encoding="gb18030")
    with pytest.raises(ImportFileError) as info:
        read_table(path)
    message = str(info.value)
    assert "not an Excel file" in message and "rename it .csv" in message
    assert "EOCD" not in message and "Zip" not in message


@pytest.mark.parametrize(
    ("answer", "people"),
    [("3", 3), ("3人", 3), ("三人", 3), ("两位", 2), ("十二人", 12), ("共 4 位", 4), ("2大1小", 3)],
)
def test_a_headcount_written_in_words_is_read_as_its_number(answer, people):
    from scipop.importing.cells import count_in_words

    assert count_in_words(answer) == people


@pytest.mark.parametrize(
    ("answer", "category"),
    [("我是带队老师", "teacher"), ("初二学生", "student"), ("媒体记者", "press"), ("家长", None)],
)
def test_a_free_text_category_is_suggested_from_its_words(answer, category):
    from scipop.importing.suggestions import suggest_category

    found = suggest_category(answer)
    assert (found.value if found else None) == category
