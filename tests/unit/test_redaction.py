"""What leaves the program in a log or a crash report: no password, no full phone number."""

from __future__ import annotations

import logging
import sys

import pytest

from scipop.logsetup import RedactingFormatter
from scipop.redact import hide_passwords, mask_phone, mask_phones, redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "postgresql+psycopg://u:secret@h/db",
            "postgresql+psycopg://u:***@h/db",
        ),
        (
            "cannot connect to postgresql://scipop:s3cr%40t@db-server:5432/scipop now",
            "cannot connect to postgresql://scipop:***@db-server:5432/scipop now",
        ),
        ("mysql://root:p@ss@10.0.0.5/x", "mysql://root:***@10.0.0.5/x"),
        (
            "host=db user=scipop password=secret dbname=x",
            "host=db user=scipop password=*** dbname=x",
        ),
        ("{'password': 'secret'}", "{'password': ***}"),
    ],
)
def test_database_passwords_are_hidden_wherever_they_appear(text, expected):
    assert hide_passwords(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "sqlite:////home/李雷/scipop.sqlite3",
        "postgresql+psycopg://u:***@h/db",
        "http://example.org:8080/path",
        'password authentication failed for user "scipop"',
    ],
)
def test_text_without_a_password_is_left_as_it_is(text):
    assert hide_passwords(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("李雷 13812345678 registered", "李雷 138****5678 registered"),
        ("phone=13812345678,", "phone=138****5678,"),
        ("call 138 1234 5678.", "call 138****5678."),
        ("call 138-1234-5678", "call 138****5678"),
        ("+86 13812345678", "+86 138****5678"),
        ("+8613812345678", "+86138****5678"),
        ("stored +861062651234", "stored +86106***1234"),
        ("电话13812345678，谢谢", "电话138****5678，谢谢"),
        ("office 010-62123456", "office 010****3456"),
        ("office (010)62123456", "office 010****3456"),
        ("Shenzhen 0755 1234 5678", "Shenzhen 075*****5678"),
        ("[parameters: ('王芳', '13900001111')]", "[parameters: ('王芳', '139****1111')]"),
    ],
)
def test_chinese_mobiles_and_landlines_are_masked_as_at_the_door(text, expected):
    assert mask_phones(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-29 17:16:16,123 WARNING",
        "session 42 at 09:30-10:00, 120 places",
        "ticket 0ABCD13812345678EFGH0123456",  # glued to letters: a code, not a phone
        "attendee id 123456789012345",
        "took 0.0123456789 s",
        "pid [12345]",
    ],
)
def test_dates_times_codes_and_ids_are_not_mistaken_for_phones(text):
    assert mask_phones(text) == text


def test_the_masking_rule_is_the_one_used_at_the_door():
    from scipop.registration.dto import mask_phone as door_rule

    assert door_rule is mask_phone
    assert mask_phone("13812345678") == "138****5678"


def _record_with_traceback() -> logging.LogRecord:
    try:
        raise RuntimeError(
            "cannot register 13812345678 on postgresql+psycopg://scipop:secret@db-server/scipop"
        )
    except RuntimeError:
        exc_info = sys.exc_info()
    return logging.LogRecord(
        "scipop.test",
        logging.ERROR,
        __file__,
        1,
        "import failed for %s (%s)",
        ("13900001111", "postgresql://u:hunter2@h/db"),
        exc_info,
    )


def test_the_formatter_redacts_the_message_and_the_traceback():
    text = RedactingFormatter("%(levelname)s %(message)s").format(_record_with_traceback())
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: cannot register 138****5678" in text
    assert "import failed for 139****1111 (postgresql://u:***@h/db)" in text
    for secret in ("secret", "hunter2", "13812345678", "13900001111"):
        assert secret not in text


def test_the_log_file_gets_warnings_and_errors_redacted_but_not_info(log_file):
    logger = logging.getLogger("scipop.test")
    logger.info("an info line about 13700001111")
    logger.warning("cannot reach postgresql://u:topsecret@h/db")
    logger.handle(_record_with_traceback())
    text = log_file.read_text(encoding="utf-8")
    assert "WARNING" in text and "postgresql://u:***@h/db" in text
    assert "RuntimeError: cannot register 138****5678" in text
    assert "info line" not in text
    for secret in ("topsecret", "secret@", "hunter2", "13812345678", "13900001111"):
        assert secret not in text


def test_redact_hides_passwords_and_masks_phones_together():
    assert redact("postgresql://13812345678:13812345678@h/db 13812345678") == (
        "postgresql://138****5678:***@h/db 138****5678"
    )
