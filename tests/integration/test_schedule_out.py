"""Schedules out, read back by a second reader: the .ics by icalendar, the PDF's text by
pypdfium2, the PNG by Pillow."""

from __future__ import annotations

from datetime import UTC, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pypdfium2 as pdfium
import pytest
from icalendar import Calendar
from PIL import Image

from scipop.errors import NotFound, ValidationError
from scipop.volunteers.schedule_out import ScheduleOut
from tests.fixtures.shift_world import ShiftWorld, build_shifts
from tests.fixtures.tickets_world import SHOW_DAY

DAY = SHOW_DAY.date()
WEEK = (DAY, DAY + timedelta(days=6))


@pytest.fixture
def world(store) -> ShiftWorld:
    return build_shifts(store)


@pytest.fixture
def out(store) -> ScheduleOut:
    return ScheduleOut(store)


def _pdf_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(path)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def test_a_volunteers_ics_has_one_event_per_shift_in_beijing_time(tmp_path, world, out):
    path = tmp_path / "张伟的排班.ics"
    out.export(path, "ics", volunteer_ids=[world.zhang], first=WEEK[0], last=WEEK[1])

    cal = Calendar.from_ical(path.read_bytes())
    events = sorted(cal.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    assert [str(e["uid"]) for e in events] == [
        f"shift-{world.door}-vol-{world.zhang}@scipop",
        f"shift-{world.guide}-vol-{world.zhang}@scipop",
    ]
    door, guide = events
    start = door.decoded("dtstart")
    assert start.tzinfo == ZoneInfo("Asia/Shanghai") and door["dtstart"].params["TZID"]
    assert start.astimezone(UTC) == (SHOW_DAY - timedelta(minutes=20)).astimezone(UTC)
    assert (start.hour, start.minute) == (9, 40)
    assert door.decoded("dtend") - start == timedelta(minutes=50)
    assert str(door["summary"]) == "志愿服务：检票 · 数字球幕秀：蓝色星球"
    assert str(door["location"]) == "北京科学中心 · 球幕/数字球 展厅"
    assert "请提前10分钟到岗" in str(guide["description"])
    assert [tz["tzid"] for tz in cal.walk("VTIMEZONE")] == ["Asia/Shanghai"]


def test_exporting_again_keeps_the_uids_and_english_summaries(tmp_path, world, out):
    first, again = tmp_path / "a.ics", tmp_path / "b.ics"
    out.export(first, "ics", volunteer_ids=[world.zhang], first=WEEK[0], last=WEEK[1])
    out.export(again, "ics", volunteer_ids=[world.zhang], first=WEEK[0], last=WEEK[1], lang="en")
    uids = [
        sorted(str(e["uid"]) for e in Calendar.from_ical(p.read_bytes()).walk("VEVENT"))
        for p in (first, again)
    ]
    assert uids[0] == uids[1]
    summaries = {str(e["summary"]) for e in Calendar.from_ical(again.read_bytes()).walk("VEVENT")}
    assert "Volunteering: 检票 · Sphere show: Blue Planet" in summaries


def test_a_days_ics_lists_every_shift_with_who_works_it(tmp_path, world, out):
    path = tmp_path / "day.ics"
    out.export(path, "ics", day=DAY)
    events = {str(e["uid"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    assert set(events) == {
        f"shift-{world.door}@scipop",
        f"shift-{world.guide}@scipop",
        f"shift-{world.cancelled}@scipop",
    }
    assert "张伟、李娜" in str(events[f"shift-{world.guide}@scipop"]["description"])
    # 李娜's assignment to the 14:00 door was cancelled: nobody works it
    assert "（尚未安排）" in str(events[f"shift-{world.cancelled}@scipop"]["description"])


def test_the_period_bounds_are_local_days(world, out):
    # the next day's 09:30 shift is outside a one-day period, inside a two-day one
    one = out.for_volunteer(world.emma, DAY, DAY)
    two = out.for_volunteer(world.emma, DAY, DAY + timedelta(days=1))
    assert one.lines == [] and [x.shift_id for x in two.lines] == [world.next_day]
    # a cancelled assignment is not on the volunteer's schedule
    assert out.for_volunteer(world.li, *WEEK).lines[0].shift_id == world.guide
    assert len(out.for_volunteer(world.li, *WEEK).lines) == 1


def test_bad_requests_are_refused(world, out):
    with pytest.raises(NotFound):
        out.for_volunteer(99999, *WEEK)
    with pytest.raises(ValidationError):
        out.for_volunteer(world.zhang, WEEK[1], WEEK[0])


def test_the_pdf_holds_the_chinese_names_halls_and_times(tmp_path, world, out):
    vol = tmp_path / "张伟.pdf"
    out.export(vol, "pdf", volunteer_ids=[world.zhang], first=WEEK[0], last=WEEK[1])
    text = _pdf_text(vol)
    assert "张伟的志愿服务排班" in text and "北京市科学技术协会" in text
    assert "09:40–10:30" in text and "13:00–16:00" in text and "数字球幕秀：蓝色星球" in text

    day = tmp_path / "day.pdf"
    out.export(day, "pdf", day=DAY, lang="en")
    text = _pdf_text(day)
    assert "Volunteer shifts on Thu 2030-12-05" in text
    assert "Science on a Sphere Hall" in text and "张伟、李娜 (2/2)" in text
    assert "(nobody yet)" in text


def test_several_volunteers_share_one_pdf_a_page_each(tmp_path, world, out):
    path = tmp_path / "all.pdf"
    out.export(path, "pdf", volunteer_ids=[world.zhang, world.emma], first=WEEK[0], last=WEEK[1])
    pdf = pdfium.PdfDocument(path)
    try:
        pages = [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()
    assert len(pages) == 2 and "张伟" in pages[0] and "Emma Smith" in pages[1]


def test_the_png_is_phone_sized_and_not_blank(tmp_path, world, out):
    path = tmp_path / "排班.png"
    out.export(path, "png", day=DAY)
    image = Image.open(path)
    assert image.width == 1080 and image.height >= 1080
    colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 50  # text, cards, a header: not one flat fill
    # the text is there: the header band's dark pixels and the cards' dark text
    dark = sum(n for n, rgb in colours if sum(rgb) < 200)
    assert dark > 2000


def test_one_png_per_volunteer_beside_the_chosen_name(tmp_path, world, out):
    written = out.export(
        tmp_path / "排班.png", "png", volunteer_ids=[world.zhang, world.li], first=WEEK[0],
        last=WEEK[1],
    )  # fmt: skip
    assert [p.name for p in written] == ["排班-张伟.png", "排班-李娜.png"]
    assert all(p.exists() for p in written) and not (tmp_path / "排班.png").exists()


def test_the_badge_qr_on_the_pdf_is_the_volunteers_check_in_code(tmp_path, world, out, store):
    import zxingcpp

    from scipop.volunteers.codes import VolunteerCodes

    path = tmp_path / "badge.pdf"
    out.export(path, "pdf", volunteer_ids=[world.zhang], first=WEEK[0], last=WEEK[1], badge=True)
    pdf = pdfium.PdfDocument(path)
    try:
        image = pdf[0].render(scale=3).to_pil()
    finally:
        pdf.close()
    codes = [r.text for r in zxingcpp.read_barcodes(image)]
    assert codes == [VolunteerCodes(store).code(world.zhang)]


def test_a_cancelled_export_leaves_no_file(tmp_path, world, out):
    from scipop.progress import Cancelled, Progress

    class CancelAtSecondFile(Progress):
        def __init__(self) -> None:
            self.stop = False

        def report(self, done: int, total: int, stage: str = "") -> None:
            self.stop = self.stop or (stage == "writing" and done == 1)

        def cancelled(self) -> bool:
            return self.stop

    folder = tmp_path / "导出"
    folder.mkdir()
    with pytest.raises(Cancelled):
        out.export(
            folder / "排班.png", "png", volunteer_ids=[world.zhang, world.li], first=WEEK[0],
            last=WEEK[1], progress=CancelAtSecondFile(),
        )  # fmt: skip
    assert list(folder.iterdir()) == []  # the first picture, written, is taken back
