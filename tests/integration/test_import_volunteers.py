"""Importing the volunteer roster: all or nothing, duplicates by phone, Chinese headers and
GBK CSV, organizations matched or created, the mapping remembered."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from scipop.importing.report import ImportFileError, ImportRejected
from scipop.importing.volunteer_rows import DUPLICATE_PHONE_IN_FILE, ON_ROSTER
from scipop.importing.volunteers import VolunteerImporter
from scipop.models import AuditEntry, Organization, OrgKind, Volunteer
from tests.fixtures.spreadsheets import write_csv, write_ods, write_xlsx

HEADERS = ["序号", "姓名", "手机号（必填）", "所在单位", "技能特长", "外语", "邮箱", "备注"]


@pytest.fixture
def importer(store) -> VolunteerImporter:
    with store.uow(write=True) as uow:
        bast = Organization(name="北京市科学技术协会", short_name="北京科协", name_en="BAST")
        uow.session.add_all(
            [bast, Volunteer(name="老志愿者", phone="+8613900000009", organization=bast)]
        )
        uow.commit()
    return VolunteerImporter(store)


def _counts(store) -> tuple[int, int]:
    with store.uow() as uow:
        s = uow.session
        return (
            s.scalar(select(func.count()).select_from(Volunteer)),
            s.scalar(select(func.count()).select_from(Organization)),
        )


def _roster(store) -> dict[str, Volunteer]:
    with store.uow() as uow:
        rows = uow.session.scalars(select(Volunteer)).all()
        for v in rows:
            _ = v.organization
        uow.session.expunge_all()
        return {v.name: v for v in rows}


def _good_rows() -> list[list[object]]:
    return [
        [1, "张伟", "138 0000 0001", "北京科协", "检票、引导", "英语", "zw@example.cn", "周末"],
        [2, "李娜", "+86 13800000002", "北京理工大学", "讲解,急救", "", "", ""],
        [3, "Emma Smith", "13800000003", "", "interpreting", "English；中文", "", ""],
    ]


def test_a_gbk_csv_with_chinese_headers_and_name_imports_every_row(tmp_path, store, importer):
    path = write_csv(tmp_path / "志愿者名单（第一批）.csv", [HEADERS, *_good_rows()], "gb18030")
    mapping = importer.mapping_for(importer.read(path).headers)
    assert mapping.as_headers() == {
        "name": "姓名",
        "phone": "手机号（必填）",
        "organization": "所在单位",
        "skills": "技能特长",
        "languages": "外语",
        "email": "邮箱",
        "notes": "备注",
    }

    summary = importer.import_file(path)

    assert summary.volunteers == 3 and summary.new_organizations == ["北京理工大学"]
    roster = _roster(store)
    zhang, li, emma = roster["张伟"], roster["李娜"], roster["Emma Smith"]
    assert zhang.phone == "+8613800000001" and li.phone == "+8613800000002"
    assert zhang.organization.name == "北京市科学技术协会"  # matched by its short name
    assert li.organization.name == "北京理工大学" and li.organization.kind == OrgKind.SCHOOL
    assert emma.organization is None
    assert zhang.skills == "检票、引导" and li.skills == "讲解、急救"
    assert emma.languages == "English、中文" and zhang.email == "zw@example.cn"
    assert zhang.notes == "周末" and zhang.active
    with store.uow() as uow:
        entry = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "volunteer")
        ).one()
        assert "3 volunteer(s) imported from 志愿者名单（第一批）.csv" in entry.summary


def test_a_file_with_bad_rows_changes_nothing_and_lists_every_row(tmp_path, store, importer):
    before = _counts(store)
    path = write_xlsx(
        tmp_path / "名单.xlsx",
        [
            ["姓名", "电话", "组织", "邮箱"],
            ["张伟", "13800000001", "新单位", ""],  # row 2: good (a new organization)
            ["", "13800000004", "", ""],  # row 3: no name
            ["王强", "1380000", "", ""],  # row 4: bad phone
            ["赵敏", "13800000005", "", "not-an-email"],  # row 5: bad email
        ],
    )
    with pytest.raises(ImportRejected) as caught:
        importer.import_file(path)
    assert [e.row for e in caught.value.errors] == [3, 4, 5]
    assert {e.column for e in caught.value.errors} == {"姓名", "电话", "邮箱"}
    assert _counts(store) == before  # neither volunteers nor the new organization


def test_duplicates_by_phone_in_the_file_and_on_the_roster_are_reported_per_row(
    tmp_path, store, importer
):
    path = write_ods(
        tmp_path / "名单.ods",
        [
            ["Name", "Phone", "Organization"],
            ["张伟", "13800000001", ""],  # row 2
            ["张 伟", "+86 138-0000-0001", ""],  # row 3: the same phone however written
            ["王强", "139 0000 0009", ""],  # row 4: already on the roster (老志愿者)
            ["赵敏", "", ""],  # row 5: no phone: nothing to compare, fine
        ],
    )
    preview = importer.preview(importer.read(path), file_name=path.name)
    by_row = {e.row: e for e in preview.errors}
    assert sorted(by_row) == [3, 4]
    assert by_row[3].reason_template == DUPLICATE_PHONE_IN_FILE
    assert by_row[3].params == {"name": "张 伟", "phone": "138****0001", "other": 2}
    assert by_row[4].reason_template == ON_ROSTER and by_row[4].params["other"] == "老志愿者"
    assert "139****0009" in by_row[4].message and "13900000009" not in by_row[4].message
    assert [r.name for r in preview.rows] == ["张伟", "赵敏"]


def test_only_good_imports_the_good_rows_and_says_which_were_skipped(tmp_path, store, importer):
    path = write_csv(
        tmp_path / "list.csv",
        [["姓名", "手机"], ["张伟", "13800000001"], ["", "13800000002"], ["李娜", "13900000009"]],
    )
    summary = importer.import_file(path, only_good=True)
    assert summary.volunteers == 1 and summary.skipped_rows == [3, 4]
    assert set(_roster(store)) == {"老志愿者", "张伟"}


def test_dry_run_checks_and_writes_nothing(tmp_path, store, importer):
    before = _counts(store)
    path = write_csv(tmp_path / "list.csv", [HEADERS, *_good_rows()])
    summary = importer.import_file(path, dry_run=True)
    assert summary.dry_run and summary.volunteers == 3
    assert summary.new_organizations == ["北京理工大学"]
    assert _counts(store) == before


def test_an_unknown_organization_is_a_bad_row_when_none_may_be_created(tmp_path, store, importer):
    path = write_csv(tmp_path / "list.csv", [HEADERS, *_good_rows()])
    with pytest.raises(ImportRejected) as caught:
        importer.import_file(path, create_organizations=False)
    [error] = caught.value.errors
    assert error.row == 3 and error.column == "所在单位" and "北京理工大学" in error.message


def test_a_file_without_a_name_column_is_refused(tmp_path, importer):
    path = write_csv(tmp_path / "list.csv", [["手机", "备注"], ["13800000001", ""]])
    with pytest.raises(ImportFileError, match="has no name column"):
        importer.import_file(path)


def test_the_confirmed_mapping_is_remembered_for_the_same_headers(tmp_path, store, importer):
    rows = [["联系人", "号码", "说明"], ["张伟", "13800000001", "x"]]
    path = write_csv(tmp_path / "list.csv", rows)
    table = importer.read(path)
    mapping = importer.mapping_for(table.headers)
    assert mapping.index("name") is None  # 联系人 is not a volunteer header
    mapping.set("name", "联系人")
    mapping.set("phone", "号码")
    importer.commit(importer.preview(table, mapping, file_name=path.name))
    again = importer.mapping_for(table.headers)
    assert again.remembered and again.header("name") == "联系人" and again.header("phone") == "号码"
    assert again.header("notes") == "说明"
