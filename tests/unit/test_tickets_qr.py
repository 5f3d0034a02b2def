"""QR images of ticket codes: made by zxing-cpp, version 2 at M, read back exactly.

Two readers check every symbol: zxing-cpp's decoder (text, version, error correction), and
the format information read straight from the module matrix as ISO 18004 lays it out.
"""

from __future__ import annotations

import io

import zxingcpp
from PIL import Image

from scipop.tickets import png, qr
from scipop.tickets.codes import KeyRing

RING = KeyRing({1: b"s" * 32}, 1)
EC_LEVELS = {0b01: "L", 0b00: "M", 0b11: "Q", 0b10: "H"}


def _decode(png_bytes: bytes) -> list:
    return zxingcpp.read_barcodes(Image.open(io.BytesIO(png_bytes)))


def _bch_ok(word: int) -> bool:
    rem = word
    for shift in range(4, -1, -1):
        if rem >> (shift + 10) & 1:
            rem ^= 0x537 << shift
    return rem == 0


def _format_info(symbol: qr.QrSymbol) -> tuple[str, int]:
    """(error correction, mask) from both copies of the 15 format bits, checked and equal."""
    n = symbol.size
    first = [(i, 8) for i in range(6)] + [(7, 8), (8, 8), (8, 7)] + [(8, 5 - i) for i in range(6)]
    second = [(8, n - 1 - i) for i in range(8)] + [(n - 7 + i, 8) for i in range(7)]
    words = []
    for positions in (first, second):
        bits = sum(symbol.is_dark(r, c) << i for i, (r, c) in enumerate(positions))
        words.append(bits ^ 0x5412)
    assert words[0] == words[1] and _bch_ok(words[0])
    data = words[0] >> 10
    return EC_LEVELS[data >> 3], data & 7


def test_every_ticket_code_reads_back_exactly_as_version_2_at_error_correction_m():
    for ticket_id in range(1, 400):
        code = RING.sign(ticket_id * 7919 % (32**7), 1 + ticket_id % 31)
        symbol = qr.make(code)
        assert (symbol.version, symbol.error, symbol.size) == (2, "M", 25)
        results = _decode(png.symbol_png(symbol))
        assert [r.text for r in results] == [code]
        assert results[0].extra["Version"] == "2"
        assert results[0].ec_level == "M"
        assert _format_info(symbol) == ("M", results[0].extra["DataMask"])


def test_the_library_chooses_different_masks_for_different_codes():
    masks = {_format_info(qr.make(RING.sign(i, 1)))[1] for i in range(1, 200)}
    assert len(masks) >= 5  # the penalty scoring runs; not one fixed mask


def test_extreme_ticket_ids_are_still_version_2():
    for ticket_id in (0, 1, 32**7 - 1):
        symbol = qr.make(RING.sign(ticket_id, 1))
        assert (symbol.version, symbol.size) == (2, 25)
        assert _format_info(symbol)[0] == "M"


def test_small_png_scales_still_decode():
    code = RING.sign(4242, 1)
    for scale in (2, 3, 5, 16):
        image = Image.open(io.BytesIO(png.code_png(code, scale=scale)))
        assert image.size == ((25 + 8) * scale,) * 2
        assert [r.text for r in zxingcpp.read_barcodes(image)] == [code]


def test_any_text_gets_the_smallest_symbol_that_holds_it():
    text = "https://example.cn/票/1?x=y"
    symbol = qr.make(text)
    assert symbol.version == 3 and _format_info(symbol)[0] == "M"
    assert [r.text for r in _decode(png.symbol_png(symbol))] == [text]


def test_png_file_is_written_under_a_chinese_name(tmp_path):
    code = RING.sign(8, 1)
    path = png.save_code_png(code, tmp_path / "门票_张伟.png")
    assert [r.text for r in zxingcpp.read_barcodes(Image.open(path))] == [code]
