"""The attendance workbook, read back with a second reader (python-calamine) and checked figure
by figure against the database of a generated season with scans, walk-ins and groups."""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from scipop.app import Services
from scipop.models import (
    EventKind,
    Scan,
    ScanMethod,
    ScanVerdict,
    Ticket,
    TicketKind,
    TicketStatus,
)
from scipop.progress import Cancelled, Progress
from scipop.reports.labels import Words
from scipop.reports.scope import ExportOptions, ReportScope
from scipop.reports.survey import SurveyCategory
from tests.fixtures.report_world import TRICKY_NAMES, ReportWorld, build_report_world


@pytest.fixture
def services(any_services: Services) -> Services:
    """SQLite, and PostgreSQL too when SCIPOP_TEST_DATABASE_URL names one (as in the CI)."""
    return any_services


@pytest.fixture
def world(services: Services) -> ReportWorld:
    return build_report_world(services)


def export(sv: Services, path: Path, scope: ReportScope | None = None, **options) -> Path:
    return sv.reports.export(scope or ReportScope(), path, ExportOptions(**options))


def sheet(path: Path, name: str) -> list[list]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name).to_python()


def blank(row: list) -> bool:
    return not any(v not in ("", None) for v in row)


def table(rows: list[list], header_row: int | None = None) -> list[dict]:
    """The main table under its header (after the title lines), as dicts, to a blank row."""
    if header_row is None:
        header_row = next(i for i, r in enumerate(rows) if blank(r)) + 1
    header = rows[header_row]
    out = []
    for row in rows[header_row + 1 :]:
        if blank(row):
            break
        out.append(dict(zip(header, row, strict=False)))
    return out


def block(rows: list[list], heading: str) -> list[dict]:
    start = next(i for i, r in enumerate(rows) if r and r[0] == heading)
    return table(rows, start + 1)


def db_session_figures(sv: Services, session_id: int) -> dict[str, int]:
    with sv.store.uow() as uow:
        s = uow.session
        active = [Ticket.session_id == session_id, Ticket.status == TicketStatus.ACTIVE]
        return {
            "registered": s.scalar(select(func.sum(Ticket.headcount)).where(*active)) or 0,
            "groups": s.scalar(
                select(func.sum(Ticket.headcount)).where(*active, Ticket.kind == TicketKind.GROUP)
            )
            or 0,
            "checked_in": s.scalar(
                select(func.sum(Ticket.arrived)).where(Ticket.session_id == session_id)
            )
            or 0,
        }


def test_summary_gives_each_session_figures_equal_to_the_database(services, world, tmp_path):
    path = export(services, tmp_path / "出席.xlsx")
    w = Words("zh_CN")
    rows = table(sheet(path, w("sheet.summary")))
    assert len(rows) == len(world.sessions)
    by_start = {r[w("col.start")]: r for r in rows}
    assert len(by_start) == len(world.sessions)
    for key, sid in world.sessions.items():
        figures = db_session_figures(services, sid)
        row = next(
            r
            for r in rows
            if r[w("col.capacity")] == {"exhibition": 300, "competition": 100}.get(key, 60)
            and r[w("col.registered")] == figures["registered"]
            and r[w("col.checked_in")] == figures["checked_in"]
        )
        assert row[w("col.group_headcount")] == figures["groups"]
        ended = key != "competition"
        if ended:
            no_shows = figures["registered"] - figures["checked_in"]
            assert row[w("col.no_shows")] == no_shows
            assert row[w("col.no_show_rate")] == pytest.approx(no_shows / figures["registered"])
            assert row[w("col.walk_ins")] == 2
        else:
            assert row[w("col.no_shows")] == ""  # not ended: no no-shows yet
            assert row[w("col.walk_ins")] == 0
        assert row[w("col.fill_rate")] == pytest.approx(
            figures["checked_in"] / row[w("col.capacity")]
        )


def test_summary_breaks_figures_down_by_organization_hall_category_and_school(
    services, world, tmp_path
):
    path = export(services, tmp_path / "r.xlsx", lang="en")
    w = Words("en")
    rows = sheet(path, w("sheet.summary"))
    total = sum(db_session_figures(services, sid)["checked_in"] for sid in world.sessions.values())
    events = block(rows, w("block.events"))
    assert events[-1][w("col.event")] == w("total")
    assert events[-1][w("col.checked_in")] == total
    orgs = block(rows, w("block.organizations"))
    bast_lead = next(
        r
        for r in orgs
        if r[w("col.organization")] == "BAST" and r[w("col.role")] == "Lead organizer"
    )
    assert bast_lead[w("col.events")] == 2  # the lecture and the competition
    assert any(
        r[w("col.organization")] == "BAST" and r[w("col.role")] == "Co-organizer" for r in orgs
    )
    halls = block(rows, w("block.halls"))
    assert sum(r[w("col.checked_in")] for r in halls) == total
    categories = block(rows, w("block.categories"))
    assert sum(r[w("col.checked_in")] for r in categories) == total
    schools = block(rows, w("block.schools"))
    eight = next(r for r in schools if r[w("col.school")] == "北京市第八中学")
    assert eight[w("col.groups")] == 4 and eight[w("col.headcount")] == 80
    assert eight[w("col.arrived")] == 3 * 17
    names = CalamineWorkbook.from_path(str(path)).sheet_names
    assert names.index("Volunteers") == names.index("National statistics") - 1


def test_detail_has_one_row_per_ticket_with_first_and_last_door(services, world, tmp_path):
    path = export(services, tmp_path / "r.xlsx")
    w = Words("zh_CN")
    rows = table(sheet(path, w("sheet.detail")))
    with services.store.uow() as uow:
        assert len(rows) == uow.session.scalar(select(func.count(Ticket.id)))
    group = next(r for r in rows if r[w("col.name")] == "lecture_2 带队老师")
    assert (group[w("col.headcount")], group[w("col.arrived")]) == (20, 17)
    assert group[w("col.first_door")] == "东门" and group[w("col.last_door")] == "西门"
    assert group[w("col.first_scan")] <= group[w("col.last_scan")]
    assert group[w("col.ticket_kind")] == w("ticket.group")
    assert re.fullmatch(r"1\d\d \d{4} \d{4}", group[w("col.phone")])  # as people write it


def test_scan_log_lists_every_scan_with_the_verdict_and_reason_in_chinese(
    services, world, tmp_path
):
    path = export(services, tmp_path / "r.xlsx")
    w = Words("zh_CN")
    rows = table(sheet(path, w("sheet.scans")))
    with services.store.uow() as uow:
        verdicts = Counter(v for (v,) in uow.session.execute(select(Scan.verdict)))
    assert len(rows) == sum(verdicts.values())
    assert Counter(r[w("col.verdict")] for r in rows) == {w.enum(v): n for v, n in verdicts.items()}
    assert verdicts[ScanVerdict.DUPLICATE] or verdicts[ScanVerdict.INVALID]
    rejected = [r for r in rows if r[w("col.admitted")] == 0]
    assert rejected
    for r in rejected:
        assert re.search(r"[\u4e00-\u9fff]", r[w("col.reason")]), r  # reasons in Chinese
    invalid = next(r for r in rows if r[w("col.code")] == "=1+2")  # kept as text
    assert invalid[w("col.verdict")] == w.enum(ScanVerdict.INVALID)


def test_arrivals_add_up_to_the_people_admitted_and_carry_a_native_chart(services, world, tmp_path):
    path = export(services, tmp_path / "r.xlsx")
    w = Words("zh_CN")
    rows = table(sheet(path, w("sheet.arrivals")))
    with services.store.uow() as uow:
        admitted = uow.session.scalar(select(func.sum(Scan.admitted)))
    assert sum(r[w("col.check_ins")] or 0 for r in rows) == admitted
    assert sum(r[w("col.all_sessions")] or 0 for r in rows) == admitted
    with zipfile.ZipFile(path) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert charts and "barChart" in z.read(charts[0]).decode()


def test_national_statistics_follow_the_stored_kind_to_category_mapping(services, world, tmp_path):
    w = Words("zh_CN")
    lecture_people = sum(
        db_session_figures(services, world.sessions[k])["checked_in"]
        for k in ("lecture_1", "lecture_2")
    )
    held = w("survey.held", category=w("survey.lecture"))
    people = w("survey.people", category=w("survey.lecture"))
    rows = table(sheet(export(services, tmp_path / "a.xlsx"), w("sheet.national")))
    bast = {r[w("col.role")]: r for r in rows if r[w("col.organization")] == "北京市科学技术协会"}
    assert (bast["主办"][held], bast["主办"][people]) == (2, lecture_people)
    assert bast["协办"][held] == 0  # co-organized lectures are BJAST's co-organizer row
    bjast = {
        r[w("col.role")]: r for r in rows if r[w("col.organization")] == "北京市科学技术研究院"
    }
    assert bjast["协办"][held] == 2
    exhibit_held = w("survey.held", category=w("survey.exhibition"))
    assert bjast["主办"][exhibit_held] == 1

    services.reports.survey.set({EventKind.FORUM: SurveyCategory.NONE})
    rows = table(sheet(export(services, tmp_path / "b.xlsx"), w("sheet.national")))
    bast = {r[w("col.role")]: r for r in rows if r[w("col.organization")] == "北京市科学技术协会"}
    assert bast["主办"][held] == 0
    assert services.reports.survey.get()[EventKind.FORUM] is SurveyCategory.NONE


def test_text_that_looks_like_a_formula_is_written_as_text_never_a_formula(
    services, world, tmp_path
):
    path = export(services, tmp_path / "r.xlsx")
    w = Words("zh_CN")
    names = {r[w("col.name")] for r in table(sheet(path, w("sheet.detail")))}
    for tricky in TRICKY_NAMES[:4]:  # registration strips the leading tab and CR of the others
        assert tricky in names, tricky
    assert "+北京四中" in {r[w("col.org_school")] for r in table(sheet(path, w("sheet.detail")))}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert "<f>" not in z.read(name).decode(), name


def test_no_personal_data_leaves_no_phone_digits_and_no_emails_anywhere(services, world, tmp_path):
    path = export(services, tmp_path / "r.xlsx", personal_data=False)
    with zipfile.ZipFile(path) as z:
        text = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    for phone in world.phones:
        assert phone not in text
    assert "example.cn" not in text
    w = Words("zh_CN")
    detail = table(sheet(path, w("sheet.detail")))
    assert w("col.email") not in detail[0]
    assert all(re.fullmatch(r"\d{3}\*+\d{4}|", r[w("col.phone")]) for r in detail)
    csv_path = export(services, tmp_path / "r.csv", personal_data=False)
    csv_text = csv_path.read_text(encoding="utf-8-sig")
    assert not any(phone in csv_text for phone in world.phones)


def test_workbook_is_finished_for_managers_title_period_filter_frozen_header_formats(
    services, world, tmp_path
):
    first = world.first_day.date()
    scope = ReportScope(first, first + timedelta(days=10))
    path = export(services, tmp_path / "r.xlsx", scope)
    w = Words("zh_CN")
    rows = sheet(path, w("sheet.summary"))
    assert rows[0][0] == w("title.summary")
    assert rows[1][0] == w(
        "period", start=scope.date_from.isoformat(), end=scope.date_to.isoformat()
    )
    with zipfile.ZipFile(path) as z:
        styles = z.read("xl/styles.xml").decode()
        for n in range(1, 7):
            xml = z.read(f"xl/worksheets/sheet{n}.xml").decode()
            assert 'state="frozen"' in xml and 'topLeftCell="A6"' in xml
            assert '<autoFilter ref="A5:' in xml
            assert "<cols>" in xml
    assert (
        "0.0%" in styles and "yyyy-mm-dd hh:mm" in styles and 'numFmtId="2"' in styles
    )  # 0.00: hours


def test_column_widths_count_chinese_characters_twice():
    from scipop.reports.cells import column_width, display_width

    assert display_width("北京科学中心") == 12
    assert display_width("Hall A") == 6
    assert column_width(["生命·生活·生存 主题展厅"]) > column_width(["Life hall"])


def test_scope_by_event_and_dates_keeps_only_those_sessions(services, world, tmp_path):
    w = Words("en")
    path = export(services, tmp_path / "e.xlsx", ReportScope(event_id=world.lecture), lang="en")
    rows = table(sheet(path, w("sheet.summary")))
    assert {r[w("col.event")] for r in rows} == {"Laureate lecture"}
    assert len(rows) == 2
    day = world.first_day.date()
    path = export(services, tmp_path / "d.xlsx", ReportScope(day, day), lang="en")
    assert len(table(sheet(path, w("sheet.summary")))) == 1


def test_csv_is_utf8_with_bom_and_guards_formula_text(services, world, tmp_path):
    path = export(services, tmp_path / "明细.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "'+SUM(A1:A9)" in text and "'-2+3" in text
    import csv

    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    with services.store.uow() as uow:
        assert len(lines) - 1 == uow.session.scalar(select(func.count(Ticket.id)))


class _CancelAfterFirstReport(Progress):
    def __init__(self) -> None:
        self.reports = 0

    def report(self, done: int, total: int, stage: str = "") -> None:
        self.reports += 1

    def cancelled(self) -> bool:
        return True


def test_a_cancelled_export_leaves_no_file_behind(services, world, tmp_path):
    with pytest.raises(Cancelled):
        services.reports.export(ReportScope(), tmp_path / "r.xlsx", None, _CancelAfterFirstReport())
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == []


def test_the_key_figures_agree_with_the_database(services, world):
    figures = services.reports.key_figures(ReportScope())
    sessions = [db_session_figures(services, sid) for sid in world.sessions.values()]
    assert figures.sessions == 4
    assert figures.checked_in == sum(f["checked_in"] for f in sessions)
    assert figures.registered == sum(f["registered"] for f in sessions)
    ended = [
        db_session_figures(services, world.sessions[k])
        for k in ("lecture_1", "lecture_2", "exhibition")
    ]
    no_shows = sum(f["registered"] - f["checked_in"] for f in ended)
    assert figures.no_shows == no_shows
    assert figures.no_show_rate == pytest.approx(no_shows / sum(f["registered"] for f in ended))
    assert figures.walk_ins == 3 * 2


def test_exits_are_not_check_ins_and_an_undo_takes_one_back(services, tmp_path):
    from scipop.models import Session as EventSession
    from scipop.registration.dto import Registrant
    from scipop.timeutil import utcnow
    from tests.fixtures.tickets_world import build_shows

    now = utcnow()
    shows = build_shows(services.store)
    with services.store.uow(write=True) as uow:
        sess = uow.session.get(EventSession, shows.morning)
        sess.starts_at, sess.ends_at = now - timedelta(minutes=5), now + timedelta(minutes=30)
        uow.commit()
    tickets = [
        services.registration.register(shows.morning, Registrant(name=f"观众{i}")) for i in range(3)
    ]
    scans = [services.station.scan(t.code, shows.morning, station="东门") for t in tickets]
    services.station.minus_one(shows.morning, station="东门")
    services.station.undo(scans[0].scan_id, station="东门")
    path = export(services, tmp_path / "r.xlsx", ReportScope(session_id=shows.morning), lang="en")
    w = Words("en")
    arrivals = table(sheet(path, w("sheet.arrivals")))
    assert sum(r[w("col.check_ins")] or 0 for r in arrivals) == 2
    summary = table(sheet(path, w("sheet.summary")))
    assert summary[0][w("col.checked_in")] == 2
    log = table(sheet(path, w("sheet.scans")))
    hows = [r[w("col.method")] for r in log]
    assert w.enum(ScanMethod.MINUS_ONE) in hows and w.enum(ScanMethod.UNDO) in hows


def test_volunteers_sheet_gives_hours_per_volunteer_and_per_organization(services, world, tmp_path):
    path = export(services, tmp_path / "志愿者.xlsx")
    w = Words("zh_CN")
    rows = sheet(path, w("sheet.volunteers"))
    assert rows[0][0] == w("title.volunteers")
    people = {r[w("col.volunteer")]: r for r in table(rows)}
    assert list(people) == ["+刘洋", "张伟", "李娜", "王芳"]  # by name; "+" kept as text
    zhang = people["张伟"]
    assert zhang[w("col.organization")] == "北京市科学技术协会"
    assert (zhang[w("col.shifts")], zhang[w("col.planned_hours")]) == (2, 4.0)  # not cancelled
    assert zhang[w("col.worked_hours")] == 3.5  # 1.0 (in early: from the start) + 2.5
    li = people["李娜"]
    assert (li[w("col.worked_hours")], li[w("col.missing_checkouts")]) == (2.75, 1)
    wang = people["王芳"]
    assert wang[w("col.organization")] == w("org.none")
    assert (wang[w("col.worked_hours")], wang[w("col.volunteer_no_shows")]) == (0, 1)
    # every figure as the volunteers capability counts it (the API of issue 9)
    for h in services.hours.by_volunteer(date(1970, 1, 1), date(9998, 12, 30)):
        row = people[h.name]
        assert [row[w(c)] for c in ("col.shifts", "col.planned_hours", "col.worked_hours")] == [
            h.shifts,
            h.planned_hours,
            h.worked_hours,
        ]
    orgs = {r[w("col.organization")]: r for r in block(rows, w("block.volunteer_orgs"))}
    assert orgs["北京市科学技术研究院"][w("col.volunteers")] == 2
    assert orgs["北京市科学技术研究院"][w("col.planned_hours")] == 5.0
    total = orgs[w("total")]
    assert (total[w("col.volunteers")], total[w("col.shifts")]) == (4, 5)
    assert (total[w("col.planned_hours")], total[w("col.worked_hours")]) == (10.0, 6.25)
    assert total[w("col.volunteer_no_shows")] == 1


def test_national_statistics_give_the_volunteers_who_served_and_their_hours(
    services, world, tmp_path
):
    path = export(services, tmp_path / "national.xlsx", lang="en")
    w = Words("en")
    rows = sheet(path, w("sheet.national"))
    survey = {r[w("col.organization")]: r for r in block(rows, w("block.survey_volunteers"))}
    assert list(survey) == ["BAST", "BJAST", w("total")]  # 王芳 (no-show) did not serve
    assert (survey["BAST"][w("col.served")], survey["BAST"][w("col.service_hours")]) == (1, 3.5)
    assert survey["BJAST"][w("col.served")] == 1  # +刘洋's shift is still to come
    assert (survey[w("total")][w("col.served")], survey[w("total")][w("col.service_hours")]) == (
        2,
        6.25,
    )
    assert w("note.survey_volunteers") in [r[0] for r in rows if r]
    people = table(sheet(path, w("sheet.volunteers")))
    assert {r[w("col.organization")] for r in people} == {"BAST", "BJAST", "No organization"}


def test_volunteers_of_a_scoped_event_are_those_on_its_sessions_shifts(services, world, tmp_path):
    w = Words("zh_CN")
    path = export(services, tmp_path / "讲座.xlsx", ReportScope(event_id=world.lecture))
    people = {r[w("col.volunteer")]: r for r in table(sheet(path, w("sheet.volunteers")))}
    assert list(people) == ["张伟", "王芳"]
    assert people["张伟"][w("col.planned_hours")] == 1.0
    assert people["张伟"][w("col.worked_hours")] == 1.0
    day = world.first_day.date() + timedelta(days=1)  # yesterday: the exhibition's shifts
    path = export(services, tmp_path / "d.xlsx", ReportScope(day, day))
    people = {r[w("col.volunteer")]: r for r in table(sheet(path, w("sheet.volunteers")))}
    assert set(people) == {"张伟", "李娜", "王芳"}
    assert people["张伟"][w("col.worked_hours")] == 2.5


def test_workbook_opens_in_a_third_reader_without_repair(services, world, tmp_path):
    """openpyxl (in full, not write-only) reads every sheet: shapes, formats, no formulas."""
    from openpyxl import load_workbook

    path = export(services, tmp_path / "全部.xlsx")
    wb = load_workbook(path)
    w = Words("zh_CN")
    assert w("sheet.volunteers") in wb.sheetnames
    ws = wb[w("sheet.volunteers")]
    assert ws.freeze_panes == "A6" and ws.auto_filter.ref.startswith("A5:G")
    header = [c.value for c in ws[5]]
    assert header[:5] == [w(k) for k in ("col.volunteer", "col.organization", "col.shifts",
                                         "col.planned_hours", "col.worked_hours")]  # fmt: skip
    assert ws["D6"].number_format == "0.00" and ws["A6"].data_type == "s"
    for sheet_ in wb.worksheets:
        for row in sheet_.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet_.title, cell.coordinate)
