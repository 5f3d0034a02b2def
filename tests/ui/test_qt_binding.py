"""The Qt binding the program runs on does not corrupt the interpreter."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_a_thousand_void_qt_calls_leave_the_reference_count_of_none_alone(qapp):
    # PySide6 6.12.0 on Python 3.11 lost one reference to None per call and aborted the
    # program after a few thousand calls ("none_dealloc"); pyproject.toml keeps it out.
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("北京科学中心")
    assert sys.getrefcount(None) >= before - 5
