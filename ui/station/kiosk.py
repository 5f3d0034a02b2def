"""Kiosk mode: the station fills the screen and a volunteer cannot leave it without the PIN.

The window is full screen, frameless and stays on top; minimising it brings it back. While
it is a kiosk an application-wide event filter swallows the keys that leave or switch
windows (Alt+F4, Alt+Tab, Alt+Esc, Ctrl+Esc, the Windows/Super key) before any widget sees
them, and a close request (Esc, the Leave button, Alt+F4 through the window manager) asks
for the staff PIN (``StationWindow.closeEvent``). On X11 the scan field also grabs the
keyboard, so the window manager's own shortcuts (Alt+Tab, workspace keys) do not reach it;
the grab is let go while one of the station's dialogs (PIN, lookup, walk-in) is open.

What no program can block is the operating system's own: Ctrl+Alt+Del on Windows (and
Windows' Alt+Tab and Windows key, which it handles before any program), and the X server's
Ctrl+Alt+F1…F12 virtual-terminal switch if it is enabled. For a locked-down station use the
operating system's kiosk account (Windows "assigned access") as well; the README says so.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

_SWITCH_KEYS = {Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_F4, Qt.Key.Key_Escape}
_SYSTEM_KEYS = {Qt.Key.Key_Meta, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Menu}


def leaves_the_window(event: QKeyEvent) -> bool:
    """True for a key that would leave or switch windows: Alt+F4, Alt+Tab, Ctrl+Esc…"""
    key = Qt.Key(event.key())
    mods = event.modifiers()
    if key in _SYSTEM_KEYS or mods & Qt.KeyboardModifier.MetaModifier:
        return True
    alt_or_ctrl = mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier)
    return bool(alt_or_ctrl) and key in _SWITCH_KEYS


class KioskGuard(QObject):
    """Keeps ``window`` full screen and on top; ``keys`` gets the keyboard grab (X11)."""

    def __init__(self, window: QWidget, keys: QWidget):
        super().__init__(window)
        self.window = window
        self.keys = keys
        self.active = False
        self.grabbed = False
        self.swallowed = 0  # keys kept from leaving (for the tests and the log)
        self._released = 0

    @staticmethod
    def can_grab() -> bool:
        return QGuiApplication.platformName() == "xcb"

    def start(self) -> None:
        w = self.window
        w.setWindowFlags(
            w.windowFlags() | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        self.active = True
        QApplication.instance().installEventFilter(self)
        w.showFullScreen()
        w.raise_()
        w.activateWindow()
        self._grab()

    def stop(self) -> None:
        if not self.active:
            return
        self.active = False
        QApplication.instance().removeEventFilter(self)
        self._let_go()

    def _grab(self) -> None:
        if self.active and not self._released and self.can_grab() and not self.grabbed:
            self.keys.grabKeyboard()
            self.grabbed = True

    def _let_go(self) -> None:
        if self.grabbed:
            self.keys.releaseKeyboard()
            self.grabbed = False

    @contextmanager
    def released(self) -> Iterator[None]:
        """The keyboard for a dialog of the station (a grab would keep its keys from it)."""
        self.hold()
        try:
            yield
        finally:
            self.resume()

    def hold(self) -> None:
        self._released += 1
        self._let_go()

    def resume(self) -> None:
        self._released = max(0, self._released - 1)
        self._grab()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.active:
            return False
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(
            event, QKeyEvent
        ):
            if leaves_the_window(event):
                self.swallowed += 1
                return True
        elif (
            kind == QEvent.Type.WindowStateChange
            and watched is self.window
            and self.window.windowState() & Qt.WindowState.WindowMinimized
        ):
            QTimer.singleShot(0, self._back_to_full_screen)
        return False

    def _back_to_full_screen(self) -> None:
        if self.active:
            self.window.showFullScreen()
            self.window.raise_()
            self.window.activateWindow()
