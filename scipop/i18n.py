"""Marks domain strings for Qt's lupdate without importing Qt.

The GUI translates a marked string with ``QCoreApplication.translate(context, text)``;
the CLI prints the English source. ``lupdate`` recognises ``QT_TRANSLATE_NOOP`` calls.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
