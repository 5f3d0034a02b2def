"""Mnemonics (Alt+letter) where Qt gives none: the buttons of a QToolBar.

A QToolButton made for an action shows its text without the ``&``, and Alt+letter does
nothing ("报名(&R)" on the Attendees toolbar). :func:`toolbar_mnemonics` adds one shortcut per
action, alive while the focus is on the page. :func:`mnemonic` reads the letter of a text.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QToolBar, QWidget

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str:
    """The letter after the single ``&`` (upper case), or "" (``&&`` is a plain ampersand)."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else ""


def toolbar_mnemonics(bar: QToolBar, scope: QWidget) -> list[QShortcut]:
    """Alt+letter for each of ``bar``'s actions, while the focus is within ``scope``."""
    shortcuts: list[QShortcut] = []
    for action in bar.actions():
        key = mnemonic(action.text())
        if not key:
            continue
        shortcut = QShortcut(QKeySequence(f"Alt+{key}"), scope)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(action.trigger)  # a disabled action does nothing
        shortcut.setObjectName(f"mnemonic_{key}")
        shortcuts.append(shortcut)
    return shortcuts
