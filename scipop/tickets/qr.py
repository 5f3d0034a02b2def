"""QR symbols for ticket codes, made by zxing-cpp: the library that also reads them at the door.

A ticket code is 26 characters of digits and upper-case letters, which zxing-cpp stores in
alphanumeric mode: a version 2 symbol (25 × 25 modules) at error correction M, with the mask
chosen by the library's ISO 18004 penalty scoring. The symbol is handed on as the library made
it, one byte per module (0 dark, 255 light): at 8 pixels a module that is already a row of a
1-bit PNG, and runs of dark modules are what the PDF draws.
"""

from __future__ import annotations

from dataclasses import dataclass

import zxingcpp

ERROR_CORRECTION = "M"
DARK, LIGHT = 0, 255
_TWO_TONE = bytes.maketrans(bytes(range(256)), bytes([DARK]) + bytes([LIGHT]) * 255)


@dataclass(frozen=True)
class QrSymbol:
    """A finished QR symbol: ``modules`` row by row, one byte each, 0 dark and 255 light."""

    version: int
    error: str
    size: int
    modules: bytes

    def row(self, r: int) -> bytes:
        return self.modules[r * self.size : (r + 1) * self.size]

    def is_dark(self, row: int, col: int) -> bool:
        return self.modules[row * self.size + col] == DARK

    def matrix(self) -> list[list[int]]:
        return [[self.is_dark(r, c) * 1 for c in range(self.size)] for r in range(self.size)]


def make(text: str) -> QrSymbol:
    """The smallest QR symbol at error correction M for ``text`` (version 2 for a ticket code)."""
    barcode = zxingcpp.create_barcode(
        text, zxingcpp.BarcodeFormat.QRCode, ec_level=ERROR_CORRECTION
    )
    image = barcode.to_image(scale=1, add_quiet_zones=False)  # one byte per module
    size = image.shape[0]
    modules = bytes(memoryview(image)).translate(_TWO_TONE)
    return QrSymbol(version=(size - 17) // 4, error=ERROR_CORRECTION, size=size, modules=modules)
