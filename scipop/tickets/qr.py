"""QR symbols for ticket codes, fast: a specialised encoder for short alphanumeric codes.

Ticket codes are 26 alphanumeric characters, so every ticket is a version 2 symbol at error
correction M. General encoders spend milliseconds per symbol, mostly choosing the mask; this
one keeps the whole matrix in a single Python integer (rows ``STRIDE`` bits apart, with light
guard bits between them), places data through per-codeword lookup tables and scores all eight
masks with a few dozen big-integer operations. Anything it does not handle (other characters,
longer texts) falls back to segno. Tests check it module-for-module against segno.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_ALNUM_VALUE = {c: i for i, c in enumerate(ALNUM)}
# Error correction M, versions 1-3: one block each (data codewords, EC codewords).
_BLOCKS = {1: (16, 10), 2: (28, 16), 3: (44, 26)}
_ALIGN = {1: (), 2: (6, 18), 3: (6, 22)}
_GUARD = 8  # light bits between rows, so runs never wrap into the next row
_MARGIN = 5  # rows of light bits below and above (light area around the symbol)


@dataclass(frozen=True)
class QrSymbol:
    """A finished QR symbol: ``rows[r]`` has bit ``size-1-c`` set when module (r, c) is dark."""

    version: int
    error: str
    mask: int
    size: int
    rows: tuple[int, ...]

    def is_dark(self, row: int, col: int) -> bool:
        return bool(self.rows[row] >> (self.size - 1 - col) & 1)

    def matrix(self) -> list[list[int]]:
        return [[self.is_dark(r, c) * 1 for c in range(self.size)] for r in range(self.size)]


def make(text: str) -> QrSymbol:
    """The smallest QR symbol at error correction M for ``text`` (fast path for ticket codes)."""
    version = _fast_version(text)
    if version is None:
        return _segno_symbol(text)
    return _Layout.get(version).encode(text)


def _fast_version(text: str) -> int | None:
    if not all(ch in _ALNUM_VALUE for ch in text):
        return None
    n = len(text)
    bits = 4 + 9 + 11 * (n // 2) + 6 * (n % 2)
    for version, (data, _ec) in _BLOCKS.items():
        if bits <= data * 8:
            return version
    return None


def _segno_symbol(text: str) -> QrSymbol:
    import segno

    qr = segno.make(text, error="m", micro=False, boost_error=False)
    size = len(qr.matrix)
    rows = tuple(int("".join("1" if m & 1 else "0" for m in row), 2) for row in qr.matrix)
    return QrSymbol(qr.version, qr.error, qr.mask, size, rows)


# ---- Reed-Solomon over GF(256), polynomial 0x11D


@cache
def _gf_tables() -> tuple[list[int], list[int]]:
    exp, log = [0] * 512, [0] * 256
    x = 1
    for i in range(255):
        exp[i] = x
        log[x] = i
        x <<= 1
        if x & 0x100:
            x ^= 0x11D
    for i in range(255, 512):
        exp[i] = exp[i - 255]
    return exp, log


def _generator(degree: int) -> list[int]:
    exp, log = _gf_tables()
    poly = [1]
    for i in range(degree):
        nxt = [0] * (len(poly) + 1)
        for j, c in enumerate(poly):
            nxt[j] ^= c
            if c:
                nxt[j + 1] ^= exp[log[c] + i]
        poly = nxt
    return poly[1:]  # leading 1 dropped


def _format_bits(mask: int) -> int:
    data = (0 << 3) | mask  # error correction M has format bits 00
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return ((data << 10) | rem) ^ 0x5412


_MASKS = (
    lambda r, c: (r + c) % 2 == 0,
    lambda r, c: r % 2 == 0,
    lambda r, c: c % 3 == 0,
    lambda r, c: (r + c) % 3 == 0,
    lambda r, c: (r // 2 + c // 3) % 2 == 0,
    lambda r, c: (r * c) % 2 + (r * c) % 3 == 0,
    lambda r, c: ((r * c) % 2 + (r * c) % 3) % 2 == 0,
    lambda r, c: ((r + c) % 2 + (r * c) % 3) % 2 == 0,
)


class _Layout:
    """Everything about one version that does not depend on the text, computed once."""

    _cache: dict[int, _Layout] = {}

    @classmethod
    def get(cls, version: int) -> _Layout:
        layout = cls._cache.get(version)
        if layout is None:
            layout = cls._cache[version] = cls(version)
        return layout

    def __init__(self, version: int):
        self.version = version
        self.size = n = 17 + 4 * version
        self.stride = s = n + _GUARD
        self.offset = _MARGIN * s
        self.data_cw, self.ec_cw = _BLOCKS[version]
        self.capacity_bits = self.data_cw * 8
        self.all_bits = (1 << (self.offset * 2 + n * s)) - 1
        self.valid = sum(((1 << n) - 1) << self._bit(r, n - 1) for r in range(n))
        function = [[False] * n for _ in range(n)]
        dark = 0

        def put(r: int, c: int, on: bool) -> None:
            nonlocal dark
            function[r][c] = True
            if on:
                dark |= 1 << self._bit(r, c)

        for top, left in ((0, 0), (0, n - 7), (n - 7, 0)):
            for dr in range(-1, 8):
                for dc in range(-1, 8):
                    r, c = top + dr, left + dc
                    if 0 <= r < n and 0 <= c < n:
                        ring = max(abs(dr - 3), abs(dc - 3))
                        put(r, c, ring != 2 and ring != 4)
        for i in range(8, n - 8):
            put(6, i, i % 2 == 0)
            put(i, 6, i % 2 == 0)
        centers = _ALIGN[version]
        for cr in centers:
            for cc in centers:
                if (cr, cc) in ((6, 6), (6, n - 7), (n - 7, 6)):
                    continue
                for dr in range(-2, 3):
                    for dc in range(-2, 3):
                        put(cr + dr, cc + dc, max(abs(dr), abs(dc)) != 1)
        self.format_positions = self._format_positions()
        for r, c in self.format_positions[0] + self.format_positions[1]:
            function[r][c] = True
        put(n - 8, 8, True)
        self.function_dark = dark
        order = []
        right = n - 1
        while right >= 1:
            if right == 6:
                right = 5
            upward = ((right + 1) & 2) == 0
            for vert in range(n):
                r = n - 1 - vert if upward else vert
                for c in (right, right - 1):
                    if not function[r][c]:
                        order.append(self._bit(r, c))
            right -= 2
        self.mask_bits = []
        for fn in _MASKS:
            bits = 0
            for r in range(n):
                for c in range(n):
                    if not function[r][c] and fn(r, c):
                        bits |= 1 << self._bit(r, c)
            self.mask_bits.append(bits)
        self.format_dark = [self._format_dark(_format_bits(m)) for m in range(8)]
        self.codeword_tables = self._codeword_tables(order)
        self.rs_table = self._rs_table()

    def _bit(self, r: int, c: int) -> int:
        return self.offset + r * self.stride + (self.size - 1 - c)

    def _format_positions(self) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        n = self.size
        first = [(i, 8) for i in range(6)] + [(7, 8), (8, 8), (8, 7)]
        first += [(8, 14 - i) for i in range(9, 15)]
        second = [(8, n - 1 - i) for i in range(8)] + [(n - 15 + i, 8) for i in range(8, 15)]
        return first, second

    def _format_dark(self, bits: int) -> int:
        dark = 0
        for positions in self.format_positions:
            for i, (r, c) in enumerate(positions):
                if bits >> i & 1:
                    dark |= 1 << self._bit(r, c)
        return dark

    def _codeword_tables(self, order: list[int]) -> list[list[int]]:
        tables = []
        for k in range(self.data_cw + self.ec_cw):
            positions = order[k * 8 : k * 8 + 8]
            single = [1 << positions[7 - i] for i in range(8)]  # bit i of the byte
            table = [0] * 256
            for value in range(1, 256):
                low = value & -value
                table[value] = table[value ^ low] | single[low.bit_length() - 1]
            tables.append(table)
        return tables

    def _rs_table(self) -> list[int]:
        """For each factor, the generator times it, as one integer of ``ec_cw`` bytes."""
        exp, log = _gf_tables()
        gen = _generator(self.ec_cw)
        table = [0]
        for f in range(1, 256):
            value = 0
            for g in gen:
                value = (value << 8) | (exp[log[f] + log[g]] if g else 0)
            table.append(value)
        return table

    # ---- per text

    def codewords(self, text: str) -> bytes:
        values = [_ALNUM_VALUE[ch] for ch in text]
        acc, nbits = 0b0010, 4
        acc = (acc << 9) | len(values)
        nbits += 9
        for i in range(0, len(values) - 1, 2):
            acc = (acc << 11) | (values[i] * 45 + values[i + 1])
            nbits += 11
        if len(values) % 2:
            acc = (acc << 6) | values[-1]
            nbits += 6
        pad = min(4, self.capacity_bits - nbits)  # terminator
        nbits += pad
        acc <<= pad
        extra = -nbits % 8
        acc <<= extra
        nbits += extra
        data = acc.to_bytes(nbits // 8, "big")
        fill = (b"\xec\x11" * self.data_cw)[: self.data_cw - len(data)]
        data += fill
        ec_len = self.ec_cw
        top_shift = 8 * (ec_len - 1)
        keep = (1 << (8 * ec_len)) - 1
        rem = 0
        table = self.rs_table
        for b in data:
            factor = b ^ (rem >> top_shift)
            rem = ((rem << 8) & keep) ^ table[factor]
        return data + rem.to_bytes(ec_len, "big")

    def encode(self, text: str) -> QrSymbol:
        placed = 0
        for table, value in zip(self.codeword_tables, self.codewords(text), strict=True):
            placed |= table[value]
        base = self.function_dark
        best, best_score = 0, None
        for mask in range(8):
            m = base | self.format_dark[mask] | (placed ^ self.mask_bits[mask])
            score = self.penalty(m)
            if best_score is None or score < best_score:
                best, best_score = m, score
                best_mask = mask
        return QrSymbol(self.version, "M", best_mask, self.size, self.rows(best))

    def rows(self, m: int) -> tuple[int, ...]:
        n, s, full = self.size, self.stride, (1 << self.size) - 1
        return tuple((m >> (self.offset + r * s)) & full for r in range(n))

    def penalty(self, dark: int) -> int:
        """ISO 18004 mask penalty (N1 runs, N2 blocks, N3 finder-like, N4 balance)."""
        s = self.stride
        light = self.valid & ~dark
        outside_or_light = self.all_bits & ~dark
        score = 0
        for x in (dark, light):
            for d in (1, s):
                w5 = x & (x >> d) & (x >> 2 * d) & (x >> 3 * d) & (x >> 4 * d)
                if w5:
                    score += w5.bit_count() + 2 * (w5 & ~(w5 << d)).bit_count()
            block = x & (x >> 1) & (x >> s) & (x >> (s + 1))
            score += 3 * block.bit_count()
        e = outside_or_light
        for d in (1, s):
            core = (
                dark
                & (dark >> 2 * d)
                & (dark >> 3 * d)
                & (dark >> 4 * d)
                & (dark >> 6 * d)
                & (light >> d)
                & (light >> 5 * d)
            )
            if core:
                before = (e << d) & (e << 2 * d) & (e << 3 * d) & (e << 4 * d)
                after = (e >> 7 * d) & (e >> 8 * d) & (e >> 9 * d) & (e >> 10 * d)
                score += 40 * (core & before).bit_count() + 40 * (core & after).bit_count()
        total = self.size * self.size
        score += 10 * (abs(20 * dark.bit_count() - 10 * total) // total)
        return score
