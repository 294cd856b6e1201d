"""Traffic signs in the shapes of the Vienna Convention (1968), as used in Lithuania.

Each sign is drawn in a 100 × 100 design box. Danger warnings are red-bordered white triangles,
point up, with a black symbol: `warning` (other danger: '!'), `children` (KET 105: two children
walking) and `railway-barrier` (KET 101: a barrier gate). `give-way` (KET 203) is the only
triangle point down; `stop` (KET 204) a red octagon with the white word STOP; `priority-road`
(KET 201) a yellow diamond with a white border. Prohibitions are white discs with a red ring:
`prohibitory` (no vehicles, the plain ring); `no-entry` is a red disc with a white bar. Mandatory
signs are blue discs with a white symbol: `mandatory` (KET 401, ahead only) and `cycle-path` (a
bicycle). `pedestrian-crossing` is a blue square with a white triangle and a walker on a zebra
crossing. :mod:`escape_room.content.signs` names them and gives their numbers.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from functools import lru_cache

import pygame

from escape_room.art import palette as c
from escape_room.art.figures import walker
from escape_room.art.pen import Pen, Point, place, render
from escape_room.content.signs import sign_name

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


def _children(pen: Pen) -> None:
    """Two children walking, the taller one ahead (KET 105)."""
    _red_triangle(pen, up=True)
    walker(pen, 58, 78, 40, c.SIGN_BLACK)
    walker(pen, 40, 78, 31, c.SIGN_BLACK)


def _railway_barrier(pen: Pen) -> None:
    """A barrier gate: pickets between two rails (KET 101)."""
    _red_triangle(pen, up=True)
    for x in (31, 41, 51, 61, 71):
        pen.rect(x - 2.5, 50, 5, 28, c.SIGN_BLACK, ink=False)
    pen.rect(27, 55, 48, 5, c.SIGN_BLACK, ink=False)
    pen.rect(27, 68, 48, 5, c.SIGN_BLACK, ink=False)


def _give_way(pen: Pen) -> None:
    _red_triangle(pen, up=False)


def _prohibitory(pen: Pen) -> None:
    pen.circle(50, 50, 50, c.SIGN_RED, ink=False)
    pen.circle(50, 50, 38, c.WHITE, ink=False)


def _no_entry(pen: Pen) -> None:
    pen.circle(50, 50, 50, c.SIGN_RED, ink=False)
    pen.rect(16, 42, 68, 16, c.WHITE, ink=False)


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


def _cycle_path(pen: Pen) -> None:
    """A white bicycle on a blue disc."""
    pen.circle(50, 50, 50, c.SIGN_BLUE, ink=False)
    pen.circle(50, 50, 47, c.WHITE, ink=False)
    pen.circle(50, 50, 45, c.SIGN_BLUE, ink=False)
    back, front, pedal, seat, bars = (29, 62), (71, 62), (47, 62), (42, 40), (64, 38)
    pen.ring(*back, 13, c.WHITE, 4)
    pen.ring(*front, 13, c.WHITE, 4)
    pen.stroke([back, pedal, (62, 44), back], c.WHITE, 4)
    pen.stroke([pedal, seat], c.WHITE, 4)
    pen.stroke([(62, 44), front], c.WHITE, 4)
    pen.stroke([(62, 44), bars, (70, 37)], c.WHITE, 4)
    pen.stroke([(37, 38), (47, 38)], c.WHITE, 4)


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
    "railway-barrier": _railway_barrier,
    "children": _children,
    "warning": _warning,
    "priority-road": _priority_road,
    "give-way": _give_way,
    "stop": _stop,
    "prohibitory": _prohibitory,
    "no-entry": _no_entry,
    "mandatory": _mandatory,
    "cycle-path": _cycle_path,
    "pedestrian-crossing": _pedestrian_crossing,
}
"""Each sign's painter, by the name `content.signs` gives it."""


def paint_sign(pen: Pen, kind: str) -> None:
    """Draw sign `kind` (a name or KET number) in the pen's 100 × 100 design box."""
    SIGNS[kind if kind in SIGNS else sign_name(kind)](pen)


@lru_cache(maxsize=128)
def _sign_picture(kind: str, size: tuple[int, int]) -> pygame.Surface:
    return render(size, (100, 100), lambda pen: paint_sign(pen, kind), room_for_glow=False)


def draw_sign(surface: pygame.Surface, kind: str, rect: pygame.Rect) -> None:
    """Draw traffic sign `kind` (a name of :data:`SIGNS` or a KET number) as large as fits."""
    place(surface, _sign_picture(kind, rect.size), rect.topleft)
