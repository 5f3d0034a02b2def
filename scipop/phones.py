"""Phone numbers: one person, one number.

Every phone is stored in E.164 (``+8613812345678``, ``+861062651234``) and shown in the
national form (``138 1234 5678``, ``010 6265 1234``; foreign numbers internationally).
Google's libphonenumber rules (the ``phonenumbers`` package, region CN) decide what is a
number: ``+86 138…``, ``0086 138…``, ``138…`` and full-width ``１３８…`` are the same mobile;
Beijing landlines with their area code (``(010) 6265-1234``) are accepted; a 10-digit
``1xxxxxxxxx`` is not. A refusal says why, in words a person can act on.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

from scipop.i18n import QT_TRANSLATE_NOOP

REGION = "CN"

NOT_A_PHONE = QT_TRANSLATE_NOOP(
    "errors", "'{value}' is not a phone number: it should be digits, like 138 1234 5678."
)
TOO_SHORT = QT_TRANSLATE_NOOP(
    "errors",
    "'{value}' is too short for a phone number: a mobile has 11 digits, a landline needs its "
    "area code (like 010 6265 1234).",
)
TOO_LONG = QT_TRANSLATE_NOOP(
    "errors", "'{value}' has too many digits for a phone number: a mobile has 11 digits."
)
BAD_COUNTRY = QT_TRANSLATE_NOOP(
    "errors", "'{value}' does not start with a known country code (China is +86)."
)
NOT_VALID = QT_TRANSLATE_NOOP(
    "errors",
    "'{value}' is not a valid phone number: a mobile has 11 digits starting with 1, a landline "
    "starts with its area code (010 for Beijing), a foreign number with + and its country code.",
)

_MOBILE_PATTERN = phonenumbers.PhoneMetadata.metadata_for_region(REGION).mobile
_MOBILE = re.compile(_MOBILE_PATTERN.national_number_pattern)
# the usual case, decided without the full parser (50,000 rows of an import in milliseconds)
# a letter or a Chinese character is never dialled ("手机138…", "138abc")
_NOT_DIALLED = re.compile(r"[^\W\d_]")
_PLAIN_MOBILE = re.compile(r"(?:\+86|0086)?[ \-]?(1\d{2})[ \-]?(\d{4})[ \-]?(\d{4})")


class PhoneError(ValueError):
    """Not a phone number; ``template`` and ``params`` say why (marked for translation)."""

    def __init__(self, template: str, **params: object):
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


def normalize_phone(text: str) -> str:
    """The stored form (E.164) of ``text``; "" for an empty one; PhoneError when it is none."""
    text = (text or "").strip()
    if not text:
        return ""
    m = _PLAIN_MOBILE.fullmatch(text)
    if m:
        national = "".join(m.groups())
        if _MOBILE.fullmatch(national):
            return "+86" + national
    return _parse(text)


@lru_cache(maxsize=4096)
def _parse(text: str) -> str:
    if _NOT_DIALLED.search(text):
        raise PhoneError(NOT_A_PHONE, value=text)
    try:
        number = phonenumbers.parse(text, REGION)
    except NumberParseException as exc:
        template = {
            NumberParseException.INVALID_COUNTRY_CODE: BAD_COUNTRY,
            NumberParseException.TOO_SHORT_AFTER_IDD: TOO_SHORT,
            NumberParseException.TOO_SHORT_NSN: TOO_SHORT,
            NumberParseException.TOO_LONG: TOO_LONG,
        }.get(exc.error_type, NOT_A_PHONE)
        raise PhoneError(template, value=text) from None
    if not phonenumbers.is_valid_number(number):
        reason = phonenumbers.is_possible_number_with_reason(number)
        template = {
            ValidationResult.TOO_SHORT: TOO_SHORT,
            ValidationResult.IS_POSSIBLE_LOCAL_ONLY: TOO_SHORT,
            ValidationResult.TOO_LONG: TOO_LONG,
            ValidationResult.INVALID_COUNTRY_CODE: BAD_COUNTRY,
        }.get(reason, NOT_VALID)
        raise PhoneError(template, value=text)
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def phone_or_original(text: str) -> str:
    """The stored form of ``text``, or ``text`` itself (stripped) when it is not a number."""
    try:
        return normalize_phone(text)
    except PhoneError:
        return (text or "").strip()


def phone_search_text(text: str) -> str:
    """What to look for in stored phones when someone searches ``text``.

    A whole number in any form is found as stored (``138 0013 8000`` → ``+8613800138000``); a
    part typed in the national form keeps its digits (``010 6265`` → ``106265``).
    """
    text = unicodedata.normalize("NFKC", text or "").strip()  # full-width digits too
    if not text or not _PHONE_LIKE.fullmatch(text):
        return text
    try:
        return normalize_phone(text)
    except PhoneError:
        return re.sub(r"\D", "", text).lstrip("0") or text


_PHONE_LIKE = re.compile(r"[+0-9 ()\-]{4,}")


@lru_cache(maxsize=4096)
def display_phone(stored: str) -> str:
    """How a stored phone is shown: ``138 1234 5678``, ``010 6265 1234``, ``+44 20 …``."""
    if not stored or not stored.startswith("+"):
        return stored or ""
    try:
        number = phonenumbers.parse(stored, REGION)
    except NumberParseException:
        return stored
    if number.country_code == 86:
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
