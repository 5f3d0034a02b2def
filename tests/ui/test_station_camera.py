"""The station's webcam panel: frames through the real pipeline, decoded off the GUI thread.

No test machine has a camera: frames are fed to the preview's QVideoSink (as QtMultimedia
does for a camera) or straight to the FrameDecoder, as QVideoFrames and QImages.
"""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

from scipop.tickets.decode import decode_luma
from tests.fixtures.webcam_images import code, in_webcam_frame, printed_ticket, rotated
from ui.station import camera as camera_module
from ui.station.camera import CameraPanel
from ui.station.frame_decoder import FrameDecoder

PF = QVideoFrameFormat.PixelFormat
NO_CAMERA = "No camera found: scan with the USB scanner"


def _frame_pixels(ticket_id: int, degrees: float = 15) -> np.ndarray:
    return np.asarray(in_webcam_frame(rotated(printed_ticket(ticket_id), degrees)))


def _qimage(pixels: np.ndarray) -> QImage:
    h, w = pixels.shape
    rgb = Image.fromarray(pixels, "L").convert("RGB")  # a camera's colour frame
    return QImage(rgb.tobytes(), w, h, 3 * w, QImage.Format.Format_RGB888).copy()


def _yuv_frame(pixels: np.ndarray, fmt: QVideoFrameFormat.PixelFormat) -> QVideoFrame:
    """A camera-style YUV frame (NV12, YUYV, UYVY) whose luma is ``pixels``, chroma neutral."""
    h, w = pixels.shape
    frame = QVideoFrame(QVideoFrameFormat(QSize(w, h), fmt))
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    stride = frame.bytesPerLine(0)
    plane = np.frombuffer(frame.bits(0), np.uint8).reshape(-1, stride)
    packed = {PF.Format_YUYV: 0, PF.Format_UYVY: 1}.get(fmt)
    if packed is not None:
        plane[:h, :] = 128
        plane[:h, packed : 2 * w : 2] = pixels
    else:
        plane[:h, :w] = pixels
        np.frombuffer(frame.bits(1), np.uint8)[:] = 128
    frame.unmap()
    return frame


def _idle(qtbot, decoder: FrameDecoder) -> None:
    qtbot.waitUntil(lambda: not decoder.busy, timeout=5000)


def test_without_a_camera_the_panel_says_to_use_the_scanner(qtbot, tmp_path):
    panel = CameraPanel()
    qtbot.addWidget(panel)
    panel.resize(480, 360)
    panel.show()
    panel.start()
    assert not panel.has_camera and not panel.is_running
    assert panel.message.text() == NO_CAMERA
    assert panel.stack.currentWidget() is panel.message
    assert not panel.picker.isVisible() and not panel.hint.isVisible()
    assert panel.camera_id() == ""
    panel.grab().save(str(tmp_path / "camera_panel.png"))  # renders offscreen
    panel.stop()


def test_where_qtmultimedia_cannot_load_the_panel_still_says_to_use_the_scanner(qtbot, monkeypatch):
    monkeypatch.setattr(camera_module, "multimedia", lambda: None)
    panel = CameraPanel()
    qtbot.addWidget(panel)
    panel.start()
    assert panel.preview is None
    assert panel.message.text() == NO_CAMERA


def test_the_chinese_panel_says_it_in_chinese(qtbot, chinese):
    panel = CameraPanel()
    qtbot.addWidget(panel)
    assert panel.message.text() == "未找到摄像头：请用 USB 扫码枪扫码"


def test_frames_from_the_video_sink_give_one_code_decoded_for_a_ticket_held_in_view(qtbot):
    panel = CameraPanel()
    qtbot.addWidget(panel)
    sink = panel.preview.videoSink()
    got: list[str] = []
    panel.code_decoded.connect(got.append)
    frames = [
        QVideoFrame(_qimage(_frame_pixels(21))),
        _yuv_frame(_frame_pixels(21, 90), PF.Format_NV12),
        _yuv_frame(_frame_pixels(21, 180), PF.Format_UYVY),
    ]
    for frame in frames * 2:  # the same ticket, frame after frame
        sink.setVideoFrame(frame)
        _idle(qtbot, panel.decoder)
    assert panel.decoder.frames_decoded == 6
    assert got == [code(21)]
    sink.setVideoFrame(_yuv_frame(_frame_pixels(22), PF.Format_YUYV))
    qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    assert got == [code(21), code(22)]


def test_qimages_decode_the_same_way(qtbot):
    decoder = FrameDecoder()
    with qtbot.waitSignal(decoder.code_decoded, timeout=5000) as signal:
        assert decoder.submit_image(_qimage(_frame_pixels(23)))
    assert signal.args == [code(23)]


def test_decoding_runs_in_a_worker_and_frames_arriving_meanwhile_are_dropped(qtbot):
    started = threading.Event()
    threads: list[int] = []

    def slow_decode(luma):
        threads.append(threading.get_ident())
        started.set()
        time.sleep(0.4)  # a slow frame: the GUI thread must not wait for it
        return decode_luma(luma)

    decoder = FrameDecoder(decode=slow_decode)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    got: list[str] = []
    decoder.code_decoded.connect(got.append)
    image = _qimage(_frame_pixels(24))

    began = time.monotonic()
    assert decoder.submit_image(image)
    assert time.monotonic() - began < 0.2  # handed over, not decoded here (that takes 0.4 s)
    assert started.wait(2)
    dropped = [decoder.submit_image(image) for _ in range(10)]
    qtbot.waitUntil(lambda: got == [code(24)], timeout=5000)
    timer.stop()

    assert dropped == [False] * 10 and decoder.frames_dropped == 10
    assert decoder.frames_decoded == 1  # nothing was queued behind the slow frame
    assert threads and threads[0] != threading.get_ident()
    assert len([t for t in ticks if began < t < began + 0.4]) >= 10  # the event loop ran


@pytest.mark.parametrize("bad", [QVideoFrame(), QImage()])
def test_an_empty_frame_is_ignored(qtbot, bad):
    decoder = FrameDecoder()
    got: list[str] = []
    decoder.code_decoded.connect(got.append)
    if isinstance(bad, QImage):
        decoder.submit_image(bad)
    else:
        assert not decoder.submit_frame(bad)
    _idle(qtbot, decoder)
    assert got == []


# ---- with cameras: QtMultimedia's camera classes replaced by stand-ins (no hardware here)


class _Device:
    def __init__(self, ident: str, description: str):
        self._id, self._description = ident, description

    def id(self) -> bytes:
        return self._id.encode()

    def description(self) -> str:
        return self._description

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Device) and other._id == self._id


class _FakeMultimedia:
    """Just enough of QtMultimedia for the panel: devices, a camera, a capture session."""

    def __init__(self, devices: list[_Device]):
        from PySide6.QtCore import QObject, Signal
        from PySide6.QtMultimediaWidgets import QVideoWidget

        fake = self
        self.devices = devices
        self.cameras: list = []

        class QMediaDevices(QObject):
            videoInputsChanged = Signal()
            instances: list = []

            def __init__(self, parent=None):
                super().__init__(parent)
                QMediaDevices.instances.append(self)

            @staticmethod
            def videoInputs():
                return list(fake.devices)

            @staticmethod
            def defaultVideoInput():
                return fake.devices[-1] if fake.devices else _Device("", "")

        class QCamera(QObject):
            errorOccurred = Signal(object, str)
            activeChanged = Signal(bool)

            def __init__(self, device, parent=None):
                super().__init__(parent)
                self.device, self.active = device, False
                fake.cameras.append(self)

            def cameraDevice(self):
                return self.device

            def start(self):
                self.active = True
                self.activeChanged.emit(True)

            def stop(self):
                self.active = False

            def isActive(self):
                return self.active

        class QMediaCaptureSession(QObject):
            def setCamera(self, camera):
                self.camera = camera

            def setVideoOutput(self, output):
                self.output = output

        self.QMediaDevices = QMediaDevices
        self.modules = (
            type("QtMultimedia", (), {"QMediaDevices": QMediaDevices, "QCamera": QCamera,
                                      "QMediaCaptureSession": QMediaCaptureSession}),
            type("QtMultimediaWidgets", (), {"QVideoWidget": QVideoWidget}),
        )  # fmt: skip

    def plug(self, devices: list[_Device]) -> None:
        self.devices = devices
        for media_devices in self.QMediaDevices.instances:
            media_devices.videoInputsChanged.emit()


@pytest.fixture
def cameras(monkeypatch) -> _FakeMultimedia:
    fake = _FakeMultimedia([_Device("usb-1", "USB Camera"), _Device("hd-2", "HD Webcam")])
    monkeypatch.setattr(camera_module, "multimedia", lambda: fake.modules)
    return fake


def test_the_default_camera_is_chosen_and_started_with_a_live_preview(qtbot, cameras):
    panel = CameraPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.has_camera and [panel.picker.itemText(i) for i in range(2)] == [
        "USB Camera",
        "HD Webcam",
    ]
    assert panel.camera_id() == "hd-2"  # the system's default
    assert panel.message.text() == "The camera is off: scan with the USB scanner"
    panel.start()
    assert panel.is_running and cameras.cameras[-1].device.id() == b"hd-2"
    assert panel.stack.currentWidget() is panel.preview and panel.hint.isVisible()
    assert panel.select_camera("usb-1") and cameras.cameras[-1].device.id() == b"usb-1"
    assert not cameras.cameras[0].active  # the first camera was let go
    panel.stop()
    assert not panel.is_running and panel.stack.currentWidget() is panel.message


def test_a_camera_error_or_unplugging_it_sends_the_volunteer_to_the_scanner(qtbot, cameras):
    panel = CameraPanel()
    qtbot.addWidget(panel)
    panel.start()
    cameras.cameras[-1].errorOccurred.emit(None, "device busy")
    assert panel.message.text() == ("The camera stopped (device busy): scan with the USB scanner")
    assert panel.stack.currentWidget() is panel.message
    panel.start()  # the volunteer tries again
    assert panel.is_running and panel.stack.currentWidget() is panel.preview
    cameras.plug([])
    assert not panel.has_camera and panel.message.text() == NO_CAMERA
    cameras.plug([_Device("usb-1", "USB Camera")])  # plugged back in: it comes back on
    assert panel.is_running and panel.camera_id() == "usb-1"
    assert panel.stack.currentWidget() is panel.preview
