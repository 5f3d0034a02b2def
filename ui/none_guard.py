"""Keeps Python alive under PySide6 6.12.0 on Python 3.11, which drops a reference to None.

In that combination every call of a Qt method that returns void (``update()``, ``setText()``,
``setPos()``…) takes one reference to ``None`` away and never gives it back: shiboken's abi3
wheel returns ``Py_None`` without a new reference, which only the immortal ``None`` of
Python 3.12+ tolerates. After ~5,000 such calls the count reaches zero and the interpreter
aborts with "Fatal Python error: none_dealloc" (the calendar reaches that after a few
reloads). The guard measures the leak once; if there is one, it holds extra references to
``None`` (8 bytes each) and tops them up on a timer, long before the count could run out.
Call :func:`install` once the QApplication exists (the calendar page does).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QCoreApplication, QObject, QTimer

LOW_WATER = 300_000  # top up when None's count falls below this…
TOP_UP = 1_000_000  # …by this many references (8 MB)
INTERVAL_MS = 1000

_ballast: list[None] = []
# The ballast must outlive the interpreter's clean-up: if it were freed at exit, its
# references would go and None's count (short by every leaked call) would hit zero then.
ctypes.pythonapi.Py_IncRef(ctypes.py_object(_ballast))
_timer: QTimer | None = None
_leaks: bool | None = None


def leaks() -> bool:
    """Whether a void Qt call loses a reference to None here (measured once)."""
    global _leaks
    if _leaks is None:
        if sys.version_info >= (3, 12):
            _leaks = False  # None is immortal
        else:
            probe = QObject()
            before = sys.getrefcount(None)
            for _ in range(10):
                probe.setObjectName("")
            _leaks = sys.getrefcount(None) < before
            _ballast.extend([None] * 10)  # give back what the probe took
    return _leaks


def top_up() -> int:
    """Hold more references to None when its count runs low; how many were added."""
    if not leaks() or sys.getrefcount(None) >= LOW_WATER:
        return 0
    _ballast.extend([None] * TOP_UP)
    return TOP_UP


def install() -> None:
    """Top up now and every second from the Qt event loop (idempotent; no-op without leak)."""
    global _timer
    if not leaks():
        return
    top_up()
    app = QCoreApplication.instance()
    if _timer is None and app is not None:
        _timer = QTimer(app)
        _timer.setInterval(INTERVAL_MS)
        _timer.timeout.connect(top_up)
        _timer.start()
