"""Motion that serves the play, as pure functions of the frame time passed in (never the wall
clock), so a replay moves the same way: a shake on a wrong answer, things flying into the
inventory, the door swinging open, confetti on escape, and the street's traffic.

Scenes advance these with `dt` in `update` and read positions in `draw`; with the reduced
motion setting they are not started at all. No pygame here.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

Point = tuple[float, float]


def ease_out(f: float) -> float:
    """0 → 1, fast at first and settling gently."""
    f = min(1.0, max(0.0, f))
    return 1 - (1 - f) ** 3


@dataclass
class Shake:
    """A sideways shake that dies away over `duration` seconds."""

    duration: float = 0.45
    amplitude: float = 14.0
    age: float = math.inf

    def start(self) -> None:
        self.age = 0.0

    def advance(self, dt: float) -> None:
        self.age += dt

    @property
    def active(self) -> bool:
        return self.age < self.duration

    @property
    def offset(self) -> int:
        """Pixels to move right (or left, when negative) now."""
        if not self.active:
            return 0
        fade = 1 - self.age / self.duration
        return round(self.amplitude * fade * math.sin(self.age * 2 * math.pi * 9))


@dataclass
class Flight:
    """Something found, flying from where it was found to its inventory slot."""

    slot_id: str
    start: Point
    kind: str = "item"
    """`clue`, `digit` or `item`: which icon flies."""
    digit: str | None = None
    duration: float = 0.7
    age: float = 0.0

    def advance(self, dt: float) -> None:
        self.age += dt

    @property
    def done(self) -> bool:
        return self.age >= self.duration

    def where(self, end: Point) -> tuple[Point, float]:
        """Its centre now, flying towards `end` along a rising arc, and its size (1 at the end)."""
        f = ease_out(self.age / self.duration)
        x = self.start[0] + (end[0] - self.start[0]) * f
        y = self.start[1] + (end[1] - self.start[1]) * f - 120 * math.sin(math.pi * f)
        return (x, y), 1.6 - 0.6 * f


@dataclass
class Swing:
    """The door opening: 0 shut → 1 open over `duration` seconds."""

    duration: float = 0.9
    age: float = 0.0

    def advance(self, dt: float) -> None:
        self.age += dt

    @property
    def opened(self) -> float:
        return ease_out(self.age / self.duration)


@dataclass(frozen=True)
class Piece:
    x: float
    y: float
    vx: float
    vy: float
    spin: float
    colour: int


@dataclass
class Confetti:
    """Paper pieces bursting up from the bottom and falling; the same every run (seeded)."""

    width: float
    height: float
    count: int = 90
    seed: int = 8
    age: float = 0.0
    pieces: list[Piece] = field(default_factory=list)

    def __post_init__(self) -> None:
        rng = random.Random(self.seed)
        self.pieces = [
            Piece(
                rng.uniform(0.1, 0.9) * self.width,
                self.height + 10,
                rng.uniform(-160, 160),
                -rng.uniform(520, 900),
                rng.uniform(4, 12),
                rng.randrange(6),
            )
            for _ in range(self.count)
        ]

    def advance(self, dt: float) -> None:
        self.age += dt

    def positions(self) -> list[tuple[Point, float, int]]:
        """Each piece on screen now: its centre, its turn (radians) and its colour index."""
        t, out = self.age, []
        for p in self.pieces:
            x = p.x + p.vx * min(t, 1.0) + 30 * math.sin(p.spin * t)
            y = p.y + _height(p.vy, t)
            if -20 < y < self.height + 20:
                out.append(((x, y), p.spin * t, p.colour))
        return out


_GRAVITY, _FLUTTER = 900.0, 110.0
"""Paper falls with gravity until it flutters down at a steady speed."""


def _height(vy: float, t: float) -> float:
    """How far a piece thrown with speed `vy` (up is negative) has moved down after `t`."""
    steady = (_FLUTTER - vy) / _GRAVITY
    rise = min(t, steady)
    return vy * rise + _GRAVITY * rise * rise / 2 + _FLUTTER * max(0.0, t - steady)


@dataclass(frozen=True)
class Walker:
    """Someone or something going along a line across the scene, again and again."""

    kind: str
    """`car` or `pedestrian`: which picture."""
    y: float
    """Where its feet or wheels touch the ground."""
    speed: float
    """Pixels a second; negative goes right to left."""
    start: float
    size: float
    """Its height in pixels."""


def along(walker: Walker, t: float, width: float, margin: float = 200) -> float:
    """The walker's x (its centre) at time `t`, wrapping round past either edge."""
    span = width + 2 * margin
    return (walker.start + walker.speed * t) % span - margin


STREET_TRAFFIC = (
    Walker("pedestrian", 430, 38, 80, 100),
    Walker("pedestrian", 428, -30, 900, 94),
    Walker("car", 500, -150, 1100, 96),
    Walker("car", 500, -120, 200, 90),
)
"""The street outside school: two people on the far pavement, cars in the far lane (which in
Lithuania goes right to left, seen from this side)."""
