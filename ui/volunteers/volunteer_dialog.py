"""Create or edit a volunteer; the phone is checked as it is typed (scipop/phones.py)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from scipop.app import Services
from scipop.phones import PhoneError, display_phone, normalize_phone
from scipop.services.people import VolunteerData
from ui.context import AppContext
from ui.dialogs.base import FormDialog
from ui.errors import translated
from ui.i18n import display_name

PHONE_CHECK_MS = 250


class VolunteerDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        volunteer: VolunteerData | None = None,
        organizations: list | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, parent)
        self.volunteer = volunteer or VolunteerData()
        self.setWindowTitle(self.tr("Edit volunteer") if volunteer else self.tr("New volunteer"))
        v = self.volunteer
        self.name_edit = self.add_field("name", self.tr("&Name:"), QLineEdit(self))
        self.phone_edit = self.add_field("phone", self.tr("&Phone:"), QLineEdit(self))
        self.phone_edit.setPlaceholderText(self.tr("e.g. 138 0013 8000 or 010 6265 1234"))
        self.email_edit = self.add_field("email", self.tr("E&mail:"), QLineEdit(self))
        self.org_combo = self.add_field(
            "organization_id", self.tr("&Organization:"), QComboBox(self)
        )
        self.org_combo.addItem(self.tr("(none)"), None)
        for org in organizations or []:
            self.org_combo.addItem(display_name(org.name, getattr(org, "name_en", "")), org.id)
        self.skills_edit = self.add_field("skills", self.tr("&Skills:"), QLineEdit(self))
        self.skills_edit.setPlaceholderText(self.tr("e.g. 引导、检票、急救"))
        self.languages_edit = self.add_field("languages", self.tr("&Languages:"), QLineEdit(self))
        self.languages_edit.setPlaceholderText(self.tr("e.g. 英语、手语"))
        self.notes_edit = self.add_field("notes", self.tr("No&tes:"), QPlainTextEdit(self))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(80)
        self.active_check = self.add_field("active", "", QCheckBox(self.tr("A&ctive"), self))
        self.active_check.setToolTip(
            self.tr("Inactive volunteers stay on the roster but cannot be assigned.")
        )

        self.name_edit.setText(v.name)
        self.phone_edit.setText(display_phone(v.phone) if v.phone else "")
        self.email_edit.setText(v.email)
        self.org_combo.setCurrentIndex(max(0, self.org_combo.findData(v.organization_id)))
        self.skills_edit.setText(v.skills)
        self.languages_edit.setText(v.languages)
        self.notes_edit.setPlainText(v.notes)
        self.active_check.setChecked(v.active)

        self._phone_timer = QTimer(self)
        self._phone_timer.setSingleShot(True)
        self._phone_timer.setInterval(PHONE_CHECK_MS)
        self._phone_timer.timeout.connect(self.check_phone)
        self.phone_edit.textEdited.connect(lambda _t: self._phone_timer.start())
        self.phone_edit.editingFinished.connect(self.check_phone)
        self.resize(500, 0)

    @Slot()
    def check_phone(self) -> None:
        """Say at once what is wrong with the phone; the message goes when it is fixed."""
        self._phone_timer.stop()
        widget, error = self._fields["phone"]
        text = self.phone_edit.text().strip()
        message = ""
        if text:
            try:
                normalize_phone(text)
            except PhoneError as exc:
                message = translated("errors", exc.template, exc.params, str(exc))
        error.show_message(message)
        self._mark(widget, bool(message))
        self.layout().activate()
        needed = self.sizeHint().height()
        if needed > self.height():  # room for the message's lines
            self.resize(self.width(), needed)

    def collect(self) -> VolunteerData:
        data = replace(
            self.volunteer,
            name=self.name_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            organization_id=self.org_combo.currentData(),
            skills=self.skills_edit.text(),
            notes=self.notes_edit.toPlainText(),
            active=self.active_check.isChecked(),
            languages=self.languages_edit.text(),
        )
        return data

    def write(self, services: Services, data: VolunteerData) -> VolunteerData:
        service = services.volunteers
        return service.update(data) if data.id is not None else service.create(data)
