"""Language of the GUI: installing Qt translators and choosing display names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui.resources import resource_path

CHINESE = "zh_CN"
ENGLISH = "en"
# The language switch shows each language in its own script.
LANGUAGES = {CHINESE: "中文", ENGLISH: "English"}

_current = ENGLISH


def normalize(language: str | None) -> str:
    """``zh``, ``zh-CN``, ``zh_CN`` → ``zh_CN``; anything else that is not empty → ``en``."""
    if not language:
        return ""
    return CHINESE if language.replace("-", "_").lower().startswith("zh") else ENGLISH


def system_language() -> str:
    return CHINESE if QLocale.system().language() == QLocale.Language.Chinese else ENGLISH


def current_language() -> str:
    return _current


def is_chinese() -> bool:
    return _current == CHINESE


def set_language(language: str) -> None:
    """Record the language in use (done by :func:`install_translators`; tests may call it)."""
    global _current
    _current = normalize(language) or ENGLISH


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the program's and Qt's own translations for ``language``; returns them (keep them)."""
    set_language(language)
    installed: list[QTranslator] = []
    names = [f"scipop_{_current}"]
    if _current == CHINESE:
        names.append("qtbase_zh_CN")
    for name in names:
        translator = QTranslator(app)
        if _load(translator, name):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if _current == CHINESE
        else QLocale(QLocale.Language.English)
    )
    return installed


def _load(translator: QTranslator, name: str) -> bool:
    """From resources/i18n first, then (for Qt's own files) from Qt's translations folder."""
    if translator.load(name, str(resource_path("i18n"))):
        return True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator.load(name, qt_dir)


def display_name(name: str, name_en: str = "") -> str:
    """The Chinese name in the Chinese UI; the English name (else the Chinese) in English."""
    if _current == ENGLISH and name_en:
        return name_en
    return name or name_en
