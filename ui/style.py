"""Fonts that show Chinese well on each platform, and the application's style sheet."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from ui.i18n import CHINESE
from ui.resources import read_text

# Preferred UI fonts, best first. Chinese first in the Chinese UI; in the English UI a Latin
# font leads and the CJK font follows for the Chinese names the data is full of.
CJK = {
    "win32": ["Microsoft YaHei UI", "Microsoft YaHei"],
    "darwin": ["PingFang SC", "Hiragino Sans GB"],
    "linux": ["Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei"],
}
LATIN = {
    "win32": ["Segoe UI"],
    "darwin": [".AppleSystemUIFont", "Helvetica Neue"],
    "linux": ["Noto Sans", "DejaVu Sans"],
}


def _platform() -> str:
    return (
        "win32"
        if sys.platform.startswith("win")
        else ("darwin" if sys.platform == "darwin" else "linux")
    )


def font_families(language: str) -> list[str]:
    """The installed fonts to use, in order of preference."""
    plat = _platform()
    wanted = CJK[plat] + LATIN[plat] if language == CHINESE else LATIN[plat] + CJK[plat]
    installed = set(QFontDatabase.families())
    return [f for f in wanted if f in installed]


def apply_style(app: QGuiApplication, language: str) -> None:
    families = font_families(language)
    if families:
        font = QFont(app.font())
        font.setFamilies(families)
        if _platform() != "darwin" and font.pointSizeF() < 9.5:
            font.setPointSizeF(9.5 if _platform() == "win32" else 10)
        app.setFont(font)
    sheet = read_text("styles", "app.qss")
    if sheet:
        app.setStyleSheet(sheet)
