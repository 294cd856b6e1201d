"""Sound synthesised in plain Python: oscillators, noise, envelopes and mixing into 16-bit PCM.

A sound is a list of floats in -1..1 at `rate` samples a second, mono. Everything here is pure
(no pygame) and deterministic: noise comes from a seeded generator, so a sound is the same
every run. Kept cheap: a wavetable instead of `math.sin` per sample, one pass per layer.
"""

from __future__ import annotations

import math
import random
from array import array
from collections.abc import Sequence
from itertools import accumulate
from operator import add, mul
from typing import Literal

Wave = Literal["sine", "triangle", "square", "saw"]
_TABLE_SIZE = 1024


def _table(wave: Wave) -> list[float]:
    size = _TABLE_SIZE
    if wave == "sine":
        return [math.sin(2 * math.pi * i / size) for i in range(size)]
    if wave == "triangle":
        return [1 - 4 * abs(i / size - 0.5) for i in range(size)]
    if wave == "square":
        return [0.6 if i < size // 2 else -0.6 for i in range(size)]
    return [2 * i / size - 1 for i in range(size)]


_TABLES: dict[str, list[float]] = {}


def tone(
    rate: int,
    freq: float,
    seconds: float,
    *,
    volume: float = 0.5,
    wave: Wave = "sine",
    to_freq: float | None = None,
    attack: float = 0.005,
    release: float = 0.05,
) -> list[float]:
    """A note of `freq` Hz (gliding to `to_freq`), shaped by a linear attack and release."""
    table = _TABLES.setdefault(wave, _table(wave))
    count = max(1, int(rate * seconds))
    end = to_freq if to_freq is not None else freq
    step = freq * _TABLE_SIZE / rate
    glide = (end - freq) * _TABLE_SIZE / rate / (2 * count)
    size = _TABLE_SIZE
    out = [table[int(step * i + glide * i * i) % size] for i in range(count)]
    return envelope(out, rate, volume=volume, attack=attack, release=release)


def noise(
    rate: int,
    seconds: float,
    *,
    volume: float = 0.3,
    smooth: float = 0.0,
    seed: int = 1,
    attack: float = 0.005,
    release: float = 0.05,
) -> list[float]:
    """White noise, low-passed by `smooth` (0 = none, 0.99 = a deep rumble), enveloped."""
    rng = random.Random(seed)
    count = max(1, int(rate * seconds))
    take = 1 - smooth
    gain = take / max(take, 0.02) ** 0.5
    white = [(rng.random() * 2 - 1) * gain for _ in range(count)]
    if smooth:
        white = list(accumulate(white, lambda level, x: level * smooth + x))
    return envelope(white, rate, volume=volume, attack=attack, release=release)


def envelope(
    samples: list[float], rate: int, *, volume: float, attack: float, release: float
) -> list[float]:
    """`samples` scaled by `volume`, faded in over `attack` and out over `release` seconds."""
    count = len(samples)
    rise = min(count, max(1, int(rate * attack)))
    fall = min(count - rise, max(1, int(rate * release)))
    gains = [
        *(volume * i / rise for i in range(rise)),
        *([volume] * (count - rise - fall)),
        *(volume * (fall - i) / fall for i in range(fall)),
    ]
    return list(map(mul, samples, gains))


def swell(samples: list[float], peak_at: float) -> list[float]:
    """Fade `samples` in to full at fraction `peak_at` of their length and out again after."""
    count = len(samples)
    top = max(1, int(count * peak_at))
    down = max(1, count - top)
    gains = [*(i / top for i in range(top)), *((down - i) / down for i in range(count - top))]
    return list(map(mul, samples, gains))


def tremolo(samples: list[float], rate: int, hz: float, depth: float) -> list[float]:
    """Loudness wobbling `hz` times a second by `depth` (0–1)."""
    table = _TABLES.setdefault("sine", _table("sine"))
    step = hz * _TABLE_SIZE / rate
    size = _TABLE_SIZE
    return [
        s * (1 - depth * (0.5 + 0.5 * table[int(step * i) % size])) for i, s in enumerate(samples)
    ]


def scaled(samples: list[float], factor: float) -> list[float]:
    return [s * factor for s in samples]


def silence(rate: int, seconds: float) -> list[float]:
    return [0.0] * int(rate * seconds)


def mix(rate: int, length: float, parts: Sequence[tuple[float, list[float]]]) -> list[float]:
    """Parts laid over each other, each starting at its offset in seconds, in `length` seconds
    (parts running past the end wrap round to the start, for seamless loops)."""
    count = int(rate * length)
    out = [0.0] * count
    for offset, samples in parts:
        start = int(rate * offset) % count
        while samples:
            span = min(len(samples), count - start)
            out[start : start + span] = map(add, out[start : start + span], samples[:span])
            samples, start = samples[span:], 0
    return out


def sequence(rate: int, notes: Sequence[list[float]], gap: float = 0.0) -> list[float]:
    """Notes one after the other with `gap` seconds between them."""
    pause = silence(rate, gap)
    out: list[float] = []
    for note in notes:
        out += note
        out += pause
    return out


def pcm(samples: list[float], channels: int = 1, level: float = 1.0) -> bytes:
    """Signed 16-bit native-endian PCM with its loudest sample at `level` of full scale, each
    sample on every channel."""
    loudest = peak(samples)
    top = 32767 * level / loudest if loudest else 0
    values = array("h", [int(s * top) for s in samples])
    if channels > 1:
        values = array("h", [v for v in values for _ in range(channels)])
    return values.tobytes()


def peak(samples: list[float]) -> float:
    """The largest absolute sample."""
    return max(max(samples, default=0.0), -min(samples, default=0.0))
