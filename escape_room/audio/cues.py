"""Every sound the game makes, as a recipe for :mod:`escape_room.audio.synth`.

Cues are short (a click, right, wrong, a reward, an unlock, the door, a clock tick, time up,
the escape fanfare); ambiences are quiet loops that join seamlessly: the street's, and the
open air's for the railway and the schoolyard. Pure: no pygame.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from escape_room.audio.synth import (
    mix,
    noise,
    scaled,
    sequence,
    silence,
    swell,
    tone,
    tremolo,
)

Cue = Literal["click", "right", "wrong", "reward", "unlock", "door", "tick", "time_up", "fanfare"]
Recipe = Callable[[int], list[float]]
AMBIENT_SECONDS = 8.0
"""The length of an ambient loop."""

# Notes (Hz), equal temperament.
_C5, _E5, _G5, _B5 = 523.25, 659.25, 783.99, 987.77
_C6, _D6, _E6, _G6 = 1046.5, 1174.66, 1318.51, 1567.98


def _click(rate: int) -> list[float]:
    return tone(rate, 1500, 0.03, volume=0.35, wave="triangle", attack=0.001, release=0.025)


def _right(rate: int) -> list[float]:
    notes = [
        mix(
            rate,
            0.14,
            [(0, tone(rate, f, 0.14, volume=0.4)), (0, tone(rate, 2 * f, 0.14, volume=0.12))],
        )
        for f in (_C6, _E6)
    ]
    return sequence(rate, notes, 0.02)


def _wrong(rate: int) -> list[float]:
    return sequence(
        rate,
        [
            tone(rate, 233, 0.16, volume=0.35, wave="square", release=0.04),
            tone(rate, 185, 0.28, volume=0.35, wave="square", to_freq=170, release=0.12),
        ],
        0.03,
    )


def _reward(rate: int) -> list[float]:
    notes = [
        tone(rate, f, 0.09, volume=0.35, wave="triangle", release=0.06) for f in (_G5, _B5, _D6)
    ]
    return sequence(rate, [*notes, tone(rate, _G6, 0.3, volume=0.3, release=0.25)])


def _unlock(rate: int) -> list[float]:
    clack = noise(rate, 0.04, volume=0.5, smooth=0.3, seed=7, attack=0.001, release=0.03)
    ping = tone(rate, 880, 0.18, volume=0.3, release=0.15)
    return mix(rate, 0.3, [(0, clack), (0.09, clack), (0.1, ping)])


def _door(rate: int) -> list[float]:
    creak = tone(rate, 95, 0.7, volume=0.3, wave="saw", to_freq=150, release=0.2)
    air = noise(rate, 0.9, volume=0.2, smooth=0.9, seed=3, attack=0.2, release=0.4)
    thud = noise(rate, 0.15, volume=0.6, smooth=0.97, seed=5, attack=0.002, release=0.12)
    return mix(rate, 1.05, [(0, creak), (0, air), (0.85, thud)])


def _tick(rate: int) -> list[float]:
    knock = tone(rate, 1900, 0.035, volume=0.4, wave="triangle", attack=0.001, release=0.03)
    body = noise(rate, 0.02, volume=0.2, smooth=0.5, seed=11, attack=0.001, release=0.015)
    return mix(rate, 0.05, [(0, knock), (0, body)])


def _time_up(rate: int) -> list[float]:
    falling = [tone(rate, f, 0.2, volume=0.35, wave="square") for f in (392, 330, 262)]
    buzzer = tone(rate, 131, 0.7, volume=0.35, wave="square", release=0.3)
    return sequence(rate, [*falling, buzzer], 0.04)


def _fanfare(rate: int) -> list[float]:
    """An arpeggio and a held chord, after a pause that lets the door be heard first."""

    def brass(f: float, seconds: float) -> list[float]:
        return mix(
            rate,
            seconds,
            [
                (0, tone(rate, f, seconds, volume=0.22, wave="square", release=0.08)),
                (0, tone(rate, f * 1.002, seconds, volume=0.18, wave="triangle", release=0.08)),
            ],
        )

    run = sequence(rate, [brass(f, 0.13) for f in (_C5, _E5, _G5)], 0.02)
    chord = mix(
        rate,
        0.9,
        [
            (0, tone(rate, f, 0.9, volume=0.16, wave="triangle", release=0.5))
            for f in (_C5, _E5, _G5, _C6)
        ],
    )
    return [*silence(rate, 0.6), *run, *brass(_C6, 0.2), *chord]


CUES: dict[Cue, Recipe] = {
    "click": _click,
    "right": _right,
    "wrong": _wrong,
    "reward": _reward,
    "unlock": _unlock,
    "door": _door,
    "tick": _tick,
    "time_up": _time_up,
    "fanfare": _fanfare,
}


# --- ambient loops -----------------------------------------------------------------------


def _car(rate: int, seconds: float, seed: int, pitch: float) -> list[float]:
    """A car passing: an engine hum and tyre noise swelling and fading."""
    engine = tone(rate, pitch, seconds, volume=0.25, wave="saw", to_freq=pitch * 0.8)
    tyres = noise(rate, seconds, volume=0.5, smooth=0.8, seed=seed)
    return swell(mix(rate, seconds, [(0, engine), (0, tyres)]), 0.55)


def _bird(rate: int) -> list[float]:
    chirp = [tone(rate, 3200, 0.06, volume=0.12, to_freq=4200, release=0.03)]
    return sequence(rate, chirp * 3, 0.05)


def _street(rate: int) -> list[float]:
    length = AMBIENT_SECONDS
    rumble = tremolo(noise(rate, length, volume=0.35, smooth=0.985, seed=21), rate, 0.25, 0.3)
    return mix(
        rate,
        length,
        [
            (0, rumble),
            (0.5, _car(rate, 2.6, 22, 70)),
            (4.6, _car(rate, 3.0, 23, 55)),
            (3.1, _bird(rate)),
        ],
    )


def _open_air(rate: int) -> list[float]:
    """Wind in the fields or the schoolyard, a bird now and then, one car far off."""
    length = AMBIENT_SECONDS
    wind = tremolo(noise(rate, length, volume=0.3, smooth=0.97, seed=31), rate, 0.125, 0.6)
    far_car = scaled(_car(rate, 3.5, 32, 60), 0.5)
    return mix(rate, length, [(0, wind), (1.2, _bird(rate)), (5.4, _bird(rate)), (3.0, far_car)])


AMBIENCES: dict[str, Recipe] = {"street": _street, "open_air": _open_air}
_OPEN_AIR_SCENES = ("railway", "schoolyard")


def ambience_for(scene: str | None) -> str:
    """The ambience of a drawn scene (a panorama's too); the street's for pictures."""
    return "open_air" if scene in _OPEN_AIR_SCENES else "street"


CUE_LEVEL = 0.32
"""The peak of a cue, against full scale (−10 dBFS), before the volume setting."""
LEVELS: dict[str, float] = {"click": 0.2, "tick": 0.25, "fanfare": 0.4}
"""Cues and ambiences whose peak differs from `CUE_LEVEL`."""
AMBIENT_LEVEL = 0.4
"""How loud an ambience plays against the cues, before the volume setting."""
