"""Volunteer badge codes: a second kind of signed code that never passes for a ticket."""

from __future__ import annotations

import string

import pytest

from scipop.tickets.codes import (
    CODE_LENGTH,
    TICKET,
    VOLUNTEER,
    BadgeParts,
    InvalidCode,
    KeyRing,
    format_for_print,
    kind_of,
)

RING = KeyRing({1: b"k" * 32, 2: b"second key secret............32b"}, signing_id=2)


def test_a_badge_code_has_the_tickets_length_and_alphabet_and_its_own_prefix():
    code = RING.sign_volunteer(volunteer_id=123, generation=1)
    assert len(code) == CODE_LENGTH and code.startswith("SV")
    assert set(code) <= set(string.digits + string.ascii_uppercase)
    assert RING.verify_volunteer(code) == BadgeParts(key_id=2, volunteer_id=123, generation=1)
    assert format_for_print(code).startswith("SV02 ")


def test_the_same_numbers_make_different_codes_for_a_ticket_and_a_badge():
    ticket, badge = RING.sign(123, 1), RING.sign_volunteer(123, 1)
    assert ticket[2:13] == badge[2:13] and ticket[13:] != badge[13:]  # same body, other MAC
    assert (kind_of(ticket), kind_of(badge)) == (TICKET, VOLUNTEER)
    with pytest.raises(InvalidCode, match="not a ticket code"):
        RING.verify(badge)
    with pytest.raises(InvalidCode, match="not a volunteer badge"):
        RING.verify_volunteer(ticket)
    for forged in ("SP" + badge[2:], "SV" + ticket[2:]):  # relabelled: the MAC gives it away
        assert not RING.is_genuine(forged)
        with pytest.raises(InvalidCode):
            RING.verify_volunteer(forged)


def test_a_badge_typed_with_caps_lock_and_confusable_letters_still_verifies():
    code = RING.sign_volunteer(77, 3)
    typed = code.lower().replace("1", "l").replace("0", "o")
    assert RING.verify_volunteer(typed).volunteer_id == 77
    assert kind_of(typed) == VOLUNTEER and kind_of("HELLO") is None and kind_of(None) is None
