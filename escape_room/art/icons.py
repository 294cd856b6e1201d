"""Small square icons for the inventory bar and the HUD.

Kinds: `clue` (a note), `digit` (a tile showing a code digit), `item` (a parcel), `key`,
`hint` (a light bulb), `clock` and `star`. Pictures are cached by kind, size and digit.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

import pygame

from escape_room.art import palette as c
from escape_room.art.pen import Pen, place, render


def _clue(pen: Pen) -> None:
    pen.poly([(18, 6), (64, 6), (84, 26), (84, 94), (18, 94)], c.PAPER)
    pen.poly([(64, 6), (64, 26), (84, 26)], c.YELLOW_DARK)
    for row, width in enumerate((36, 50, 44, 50, 30)):
        pen.rect(28, 36 + row * 11, width, 4, c.METAL, radius=2, ink=False)
    pen.rect(26, 14, 28, 8, c.RED, radius=3, ink=False)


def _item(pen: Pen) -> None:
    pen.poly([(10, 28), (50, 46), (50, 94), (10, 76)], c.WOOD)
    pen.poly([(50, 46), (90, 28), (90, 76), (50, 94)], c.WOOD_DARK)
    pen.poly([(50, 8), (90, 28), (50, 46), (10, 28)], c.LEMON)
    pen.poly([(28, 18), (38, 13), (78, 33), (68, 38)], c.WOOD, ink=False)
    pen.poly([(68, 38), (78, 33), (78, 62), (68, 67)], c.WOOD, ink=False)


def _key(pen: Pen) -> None:
    pen.ring(28, 50, 16, c.YELLOW, 10)
    pen.tube([(45, 50), (92, 50)], c.YELLOW, 10)
    pen.tube([(80, 50), (80, 66)], c.YELLOW, 8)
    pen.tube([(68, 50), (68, 62)], c.YELLOW, 8)


def _hint(pen: Pen) -> None:
    for angle in (150, 110, 70, 30):
        a = math.radians(angle)
        ray = [(50 + r * math.cos(a), 42 - r * math.sin(a)) for r in (32, 40)]
        pen.tube(ray, c.YELLOW_DARK, 4)
    pen.poly([(37, 59), (63, 59), (59, 73), (41, 73)], c.YELLOW)
    pen.circle(50, 42, 24, c.YELLOW)
    pen.poly([(38, 58), (62, 58), (58, 71), (42, 71)], c.YELLOW, ink=False)
    pen.circle(42, 35, 6, c.WHITE, ink=False)
    pen.rect(38, 72, 24, 9, c.METAL, radius=3)
    pen.rect(40, 81, 20, 8, c.METAL_DARK, radius=3)
    pen.rect(45, 89, 10, 6, c.CHARCOAL, radius=3)


def _clock(pen: Pen) -> None:
    pen.circle(50, 52, 44, c.BLUE)
    pen.circle(50, 52, 36, c.WHITE)
    for i in range(12):
        a = 2 * math.pi * i / 12
        inner = 28 if i % 3 else 25
        pen.stroke(
            [
                (50 + inner * math.cos(a), 52 + inner * math.sin(a)),
                (50 + 32 * math.cos(a), 52 + 32 * math.sin(a)),
            ],
            c.INK,
            3 if i % 3 == 0 else 2,
        )
    pen.stroke([(50, 52), (50, 28)], c.INK, 5)
    pen.stroke([(50, 52), (66, 62)], c.INK, 5)
    pen.circle(50, 52, 4, c.RED, ink=False)


def _star(pen: Pen) -> None:
    points = [
        (
            50 + (46 if i % 2 == 0 else 20) * math.sin(math.pi * i / 5),
            54 - (46 if i % 2 == 0 else 20) * math.cos(math.pi * i / 5),
        )
        for i in range(10)
    ]
    pen.poly(points, c.YELLOW)
    pen.poly([(50, 18), (56, 36), (50, 50), (44, 36)], c.LEMON, ink=False)


def _digit(pen: Pen, digit: str) -> None:
    pen.rect(6, 6, 88, 88, c.BLUE_DARK, radius=16)
    pen.rect(12, 10, 76, 76, c.BLUE, radius=12, ink=False)
    pen.text(digit, 50, 48, 52, c.WHITE, max_width=70)


ICONS: dict[str, Callable[[Pen], None]] = {
    "clue": _clue,
    "item": _item,
    "key": _key,
    "hint": _hint,
    "clock": _clock,
    "star": _star,
}
"""The icons drawn without a parameter; `digit` needs the digit to show."""
KINDS = (*ICONS, "digit")


@lru_cache(maxsize=128)
def _icon_picture(kind: str, size: tuple[int, int], digit: str | None) -> pygame.Surface:
    def paint(pen: Pen) -> None:
        if kind == "digit":
            _digit(pen, digit or "")
        else:
            ICONS[kind](pen)

    return render(size, (100, 100), paint, room_for_glow=False)


def draw_icon(
    surface: pygame.Surface, kind: str, rect: pygame.Rect, digit: str | None = None
) -> None:
    """Draw icon `kind` (one of :data:`KINDS`) in `rect`; a `digit` tile shows `digit`."""
    if kind not in KINDS:
        raise ValueError(f"unknown icon kind {kind!r}; known: {', '.join(KINDS)}")
    if (kind == "digit") != (digit is not None):
        raise ValueError("give `digit` exactly for the 'digit' icon, e.g. digit='7'")
    place(surface, _icon_picture(kind, rect.size, digit), rect.topleft)
