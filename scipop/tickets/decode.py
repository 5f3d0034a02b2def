"""Ticket codes from camera images: zxing-cpp finds the QR symbols, the scanner's rules clean them.

The webcam path of the check-in station hands each frame here as 8-bit luminance (the Y plane
of a camera's YUV frame needs no conversion at all); tests and tools pass PIL images. Every
text found is normalised exactly as a keyboard-wedge scan is (:func:`codes.parse_scanned`:
control characters, AIM identifiers and ECI designators removed, upper-cased), so both paths
reach the same verdicts. Nothing here knows Qt.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import zxingcpp

from scipop.tickets.codes import parse_scanned

MAX_TEXT = 256  # longer symbol contents are cut before normalising: never a ticket code
Bytes = bytes | bytearray | memoryview
REPEAT_WINDOW = 2.0  # seconds: the same code seen again within this is the same scan


@dataclass(frozen=True)
class LumaImage:
    """An 8-bit greyscale picture in a buffer: ``height`` rows ``row_stride`` bytes apart."""

    data: Bytes
    width: int
    height: int
    row_stride: int = 0  # 0: rows are ``width * pixel_stride`` bytes
    pixel_stride: int = 1  # 2 for the luma of packed YUYV frames


def normalise(text: str) -> str:
    """A decoded symbol's text as the scanner path would see it (may be empty)."""
    return parse_scanned(text[:MAX_TEXT])


def _codes(results: Iterable[zxingcpp.Barcode]) -> list[str]:
    seen: list[str] = []
    for result in results:
        code = normalise(result.text)
        if code and code not in seen:
            seen.append(code)
    return seen


def _read(image: object) -> list[zxingcpp.Barcode]:
    return zxingcpp.read_barcodes(
        image, formats=zxingcpp.BarcodeFormat.QRCode, try_rotate=True, try_downscale=True
    )


def decode_luma(image: LumaImage) -> list[str]:
    """The codes in a greyscale buffer, read in place (no copy), each once, normalised."""
    view = zxingcpp.ImageView(
        memoryview(image.data),
        image.width,
        image.height,
        zxingcpp.ImageFormat.Lum,
        image.row_stride,
        image.pixel_stride,
    )
    return _codes(_read(view))


class RepeatFilter:
    """Lets a code through once while it keeps being seen: again only after ``window`` s away.

    A ticket held up to the camera is decoded in frame after frame; it is one scan until it
    has been out of sight for ``window`` seconds (each sighting restarts the clock).
    """

    def __init__(self, window: float = REPEAT_WINDOW, clock: Callable[[], float] = time.monotonic):
        self.window = window
        self.clock = clock
        self._last_seen: dict[str, float] = {}

    def is_new(self, code: str) -> bool:
        now = self.clock()
        if len(self._last_seen) > 64:  # forget codes long out of sight
            self._last_seen = {c: t for c, t in self._last_seen.items() if now - t <= self.window}
        last = self._last_seen.get(code)
        self._last_seen[code] = now
        return last is None or now - last > self.window

    def reset(self) -> None:
        self._last_seen.clear()
