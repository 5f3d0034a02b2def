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
_PHONE = re.compile(f"{_BEFORE}{_PREFIX}(?P<number>{_MOBILE}|{_LANDLINE}){_AFTER}")


def mask_phone(phone: str) -> str:
    """138****5678: enough to confirm a person at the door, not enough to copy."""
    digits = re.sub(r"\D", "", phone)
    if len(digits) < 7:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


def mask_phones(text: str) -> str:
    """Every Chinese mobile or landline number in ``text`` masked; a +86 prefix is kept."""
    return _PHONE.sub(lambda m: (m["prefix"] or "") + mask_phone(m["number"]), text)


def hide_passwords(text: str) -> str:
    """``postgresql+psycopg://u:secret@h/db`` → ``postgresql+psycopg://u:***@h/db``."""
    text = _URL_PASSWORD.sub(lambda m: m["head"] + HIDDEN, text)
    return _SETTING_PASSWORD.sub(lambda m: m["head"] + HIDDEN, text)


def redact(text: str) -> str:
    """``text`` with its passwords hidden and its phone numbers masked."""
    return mask_phones(hide_passwords(text))
