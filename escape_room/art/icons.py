"""Small square icons for the inventory bar and the HUD.

Kinds: `clue` (a note), `digit` (a tile showing a code digit), `item` (a parcel), `key`,
`hint` (a light bulb), `clock`, `star`; items with their own picture (`vest`, `helmet`,
`ticket`); and the state marks that go with colours, so colour is never the only sign: `right`
(a tick), `wrong` (a cross), `warning` (a triangle). Pictures are cached by kind, size and digit.
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


def _vest(pen: Pen) -> None:
    pen.poly(
        [(30, 8), (42, 8), (50, 30), (58, 8), (70, 8), (86, 30), (82, 94), (18, 94), (14, 30)],
        c.ORANGE,
    )
    pen.poly([(42, 8), (50, 30), (58, 8)], c.WHITE, ink=False)
    for y in (52, 72):
        pen.rect(16, y, 68, 8, c.REFLECTOR, radius=2, ink=False)
    pen.stroke([(50, 30), (50, 94)], c.INK, 3)


def _helmet(pen: Pen) -> None:
    pen.poly([(8, 70), (14, 40), (34, 18), (62, 14), (84, 28), (94, 56), (92, 70)], c.BLUE)
    for x in (34, 52, 70):
        pen.poly([(x, 22), (x + 8, 20), (x + 6, 44), (x - 2, 46)], c.BLUE_DARK, ink=False)
    pen.rect(6, 66, 88, 10, c.CHARCOAL, radius=4)
    pen.tube([(24, 76), (40, 94), (64, 94), (80, 76)], c.CHARCOAL, 4)


def _bike(pen: Pen) -> None:
    for x in (24, 76):
        pen.ring(x, 64, 18, c.CHARCOAL, 6)
    pen.tube([(24, 64), (42, 40), (66, 40), (76, 64)], c.RED, 5)
    pen.tube([(42, 40), (52, 64), (66, 40)], c.RED, 5)
    pen.tube([(24, 64), (52, 64)], c.RED, 5)
    pen.tube([(40, 30), (48, 30)], c.CHARCOAL, 5)
    pen.tube([(66, 40), (62, 26), (72, 24)], c.CHARCOAL, 4)


def _ticket(pen: Pen) -> None:
    pen.poly(
        [
            (6, 26),
            (94, 26),
            (94, 44),
            (86, 50),
            (94, 56),
            (94, 74),
            (6, 74),
            (6, 56),
            (14, 50),
            (6, 44),
        ],
        c.LEMON,
    )
    pen.stroke([(68, 30), (68, 70)], c.METAL_DARK, 2)
    for row in range(3):
        pen.rect(16, 36 + row * 10, 44 - row * 10, 5, c.METAL_DARK, radius=2, ink=False)
    pen.circle(81, 50, 7, c.RED, ink=False)


def _right(pen: Pen) -> None:
    pen.circle(50, 50, 44, c.GREEN_DARK)
    pen.tube([(28, 52), (44, 68), (74, 34)], c.WHITE, 12)


def _wrong(pen: Pen) -> None:
    pen.circle(50, 50, 44, c.RED_DARK)
    pen.tube([(32, 32), (68, 68)], c.WHITE, 12)
    pen.tube([(68, 32), (32, 68)], c.WHITE, 12)


def _warning(pen: Pen) -> None:
    pen.poly([(50, 6), (96, 90), (4, 90)], c.YELLOW)
    pen.tube([(50, 34), (50, 62)], c.INK, 10)
    pen.circle(50, 76, 6, c.INK, ink=False)


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
    "vest": _vest,
    "helmet": _helmet,
    "bike": _bike,
    "ticket": _ticket,
    "right": _right,
    "wrong": _wrong,
    "warning": _warning,
}
"""The icons drawn without a parameter; `digit` needs the digit to show."""
KINDS = (*ICONS, "digit")
ITEM_ICONS = frozenset({"vest", "helmet", "ticket", "key", "bike"})
"""Items drawn with their own picture, by item id; other items show the parcel."""


def item_icon(item_id: str) -> str:
    """The icon of an item: its own picture when the game has one, else the parcel."""
    return item_id if item_id in ITEM_ICONS else "item"


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
