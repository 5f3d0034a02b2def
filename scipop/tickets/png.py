"""A tiny PNG writer for QR symbols: 1-bit greyscale, written straight from the symbol's modules."""

from __future__ import annotations

import struct
import zlib
from functools import cache
from pathlib import Path

from scipop.tickets import qr

DEFAULT_SCALE = 8  # pixels per module: 264 px for a ticket (version 2 with the quiet zone)
QUIET_ZONE = 4  # modules of light border the standard asks for
_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@cache
def _expander(scale: int) -> dict[int, str]:
    """str.translate table: a dark module becomes ``scale`` black pixels (0 bits)."""
    return {qr.DARK: "0" * scale, qr.LIGHT: "1" * scale}


def symbol_png(
    symbol: qr.QrSymbol, *, scale: int = DEFAULT_SCALE, border: int = QUIET_ZONE
) -> bytes:
    """The symbol as PNG bytes: black modules on white, ``border`` modules of quiet zone."""
    width = (symbol.size + 2 * border) * scale
    row_bytes = (width + 7) // 8
    quiet = bytes([qr.LIGHT]) * border
    white = b"\x00" + b"\xff" * row_bytes
    lines = [white * (border * scale)]
    if scale % 8 == 0:  # a module is whole bytes, and the symbol's bytes already are 0x00/0xFF
        k = scale // 8
        for r in range(symbol.size):
            packed = quiet + symbol.row(r) + quiet
            if k > 1:
                packed = packed.replace(b"\x00", b"\x00" * k).replace(b"\xff", b"\xff" * k)
            lines.append((b"\x00" + packed) * scale)
    else:
        table = _expander(scale)
        pad = "1" * (row_bytes * 8 - width)
        for r in range(symbol.size):
            bits = (quiet + symbol.row(r) + quiet).decode("latin-1").translate(table) + pad
            lines.append((b"\x00" + int(bits, 2).to_bytes(row_bytes, "big")) * scale)
    lines.append(white * (border * scale))
    header = struct.pack(">IIBBBBB", width, width, 1, 0, 0, 0, 0)
    dpm = round(scale / 0.5 * 1000)  # 0.5 mm modules: 2000 dots per metre per pixel of scale
    return b"".join(
        (
            _SIGNATURE,
            _chunk(b"IHDR", header),
            _chunk(b"pHYs", struct.pack(">IIB", dpm, dpm, 1)),
            _chunk(b"IDAT", zlib.compress(b"".join(lines), 1)),  # level 1: 3x faster, ~400 bytes
            _chunk(b"IEND", b""),
        )
    )


def code_png(code: str, *, scale: int = DEFAULT_SCALE, border: int = QUIET_ZONE) -> bytes:
    """The QR image of a ticket code as PNG bytes."""
    return symbol_png(qr.make(code), scale=scale, border=border)


def save_code_png(code: str, path: str | Path, *, scale: int = DEFAULT_SCALE) -> Path:
    path = Path(path)
    path.write_bytes(code_png(code, scale=scale))
    return path
