"""The assignment rules at their edges: touching shifts, midnight, the limit, short breaks."""

from __future__ import annotations

from datetime import datetime, timedelta

from scipop.timeutil import local_zone
from scipop.volunteers.rules import Span, evaluate
from scipop.volunteers.settings import Limits
from scipop.volunteers.skills import join_list, missing, parse_list

DAY = datetime(2030, 12, 5, tzinfo=local_zone())
LIMITS = Limits(max_hours_per_day=8, max_consecutive_hours=6, checkin_window_minutes=60)


def at(hour: float, day: int = 0) -> datetime:
    return DAY + timedelta(days=day, hours=hour)


def check(start: datetime, end: datetime, others=(), *, skills=(), required=(), **kw):
    spans = [Span(100 + i, "引导", s, e) for i, (s, e) in enumerate(others)]
    args = dict(
        shift_id=1,
        starts_at=start,
        ends_at=end,
        required=required,
        needed=2,
        assigned=0,
        volunteer_id=7,
        name="张伟",
        active=True,
        skills=skills,
        others=spans,
        limits=LIMITS,
    )
    args.update(kw)
    return evaluate(**args)


def codes(issues) -> list[str]:
    return [i.code for i in issues]


def test_touching_shifts_do_not_overlap():
    got = check(at(14), at(16), [(at(10), at(14)), (at(16), at(17))])
    assert got.errors == []


def test_a_shift_overlapping_by_a_minute_is_refused_and_names_the_other_shift():
    got = check(at(14), at(16), [(at(10), at(14) + timedelta(minutes=1))])
    assert codes(got.errors) == ["overlap"]
    assert "10:00–14:01" in got.errors[0].message


def test_exactly_the_hours_a_day_is_allowed_one_minute_more_warns():
    # 2 + 6 = 8 h on the day, with a rest of 2 h between (not consecutive)
    assert "day_hours" not in codes(check(at(8), at(10), [(at(12), at(18))]).warnings)
    over = check(at(8), at(10, 0) + timedelta(minutes=1), [(at(12), at(18))])
    assert codes(over.warnings) == ["day_hours"]
    assert "8" in over.warnings[0].params["limit"]


def test_a_shift_crossing_midnight_counts_on_each_local_day_for_its_part():
    # 20:00–02:00 is 4 h on the first day and 2 h on the next
    night = (at(20), at(26))
    assert check(at(10), at(14), [night]).warnings == []  # 4 + 4 = 8 on day one
    over = check(at(9), at(14), [night])  # 5 + 4 = 9
    assert codes(over.warnings) == ["day_hours"]
    assert over.warnings[0].params["day"] == DAY.date().isoformat()
    # the next morning: 2 h after midnight + 6 h = 8 h, allowed (a 6 h rest in between)
    assert check(at(8, 1), at(14, 1), [night]).warnings == []
    assert codes(check(at(8, 1), at(15, 1), [night]).warnings) == ["day_hours", "consecutive"]


def test_consecutive_hours_count_shifts_separated_by_less_than_half_an_hour():
    # 3 h + 20 min break + 3 h: 6 h worked in a row, exactly the limit
    assert (
        check(
            at(10), at(13), [(at(13, 0) + timedelta(minutes=20), at(16, 0) + timedelta(minutes=20))]
        ).warnings
        == []
    )
    # 3 h + 20 min break + 3.5 h: 6.5 h in a row
    over = check(at(10), at(13), [(at(13) + timedelta(minutes=20), at(16) + timedelta(minutes=50))])
    assert codes(over.warnings) == ["consecutive"]
    assert over.warnings[0].params["hours"] == "6.5"


def test_a_break_of_half_an_hour_ends_the_run():
    got = check(at(9), at(13), [(at(13) + timedelta(minutes=30), at(17))])
    assert got.warnings == []  # 4 h, rest 30 min, 3.5 h; 7.5 h a day


def test_touching_shifts_are_consecutive():
    got = check(at(8), at(12), [(at(12), at(15))])
    assert codes(got.warnings) == ["consecutive"]


def test_missing_required_skills_and_a_full_shift_are_warnings_not_errors():
    got = check(at(10), at(12), skills=("英语",), required=("英语", "急救"), needed=1, assigned=1)
    assert got.errors == []
    assert codes(got.warnings) == ["skills", "full"]
    assert got.warnings[0].params["skills"] == "急救"
    assert got.state == "warnings"


def test_an_inactive_volunteer_is_an_error_and_being_on_the_shift_already_too():
    got = check(at(10), at(12), active=False)
    assert codes(got.errors) == ["inactive"] and got.state == "clash"
    again = evaluate(
        **{
            **dict(
                shift_id=1,
                starts_at=at(10),
                ends_at=at(12),
                required=(),
                needed=2,
                assigned=1,
                volunteer_id=7,
                name="张伟",
                active=True,
                skills=(),
                limits=LIMITS,
            ),
            "others": [Span(1, "引导", at(10), at(12))],
        }
    )
    assert codes(again.errors) == ["already_assigned"]


def test_skills_split_on_chinese_and_western_separators_each_once():
    assert parse_list("引导、英语, 急救；手语;英语  检票，English english") == (
        "引导",
        "英语",
        "急救",
        "手语",
        "检票",
        "English",
    )
    assert join_list(["引导", "英语", "引导"]) == "引导、英语"
    assert missing(parse_list("英语、急救"), parse_list("english 急救")) == ("英语",)


def test_the_roster_search_reads_full_width_input_as_plain():
    """A Chinese input method types digits and letters full-width: ５６７８ and ＺＷ match."""
    from scipop.volunteers.dto import VolunteerRow
    from scipop.volunteers.roster import row_matches

    row = VolunteerRow(
        id=1, name="张伟", phone="+8613812345678", email="", organization_id=None,
        organization_name="北京科技大学", skills=(), languages=(), active=True, notes="",
        initials="ZW",
    )  # fmt: skip
    for text in ("ＺＷ", "５６７８", "zw", "5678", " 张伟 "):
        assert row_matches(row, text), text
    assert not row_matches(row, "ＬＮ")
