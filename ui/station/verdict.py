"""The big colour field a volunteer reads from a metre away: the verdict, the name, why."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from scipop.models import ScanVerdict
from scipop.redact import mask_phone
from scipop.registration import verdicts as V
from scipop.registration.dto import AdmitResult, TicketData
from ui.errors import translated
from ui.ticket_labels import ticket_label

READY = "ready"
WAITING = "waiting"
REGISTERED = "registered"  # a walk-in registered at the door but not let in (yet)

# verdict -> (background, headline)
LOOKS: dict[str, tuple[str, str]] = {
    READY: ("#1c2833", QT_TRANSLATE_NOOP("VerdictPanel", "Ready: scan a ticket")),
    WAITING: ("#7d6608", QT_TRANSLATE_NOOP("VerdictPanel", "Waiting for the database…")),
    REGISTERED: ("#1f618d", QT_TRANSLATE_NOOP("VerdictPanel", "Registered, not admitted")),
    ScanVerdict.ACCEPTED: ("#1e8449", QT_TRANSLATE_NOOP("VerdictPanel", "Welcome")),
    ScanVerdict.PARTIAL: ("#148f77", QT_TRANSLATE_NOOP("VerdictPanel", "Group: admitted in part")),
    ScanVerdict.DUPLICATE: ("#ca6f1e", QT_TRANSLATE_NOOP("VerdictPanel", "Already used")),
    ScanVerdict.INVALID: ("#b03a2e", QT_TRANSLATE_NOOP("VerdictPanel", "Not a valid code")),
    ScanVerdict.REVOKED: ("#922b21", QT_TRANSLATE_NOOP("VerdictPanel", "Code revoked")),
    ScanVerdict.WRONG_SESSION: ("#6c3483", QT_TRANSLATE_NOOP("VerdictPanel", "Wrong session")),
    ScanVerdict.NOT_OPEN: ("#2874a6", QT_TRANSLATE_NOOP("VerdictPanel", "Not yet open")),
    ScanVerdict.CLOSED: ("#566573", QT_TRANSLATE_NOOP("VerdictPanel", "Check-in closed")),
    ScanVerdict.CANCELLED: ("#78281f", QT_TRANSLATE_NOOP("VerdictPanel", "Session cancelled")),
    ScanVerdict.FULL: ("#b7950b", QT_TRANSLATE_NOOP("VerdictPanel", "Hall full")),
    ScanVerdict.EXIT: ("#117a65", QT_TRANSLATE_NOOP("VerdictPanel", "Goodbye")),
    ScanVerdict.UNDONE: ("#5d6d7e", QT_TRANSLATE_NOOP("VerdictPanel", "Check-in undone")),
}


# refusals at the way out say what they are, not the entry's words for their verdict; a
# ticket on the waiting list is refused as FULL, but it is not the hall that is full
BY_TEMPLATE: dict[str, str] = {
    V.WAITING: QT_TRANSLATE_NOOP("VerdictPanel", "On the waiting list"),
    V.ALREADY_LEFT: QT_TRANSLATE_NOOP("VerdictPanel", "Already scanned out"),
    V.NEVER_IN: QT_TRANSLATE_NOOP("VerdictPanel", "Not in the hall"),
    V.NEVER_IN_HALL: QT_TRANSLATE_NOOP("VerdictPanel", "Not in the hall"),
    V.NOBODY_IN: QT_TRANSLATE_NOOP("VerdictPanel", "Nobody in the hall"),
}


def headline(verdict: str, template: str = "") -> str:
    text = BY_TEMPLATE.get(template) or LOOKS.get(verdict, LOOKS[READY])[1]
    return QCoreApplication.translate("VerdictPanel", text)


class VerdictPanel(QFrame):
    """Shows one verdict (or "ready"/"waiting") in large type on its colour."""

    painted = Signal(str)  # the state just painted (the benchmark times scan → painted)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("verdict_panel")
        self.setAutoFillBackground(True)
        self.setMinimumHeight(280)
        self.state = READY
        self.title = self._label(54, bold=True)
        self.name = self._label(38, bold=True)
        self.detail = self._label(20)
        box = QVBoxLayout(self)
        box.setContentsMargins(32, 24, 32, 24)
        box.addStretch(1)
        for label in (self.title, self.name, self.detail):
            box.addWidget(label)
        box.addStretch(1)
        self.show_ready()

    def _label(self, pixels: int, *, bold: bool = False) -> QLabel:
        label = QLabel(self)
        font = QFont(self.font())
        font.setPixelSize(pixels)
        font.setBold(bold)
        label.setFont(font)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextFormat(Qt.TextFormat.PlainText)  # names are what people typed
        # a long name (a school's class) wraps onto more lines: the label never asks for more
        # width than the panel has, so the window never grows past the screen
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("white"))
        label.setPalette(palette)
        return label

    def _paint(self, state: str, title: str, name: str = "", detail: str = "") -> None:
        self.state = state
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(LOOKS.get(state, LOOKS[READY])[0]))
        self.setPalette(palette)  # a palette, not a style sheet: no re-polish on every scan
        self.title.setText(title)
        self.name.setText(name)
        self.name.setVisible(bool(name))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))

    def show_ready(self, detail: str = "") -> None:
        self._paint(READY, headline(READY), "", detail)

    def show_waiting(self) -> None:
        self._paint(WAITING, headline(WAITING))

    def show_error(self, title: str, text: str) -> None:
        self._paint(ScanVerdict.INVALID.value, title, "", text)

    def show_registered(self, ticket: TicketData) -> None:
        """A walk-in registered at the door with nobody let in: not a welcome."""
        detail = self.tr(
            "%1 is registered for this session but not admitted: scan their ticket (or look "
            "them up) when they come in."
        ).replace("%1", ticket.attendee_name)
        self._paint(REGISTERED, headline(REGISTERED), self._name_line(ticket), detail)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit(self.state)

    def _name_line(self, t: TicketData | None) -> str:
        if t is None:
            return ""
        parts = [t.attendee_name, ticket_label(t.category)]
        if t.is_group:
            arrived = self.tr("%1 of %2 arrived")
            parts.append(arrived.replace("%1", str(t.arrived)).replace("%2", str(t.headcount)))
        if t.phone:
            parts.append(mask_phone(t.phone))
        return " · ".join(parts)

    def show_result(self, result: AdmitResult) -> None:
        verdict = result.verdict.value
        detail = translated(result.context, result.template, result.params, result.message)
        name = self._name_line(result.ticket)
        self._paint(verdict, headline(verdict, result.template), name, detail)
