"""A form's answers, not ids: each answer is mapped once (suggested, confirmed, remembered)."""

from __future__ import annotations

import pytest

from scipop.importing.attendees import AttendeeImporter
from scipop.importing.report import ImportRejected
from scipop.importing.value_mapping import ValueMapping
from scipop.models import AttendeeCategory
from tests.fixtures.form_world import (
    FIRST_EXPORT,
    ROBOT_10,
    SPHERE_10,
    SPHERE_12,
    build_form_world,
    write_form,
)


@pytest.fixture
def store(any_store):
    return any_store


@pytest.fixture
def world(store):
    return build_form_world(store)


@pytest.fixture
def importer(store) -> AttendeeImporter:
    return AttendeeImporter(store)


def _confirm(importer, table, **overrides) -> ValueMapping:
    """What the user does in the mapping step: take each suggestion, change some."""
    values = ValueMapping()
    for a in importer.answers(table, importer.mapping_for(table.headers)):
        chosen = overrides.get(a.text, a.value)
        if chosen is not None:
            values.set(a.field, a.text, chosen)
    return values


def test_session_answers_are_suggested_from_their_date_time_and_title(tmp_path, importer, world):
    table = importer.read(write_form(tmp_path / "报名.xlsx", FIRST_EXPORT))
    found = {
        (a.field, a.text): a.suggested
        for a in importer.answers(table, importer.mapping_for(table.headers))
    }
    # two halls start at 10:00 and 《数字球幕：蓝色星球》 is not the event's exact title
    assert found[("session", SPHERE_10)] == world.shows.morning
    # a unique date and time, or the exact title, is read as it is: nothing to confirm
    assert ("session", SPHERE_12) not in found and ("session", ROBOT_10) not in found
    assert ("category", "学生") not in found and ("headcount", "1") not in found
    assert found[("headcount", "3人")] == 3 and found[("headcount", "三人")] == 3
    assert found[("category", "我是带队老师")] == "teacher"
    assert found[("category", "家长")] is None  # no guess: the user chooses


def test_an_unmapped_answer_is_refused_and_nothing_is_imported(tmp_path, importer, world):
    path = write_form(tmp_path / "报名.xlsx", FIRST_EXPORT)
    with pytest.raises(ImportRejected) as exc:
        importer.import_file(path)
    assert {e.row for e in exc.value.errors} >= {2, 5}  # 10:00 is ambiguous: two halls


def test_confirmed_answers_import_every_row_and_are_remembered_for_the_form(
    tmp_path, importer, services, world
):
    table = importer.read(write_form(tmp_path / "报名.xlsx", FIRST_EXPORT))
    values = _confirm(importer, table, 家长="public")
    preview = importer.preview(table, values=values)
    assert preview.ok, [e.message for e in preview.errors]
    importer.commit(preview)
    tickets = {t.attendee_name: t for t in services.tickets.search()}
    assert tickets["张伟"].session_id == world.shows.morning
    assert tickets["张伟"].headcount == 3 and tickets["张伟"].category == AttendeeCategory.TEACHER
    assert tickets["李娜"].session_id == world.shows.noon and tickets["李娜"].headcount == 3
    assert tickets["李娜"].category == AttendeeCategory.PUBLIC
    assert tickets["王芳"].session_id == world.robots_10

    later = [["2026-11-21 10:00", "孙丽", "13800000009", SPHERE_10, "2", "家长"]]
    summary = importer.import_file(write_form(tmp_path / "报名(2).xlsx", later))
    assert summary.tickets == 1
    (t,) = services.tickets.search("孙丽")
    assert t.session_id == world.shows.morning and t.category == AttendeeCategory.PUBLIC


def test_a_headcount_in_words_needs_no_mapping(tmp_path, importer, services, world):
    rows = [["2026-11-20 09:01", "张伟", "13800000001", str(world.shows.noon), "三人", "学生"]]
    importer.import_file(write_form(tmp_path / "报名.xlsx", rows))
    assert services.tickets.search("张伟")[0].headcount == 3
