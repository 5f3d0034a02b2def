"""The side panel of the Attendees page: the selected ticket's details and its scans."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scipop.phones import display_phone
from scipop.registration.dto import ScanData
from scipop.registration.table_queries import AttendeeRow
from scipop.tickets.codes import format_for_print
from scipop.timeutil import fmt_local
from ui.models.attendees import session_text, status_text, ticket_text
from ui.models.scans import ScanTableModel
from ui.ticket_labels import ticket_label


class TicketPanel(QWidget):
    """Shows one row; the page hands it the scans it read (widgets never query)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setProperty("role", "heading")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for key, text in (
            ("phone", self.tr("Phone")),
            ("email", self.tr("Email")),
            ("organization", self.tr("Organization / school")),
            ("category", self.tr("Category")),
            ("session", self.tr("Session")),
            ("ticket", self.tr("Ticket")),
            ("status", self.tr("Status")),
            ("arrived", self.tr("Arrived")),
            ("first_scan", self.tr("First scan")),
            ("code", self.tr("Code")),
        ):
            value = QLabel(self)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(key not in ("code", "arrived", "first_scan"))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(text, value)
            self.fields[key] = value
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        self.fields["code"].setFont(mono)

        self.scans_label = QLabel(self.tr("Scans at the door"), self)
        self.scans_label.setProperty("role", "heading")
        self.scan_model = ScanTableModel(self)
        self.scans = QTableView(self)
        self.scans.setModel(self.scan_model)
        self.scans.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.scans.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scans.verticalHeader().hide()
        self.scans.setWordWrap(False)
        header = self.scans.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.no_scans = QLabel(self)
        self.no_scans.setProperty("role", "muted")
        self.no_scans.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.scans_label)
        layout.addWidget(self.no_scans)
        layout.addWidget(self.scans, 1)
        self.filler = QWidget(self)  # takes the room while there is no scan table
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.filler, 1)
        self.show_row(None)

    def show_row(
        self, row: AttendeeRow | None, scans: list[ScanData] | None = None, *, mask: bool = False
    ) -> None:
        self.scan_model.set_rows(scans or [])
        if row is None:
            self.title.setText(self.tr("Select a row to see its ticket and scans."))
            for label in self.fields.values():
                label.clear()
            self.scans.hide()
            self.scans_label.hide()
            self.no_scans.hide()
            self.filler.show()
            return
        self.title.setText(row.name)
        values = {
            "phone": row.phone_masked if mask else display_phone(row.phone),
            "email": row.email,
            "organization": row.organization,
            "category": ticket_label(row.category),
            "session": session_text(row).replace(" · ", "\n"),
            "ticket": ticket_text(row),
            "status": status_text(row),
            "arrived": f"{row.arrived} / {row.headcount}" if row.has_ticket else "",
            "code": format_for_print(row.code) if row.code else "",
            "first_scan": "",
        }
        if row.first_scan_at is not None:
            when = fmt_local(row.first_scan_at, "%m-%d %H:%M")
            values["first_scan"] = f"{when} · {row.first_scan_station or '—'}"
        for key, label in self.fields.items():
            label.setText(values[key] or "—")
        self.scans_label.setVisible(row.has_ticket)
        has_scans = bool(scans)
        self.scans.setVisible(has_scans)
        self.filler.setVisible(not has_scans)
        self.no_scans.setVisible(row.has_ticket and not has_scans)
        self.no_scans.setText(self.tr("Not scanned yet."))

    def scan_count(self) -> int:
        return self.scan_model.rowCount()
