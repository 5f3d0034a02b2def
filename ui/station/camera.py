"""The station's webcam: pick a camera, see its picture, and get each ticket code it reads.

:class:`CameraPanel` is a plain widget the station window embeds beside its scan field::

    panel = CameraPanel(self)
    panel.code_decoded.connect(self.admit_code)   # same verdict path as the scanner
    panel.start()                                 # when the station opens; stop() when it closes

Frames go from the camera (QtMultimedia: ``QCamera`` → ``QMediaCaptureSession`` → the
preview's ``QVideoSink``) to a :class:`FrameDecoder`, which decodes them with zxing-cpp in a
worker thread and drops frames while it is busy. Without a camera, or where QtMultimedia
cannot load, the panel says so plainly and the station goes on with the USB scanner.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from ui.station.frame_decoder import FrameDecoder

log = logging.getLogger("scipop.desk")


@cache
def multimedia() -> Any | None:
    """QtMultimedia and its widgets, or None where they cannot load (missing system library)."""
    try:
        from PySide6 import QtMultimedia, QtMultimediaWidgets
    except ImportError as exc:
        log.warning("no camera support: QtMultimedia does not load (%s)", exc)
        return None
    return QtMultimedia, QtMultimediaWidgets


def _device_id(device: Any) -> str:
    """A ``QCameraDevice``'s id as text (to compare, and to keep in settings)."""
    return bytes(device.id()).decode("utf-8", "replace")


class CameraPanel(QWidget):
    """Camera picker, live preview and decoder; ``code_decoded`` once per ticket shown."""

    code_decoded = Signal(str)
    camera_chosen = Signal()  # the user picked a camera in the list (focus may go back)

    MESSAGE, PREVIEW = range(2)

    def __init__(self, parent: QWidget | None = None, *, decoder: FrameDecoder | None = None):
        super().__init__(parent)
        self.decoder = decoder or FrameDecoder(self)
        self.decoder.code_decoded.connect(self.code_decoded)
        self._mm = multimedia()
        self._devices: list[Any] = []
        self._camera: Any = None
        self._session: Any = None
        self._active = False
        self._error = ""

        self.picker_label = QLabel(self.tr("Camera"), self)
        self.picker = QComboBox(self)
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # beside a scan field that keeps the focus: a click may take it, a Tab never does
        self.picker.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.picker.activated.connect(lambda _i: self.camera_chosen.emit())
        self.picker_label.setBuddy(self.picker)
        row = QHBoxLayout()
        row.addWidget(self.picker_label)
        row.addWidget(self.picker, 1)

        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "muted")
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.message.setFont(font)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.message.setMinimumSize(320, 240)
        self.message.setFrameShape(QLabel.Shape.StyledPanel)

        self.stack = QStackedLayout()
        self.stack.addWidget(self.message)
        self.preview: Any = None
        if self._mm is not None:
            self.preview = self._mm[1].QVideoWidget(self)
            self.preview.setMinimumSize(320, 240)
            self.preview.videoSink().videoFrameChanged.connect(self.decoder.submit_frame)
            self.stack.addWidget(self.preview)
            self._media_devices = self._mm[0].QMediaDevices(self)
            self._media_devices.videoInputsChanged.connect(self._refresh_cameras)

        self.hint = QLabel(self.tr("Hold the ticket's QR code up to the camera."), self)
        self.hint.setProperty("role", "hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(self.stack, 1)
        layout.addWidget(self.hint)
        self.picker.currentIndexChanged.connect(self._picked)
        self._refresh_cameras()

    # ---- what the station uses

    @property
    def has_camera(self) -> bool:
        return bool(self._devices)

    @property
    def is_running(self) -> bool:
        return self._camera is not None and self._camera.isActive()

    def camera_id(self) -> str:
        """The chosen camera's device id (to remember in the station's settings); "" if none."""
        device = self._current_device()
        return _device_id(device) if device is not None else ""

    def select_camera(self, camera_id: str) -> bool:
        """Chooses the camera with this device id, if it is connected."""
        ids = [_device_id(d) for d in self._devices]
        if camera_id not in ids:
            return False
        self.picker.setCurrentIndex(ids.index(camera_id))
        return True

    @Slot()
    def start(self) -> None:
        """Turns the chosen camera on (and keeps it on across unplug and replug)."""
        self._active = True
        self._open(self._current_device())

    @Slot()
    def stop(self) -> None:
        """Turns the camera off and lets a running decode finish."""
        self._active = False
        self._close()
        self.decoder.wait()
        self._show_state()

    # ---- cameras coming and going

    def _current_device(self) -> Any:
        i = self.picker.currentIndex()
        return self._devices[i] if 0 <= i < len(self._devices) else None

    @Slot()
    def _refresh_cameras(self) -> None:
        current = self.camera_id() if self._devices else ""
        self._devices = list(self._mm[0].QMediaDevices.videoInputs()) if self._mm else []
        with QSignalBlocker(self.picker):
            self.picker.clear()
            for device in self._devices:
                self.picker.addItem(device.description())
        if self._devices and not self.select_camera(current):
            self.select_camera(_device_id(self._mm[0].QMediaDevices.defaultVideoInput()))
        for w in (self.picker_label, self.picker):
            w.setVisible(bool(self._devices))
        if self._active:
            self._open(self._current_device())
        else:
            self._show_state()

    @Slot(int)
    def _picked(self, _index: int) -> None:
        if self._active:
            self._open(self._current_device())

    def _open(self, device: Any) -> None:
        if (
            self._camera is not None
            and not self._error  # after an error, start() tries the camera again
            and device is not None
            and self._camera.cameraDevice() == device
        ):
            self._show_state()
            return
        self._close()
        if device is not None and self._mm is not None:
            QtMultimedia = self._mm[0]
            self._camera = QtMultimedia.QCamera(device, self)
            self._camera.errorOccurred.connect(self._camera_failed)
            self._camera.activeChanged.connect(self._show_state)
            self._session = QtMultimedia.QMediaCaptureSession(self)
            self._session.setCamera(self._camera)
            self._session.setVideoOutput(self.preview)
            self._camera.start()
        self._show_state()

    def _close(self) -> None:
        self._error = ""
        if self._camera is not None:
            self._camera.stop()
            self._session.setCamera(None)
            self._camera.deleteLater()
            self._session.deleteLater()
            self._camera = self._session = None
        self.decoder.repeats.reset()

    @Slot(object, str)
    def _camera_failed(self, _error: object, text: str) -> None:
        log.warning("camera error: %s", text)
        self._error = text or self.tr("unknown error")
        self._show_state()

    @Slot()
    def _show_state(self) -> None:
        if not self._devices:
            self.message.setText(self.tr("No camera found: scan with the USB scanner"))
        elif self._error:
            self.message.setText(
                self.tr("The camera stopped (%1): scan with the USB scanner").replace(
                    "%1", self._error
                )
            )
        elif not self._active:
            self.message.setText(self.tr("The camera is off: scan with the USB scanner"))
        else:
            self.message.setText(self.tr("Starting the camera…"))
        live = self._active and self._camera is not None and not self._error
        self.stack.setCurrentIndex(self.PREVIEW if live else self.MESSAGE)
        self.hint.setVisible(live)
