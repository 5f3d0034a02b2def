"""Decoding camera frames off the GUI thread: one frame at a time, the rest dropped.

:class:`FrameDecoder` takes frames on the GUI thread (from a ``QVideoSink`` or as QImages).
While a decode runs in its worker thread, every new frame is dropped at once, before any
conversion: frames are never queued, so the preview stays live and the verdict belongs to what
the camera sees now. Decoded codes come back by a queued signal; a code still in view (seen
again within two seconds) is one scan, so ``code_decoded`` fires once per ticket shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage

from scipop.tickets.decode import LumaImage, RepeatFilter, decode_luma

log = logging.getLogger("scipop.desk")

Decode = Callable[[LumaImage], list[str]]


class _JobSignals(QObject):
    finished = Signal(list)  # the codes found in one frame


class _DecodeJob(QRunnable):
    """Decodes one frame in the pool thread; touches nothing but its own data."""

    def __init__(self, luma: LumaImage, owner: object, decode: Decode):
        super().__init__()
        self.setAutoDelete(False)  # the FrameDecoder keeps it until it has finished
        self.luma, self.owner, self.decode = luma, owner, decode
        self.signals = _JobSignals()

    def run(self) -> None:
        try:
            codes = self.decode(self.luma)
        except Exception as exc:  # a broken frame must not stop the camera
            log.warning("decoding a camera frame failed", exc_info=exc)
            codes = []
        self.signals.finished.emit(codes)


class FrameDecoder(QObject):
    """Frames in (GUI thread), ``code_decoded`` out (GUI thread); decoding in a worker."""

    code_decoded = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        decode: Decode = decode_luma,
        repeats: RepeatFilter | None = None,
    ):
        super().__init__(parent)
        self._decode = decode
        self.repeats = repeats or RepeatFilter()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: _DecodeJob | None = None
        self.frames_decoded = 0
        self.frames_dropped = 0

    @property
    def busy(self) -> bool:
        return self._job is not None

    @Slot(QImage)
    def submit_image(self, image: QImage) -> bool:
        """Decode ``image`` unless a decode is running; False when it was dropped."""
        if self._drop():
            return False
        from ui.station.camera_frames import image_luma

        return self._start(*image_luma(image))

    @Slot(object)
    def submit_frame(self, frame: object) -> bool:
        """Decode a ``QVideoFrame`` unless a decode is running; False when it was dropped."""
        if self._drop():
            return False
        from ui.station.camera_frames import frame_luma

        got = frame_luma(frame)  # type: ignore[arg-type]
        if got is None:
            return False
        return self._start(*got)

    def submit_luma(self, luma: LumaImage, owner: object = None) -> bool:
        """Decode a greyscale buffer unless a decode is running; False when it was dropped."""
        if self._drop():
            return False
        return self._start(luma, owner)

    def wait(self, msecs: int = -1) -> bool:
        """Blocks until the running decode (if any) has finished; for shutdown and tests."""
        return self._pool.waitForDone(msecs)

    def _drop(self) -> bool:
        if self._job is not None:
            self.frames_dropped += 1
            return True
        return False

    def _start(self, luma: LumaImage, owner: object) -> bool:
        job = _DecodeJob(luma, owner, self._decode)
        job.signals.finished.connect(self._finished)
        self._job = job
        self._pool.start(job)
        return True

    @Slot(list)
    def _finished(self, codes: list[str]) -> None:
        self._job = None
        self.frames_decoded += 1
        for code in codes:
            if self.repeats.is_new(code):
                self.code_decoded.emit(code)
