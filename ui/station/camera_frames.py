"""Camera frames as 8-bit luminance for the decoder, with as little copying as possible.

Most webcams deliver YUV frames (NV12, YUV420P, YUYV…) whose Y plane already is the greyscale
picture zxing-cpp wants: it is copied once out of the mapped frame (the camera reuses its
buffers) and read in place from there. Other formats, and plain QImages, are converted to
``Format_Grayscale8`` by Qt once and read in place, the QImage kept alive beside the view.
"""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

from scipop.tickets.decode import LumaImage

_PF = QVideoFrameFormat.PixelFormat
# formats whose plane 0 is 8-bit luma, one byte per pixel
_Y_PLANE = frozenset(
    {
        _PF.Format_NV12,
        _PF.Format_NV21,
        _PF.Format_YUV420P,
        _PF.Format_YV12,
        _PF.Format_YUV422P,
        _PF.Format_IMC1,
        _PF.Format_IMC2,
        _PF.Format_IMC3,
        _PF.Format_IMC4,
        _PF.Format_Y8,
    }
)
_PACKED_LUMA_OFFSET = {_PF.Format_YUYV: 0, _PF.Format_UYVY: 1}  # Y every second byte


def image_luma(image: QImage) -> tuple[LumaImage, QImage]:
    """A greyscale view of ``image`` and the QImage that owns its bytes (keep it alive)."""
    grey = image
    if image.format() != QImage.Format.Format_Grayscale8:
        grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    luma = LumaImage(grey.constBits(), grey.width(), grey.height(), grey.bytesPerLine())
    return luma, grey


def frame_luma(frame: QVideoFrame) -> tuple[LumaImage, object] | None:
    """A greyscale view of a camera frame and the object that owns its bytes; None if unusable."""
    if not frame.isValid():
        return None
    fmt = frame.pixelFormat()
    packed_offset = _PACKED_LUMA_OFFSET.get(fmt)
    if fmt in _Y_PLANE or packed_offset is not None:
        if not frame.map(QVideoFrame.MapMode.ReadOnly):
            return None
        try:
            stride = frame.bytesPerLine(0)
            size = stride * frame.height()
            if packed_offset:  # UYVY: shift by one byte so Y comes first, as in YUYV
                data = bytearray(size)
                data[: size - 1] = frame.bits(0)[1:size]
            else:
                data = bytes(frame.bits(0)[:size])  # the one copy
        finally:
            frame.unmap()
        luma = LumaImage(
            data,
            frame.width(),
            frame.height(),
            row_stride=stride,
            pixel_stride=1 if packed_offset is None else 2,
        )
        return luma, data
    image = frame.toImage()
    if image.isNull():
        return None
    return image_luma(image)
