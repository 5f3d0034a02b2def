"""Signed ticket codes: short, unforgeable, typed identically by any keyboard-wedge scanner.

A code is 26 characters of Crockford base32 (digits and upper-case letters without I, L, O, U),
which QR codes store in alphanumeric mode (version 2 at error correction M)::

    SP 01 000007B 01 K3ZQ4RV8X2M6T
    |  |  |       |  `- MAC: HMAC-SHA256 over the first 13 characters, first 65 bits
    |  |  |       `---- generation (bumped when the ticket is re-issued or cancelled)
    |  |  `------------ ticket id
    |  `--------------- id of the per-database signing key
    `------------------ prefix: this is a SciPop ticket

Volunteers' badges carry a second **kind** of code, laid out the same way (same alphabet,
length and QR properties) but with the prefix ``SV`` and its own HMAC domain string, so a
ticket code never verifies as a badge code and a badge code never as a ticket code, even
under the same key.

The signature is checked before anything is looked up: a forged, mistyped or foreign code is
rejected by :meth:`KeyRing.verify` without touching the ticket table. A verified code whose
generation no longer matches its ticket has been revoked (the caller checks that).
"""

from __future__ import annotations

import hmac
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from scipop.errors import DomainError
from scipop.i18n import QT_TRANSLATE_NOOP

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PREFIX = "SP"
KEY_DIGITS = 2
TICKET_DIGITS = 7
GENERATION_DIGITS = 2
MAC_DIGITS = 13  # 65 bits
BODY_LENGTH = len(PREFIX) + KEY_DIGITS + TICKET_DIGITS + GENERATION_DIGITS
CODE_LENGTH = BODY_LENGTH + MAC_DIGITS
MAX_KEY_ID = 32**KEY_DIGITS - 1
MAX_TICKET_ID = 32**TICKET_DIGITS - 1
MAX_GENERATION = 32**GENERATION_DIGITS - 1
_DOMAIN = b"SciPop ticket v1\x00"
VOLUNTEER_PREFIX = "SV"
_VOLUNTEER_DOMAIN = b"SciPop volunteer v1\x00"


@dataclass(frozen=True)
class CodeKind:
    """What a code is for: its prefix and the domain string its MAC is computed under."""

    prefix: str
    domain: bytes


TICKET = CodeKind(PREFIX, _DOMAIN)
VOLUNTEER = CodeKind(VOLUNTEER_PREFIX, _VOLUNTEER_DOMAIN)
KINDS = (TICKET, VOLUNTEER)

_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_PAIRS = [a + b for a in ALPHABET for b in ALPHABET]  # 10 bits at a time
# Crockford's decoding: letters people (and OCR) confuse with digits are read as the digit.
_CONFUSABLE = str.maketrans({"I": "1", "L": "1", "O": "0"})
_SYMBOLOGY_ID = re.compile(r"^\][A-Za-z][0-9A-Za-z]")  # AIM identifier, e.g. ]Q1 or ]Q3
_ECI = re.compile(r"\\[0-9]{6}")  # ECI designator in the data, e.g. \000026 (UTF-8)
_DROP = re.compile(r"[\s\-]+")
# a code exactly as printed (what a scanner types, Caps Lock off): already canonical
_CANONICAL = re.compile(
    "(?:%s)[%s]*" % ("|".join(k.prefix for k in KINDS), re.escape(ALPHABET))  # noqa: UP031
)


class InvalidCode(DomainError):
    """The text is not a ticket code of this database (malformed, forged, or foreign)."""


NOT_A_CODE = QT_TRANSLATE_NOOP("errors", "'{code}' is not a ticket code.")
UNKNOWN_KEY = QT_TRANSLATE_NOOP(
    "errors", "Ticket code '{code}' was not issued by this database (unknown key)."
)
BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "errors", "Ticket code '{code}' is not genuine: its signature does not match."
)
NOT_A_BADGE = QT_TRANSLATE_NOOP("errors", "'{code}' is not a volunteer badge code.")
BADGE_UNKNOWN_KEY = QT_TRANSLATE_NOOP(
    "errors", "Volunteer badge '{code}' was not issued by this database (unknown key)."
)
BADGE_BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "errors", "Volunteer badge '{code}' is not genuine: its signature does not match."
)
_MESSAGES = {
    TICKET: (NOT_A_CODE, UNKNOWN_KEY, BAD_SIGNATURE),
    VOLUNTEER: (NOT_A_BADGE, BADGE_UNKNOWN_KEY, BADGE_BAD_SIGNATURE),
}


@dataclass(frozen=True)
class CodeParts:
    """What a verified code says: which key signed it, for which ticket and generation."""

    key_id: int
    ticket_id: int
    generation: int


def encode_number(value: int, digits: int) -> str:
    """``value`` as exactly ``digits`` Crockford base32 characters (most significant first)."""
    if value < 0 or value >= 32**digits:
        raise ValueError(f"{value} does not fit in {digits} base32 digits")
    parts = []
    shift = 5 * digits
    if digits & 1:
        shift -= 5
        parts.append(ALPHABET[value >> shift])
    while shift:
        shift -= 10
        parts.append(_PAIRS[(value >> shift) & 1023])
    return "".join(parts)


def decode_number(text: str) -> int:
    value = 0
    for ch in text:
        value = (value << 5) | _VALUE[ch]
    return value


@dataclass(frozen=True)
class BadgeParts:
    """What a verified volunteer badge code says."""

    key_id: int
    volunteer_id: int
    generation: int


def _mac(secret: bytes, body: str, domain: bytes = _DOMAIN) -> str:
    digest = hmac.digest(secret, domain + body.encode("ascii"), "sha256")
    return encode_number(int.from_bytes(digest[:9], "big") >> 7, MAC_DIGITS)  # first 65 bits


def sign(
    secret: bytes, key_id: int, ticket_id: int, generation: int, kind: CodeKind = TICKET
) -> str:
    """The code for ``ticket_id`` (a volunteer's id for VOLUNTEER) at ``generation``."""
    if not 1 <= generation <= MAX_GENERATION:
        raise ValueError(f"generation {generation} out of range 1..{MAX_GENERATION}")
    if not (0 <= key_id <= MAX_KEY_ID and 0 <= ticket_id <= MAX_TICKET_ID):
        raise ValueError(f"key {key_id} or ticket {ticket_id} out of range")
    fields = (
        key_id << 5 * (TICKET_DIGITS + GENERATION_DIGITS)
        | ticket_id << 5 * GENERATION_DIGITS
        | generation
    )
    body = kind.prefix + encode_number(fields, KEY_DIGITS + TICKET_DIGITS + GENERATION_DIGITS)
    return body + _mac(secret, body, kind.domain)


def parse_scanned(text: str) -> str:
    """Normalise what a scanner (or a person) typed into the canonical code text.

    Full-width characters from a Chinese input method become ASCII, an AIM symbology
    identifier (``]Q1``) and ECI designators (``\\000026``) are removed, so are control
    characters, spaces and hyphens; Caps Lock is undone by upper-casing, and the letters
    Crockford base32 never uses are read as the digits they look like (I, L → 1; O → 0).
    A code exactly as printed is returned as it is (the same result, without the work).
    """
    if text and _CANONICAL.fullmatch(text):
        return text
    return normalise(text)


def normalise(text: str) -> str:
    """:func:`parse_scanned`'s work, for any text."""
    text = unicodedata.normalize("NFKC", text or "")
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    text = _SYMBOLOGY_ID.sub("", text.strip())
    text = _ECI.sub("", text)
    text = _DROP.sub("", text).upper()
    for kind in KINDS:
        if text.startswith(kind.prefix):
            return kind.prefix + text[len(kind.prefix) :].translate(_CONFUSABLE)
    return text


def kind_of(text: str) -> CodeKind | None:
    """The kind of code ``text`` (as scanned) looks like, by its prefix and length; no check
    of the signature (the station dispatches on it, then verifies)."""
    if not isinstance(text, str):
        return None
    code = parse_scanned(text)
    if len(code) != CODE_LENGTH:
        return None
    return next((k for k in KINDS if code.startswith(k.prefix)), None)


def split(code: str, kind: CodeKind = TICKET) -> tuple[CodeParts, str, str] | None:
    """The parts, signed body and MAC of a well-formed normalised code; None when malformed."""
    if len(code) != CODE_LENGTH or not code.startswith(kind.prefix):
        return None
    rest = code[len(kind.prefix) :]
    if any(ch not in _VALUE for ch in rest):
        return None
    k = KEY_DIGITS
    t = k + TICKET_DIGITS
    g = t + GENERATION_DIGITS
    parts = CodeParts(decode_number(rest[:k]), decode_number(rest[k:t]), decode_number(rest[t:g]))
    return parts, code[:BODY_LENGTH], code[BODY_LENGTH:]


def format_for_print(code: str) -> str:
    """The code in groups people can copy by hand: ``SP01 000007B 01 K3ZQ4 RV8X2 M6T``."""
    b = len(PREFIX) + KEY_DIGITS
    t = b + TICKET_DIGITS
    g = t + GENERATION_DIGITS
    mac = code[g:]
    return " ".join([code[:b], code[b:t], code[t:g], mac[:5], mac[5:10], mac[10:]])


@dataclass(frozen=True)
class KeyRing:
    """The database's signing keys: ``signing_id`` signs new codes, every key verifies."""

    keys: Mapping[int, bytes]
    signing_id: int

    def sign(self, ticket_id: int, generation: int) -> str:
        return sign(self.keys[self.signing_id], self.signing_id, ticket_id, generation)

    def verify(self, text: str) -> CodeParts:
        """The parts of a genuine code (``text`` as scanned); :class:`InvalidCode` otherwise."""
        return self._verify(text, TICKET)

    def sign_volunteer(self, volunteer_id: int, generation: int) -> str:
        """The badge code of a volunteer (``generation`` bumps when a badge is re-issued)."""
        return sign(
            self.keys[self.signing_id], self.signing_id, volunteer_id, generation, VOLUNTEER
        )

    def verify_volunteer(self, text: str) -> BadgeParts:
        """The parts of a genuine badge code; :class:`InvalidCode` otherwise (a ticket too)."""
        parts = self._verify(text, VOLUNTEER)
        return BadgeParts(parts.key_id, parts.ticket_id, parts.generation)

    def _verify(self, text: str, kind: CodeKind) -> CodeParts:
        not_a_code, unknown_key, bad_signature = _MESSAGES[kind]
        code = parse_scanned(text)
        shown = code[:40]
        got = split(code, kind)
        if got is None:
            raise InvalidCode(not_a_code, code=shown)
        parts, body, mac = got
        secret = self.keys.get(parts.key_id)
        if secret is None:
            raise InvalidCode(unknown_key, code=shown)
        if not hmac.compare_digest(_mac(secret, body, kind.domain), mac):
            raise InvalidCode(bad_signature, code=shown)
        return parts

    def is_genuine(self, text: str) -> bool:
        try:
            self.verify(text)
        except InvalidCode:
            return False
        return True
