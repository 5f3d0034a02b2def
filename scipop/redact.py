"""Keeping secrets out of text that leaves the program: logs, crash reports, the clipboard.

Two things never leave in full: a password (in a database URL or a ``password=…`` setting) and
a phone number (Chinese mobiles and landlines, masked as at the door: ``138****5678``).
"""

from __future__ import annotations

import re

HIDDEN = "***"

# scheme://user:password@host → the password hidden; greedy up to the last "@" before the host
_URL_PASSWORD = re.compile(r"(?P<head>\b[A-Za-z][A-Za-z0-9+.\-]*://[^:/@\s]*:)[^\s/]*(?=@)")
# password=secret, pwd: secret (libpq conninfo, query strings, key/value dumps)
_SETTING_PASSWORD = re.compile(
    r"(?P<head>\b(?:password|passwd|pwd)['\"]?\s*[=:]\s*)(?P<quote>['\"]?)[^\s'\"&;,)]+(?P=quote)",
    re.IGNORECASE,
)

# A phone stands alone: no letter or digit (or decimal point) glued to it on either side.
_BEFORE = r"(?<![0-9A-Za-z.])"
_AFTER = r"(?![0-9A-Za-z]|\.\d)"
_PREFIX = r"(?P<prefix>(?:\+|00)?86[ \-]?)?"
_MOBILE = r"1[3-9]\d[ \-]?\d{4}[ \-]?\d{4}"  # 138 1234 5678
_LANDLINE = r"(?:\(0\d{2,3}\)|0\d{2,3})[ \-]?\d{3,4}[ \-]?\d{4}"  # 010-6212 3456, (0755)12345678
_AREA_LANDLINE = r"(?:10|2\d|[3-9]\d{2})[ \-]?\d{3,4}[ \-]?\d{4}"  # after +86: no trunk 0
_PHONE = re.compile(
    f"{_BEFORE}(?:{_PREFIX}(?P<number>{_MOBILE}|{_LANDLINE})"
    f"|(?P<intl>(?:\\+|00)86[ \\-]?)(?P<area_number>{_AREA_LANDLINE})){_AFTER}"
)


def mask_phone(phone: str) -> str:
    """138****5678: enough to confirm a person at the door, not enough to copy.

    A stored Chinese number (``+8613812345678``, ``+861062651234``) is masked in its national
    form (``138****5678``, ``010****1234``), as the person knows it.
    """
    digits = re.sub(r"\D", "", phone)
    international = re.match(r"\s*(\+|00)\s*86", phone)
    if international:
        digits = digits[2 if international.group(1) == "+" else 4 :]
        if not (len(digits) == 11 and digits.startswith("1")):
            digits = "0" + digits  # a landline: its area code with the trunk 0
    if len(digits) < 7:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


def mask_phones(text: str) -> str:
    """Every Chinese mobile or landline number in ``text`` masked; a +86 prefix is kept."""
    return _PHONE.sub(_mask_match, text)


def _mask_match(m: re.Match[str]) -> str:
    if m["area_number"]:  # +861062651234: a landline in its stored form
        return m["intl"] + mask_phone(m["area_number"])
    return (m["prefix"] or "") + mask_phone(m["number"])


def hide_passwords(text: str) -> str:
    """``postgresql+psycopg://u:secret@h/db`` → ``postgresql+psycopg://u:***@h/db``."""
    text = _URL_PASSWORD.sub(lambda m: m["head"] + HIDDEN, text)
    return _SETTING_PASSWORD.sub(lambda m: m["head"] + HIDDEN, text)


def hide_url_password(url: str) -> str:
    """A database URL with its password hidden, even one too broken to parse.

    Everything between the first ``:`` after the user name and the *last* ``@`` is the
    password (a password may itself hold ``@``, ``/``, ``#`` or spaces).
    """
    scheme, sep, rest = url.partition("://")
    if not sep or "@" not in rest:
        return hide_passwords(url)
    userinfo, _, host = rest.rpartition("@")
    user, colon, _password = userinfo.partition(":")
    return f"{scheme}://{user}{':' + HIDDEN if colon else ''}@{host}"


def redact(text: str) -> str:
    """``text`` with its passwords hidden and its phone numbers masked."""
    return mask_phones(hide_passwords(text))
