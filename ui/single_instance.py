"""One window per database: a second start on the same database brings the first to the front.

The first window listens on a local server (a named pipe on Windows, a socket in the temp
folder elsewhere) whose name is a hash of the user and the resolved database URL (password
left out). A later start connects, says ``activate``, waits for ``ok`` and exits. A name left
behind by a crashed window (Unix) is removed when nothing answers on it. Different databases
give different names, so they may be open side by side.
"""

from __future__ import annotations

import enum
import hashlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

from scipop.redact import hide_passwords
from scipop.store.location import os_account, resolve_url

log = logging.getLogger("scipop.desk")

PREFIX = "scipop-desk-"
PING = b"activate\n"
ACK = b"ok\n"
CONNECT_TIMEOUT_MS = 1000
ANSWER_TIMEOUT_MS = 5000
ALREADY_OPEN = "SciPop Desk is already open on this database; brought it to the front"
NOT_ANSWERING = "SciPop Desk is already open on this database, but it did not answer"


class Claim(enum.Enum):
    FIRST = "first"  # this process now owns the database's window
    ANSWERED = "answered"  # another window has it and came to the front
    NOT_ANSWERING = "not answering"  # another window has it but is busy or hung
    UNGUARDED = "unguarded"  # the name could not be taken: run without the guard


def database_key(url: str) -> str:
    """The same string for every spelling of one database: a SQLite file's real path."""
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///") :].split("?", 1)[0]
        if path and path != ":memory:":
            return "sqlite:" + os.path.normcase(str(Path(path).expanduser().resolve()))
    return hide_passwords(url)


def server_name(db: str | None, user: str | None = None) -> str:
    """``scipop-desk-<hash>`` for the database ``--db``/``SCIPOP_DB`` names, and the user."""
    key = f"{user if user is not None else os_account()}\0{database_key(resolve_url(db))}"
    return PREFIX + hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def guarded(db: str | None) -> bool:
    """In-memory databases are new in every process: nothing to guard."""
    url = resolve_url(db)
    return not (url in ("sqlite://", "sqlite:///:memory:") or url.startswith("sqlite:///:memory:"))


def bring_to_front(window: QWidget) -> None:
    """Un-minimize (keeping maximized), raise and activate ``window`` and any dialog on it."""
    state = window.windowState()
    if state & Qt.WindowState.WindowMinimized:
        window.setWindowState(state & ~Qt.WindowState.WindowMinimized)
    if not window.isVisible() or window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    modal = QApplication.activeModalWidget()
    if modal is not None and modal is not window:
        modal.raise_()
        modal.activateWindow()


class SingleInstance(QObject):
    """The guard: :meth:`claim` once at start; ``activation_requested`` when pinged."""

    activation_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self.server: QLocalServer | None = None

    def claim(self) -> Claim:
        """Ask a running window to come forward, else become the window for this database."""
        answer = self.ask_running()
        return self.listen() if answer is Claim.FIRST else answer

    def ask_running(self) -> Claim:
        """FIRST when no window listens on the name; else whether it answered.

        Waits in a local event loop (not ``waitFor…``), so a window in this same process, as in
        the tests, can answer while it waits.
        """
        socket = QLocalSocket()
        loop = QEventLoop()
        timer = QTimer(singleShot=True)
        timer.timeout.connect(loop.quit)
        reply = bytearray()

        def connected() -> None:
            _allow_other_to_take_focus()
            socket.write(PING)
            socket.flush()
            timer.start(ANSWER_TIMEOUT_MS)

        def read() -> None:
            reply.extend(socket.readAll().data())
            if ACK in reply:
                loop.quit()

        socket.connected.connect(connected)
        socket.readyRead.connect(read)
        socket.errorOccurred.connect(loop.quit)
        socket.disconnected.connect(loop.quit)
        timer.start(CONNECT_TIMEOUT_MS)
        socket.connectToServer(self.name)
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState and ACK not in reply:
            loop.exec()
        timer.stop()
        was_connected = socket.state() == QLocalSocket.LocalSocketState.ConnectedState
        socket.abort()
        if ACK in reply:
            return Claim.ANSWERED
        return Claim.NOT_ANSWERING if was_connected else Claim.FIRST

    def listen(self) -> Claim:
        """Take the name; a name nobody answers on (left by a crash) is removed first."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        ok = server.listen(self.name)  # Windows lets two servers share a pipe: asked first
        if not ok and server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            answer = self.ask_running()  # another window started at the same moment?
            if answer is not Claim.FIRST:
                server.deleteLater()
                return answer
            QLocalServer.removeServer(self.name)
            ok = server.listen(self.name)
        if not ok:
            log.warning("one-window-per-database guard unavailable: %s", server.errorString())
            server.deleteLater()
            return Claim.UNGUARDED
        server.newConnection.connect(self._accept)
        self.server = server
        return Claim.FIRST

    def release(self) -> None:
        """Stop listening (before a restart, and on exit)."""
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None

    @Slot()
    def _accept(self) -> None:
        while self.server is not None and (socket := self.server.nextPendingConnection()):
            socket.scipop_buffer = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        buffer = socket.scipop_buffer + socket.readAll().data()
        socket.scipop_buffer = b"" if PING in buffer else buffer[-len(PING) :]
        if PING in buffer:
            socket.write(ACK)
            socket.flush()
            self.activation_requested.emit()


def _allow_other_to_take_focus() -> None:
    """Windows only lets the foreground process hand the foreground on: this one is it."""
    if sys.platform == "win32":
        try:
            import ctypes

            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
        except Exception:  # best effort; the taskbar button flashes instead
            pass
