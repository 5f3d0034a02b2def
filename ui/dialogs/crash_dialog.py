"""The one dialog an unexpected error shows: what happened, where the log is, copy the details.

Further errors while it is open are added to it (the first few in full), never stacked as
more dialogs. The details are already redacted: no password, no full phone number.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, Slot, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from scipop.logsetup import environment
from ui.i18n import current_language

KEPT_IN_FULL = 5  # tracebacks kept in the details; later ones are only counted


def open_folder(folder: Path) -> bool:
    """Open ``folder`` in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class CrashDialog(QDialog):
    def __init__(self, report: str, log_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.log_path = log_path
        self.reports: list[str] = []
        self.count = 0
        self.setWindowTitle("SciPop Desk")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(480)

        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        critical = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        icon.setPixmap(critical.pixmap(size, size))
        self.message = QLabel(
            self.tr(
                "Something went wrong. Your saved data is safe; the last action may not "
                "have been completed."
            ),
            self,
        )
        self.message.setWordWrap(True)
        self.counter = QLabel(self)
        self.counter.hide()
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.where.linkActivated.connect(self.open_log_folder)
        if log_path is None:
            self.where.setText(self.tr("No log file could be written."))
        else:
            link = QUrl.fromLocalFile(str(log_path.parent)).toString()
            self.where.setText(
                self.tr("The details are also in the log file:")
                + f'<br><a href="{link}">{_escape(str(log_path))}</a>'
            )

        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumSize(560, 220)
        self.details.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.folder_button = QPushButton(self.tr("Open log folder"), self)
        self.details_button = QPushButton(self.tr("Show details"), self)
        self.details_button.setCheckable(True)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button.setVisible(log_path is not None)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button.clicked.connect(self.open_log_folder)
        self.details_button.toggled.connect(self._toggle_details)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(self.message)
        text.addWidget(self.counter)
        text.addWidget(self.where)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.add(report)
        self.copy_button.setFocus()

    def add(self, report: str) -> None:
        """One more error: counted, and kept in the details if it is among the first few."""
        self.count += 1
        if len(self.reports) < KEPT_IN_FULL:
            self.reports.append(report.rstrip())
        if self.count > 1:
            text = self.tr("Unexpected errors so far: %1")
            self.counter.setText(text.replace("%1", str(self.count)))
            self.counter.show()
        self.details.setPlainText(self.details_text())

    def details_text(self) -> str:
        """What "Copy details" copies: version, platform, the log file and the tracebacks."""
        lines = [
            environment(),
            f"Qt {qVersion()}, PySide6 {pyside_version}",
            f"Language: {current_language()}",
            f"Time: {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC",
            f"Log: {self.log_path or '-'}",
        ]
        if self.count > len(self.reports):
            lines.append(f"Errors: {self.count} (the first {len(self.reports)} below)")
        return "\n".join(lines) + "\n\n" + "\n\n".join(self.reports) + "\n"

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
        self.copy_button.setText(self.tr("Copied"))

    @Slot()
    def open_log_folder(self) -> None:
        if self.log_path is not None:
            open_folder(self.log_path.parent)

    @Slot(bool)
    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
