"""Domain errors read well; times go to UTC and back to Beijing time."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from scipop.cli.output import table, width
from scipop.errors import InvalidInput, ValidationError, Validator
from scipop.redact import mask_phone
from scipop.timeutil import fmt_local, overlaps, to_local, to_utc


def test_validator_with_one_problem_raises_that_field_error():
    v = Validator()
    v.require("name", "  ", "Enter the name.")
    with pytest.raises(ValidationError) as info:
        v.raise_if_any()
    assert info.value.field == "name"
    assert str(info.value) == "Enter the name."


def test_validator_with_several_problems_lists_them_all_by_field():
    v = Validator()
    v.require("name", "", "Enter the name.")
    v.add("capacity", "Capacity must be more than 0 (it is {value}).", value=0)
    with pytest.raises(InvalidInput) as info:
        v.raise_if_any()
    assert set(info.value.by_field()) == {"name", "capacity"}
    assert "Capacity must be more than 0 (it is 0)." in str(info.value)


def test_naive_time_is_taken_as_beijing_time_and_stored_as_utc():
    stored = to_utc(datetime(2026, 12, 5, 14, 0))
    assert stored == datetime(2026, 12, 5, 6, 0, tzinfo=UTC)
    assert to_local(stored).tzinfo == ZoneInfo("Asia/Shanghai")
    assert fmt_local(stored) == "2026-12-05 14:00"


def test_touching_intervals_do_not_overlap():
    a = datetime(2026, 1, 1, 10, tzinfo=UTC)
    b = datetime(2026, 1, 1, 11, tzinfo=UTC)
    c = datetime(2026, 1, 1, 12, tzinfo=UTC)
    assert not overlaps(a, b, b, c)
    assert overlaps(a, c, b, c)


def test_phone_numbers_are_masked_for_the_door_screen():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("138-1234-5678") == "138****5678"
    assert mask_phone("12") == "**"


def test_cli_table_aligns_chinese_text_by_display_width():
    text = table([{"name": "北京科学中心", "n": 1}, {"name": "BSC", "n": 22}], ["name", "n"])
    _header, _rule, first, second = text.splitlines()

    def column_of_n(line: str) -> int:
        return width(line[: len(line.rstrip("0123456789"))])

    assert column_of_n(first) == column_of_n(second) == width("北京科学中心") + 2
