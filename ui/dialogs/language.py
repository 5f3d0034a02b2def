"""Asking to restart after the language was changed, and doing it."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QProcess
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.i18n import LANGUAGES


def confirm_restart(parent: QWidget, language: str) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("LanguageSwitch", "Language"),
        QCoreApplication.translate(
            "LanguageSwitch",
            "SciPop Desk will be shown in %1 after a restart. Restart now?",
        ).replace("%1", LANGUAGES.get(language, language)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def without_language(args: list[str]) -> list[str]:
    """``args`` without ``--lang X`` / ``--lang=X`` so the saved choice applies."""
    out: list[str] = []
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            out.append(arg)
    return out


def restart_command(argv: list[str] | None = None) -> tuple[str, list[str]]:
    """The program and arguments that start this GUI again with the same options."""
    argv = list(sys.argv if argv is None else argv)
    args = without_language(argv[1:])
    if getattr(sys, "frozen", False):
        return sys.executable, args
    main_py = Path(__file__).resolve().parents[2] / "main.py"
    if main_py.exists():
        return sys.executable, [str(main_py), *args]
    return sys.executable, ["-m", "ui.app", *args]


def restart() -> bool:
    """Start a new instance (the caller then quits this one)."""
    program, args = restart_command()
    ok, _pid = QProcess.startDetached(program, args, QDir.currentPath())
    return ok
