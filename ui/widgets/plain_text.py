"""Labels and message boxes that show text from users as text, never as rich text.

Qt guesses whether a label's text is HTML (``Qt.AutoText``): a name typed as ``<b>王</b>`` or a
school called ``<img src=…>`` would be drawn as markup. Everything that shows a name, a title,
a file name or an error message built from them goes through these helpers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

PLAIN = Qt.TextFormat.PlainText


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(PLAIN)
    label.setText(text)
    return label


def plain_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, informative: str = ""
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(PLAIN)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    return box


def ask(parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
    """A Yes/No question in plain text; True for Yes."""
    box = plain_box(parent, QMessageBox.Icon.Question, title, text)
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box.setStandardButtons(yes | no)
    box.setDefaultButton(yes if default_yes else no)
    return box.exec() == yes


def tell(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> None:
    """A message in plain text with an OK button."""
    plain_box(parent, icon, title, text).exec()
