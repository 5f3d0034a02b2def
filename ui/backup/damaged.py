"""Saying plainly that the database file is damaged, and offering the latest backup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from scipop.store.backup import BackupInfo


def ask_to_restore(
    parent: QWidget | None, database: str, detail: str, latest: BackupInfo | None
) -> bool:
    """The dialog; True when the person chose to put ``latest`` back."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("DamagedDatabase", "The database is damaged"),
        "",
        parent=parent,
    )
    box.setText(
        QCoreApplication.translate(
            "DamagedDatabase", "The database file %1 is damaged: some data may be missing or wrong."
        ).replace("%1", database)
    )
    box.setDetailedText(detail)
    restore = None
    if latest is None:
        box.setInformativeText(
            QCoreApplication.translate(
                "DamagedDatabase",
                "There is no backup of it. Make no more changes, close the program and ask "
                "for help; keep the file as it is.",
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
    else:
        when = QLocale().toString(latest.taken_at, QLocale.FormatType.ShortFormat)
        box.setInformativeText(
            QCoreApplication.translate(
                "DamagedDatabase",
                "The latest backup is from %1. Put it back now? What was changed since then "
                "is lost; the damaged file is kept as a backup too.",
            ).replace("%1", when)
        )
        restore = box.addButton(
            QCoreApplication.translate("DamagedDatabase", "Restore the latest backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("DamagedDatabase", "Not now"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(restore)
    box.exec()
    return restore is not None and box.clickedButton() is restore
