"""QR images of ticket codes: tiny (version 2 at M), fast, and read back exactly by zxing-cpp."""

from __future__ import annotations

import io

import pytest
import segno
import zxingcpp
from PIL import Image

from scipop.tickets import png, qr
from scipop.tickets.codes import KeyRing

RING = KeyRing({1: b"s" * 32}, 1)


def _decode(png_bytes: bytes) -> list:
    return zxingcpp.read_barcodes(Image.open(io.BytesIO(png_bytes)))


def _segno_matrix(text: str, mask: int) -> list[list[int]]:
    q = segno.make(text, error="m", mode="alphanumeric", micro=False, boost_error=False, mask=mask)
    return [[1 if v & 1 else 0 for v in row] for row in q.matrix]


def test_hello_world_codewords_match_the_standard_worked_example():
    layout = qr._Layout.get(1)
    assert list(layout.codewords("HELLO WORLD")) == [
        32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17,
        196, 35, 39, 119, 235, 215, 231, 226, 93, 23,
    ]  # fmt: skip


# segno pads a whole zero byte when the terminator ends on a byte boundary (26-character
# ticket codes do); these texts avoid that so every module can be compared.
V3_TEXT = "0123456789 $%*+-./:ABCDEFGHIJKLMNOPQRSTUVWX"


@pytest.mark.parametrize("text", ["HELLO WORLD", "ABCDEFGHIJKLMNOPQRSTUVWXY", V3_TEXT])
@pytest.mark.parametrize("mask", range(8))
def test_every_module_matches_segno_for_the_same_mask(text, mask):
    symbol = qr.make(text)
    layout = qr._Layout.get(symbol.version)
    placed = 0
    for table, value in zip(layout.codeword_tables, layout.codewords(text), strict=True):
        placed |= table[value]
    dark = layout.function_dark | layout.format_dark[mask] | (placed ^ layout.mask_bits[mask])
    ours = qr.QrSymbol(symbol.version, "M", mask, layout.size, layout.rows(dark)).matrix()
    assert ours == _segno_matrix(text, mask)


def test_ticket_codes_are_version_2_at_error_correction_m():
    for ticket_id in (1, 99_999, 32**7 - 1):
        symbol = qr.make(RING.sign(ticket_id, 1))
        assert (symbol.version, symbol.error, symbol.size) == (2, "M", 25)


def test_every_ticket_png_decodes_to_the_exact_code_with_zxing():
    for ticket_id in range(1, 120):
        code = RING.sign(ticket_id * 7919, 1 + ticket_id % 5)
        results = _decode(png.code_png(code))
        assert [r.text for r in results] == [code]
        assert results[0].extra["Version"] == "2"
        assert results[0].ec_level == "M"


def test_small_png_scales_still_decode():
    code = RING.sign(4242, 1)
    for scale in (2, 3, 5):
        image = Image.open(io.BytesIO(png.code_png(code, scale=scale)))
        assert image.size == ((25 + 8) * scale,) * 2
        assert [r.text for r in zxingcpp.read_barcodes(image)] == [code]


def test_text_outside_the_fast_path_falls_back_to_segno_and_still_decodes():
    text = "https://example.cn/票/1?x=y"
    symbol = qr.make(text)
    assert [r.text for r in _decode(png.symbol_png(symbol))] == [text]


def test_png_file_is_written_under_a_chinese_name(tmp_path):
    code = RING.sign(8, 1)
    path = png.save_code_png(code, tmp_path / "门票_张伟.png")
    assert [r.text for r in zxingcpp.read_barcodes(Image.open(path))] == [code]
