"""Ticket codes: signed, short, scanner-safe, and useless to anyone without the database's key."""

from __future__ import annotations

import secrets
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scipop.tickets.codes import (
    ALPHABET,
    CODE_LENGTH,
    CodeParts,
    InvalidCode,
    KeyRing,
    format_for_print,
    parse_scanned,
)

RING = KeyRing({1: b"k" * 32, 2: b"second key secret............32b"}, signing_id=2)
OTHER_DATABASE = KeyRing({2: secrets.token_bytes(32)}, signing_id=2)


def test_a_code_is_short_and_uses_only_digits_and_upper_case_letters():
    code = RING.sign(ticket_id=123456, generation=1)
    assert len(code) == CODE_LENGTH <= 30
    assert set(code) <= set(string.digits + string.ascii_uppercase)
    assert not set(code[2:]) & set("ILOU")


def test_a_signed_code_verifies_to_its_ticket_and_generation():
    code = RING.sign(ticket_id=42, generation=3)
    assert RING.verify(code) == CodeParts(key_id=2, ticket_id=42, generation=3)


def test_changing_any_single_character_breaks_the_signature():
    code = RING.sign(ticket_id=987654, generation=2)
    for i, original in enumerate(code):
        for replacement in ALPHABET:
            if replacement == original:
                continue
            tampered = code[:i] + replacement + code[i + 1 :]
            assert not RING.is_genuine(tampered), (i, tampered)


def test_a_code_signed_by_another_database_is_rejected():
    foreign = OTHER_DATABASE.sign(ticket_id=42, generation=1)
    with pytest.raises(InvalidCode, match="not genuine"):
        RING.verify(foreign)


def test_a_code_signed_with_an_unknown_key_id_says_so():
    foreign = KeyRing({7: b"x" * 32}, 7).sign(ticket_id=1, generation=1)
    with pytest.raises(InvalidCode, match="unknown key"):
        RING.verify(foreign)


def test_old_keys_still_verify_after_rotation():
    old = KeyRing({1: b"k" * 32}, 1).sign(ticket_id=5, generation=1)
    assert RING.verify(old).key_id == 1
    assert RING.sign(ticket_id=5, generation=1) != old


def test_sequential_tickets_do_not_give_sequential_codes():
    a, b = RING.sign(1000, 1), RING.sign(1001, 1)
    mac_a, mac_b = a[-13:], b[-13:]
    assert sum(x == y for x, y in zip(mac_a, mac_b, strict=True)) < 6


def test_scanner_noise_is_stripped_before_verifying():
    code = RING.sign(ticket_id=77, generation=1)
    for scanned in (
        f"]Q1{code}\r\n",
        f"]Q3\\000026{code}",
        code.lower(),  # Caps Lock on
        f"  {code[:4]} {code[4:11]}-{code[11:]}\t",
        "\ufeff" + code + "\x00",
        "".join(chr(ord(c) + 0xFEE0) for c in code),  # full-width, from a Chinese IME
    ):
        assert parse_scanned(scanned) == code
        assert RING.verify(scanned).ticket_id == 77


def test_letters_that_look_like_digits_are_read_as_digits():
    code = RING.sign(ticket_id=1010, generation=1)
    typed = code[:2] + code[2:].replace("1", "l").replace("0", "O")
    assert RING.verify(typed).ticket_id == 1010


def test_printed_form_groups_the_code_and_reads_back():
    code = RING.sign(ticket_id=31337, generation=4)
    printed = format_for_print(code)
    assert " " in printed and printed.replace(" ", "") == code
    assert RING.verify(printed).generation == 4


def test_garbage_is_not_a_code():
    for text in ("", "hello", "SP", "SP" + "0" * 30, "https://example.cn/t/1", "学生票"):
        with pytest.raises(InvalidCode):
            RING.verify(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET + "SP", min_size=0, max_size=40))
def test_random_strings_never_verify(text):
    assert not RING.is_genuine("SP01" + text)
    assert not RING.is_genuine(text)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 32**7 - 1), st.integers(1, 1023), st.sampled_from([1, 2]))
def test_every_signed_code_round_trips(ticket_id, generation, key_id):
    ring = KeyRing(RING.keys, key_id)
    assert ring.verify(ring.sign(ticket_id, generation)) == CodeParts(key_id, ticket_id, generation)


def test_the_code_a_registration_issues_is_read_by_the_stations_verify(services):
    """The production path: the registration service signs with the database's key ring,
    the station's ``admission.verify`` (scanner noise stripped) reads it back."""
    from scipop.registration import admission
    from scipop.registration.dto import Registrant
    from tests.fixtures.tickets_world import build_shows

    world = build_shows(services.store)
    ticket = services.registration.register(world.noon, Registrant(name="张伟"))
    code = ticket.code
    assert len(code) == CODE_LENGTH
    for scanned in (code, f"]Q1{code}\r\n", code.lower(), format_for_print(code)):
        parts = admission.verify(services.store, scanned)
        assert (parts.ticket_id, parts.generation) == (ticket.id, 1)
    tampered = code[:-1] + ("2" if code[-1] != "2" else "3")
    with pytest.raises(InvalidCode):
        admission.verify(services.store, tampered)
    with pytest.raises(InvalidCode):  # signed by another database's key
        admission.verify(services.store, OTHER_DATABASE.sign(ticket.id, 1))


@settings(max_examples=400, deadline=None)
@given(
    st.text(max_size=40)
    | st.text(alphabet=ALPHABET + "SPVILOUsp -]\\\t", max_size=40)
    | st.builds(lambda p, t: p + t, st.sampled_from(["SP", "SV", "sp", "]Q1SP"]),
                st.text(alphabet=ALPHABET + "ILOUilo", max_size=30))
)  # fmt: skip
def test_a_code_as_printed_is_taken_as_it_is_and_anything_else_is_normalised(text):
    """parse_scanned's shortcut (a code exactly as printed) gives what the full work gives."""
    from scipop.tickets.codes import normalise

    assert parse_scanned(text) == normalise(text)


def test_a_printed_code_is_its_own_normal_form():
    code = RING.sign(ticket_id=77, generation=3)
    assert parse_scanned(code) is code  # the shortcut: no copy made
    assert parse_scanned(code.lower()) == code
