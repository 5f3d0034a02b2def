"""A combo box of sessions that can be searched by typing (a season holds hundreds of them)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QCompleter, QSizePolicy, QWidget

from scipop.timeutil import fmt_local
from ui.i18n import display_name
from ui.widgets.popup_width import fit_popup

ID_ROLE = Qt.ItemDataRole.UserRole


def describe_session(
    starts_at: datetime, event: str, event_en: str, room: str, room_en: str
) -> str:
    """``2030-12-05 10:00 · Event · Hall``."""
    when = fmt_local(starts_at, "%Y-%m-%d %H:%M")
    return f"{when} · {display_name(event, event_en)} · {display_name(room, room_en)}"


class SessionCombo(QComboBox):
    """Lists sessions; typing part of a title, hall or date narrows the pop-up list.

    ``all_text`` adds a first entry meaning "no session" (data None).
    """

    session_changed = Signal(object)  # the session id, or None

    def __init__(self, parent: QWidget | None = None, *, all_text: str = ""):
        super().__init__(parent)
        self.all_text = all_text
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(28)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        self.setSizePolicy(policy)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.currentIndexChanged.connect(self._index_changed)
        self.lineEdit().editingFinished.connect(self._editing_finished)
        if all_text:
            self.addItem(all_text, None)

    def set_items(self, items: Iterable[tuple[int, str, str]]) -> None:
        """``(id, text, tooltip)`` per session; keeps the current session when it is listed."""
        current = self.session_id()
        with QSignalBlocker(self):
            self.clear()
            if self.all_text:
                self.addItem(self.all_text, None)
            for ident, text, tip in items:
                self.addItem(text, ident)
                if tip:
                    self.setItemData(self.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
            index = self.findData(current) if current is not None else 0
            self.setCurrentIndex(max(index, 0))
            self.lineEdit().setCursorPosition(0)
            # the list shows each session whole (its event's name too), and so does the
            # list of matches while typing
            self.completer().popup().setMinimumWidth(fit_popup(self))
        if self.session_id() != current:
            self.session_changed.emit(self.session_id())

    def session_id(self) -> int | None:
        return self.currentData() if self.currentIndex() >= 0 else None

    def select(self, session_id: int | None) -> bool:
        index = self.findData(session_id)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0

    @Slot(int)
    def _index_changed(self, _index: int) -> None:
        self.lineEdit().setCursorPosition(0)  # show where the text starts: the date
        self.session_changed.emit(self.session_id())

    @Slot()
    def _editing_finished(self) -> None:
        """Typed text that is not an entry goes back to the entry chosen."""
        if self.findText(self.currentText()) < 0:
            self.setEditText(self.itemText(self.currentIndex()))
