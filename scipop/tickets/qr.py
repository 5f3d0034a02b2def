"""QR symbols for ticket codes, made by zxing-cpp: the library that also reads them at the door.

A ticket code is 26 characters of digits and upper-case letters, which zxing-cpp stores in
alphanumeric mode: a version 2 symbol (25 × 25 modules) at error correction M, with the mask
chosen by the library's ISO 18004 penalty scoring. The symbol is handed on as one integer per
row, the form the PNG writer and the PDF's vector drawing both work from.
"""

from __future__ import annotations

from dataclasses import dataclass

import zxingcpp

ERROR_CORRECTION = "M"
_DARK_AS_BIT = bytes.maketrans(bytes(range(256)), b"1" + b"0" * 255)  # pixel 0 is dark


@dataclass(frozen=True)
class QrSymbol:
    """A finished QR symbol: ``rows[r]`` has bit ``size-1-c`` set when module (r, c) is dark."""

    version: int
    error: str
    size: int
    rows: tuple[int, ...]

    def is_dark(self, row: int, col: int) -> bool:
        return bool(self.rows[row] >> (self.size - 1 - col) & 1)

    def matrix(self) -> list[list[int]]:
        return [[self.is_dark(r, c) * 1 for c in range(self.size)] for r in range(self.size)]


def make(text: str) -> QrSymbol:
    """The smallest QR symbol at error correction M for ``text`` (version 2 for a ticket code)."""
    barcode = zxingcpp.create_barcode(
        text, zxingcpp.BarcodeFormat.QRCode, ec_level=ERROR_CORRECTION
    )
    image = barcode.to_image(scale=1, add_quiet_zones=False)  # one byte per module
    size = image.shape[0]
    bits = bytes(memoryview(image)).translate(_DARK_AS_BIT)
    rows = tuple(int(bits[r * size : (r + 1) * size], 2) for r in range(size))
    return QrSymbol(version=(size - 17) // 4, error=ERROR_CORRECTION, size=size, rows=rows)
