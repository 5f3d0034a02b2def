"""Phones: one person, one number, whichever form staff or a form export typed it in."""

from __future__ import annotations

import pytest

from scipop.errors import ValidationError
from scipop.phones import display_phone, normalize_phone
from scipop.redact import mask_phone
from scipop.registration.dto import Registrant
from scipop.services.people import AttendeeData, VolunteerData
from tests.fixtures.tickets_world import build_shows


def test_an_attendee_phone_typed_with_spaces_and_dashes_is_stored_in_e164(services):
    a = services.attendees.create(AttendeeData(name="王芳", phone="138 0013-8000"))
    assert a.phone == "+8613800138000"
    assert [x.id for x in services.attendees.search("13800138000")] == [a.id]


@pytest.mark.parametrize(
    "typed",
    [
        "+86 138 0013 8000",
        "0086 13800138000",
        "13800138000",
        "１３８００１３８０００",
        "+86-138-0013-8000",
    ],
)
def test_prefixes_and_full_width_digits_give_one_stored_number(typed):
    assert normalize_phone(typed) == "+8613800138000"


def test_the_same_person_typed_three_ways_is_one_attendee_when_registering(services):
    world = build_shows(services.store)
    reg = services.registration
    reg.register(world.morning, Registrant(name="王芳", phone="+86 138 0013 8000"))
    reg.register(world.noon, Registrant(name="王芳", phone="0086 13800138000"))
    reg.register(world.afternoon, Registrant(name="王芳", phone="１３８００１３８０００"))
    assert [a.phone for a in services.attendees.search("王芳")] == ["+8613800138000"]


def test_a_beijing_landline_with_its_area_code_is_accepted_and_shown_nationally(services):
    a = services.attendees.create(AttendeeData(name="北京科学中心", phone="(010) 6265-1234"))
    assert a.phone == "+861062651234"
    assert display_phone(a.phone) == "010 6265 1234"
    assert display_phone("+8613800138000") == "138 0013 8000"


def test_a_ten_digit_number_starting_with_1_is_refused(services):
    with pytest.raises(ValidationError) as info:
        services.attendees.create(AttendeeData(name="王芳", phone="1380013800"))
    assert info.value.field == "phone" and "11 digits" in str(info.value)


def test_too_short_a_number_is_refused_as_too_short_not_as_not_digits(services):
    with pytest.raises(ValidationError) as info:
        services.attendees.create(AttendeeData(name="王芳", phone="12345"))
    message = str(info.value)
    assert "'12345' is too short" in message and "digits only" not in message


def test_a_landline_without_its_area_code_is_refused_naming_the_area_code():
    from scipop.phones import PhoneError

    with pytest.raises(PhoneError) as info:
        normalize_phone("6265 1234")
    assert "010" in str(info.value)


def test_a_volunteer_phone_follows_the_same_rule(services):
    v = services.volunteers.create(VolunteerData(name="李娜", phone="0086 139-0000-1111"))
    assert v.phone == "+8613900001111"
    with pytest.raises(ValidationError):
        services.volunteers.create(VolunteerData(name="李娜", phone="1390000111"))


def test_a_phone_with_letters_is_refused_and_named_in_the_message(services):
    with pytest.raises(ValidationError) as info:
        services.attendees.create(AttendeeData(name="王芳", phone="138abc"))
    assert info.value.field == "phone" and "138abc" in str(info.value)


def test_a_foreign_number_is_kept_internationally():
    assert normalize_phone("+44 20 7946 0958") == "+442079460958"
    assert display_phone("+442079460958") == "+44 20 7946 0958"


@pytest.mark.parametrize(
    ("stored", "masked"),
    [
        ("+8613812345678", "138****5678"),
        ("138 1234 5678", "138****5678"),
        ("+861062651234", "010****1234"),
        ("010 6265 1234", "010****1234"),
    ],
)
def test_masking_works_on_the_stored_and_the_shown_form(stored, masked):
    assert mask_phone(stored) == masked


def test_a_percent_or_underscore_typed_in_search_is_that_character(services):
    services.attendees.create(AttendeeData(name="张_伟", organization="100%科学社"))
    services.attendees.create(AttendeeData(name="张大伟", organization="北京四中"))
    assert [a.name for a in services.attendees.search("张_伟")] == ["张_伟"]
    assert [a.name for a in services.attendees.search("%")] == ["张_伟"]


def test_a_phone_is_found_whichever_way_it_is_typed(services):
    a = services.attendees.create(AttendeeData(name="王芳", phone="13800138000"))
    b = services.attendees.create(AttendeeData(name="中心", phone="010-62651234"))
    for typed in ("138 0013 8000", "+86 13800138000", "１３８００１３８０００", "0013 8000"):
        assert [x.id for x in services.attendees.search(typed)] == [a.id], typed
    assert [x.id for x in services.attendees.search("010 6265")] == [b.id]
