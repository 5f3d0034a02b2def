"""Phones are kept in one form, whichever form staff typed them in."""

from __future__ import annotations

import pytest

from scipop.errors import ValidationError
from scipop.services.people import AttendeeData, VolunteerData


def test_an_attendee_phone_typed_with_spaces_and_dashes_is_stored_as_digits(services):
    a = services.attendees.create(AttendeeData(name="王芳", phone="138 0013-8000"))
    assert a.phone == "13800138000"
    assert [x.id for x in services.attendees.search("13800138000")] == [a.id]


def test_a_volunteer_phone_is_stored_as_digits_too(services):
    v = services.volunteers.create(VolunteerData(name="李娜", phone="139-0000-1111"))
    assert v.phone == "13900001111"


def test_a_phone_with_letters_is_refused_and_named_in_the_message(services):
    with pytest.raises(ValidationError) as info:
        services.attendees.create(AttendeeData(name="王芳", phone="138abc"))
    assert info.value.field == "phone" and "138abc" in str(info.value)
