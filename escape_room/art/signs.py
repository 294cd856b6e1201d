"""Traffic signs in the shapes of the Vienna Convention (1968), as used in Lithuania.

Each sign is drawn in a 100 × 100 design box: `warning` (red-bordered triangle, point up),
`prohibitory` (red ring), `give-way` (triangle, point down), `stop` (red octagon),
`priority-road` (yellow diamond, white border), `mandatory` (blue disc) and
`pedestrian-crossing` (blue square, white triangle, a walker on a zebra crossing).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from functools import lru_cache

import pygame

from escape_room.art import palette as c
from escape_room.art.figures import walker
from escape_room.art.pen import Pen, Point, place, render

_TRIANGLE_HEIGHT = 50 * math.sqrt(3)


def _plate(
    pen: Pen, corners: Sequence[Point], inset: float, corner: float, colour: c.Colour
) -> None:
    """The convex regular shape `corners` shrunk by `inset` units, corners rounded by `corner`."""
    cx = sum(x for x, _ in corners) / len(corners)
    cy = sum(y for _, y in corners) / len(corners)
    (x1, y1), (x2, y2) = corners[0], corners[1]
    apothem = abs((x2 - x1) * (y1 - cy) - (x1 - cx) * (y2 - y1)) / math.dist(corners[0], corners[1])
    factor = (apothem - inset - corner) / apothem
    points = [(cx + (x - cx) * factor, cy + (y - cy) * factor) for x, y in corners]
    pen.poly(points, colour, ink=False)
    pen.stroke(points, colour, 2 * corner, closed=True)


def _triangle(up: bool) -> list[Point]:
    top = (100 - _TRIANGLE_HEIGHT) / 2
    bottom = top + _TRIANGLE_HEIGHT
    if up:
        return [(50, top), (100, bottom), (0, bottom)]
    return [(0, top), (100, top), (50, bottom)]


def _red_triangle(pen: Pen, up: bool) -> None:
    _plate(pen, _triangle(up), 0, 5, c.SIGN_RED)
    _plate(pen, _triangle(up), 12, 2, c.WHITE)


def _warning(pen: Pen) -> None:
    _red_triangle(pen, up=True)
    pen.poly([(45.5, 40), (54.5, 40), (52, 68), (48, 68)], c.SIGN_BLACK, ink=False)
    pen.circle(50, 76, 4.6, c.SIGN_BLACK, ink=False)


def _give_way(pen: Pen) -> None:
    _red_triangle(pen, up=False)


def _prohibitory(pen: Pen) -> None:
    pen.circle(50, 50, 50, c.SIGN_RED, ink=False)
    pen.circle(50, 50, 38, c.WHITE, ink=False)


def _octagon() -> list[Point]:
    r = 50 / math.cos(math.pi / 8)
    return [
        (
            50 + r * math.cos(math.pi / 8 + i * math.pi / 4),
            50 + r * math.sin(math.pi / 8 + i * math.pi / 4),
        )
        for i in range(8)
    ]


def _stop(pen: Pen) -> None:
    _plate(pen, _octagon(), 0, 2, c.SIGN_RED)
    _plate(pen, _octagon(), 3.5, 1.5, c.WHITE)
    _plate(pen, _octagon(), 6.5, 1, c.SIGN_RED)
    pen.text("STOP", 50, 50, 25, c.WHITE, max_width=74)


def _priority_road(pen: Pen) -> None:
    diamond = [(50, 0), (100, 50), (50, 100), (0, 50)]
    _plate(pen, diamond, 0, 4, c.CHARCOAL)
    _plate(pen, diamond, 1.5, 3, c.WHITE)
    _plate(pen, diamond, 11, 2, c.SIGN_YELLOW)


def _mandatory(pen: Pen) -> None:
    pen.circle(50, 50, 50, c.SIGN_BLUE, ink=False)
    pen.circle(50, 50, 47, c.WHITE, ink=False)
    pen.circle(50, 50, 45, c.SIGN_BLUE, ink=False)
    pen.rect(43, 42, 14, 38, c.WHITE, ink=False)
    pen.poly([(26, 48), (50, 18), (74, 48)], c.WHITE, ink=False)


def _pedestrian_crossing(pen: Pen) -> None:
    pen.rect(0, 0, 100, 100, c.SIGN_BLUE, radius=8, ink=False)
    pen.rect(3, 3, 94, 94, c.WHITE, radius=6, ink=False)
    pen.rect(5.5, 5.5, 89, 89, c.SIGN_BLUE, radius=4, ink=False)
    _plate(pen, [(50, 10), (91, 84), (9, 84)], 0, 3, c.WHITE)
    for i in range(4):
        pen.poly(
            [(30 + i * 11, 77), (37 + i * 11, 77), (39 + i * 11, 71), (32 + i * 11, 71)],
            c.SIGN_BLACK,
            ink=False,
        )
    walker(pen, 49, 68, 40, c.SIGN_BLACK)


SIGNS: dict[str, Callable[[Pen], None]] = {
    "warning": _warning,
    "prohibitory": _prohibitory,
    "give-way": _give_way,
    "stop": _stop,
    "priority-road": _priority_road,
    "mandatory": _mandatory,
    "pedestrian-crossing": _pedestrian_crossing,
}


def paint_sign(pen: Pen, kind: str) -> None:
    """Draw sign `kind` in the pen's 100 × 100 design box."""
    if kind not in SIGNS:
        raise ValueError(f"unknown sign kind {kind!r}; known: {', '.join(SIGNS)}")
    SIGNS[kind](pen)


@lru_cache(maxsize=128)
def _sign_picture(kind: str, size: tuple[int, int]) -> pygame.Surface:
    return render(size, (100, 100), lambda pen: paint_sign(pen, kind), room_for_glow=False)


def draw_sign(surface: pygame.Surface, kind: str, rect: pygame.Rect) -> None:
    """Draw traffic sign `kind` (one of :data:`SIGNS`) as large as fits in `rect`."""
    place(surface, _sign_picture(kind, rect.size), rect.topleft)
