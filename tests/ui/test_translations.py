"""Both languages are complete and load: the Chinese .ts has no unfinished strings."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from scipop.errors import InvalidInput, ValidationError
from scipop.progress import Cancelled
from ui.errors import error_text
from ui.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tools import i18n  # noqa: E402


def test_the_chinese_translation_has_no_unfinished_strings():
    text = resource_path("i18n", "scipop_zh_CN.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert i18n.unfinished(resource_path("i18n", "scipop_zh_CN.ts")) == []
    assert i18n.unfinished(resource_path("i18n", "scipop_en.ts")) == []


def test_every_marked_string_in_the_sources_is_in_the_chinese_translation():
    known = i18n.ts_messages(resource_path("i18n", "scipop_zh_CN.ts"))
    missing = [m for m in i18n.scanned_messages() if (m.context, m.source) not in known]
    assert missing == [], "run: python tools/i18n.py update, translate, release"


def test_placeholders_survive_translation():
    for (context, source), message in i18n.ts_messages(
        resource_path("i18n", "scipop_zh_CN.ts")
    ).items():
        translation = message.find("translation")
        text = "".join(translation.itertext())
        if not text.strip():
            continue  # untranslated: the test above reports it
        for placeholder in set(re.findall(r"\{\w+\}|%\d|%n", source)):
            assert placeholder in text, (context, source, text)


def test_the_compiled_translations_load(qapp):
    for name in ("scipop_zh_CN", "scipop_en", "qtbase_zh_CN"):
        assert QTranslator().load(name, str(resource_path("i18n"))), name


def test_domain_errors_are_shown_in_chinese(chinese):
    error = ValidationError("capacity", "Capacity must be more than 0 (it is {value}).", value=0)
    assert error_text(error) == "容量必须大于 0（当前为 0）。"
    assert error_text(Cancelled()) == "已取消，未做任何更改。"
    both = InvalidInput([ValidationError("name", "Enter the name."), error])
    assert error_text(both) == "请填写名称。；容量必须大于 0（当前为 0）。"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own


def test_organizations_and_programs_have_a_name_not_a_person_s_name(chinese):
    # "Name" of a person is 姓名; of an organization or a program it is 名称
    assert QCoreApplication.translate("OrganizationTableModel", "Name") == "名称"
    assert QCoreApplication.translate("ProgramTableModel", "Name") == "名称"
    assert QCoreApplication.translate("AttendeeTableModel", "Name") == "姓名"


def test_english_plurals_read_naturally(qapp):
    assert QCoreApplication.translate("EventsPage", "%n event(s)", "", 1) == "1 event"
    assert QCoreApplication.translate("EventsPage", "%n event(s)", "", 8) == "8 events"
    # a plural lupdate misreads as plain (module-level translate with n): kept by tools/i18n.py
    assert QCoreApplication.translate("CalendarHeader", "%n place(s)", "", 1) == "1 place"
    assert QCoreApplication.translate("CalendarHeader", "%n place(s)", "", 80) == "80 places"


def test_tools_scan_finds_the_domain_error_templates():
    found = {m.source for m in i18n.scanned_messages() if m.context == "errors"}
    assert "Capacity must be more than 0 (it is {value})." in found
    # Templates split over several string literals are joined as Python joins them.
    assert (
        "Room '{name}' has {count} session(s) booked; move or delete them before deleting "
        "the room." in found
    )
