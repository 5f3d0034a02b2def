"""Write the station's verdict tones (short 16-bit mono WAVs) into resources/sounds/.

    python tools/make_sounds.py

Each verdict has its own pattern so a volunteer hears the answer without looking: a rising
pair of notes for "welcome", a low double buzz for "already used", and so on.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
OUT = Path(__file__).resolve().parents[1] / "resources" / "sounds"

# verdict -> [(frequency Hz or 0 for silence, milliseconds), ...]
TONES: dict[str, list[tuple[float, int]]] = {
    "accepted": [(880, 90), (1320, 140)],
    "partial": [(880, 90), (1100, 90), (1320, 90)],
    "duplicate": [(220, 160), (0, 60), (220, 160)],
    "invalid": [(150, 450)],
    "wrong_session": [(660, 120), (440, 200)],
    "revoked": [(300, 120), (0, 40), (300, 120), (0, 40), (300, 120)],
    "not_open": [(520, 250)],
    "closed": [(520, 120), (390, 250)],
    "cancelled": [(350, 120), (260, 300)],
    "full": [(600, 80), (0, 50), (600, 80), (0, 50), (600, 80), (0, 50), (600, 80)],
    "exit": [(1320, 90), (880, 140)],
    "undone": [(700, 60), (500, 60)],
}


def samples(pattern: list[tuple[float, int]]) -> bytes:
    frames = bytearray()
    for freq, ms in pattern:
        n = RATE * ms // 1000
        fade = min(n // 2, RATE // 200)  # 5 ms ramps: no clicks
        for i in range(n):
            env = min(1.0, i / fade, (n - i) / fade) if fade else 1.0
            value = 0.45 * env * math.sin(2 * math.pi * freq * i / RATE) if freq else 0.0
            frames += struct.pack("<h", int(value * 32767))
    return bytes(frames)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, pattern in TONES.items():
        with wave.open(str(OUT / f"{name}.wav"), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes(samples(pattern))


if __name__ == "__main__":
    main()
