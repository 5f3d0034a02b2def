"""Importing registrations from online-form exports: map columns, preview bad rows, import."""

from __future__ import annotations

import pytest

from scipop.errors import NotFound
from scipop.importing.attendee_mapping import guess_mapping
from scipop.importing.attendees import AttendeeImporter
from scipop.importing.report import ImportFileError, ImportRejected
from scipop.models import ScanVerdict, TicketStatus
from scipop.progress import Cancelled, Progress
from scipop.registration.dto import Registrant
from tests.fixtures.spreadsheets import write_csv, write_xlsx
from tests.fixtures.tickets_world import build_shows

FORM_HEADERS = ["序号", "1. 姓名", "2. 手机号（必填）", "邮箱", "单位/学校", "身份", "场次", "人数"]


@pytest.fixture
def store(any_store):
    """SQLite, and PostgreSQL too when SCIPOP_TEST_DATABASE_URL is set."""
    return any_store


@pytest.fixture
def world(store):
    return build_shows(store, capacity=60, morning=5)


@pytest.fixture
def importer(store) -> AttendeeImporter:
    return AttendeeImporter(store)


def test_chinese_form_headers_are_mapped_automatically():
    mapping = guess_mapping(FORM_HEADERS)
    assert {f: mapping.header(f) for f in ("name", "phone", "email", "organization")} == {
        "name": "1. 姓名",
        "phone": "2. 手机号（必填）",
        "email": "邮箱",
        "organization": "单位/学校",
    }
    assert mapping.header("category") == "身份" and mapping.header("session") == "场次"
    assert mapping.header("headcount") == "人数" and mapping.header("notes") == ""
    english = guess_mapping(["Full name", "Mobile", "E-mail", "School", "Type", "Session ID"])
    assert english.header("phone") == "Mobile" and english.header("session") == "Session ID"


def test_a_clean_file_with_chinese_name_imports_every_row(tmp_path, importer, services, world):
    path = write_xlsx(
        tmp_path / "报名表（球幕秀）.xlsx",
        [
            FORM_HEADERS,
            [1, "张伟", 13800000001, "zw@example.cn", "北京市第四中学", "学生", world.noon, ""],
            [2, "王老师", "139-0000-0002", "", "北京景山学校", "老师", world.noon, 41],
            [3, "Li Na", "13700000003", "", "", "public", f"#{world.afternoon}", 1],
        ],
    )
    summary = importer.import_file(path)
    assert (summary.tickets, summary.people, summary.new_attendees) == (3, 43, 3)
    noon = services.tickets.for_session(world.noon)
    assert [(t.attendee_name, t.headcount, t.category) for t in noon] == [
        ("张伟", 1, "student"),
        ("王老师", 41, "teacher"),
    ]
    assert noon[1].phone == "+8613900000002" and noon[1].organization == "北京景山学校"
    assert all(t.code for t in noon)
    assert services.registration.admit(noon[1].code, world.noon, count=32).verdict == (
        ScanVerdict.PARTIAL
    )


def test_preview_lists_every_bad_row_with_its_number_and_reason(
    tmp_path, importer, services, world
):
    services.registration.register(world.noon, Registrant(name="赵敏", phone="13600000009"))
    path = write_xlsx(
        tmp_path / "bad.xlsx",
        [
            FORM_HEADERS,
            [1, "", "13800000001", "", "", "", world.noon, ""],  # row 2: missing name
            [2, "李雷", "138abc", "", "", "", world.noon, ""],  # row 3: bad phone
            [3, "韩梅梅", "13800000003", "", "", "", 9999, ""],  # row 4: unknown session
            [4, "学生团", "13800000004", "", "", "", world.morning, 6],  # row 5: over capacity
            [5, "刘洋", "13800000005", "", "", "", world.noon, ""],  # row 6: fine
            [6, "刘洋", "138 0000 0005", "", "", "", world.noon, ""],  # row 7: twice in file
            [7, "赵敏", "13600000009", "", "", "", world.noon, ""],  # row 8: already registered
            [8, "陈静", "13800000008", "", "", "外星人", world.noon, ""],  # row 9: bad category
        ],
    )
    table = importer.read(path)
    preview = importer.preview(table, file_name=path.name)
    assert not preview.ok
    assert [r.row for r in preview.rows] == [6]
    by_row = {e.row: e for e in preview.errors}
    assert sorted(by_row) == [2, 3, 4, 5, 7, 8, 9]
    assert by_row[2].message == "Row 2, column '1. 姓名': The name is missing."
    assert "'138abc' is not a phone number" in by_row[3].message
    assert by_row[4].column == "场次" and "no session '9999'" in by_row[4].message
    assert "Over capacity" in by_row[5].message and "5 place(s) left" in by_row[5].message
    assert "already on row 6" in by_row[7].message
    assert "already registered" in by_row[8].message and "136****0009" in by_row[8].message
    assert "'外星人' is not a category" in by_row[9].message


def test_a_file_with_errors_imports_nothing(tmp_path, importer, services, world):
    path = write_xlsx(
        tmp_path / "mixed.xlsx",
        [
            FORM_HEADERS,
            [1, "张伟", "13800000001", "", "", "", world.noon, ""],
            [2, "", "", "", "", "", world.noon, ""],
        ],
    )
    with pytest.raises(ImportRejected) as exc:
        importer.import_file(path)
    assert [e.row for e in exc.value.errors] == [3]
    assert services.tickets.count() == 0


def test_only_the_good_rows_when_the_user_chooses_so(tmp_path, importer, services, world):
    path = write_xlsx(
        tmp_path / "mixed.xlsx",
        [
            FORM_HEADERS,
            [1, "张伟", "13800000001", "", "", "", world.noon, ""],
            [2, "", "", "", "", "", world.noon, ""],
        ],
    )
    summary = importer.import_file(path, only_good=True)
    assert (summary.tickets, summary.skipped_rows) == (1, [3])
    assert [t.attendee_name for t in services.tickets.search()] == ["张伟"]


def test_session_given_for_the_whole_file_needs_no_session_column(
    tmp_path, importer, services, world
):
    path = write_csv(
        tmp_path / "名单.csv",
        [["姓名", "电话", "学校"], ["张伟", "13800000001", "北京小学"], ["李娜", "", ""]],
        encoding="gb18030",
    )
    summary = importer.import_file(path, session_id=world.afternoon)
    assert summary.tickets == 2
    assert {t.attendee_name for t in services.tickets.for_session(world.afternoon)} == {
        "张伟",
        "李娜",
    }
    with pytest.raises(ImportFileError, match="no session column"):
        importer.import_file(path)
    with pytest.raises(NotFound):
        importer.import_file(path, session_id=424242)


def test_sessions_named_by_date_and_time_are_found(tmp_path, importer, services, world):
    path = write_xlsx(
        tmp_path / "form.xlsx",
        [
            ["姓名", "手机", "活动场次"],
            ["张伟", "13800000001", "2030年12月5日 12:00 数字球幕秀"],
            ["李娜", "13800000002", "12月5日 14:00"],
        ],
    )
    assert importer.import_file(path).tickets == 2
    assert [t.session_id for t in services.tickets.search()] == [world.afternoon, world.noon]


def test_over_capacity_rows_can_join_the_waiting_list_instead(tmp_path, importer, services, world):
    rows = [["姓名", "手机"]] + [[f"观众{i}", f"1380000000{i}"] for i in range(7)]
    path = write_xlsx(tmp_path / "many.xlsx", rows)
    summary = importer.import_file(path, session_id=world.morning, waitlist=True)
    assert (summary.tickets, summary.people, summary.waitlisted) == (7, 5, 2)
    waiting = services.tickets.waiting_list(world.morning)
    assert [(t.attendee_name, t.waitlist_position) for t in waiting] == [("观众5", 1), ("观众6", 2)]
    first = services.tickets.search("观众0")[0]
    promoted = services.registration.cancel(first.id).promoted
    assert [t.attendee_name for t in promoted] == ["观众5"]


def test_the_confirmed_mapping_is_remembered_for_the_next_export(tmp_path, importer, world):
    headers = ["参会者", "联系方式", "备注"]
    first = importer.mapping_for(headers)
    assert first.header("name") == "" and not first.remembered
    first.set("name", "参会者")
    table = importer.read(write_xlsx(tmp_path / "a.xlsx", [headers, ["张伟", "13800000001", ""]]))
    importer.commit(importer.preview(table, first, session_id=world.noon))
    again = importer.mapping_for(headers)
    assert (
        again.remembered
        and again.header("name") == "参会者"
        and again.header("phone") == "联系方式"
    )


def test_dry_run_checks_but_writes_nothing(tmp_path, importer, services, world):
    path = write_xlsx(tmp_path / "a.xlsx", [["姓名"], ["张伟"], ["李娜"]])
    summary = importer.import_file(path, session_id=world.noon, dry_run=True)
    assert summary.dry_run and summary.tickets == 2
    assert services.tickets.count() == 0


def test_a_cancelled_import_changes_nothing(tmp_path, importer, services, world):
    class CancelWhileSaving(Progress):
        def cancelled(self) -> bool:
            return self.stage == "saving"

        def report(self, done, total, stage=""):
            self.stage = stage

    path = write_xlsx(tmp_path / "a.xlsx", [["姓名"], ["张伟"], ["李娜"]])
    with pytest.raises(Cancelled):
        importer.import_file(path, session_id=world.noon, progress=CancelWhileSaving())
    assert services.tickets.count() == 0


def test_capacity_taken_between_preview_and_import_is_checked_again(
    tmp_path, importer, services, world
):
    path = write_xlsx(tmp_path / "a.xlsx", [["姓名"], *[[f"观众{i}"] for i in range(5)]])
    preview = importer.preview(importer.read(path), session_id=world.morning)
    assert preview.ok
    services.registration.register(world.morning, Registrant(name="抢先一步"))
    with pytest.raises(ImportRejected, match="Over capacity"):
        importer.commit(preview)
    assert services.tickets.capacity(world.morning).booked == 1
    assert services.tickets.for_session(world.morning)[0].status == TicketStatus.ACTIVE


def test_a_name_longer_than_its_column_is_one_bad_row_with_its_number(
    tmp_path, importer, services, world
):
    path = write_xlsx(
        tmp_path / "form.xlsx",
        [
            ["姓名", "手机", "单位/学校"],
            ["张伟", "13800000001", "北京市第四中学"],
            ["长" * 101, "13800000002", ""],
            ["李娜", "13800000003", "校" * 201],
        ],
    )
    with pytest.raises(ImportRejected) as exc:
        importer.import_file(path, session_id=world.noon)
    by_row = {e.row: e for e in exc.value.errors}
    assert sorted(by_row) == [3, 4]
    assert by_row[3].column == "姓名" and "101 characters" in by_row[3].message
    assert "at most 100" in by_row[3].message
    assert by_row[4].column == "单位/学校" and "at most 200" in by_row[4].message
    summary = importer.import_file(path, session_id=world.noon, only_good=True)
    assert (summary.tickets, summary.skipped_rows) == (1, [3, 4])
