"""Domain errors turned into translated text for the GUI."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from scipop.errors import HINT_CLOSED_DAY, HINT_OUTSIDE_HOURS, DomainError, InvalidInput

SEPARATOR = {"zh_CN": "；", "en": "; "}


# The GUI's words for the overrides a domain error names (the CLI names its options instead).
GUI_HINTS = {
    HINT_OUTSIDE_HOURS: QT_TRANSLATE_NOOP(
        "errors", "Tick 'Book outside the hall's opening hours' to book it anyway."
    ),
    HINT_CLOSED_DAY: QT_TRANSLATE_NOOP("errors", "Tick 'Book on a closed day' to book it anyway."),
}


def error_text(error: DomainError) -> str:
    """The message of ``error`` in the UI's language, parameters filled in."""
    if isinstance(error, InvalidInput):
        from ui.i18n import current_language

        sep = SEPARATOR.get(current_language(), "; ")
        return sep.join(error_text(e) for e in error.errors)
    text = translated("errors", error.template, error.params, error.message)
    hint = GUI_HINTS.get(error.hint)
    if hint:
        text += " " + QCoreApplication.translate("errors", hint)
    return text


def translated(context: str, template: str, params: dict, fallback: str) -> str:
    """A domain template (marked with QT_TRANSLATE_NOOP in ``context``) in the UI's language."""
    if not template:
        return fallback
    try:
        return QCoreApplication.translate(context, template).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return fallback


def show_error(parent: QWidget | None, error: DomainError, title: str = "") -> None:
    """A warning box with the translated message (for errors no field can show)."""
    from ui.widgets.plain_text import tell

    tell(parent, title or QCoreApplication.translate("errors", "Not done"), error_text(error))
