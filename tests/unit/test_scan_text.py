"""What a scan row stores of any text: visible escapes for controls and lone surrogates, bounded."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scipop.registration.scanlog import safe_text


def _escaped(text: str, limit: int) -> str:
    """The rule, spelled out character by character (safe_text skips the work for clean text)."""
    out = []
    for ch in text[: limit * 2]:
        code = ord(ch)
        if code < 0x20 or code == 0x7F or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)[:limit]


@settings(max_examples=400, deadline=None)
@given(
    st.text(max_size=120)
    | st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=120)
    | st.text(alphabet=st.characters(min_codepoint=0xD700, max_codepoint=0xE000), max_size=40),
    st.integers(0, 100),
)
def test_safe_text_escapes_every_control_and_lone_surrogate_and_cuts_to_the_limit(text, limit):
    got = safe_text(text, limit)
    assert got == _escaped(text, limit)
    assert len(got) <= limit
    got.encode("utf-8")  # any database stores it
    assert "\x00" not in got


def test_clean_text_is_kept_and_names_stay_as_they_are():
    assert safe_text("张伟 · 东门", 100) == "张伟 · 东门"
    assert safe_text("a\x00b\ud800", 100) == "a\\x00b\\ud800"
    assert safe_text(None, 10) == "" and safe_text(42, 10) == "42"
