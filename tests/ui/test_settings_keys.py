"""Preferences are declared once, in ui/settings.py, and used from there; paired
``blockSignals(True)/(False)`` gave way to ``QSignalBlocker`` (restored on every exit)."""

from __future__ import annotations

import ast
from pathlib import Path

import ui.settings as settings_module
from ui.settings import KEYS, Key, Settings

UI = Path(__file__).resolve().parents[2] / "ui"
SETTINGS_FILE = UI / "settings.py"
QSETTINGS_CALLS = {"value", "setValue", "contains", "remove", "beginGroup"}
# Being rewritten on another branch (the import wizard's generalisation); QSignalBlocker there.
BLOCK_SIGNALS_PENDING: set = set()


def _modules():
    for path in sorted(UI.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def test_every_key_of_the_settings_module_is_in_keys_once():
    declared = [v for v in vars(settings_module).values() if isinstance(v, Key)]
    assert {id(k) for k in declared} == {id(k) for k in KEYS}
    names = [k.name for k in KEYS]
    assert len(names) == len(set(names))


def test_no_setting_key_is_declared_or_spelled_outside_ui_settings():
    names = {k.name for k in KEYS}
    found = []
    for path, tree in _modules():
        if path == SETTINGS_FILE:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = _name(node.func)
                # ui.settings.Key(...), not Qt.Key(...) (an enum of the keyboard's keys)
                if isinstance(node.func, ast.Name) and node.func.id == "Key":
                    found.append(f"{path.relative_to(UI)}:{node.lineno} declares a Key")
                first = node.args[0] if node.args else None
                if (
                    name in QSETTINGS_CALLS
                    and isinstance(first, ast.Constant)
                    and isinstance(first.value, str)
                ):
                    found.append(f"{path.relative_to(UI)}:{node.lineno} {name}({first.value!r})")
            elif isinstance(node, ast.Constant) and node.value in names:
                found.append(f"{path.relative_to(UI)}:{node.lineno} spells {node.value!r}")
    assert found == []


def test_the_checker_sees_a_key_spelled_by_hand(tmp_path):
    tree = ast.parse('q.value("attendees/splitter")\nX = Key("a/b", 1, int)')
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    assert {_name(c.func) for c in calls} >= {"value", "Key"}


def test_a_declared_key_round_trips_through_an_ini_file(tmp_path):
    from PySide6.QtCore import QSettings

    from ui.settings import ATTENDEES_MASK_PHONES

    ini = str(tmp_path / "s.ini")
    Settings(QSettings(ini, QSettings.Format.IniFormat)).set(ATTENDEES_MASK_PHONES, True)
    again = Settings(QSettings(ini, QSettings.Format.IniFormat))
    assert again.get(ATTENDEES_MASK_PHONES) is True


def test_signals_are_blocked_with_qsignalblocker_not_in_pairs():
    found = []
    for path, tree in _modules():
        if path in BLOCK_SIGNALS_PENDING:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) == "blockSignals":
                found.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert found == []
