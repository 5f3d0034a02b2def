"""The blocks on the calendar: a session (coloured by program, buffers hatched) and a draft."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from scipop.scheduling.calendar import CalendarSession

NO_PROGRAM = QColor("#6c7a89")
TEXT = QColor("#1d2733")
MUTED_TEXT = QColor("#4a5866")
FULL = QColor("#b3261e")
SELECTED = QColor("#0b57d0")
REFUSED = QColor("#b3261e")
ACCENT = 4.0  # width of the program-coloured bar on the left


def tint(color: QColor, amount: float) -> QColor:
    """``color`` mixed with white (amount 0 = color, 1 = white)."""
    r, g, b = color.redF(), color.greenF(), color.blueF()
    return QColor.fromRgbF(r + (1 - r) * amount, g + (1 - g) * amount, b + (1 - b) * amount)


class BlockStyle:
    """Fonts and measures every block shares (built once per view and language)."""

    def __init__(self, base: QFont):
        self.font = QFont(base)
        size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
        self.font.setPointSizeF(max(7.5, size * 0.9))
        self.bold = QFont(self.font)
        self.bold.setWeight(QFont.Weight.DemiBold)
        self.metrics = QFontMetricsF(self.font)
        self.bold_metrics = QFontMetricsF(self.bold)
        self.line = self.metrics.lineSpacing()


@dataclass
class BlockTexts:
    """What a block says, in the UI's language (built by the view)."""

    title: str  # event title (and the session's own title)
    time: str  # "09:30–09:50"
    start: str  # "09:30"
    places: str  # "12/60"


class BlockItem(QGraphicsItem):
    """One session. Local (0, 0) is the block's top-left; buffers extend above and below."""

    def __init__(
        self,
        session: CalendarSession,
        texts: BlockTexts,
        style: BlockStyle,
        tooltip: Callable[[], str] = str,
    ):
        super().__init__()
        self.session = session
        self.texts = texts
        self._tooltip = tooltip
        self.style = style
        self.color = QColor(session.color) if session.color else NO_PROGRAM
        self.fill = tint(self.color, 0.78)
        self.hatch = QBrush(tint(self.color, 0.35), Qt.BrushStyle.BDiagPattern)
        self.hatch_fill = tint(self.color, 0.9)
        self.border = self.color.darker(125)
        self.w = self.h = 0.0
        self.setup_px = self.teardown_px = 0.0
        self.current = False
        self.refusal = ""
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @property
    def session_id(self) -> int:
        return self.session.id

    def set_box(self, x: float, y: float, w: float, h: float, setup: float, teardown: float):
        self.prepareGeometryChange()
        self.setPos(x, y)
        self.w, self.h, self.setup_px, self.teardown_px = w, h, setup, teardown
        self.update()

    def box(self) -> tuple[float, float, float, float, float, float]:
        return self.x(), self.y(), self.w, self.h, self.setup_px, self.teardown_px

    def body(self) -> QRectF:
        """The session itself in scene coordinates (buffers excluded)."""
        return QRectF(self.x(), self.y(), self.w, self.h)

    def set_current(self, current: bool) -> None:
        if current != self.current:
            self.current = current
            self.setZValue(2 if current else 0)
            self.update()

    def set_refusal(self, text: str) -> None:
        """Outline the block in red and put the refusal first in its tooltip ("" clears)."""
        self.refusal = text
        self.update()

    def tooltip_text(self) -> str:
        """What the block's tooltip says: a refusal first, then everything about it."""
        text = self._tooltip()
        return f"{self.refusal}\n\n{text}" if self.refusal else text

    # ---- painting
    def boundingRect(self) -> QRectF:
        return QRectF(
            -1, -self.setup_px - 1, self.w + 2, self.h + self.setup_px + self.teardown_px + 2
        )

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        w, h = self.w, self.h
        if self.setup_px > 0:
            self._buffer(painter, QRectF(ACCENT, -self.setup_px, w - ACCENT, self.setup_px))
        if self.teardown_px > 0:
            self._buffer(painter, QRectF(ACCENT, h, w - ACCENT, self.teardown_px))
        body = QRectF(0.5, 0.5, w - 1, h - 1)
        painter.setPen(QPen(self.border, 1))
        painter.setBrush(self.fill)
        painter.drawRoundedRect(body, 2.5, 2.5)
        painter.fillRect(QRectF(0.5, 0.5, ACCENT, h - 1), self.color)
        pad = 3 if w > 70 else 1.5  # narrow week columns: every pixel for the text
        self._text(painter, QRectF(ACCENT + pad, 1, w - ACCENT - 2 * pad, h - 2))
        if self.current or self.refusal:
            pen = QPen(REFUSED if self.refusal else SELECTED, 2)
            if self.refusal:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(1, 1, w - 2, h - 2), 2.5, 2.5)

    def _buffer(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, self.hatch_fill)
        painter.fillRect(rect, self.hatch)

    def _text(self, painter: QPainter, rect: QRectF) -> None:
        st = self.style
        if rect.width() < 12 or rect.height() < st.line * 0.8:
            return
        painter.setPen(TEXT)
        lines = max(1, int(rect.height() // st.line))
        places = self.texts.places
        places_w = st.metrics.horizontalAdvance(places) + 6
        show_places = rect.width() > places_w + st.metrics.horizontalAdvance("00:00") + 4
        left = rect.width() - (places_w if show_places else 0)
        first = QRectF(rect.left(), rect.top(), rect.width(), st.line)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if lines == 1:
            head = f"{self.texts.start} {self.texts.title}"
            room_for_title = left - st.metrics.horizontalAdvance(self.texts.start + " ")
            if room_for_title < st.metrics.horizontalAdvance("国国…"):
                head = self.texts.start  # a stub of a title says nothing: time alone
            painter.setFont(st.font)
            painter.drawText(
                QRectF(first.left(), first.top(), left, st.line),
                align,
                st.metrics.elidedText(head, Qt.TextElideMode.ElideRight, left),
            )
        else:
            font, metrics, when = st.bold, st.bold_metrics, self.texts.time
            if metrics.horizontalAdvance(when) > left:
                when = self.texts.start
            if metrics.horizontalAdvance(when) > left:
                font, metrics = st.font, st.metrics  # the time whole rather than bold
            painter.setFont(font)
            painter.drawText(
                QRectF(first.left(), first.top(), left, st.line),
                align,
                metrics.elidedText(when, Qt.TextElideMode.ElideRight, left),
            )
            painter.setFont(st.font)
            self._title(painter, rect, lines - 1)
        if show_places:
            painter.setFont(st.font)
            painter.setPen(FULL if self.session.full else MUTED_TEXT)
            painter.drawText(
                first, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, places
            )

    def _title(self, painter: QPainter, rect: QRectF, lines: int) -> None:
        """The title wrapped over ``lines`` lines, the last one elided."""
        st = self.style
        text, width = self.texts.title, rect.width()
        y = rect.top() + st.line
        painter.setPen(TEXT)
        for i in range(lines):
            if not text:
                return
            if i == lines - 1:
                piece = st.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
                text = ""
            else:
                piece, text = _fit(text, width, st.metrics)
            painter.drawText(
                QRectF(rect.left(), y, width, st.line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                piece,
            )
            y += st.line


def _fit(text: str, width: float, metrics: QFontMetricsF) -> tuple[str, str]:
    """The longest head of ``text`` that fits ``width``, and the rest.

    Chinese breaks anywhere; a Latin text breaks at a space, and a word too long for a whole
    line is elided rather than cut in two ("Scientif…").
    """
    if metrics.horizontalAdvance(text) <= width:
        return text, ""
    lo, hi = 1, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if metrics.horizontalAdvance(text[:mid]) <= width:
            lo = mid
        else:
            hi = mid - 1
    cut = lo
    if not (_latin(text[cut - 1]) and _latin(text[cut])):
        return text[:cut].rstrip(), text[cut:].lstrip()  # between words or CJK characters
    space = text.rfind(" ", 0, cut)
    if space > 0:
        return text[:space].rstrip(), text[space:].lstrip()
    end = text.find(" ", cut)
    word, rest = (text, "") if end < 0 else (text[:end], text[end:].lstrip())
    return metrics.elidedText(word, Qt.TextElideMode.ElideRight, width), rest


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class DraftItem(QGraphicsItem):
    """The dashed box shown while dragging over empty space to create a session there."""

    def __init__(self, style: BlockStyle):
        super().__init__()
        self.style = style
        self.w = self.h = 0.0
        self.label = ""
        self.setZValue(5)

    def set_box(self, x: float, y: float, w: float, h: float, label: str) -> None:
        self.prepareGeometryChange()
        self.setPos(x, y)
        self.w, self.h, self.label = w, h, label
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-1, -1, self.w + 2, self.h + 2)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        pen = QPen(SELECTED, 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(11, 87, 208, 40))
        painter.drawRoundedRect(QRectF(0.5, 0.5, self.w - 1, self.h - 1), 2.5, 2.5)
        painter.setFont(self.style.bold)
        painter.setPen(SELECTED)
        painter.drawText(
            QRectF(6, 2, self.w - 8, self.style.line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.label,
        )
