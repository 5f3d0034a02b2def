"""The webcam's decode path: real printed tickets, held crooked, blurred and small, read exactly."""

from __future__ import annotations

import numpy as np
import pytest
import zxingcpp
from PIL import Image

from scipop.tickets.decode import LumaImage, RepeatFilter, decode_luma, normalise
from tests.fixtures.webcam_images import (
    WEBCAM,
    blurred,
    code,
    in_webcam_frame,
    phone_ticket,
    printed_ticket,
    rotated,
    tilted,
)

TICKET = printed_ticket(11)


def decode_frame(frame: Image.Image) -> list[str]:
    """A greyscale frame read as the station's FrameDecoder reads a camera's: decode_luma."""
    grey = frame.convert("L")
    return decode_luma(LumaImage(grey.tobytes(), grey.width, grey.height, grey.width))


@pytest.mark.parametrize(
    "make_frame",
    [
        pytest.param(lambda t: in_webcam_frame(t), id="held-straight"),
        pytest.param(lambda t: in_webcam_frame(rotated(t, 15)), id="rotated-15"),
        pytest.param(lambda t: in_webcam_frame(rotated(t, 90)), id="rotated-90"),
        pytest.param(lambda t: in_webcam_frame(rotated(t, 180)), id="upside-down"),
        pytest.param(lambda t: in_webcam_frame(rotated(t, -37)), id="rotated-minus-37"),
        pytest.param(lambda t: blurred(in_webcam_frame(t), 2.0), id="out-of-focus"),
        pytest.param(lambda t: in_webcam_frame(tilted(t, 0.4)), id="perspective"),
        pytest.param(lambda t: in_webcam_frame(t, height=250, noise=12), id="far-and-noisy"),
        pytest.param(
            lambda t: blurred(in_webcam_frame(tilted(rotated(t, 15), 0.3), noise=10), 1.5),
            id="rotated-tilted-blurred-noisy",
        ),
    ],
)
def test_a_printed_ticket_held_up_to_a_webcam_reads_as_its_exact_code(make_frame):
    frame = make_frame(TICKET)
    assert frame.size == WEBCAM
    assert decode_frame(frame) == [code(11)]


def test_a_ticket_on_a_phone_screen_reads_too():
    frame = in_webcam_frame(rotated(phone_ticket(12), 30), height=260)
    assert decode_frame(frame) == [code(12)]


def test_two_tickets_in_one_frame_give_both_codes_once_each():
    pair = Image.new("L", (2 * TICKET.width, TICKET.height), 255)
    pair.paste(TICKET, (0, 0))
    pair.paste(printed_ticket(12), (TICKET.width, 0))
    frame = in_webcam_frame(pair, height=300)
    assert sorted(decode_frame(frame)) == sorted([code(11), code(12)])


def test_an_empty_frame_gives_nothing():
    assert decode_frame(in_webcam_frame(Image.new("L", (300, 400), 255))) == []


def test_a_greyscale_buffer_is_read_in_place_with_row_padding():
    frame = in_webcam_frame(rotated(TICKET, 15))
    w, h = frame.size
    stride = w + 64  # cameras pad rows
    padded = np.full((h, stride), 7, np.uint8)
    padded[:, :w] = np.asarray(frame)
    assert decode_luma(LumaImage(padded.tobytes(), w, h, stride)) == [code(11)]


def test_packed_yuyv_frames_are_read_from_their_luma_bytes():
    frame = np.asarray(in_webcam_frame(TICKET))
    h, w = frame.shape
    packed = np.full((h, 2 * w), 128, np.uint8)  # chroma bytes: neutral
    packed[:, 0::2] = frame
    luma = LumaImage(packed.tobytes(), w, h, 2 * w, pixel_stride=2)
    assert decode_luma(luma) == [code(11)]


def test_decoded_text_is_normalised_as_the_scanner_path_does():
    assert normalise(" sp03\x1d000000b0131c93xpnb0zpy\r\n") == "SP03000000B0131C93XPNB0ZPY"
    assert normalise("]Q1\\000026SP03000000B0131C93XPNB0ZPY") == "SP03000000B0131C93XPNB0ZPY"
    assert normalise("x" * 100_000) == "X" * 256  # bounded before any work


def test_a_symbol_holding_a_lower_case_code_with_a_control_character_reads_as_the_code():
    symbol = zxingcpp.create_barcode(code(11).lower() + "\t", zxingcpp.BarcodeFormat.QRCode)
    image = Image.fromarray(np.asarray(symbol.to_image(scale=6)))
    assert decode_frame(in_webcam_frame(image, height=240)) == [code(11)]


def test_the_same_code_is_one_scan_until_it_has_been_out_of_sight_for_two_seconds():
    now = [0.0]
    repeats = RepeatFilter(window=2.0, clock=lambda: now[0])
    seen = []
    for t, c in [(0.0, "A"), (0.5, "A"), (1.9, "A"), (3.5, "A"), (3.6, "B"), (6.0, "A")]:
        now[0] = t
        seen.append(repeats.is_new(c))
    # held in view: one scan; gone 1.6 s then back: still the same; 2.5 s away: a new scan
    assert seen == [True, False, False, False, True, True]
