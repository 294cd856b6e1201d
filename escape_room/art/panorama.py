"""Panoramas drawn in code: every `PanoramaName` of the pack format, wider than the screen.

`crossroads` is the view all around from the middle of a town crossroads, 3840 × 720 for the
full turn, traffic on the right: the road ahead (x 480) has a zebra crossing for the traffic
lights, the road to the right (x 1440) a cycle lane, the road behind (x 2400) a bus bay, and
the road to the left (x 3360) runs over a level crossing. The picture wraps: its right edge
joins its left edge without a seam. Hotspot props stand on it; the top 70 px (HUD and compass)
and the bottom 110 px (inventory) hold nothing that matters.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import pygame

from escape_room.art import palette as c
from escape_room.art import scenery as s
from escape_room.art.figures import cloud, tree
from escape_room.art.pen import Pen, place, render_full
from escape_room.content import ground as g
from escape_room.content.models import PANORAMA_WIDTH

WIDTH, HEIGHT = PANORAMA_WIDTH, s.HEIGHT
HORIZON = g.CROSSROADS_HORIZON
ROADS = g.CROSSROADS_ROADS
"""The x of each road's middle: the four ways out of the crossroads."""
_SPREAD = 0.8
"""How much wider a road gets per pixel nearer the viewer."""


def _half(y: float) -> float:
    """Half a road's width at height y: narrow at the horizon, wide at the bottom."""
    return 22 + (y - HORIZON) * _SPREAD


def _edge(x: float, y: float, side: float) -> tuple[float, float]:
    """The point of the road through x at height y, `side` half-widths from its middle."""
    return (x + side * _half(y), y)


# --- the four roads -------------------------------------------------------------------------


def _road(pen: Pen, x: float) -> None:
    """Asphalt from the horizon to the bottom edge, dashed down the middle."""
    pen.poly(
        [_edge(x, HORIZON, -1), _edge(x, HORIZON, 1), _edge(x, HEIGHT, 1), _edge(x, HEIGHT, -1)],
        c.ASPHALT,
    )
    y = HORIZON + 6.0
    while y < HEIGHT:
        length = 6 + (y - HORIZON) * 0.12
        width = 1.5 + (y - HORIZON) * 0.014
        pen.rect(x - width / 2, y, width, length, c.PAINT)
        y += length * 2.2


def _band(
    pen: Pen,
    x: float,
    top: float,
    bottom: float,
    fill: c.Colour,
    sides: tuple[float, float] = (-1, 1),
) -> None:
    """A band across the road through x between two heights, from side to side."""
    left, right = sides
    pen.poly(
        [
            _edge(x, top, left),
            _edge(x, top, right),
            _edge(x, bottom, right),
            _edge(x, bottom, left),
        ],
        fill,
    )


def _zebra(pen: Pen, x: float, top: float, bottom: float) -> None:
    """A zebra crossing: white stripes along the road, and the stop line before it for the
    traffic coming this way (on its right: the viewer's left)."""
    _band(pen, x, top - 14, top - 8, c.PAINT, (-1, 0))
    stripes = 7
    for i in range(stripes):
        left = -0.92 + i * 1.84 / stripes
        right = left + 1.84 / stripes * 0.55
        _band(pen, x, top, bottom, c.PAINT, (left, right))


def _ahead(pen: Pen) -> None:
    x = ROADS["ahead"]
    _road(pen, x)
    _zebra(pen, x, *g.CROSSROADS_ZEBRA)


def _cycle_lane(pen: Pen, x: float) -> None:
    """A red cycle lane on the right of the road through x, with white bicycles painted on."""
    _band(pen, x, HORIZON, HEIGHT, c.BRICK, (1, 1.55))
    _band(pen, x, HORIZON, HEIGHT, c.PAINT, (0.98, 1.04))
    for y in (372, 430, 520):
        size = _half(y) * 0.42
        centre = _edge(x, y, 1.28)[0]
        _painted_bicycle(pen, centre, y, size)


def _painted_bicycle(pen: Pen, x: float, y: float, size: float) -> None:
    """The white bicycle symbol painted on a cycle lane, `size` wide, centred on (x, y)."""
    r = size * 0.2
    back, front = (x - size * 0.3, y), (x + size * 0.3, y)
    pen.ring(*back, r, c.PAINT, max(1.0, size * 0.05))
    pen.ring(*front, r, c.PAINT, max(1.0, size * 0.05))
    frame = [back, (x - size * 0.02, y), (x + size * 0.16, y - r * 1.1), front]
    pen.stroke(frame, c.PAINT, max(1.0, size * 0.05))
    pen.stroke(
        [back, (x - size * 0.12, y - r * 1.1), (x + size * 0.16, y - r * 1.1)],
        c.PAINT,
        max(1.0, size * 0.05),
    )


def _right(pen: Pen) -> None:
    x = ROADS["right"]
    _road(pen, x)
    _cycle_lane(pen, x)


def _bus_bay(pen: Pen, x: float) -> None:
    """A lay-by on the right of the road through x, edged with a yellow zigzag."""
    top, bottom = g.CROSSROADS_BUS_BAY
    pen.poly(
        [
            _edge(x, top - 20, 1),
            _edge(x, top, 1.5),
            _edge(x, bottom, 1.5),
            _edge(x, bottom + 30, 1),
        ],
        c.ASPHALT,
    )
    steps = 10
    zigzag = [
        _edge(x, top + (bottom - top) * i / steps, 1.38 if i % 2 else 1.46)
        for i in range(steps + 1)
    ]
    pen.stroke(zigzag, c.PAINT_YELLOW, 3)
    pen.stroke([_edge(x, top, 1.52), _edge(x, bottom, 1.52)], c.KERB, 5)


def _behind(pen: Pen) -> None:
    x = ROADS["behind"]
    _road(pen, x)
    _bus_bay(pen, x)


def _railway(pen: Pen) -> None:
    """The railway crossing the road on the left, out to both sides of it."""
    x, (top, bottom) = ROADS["left"], g.CROSSROADS_RAILWAY
    left, right = x - 470, x + 470
    pen.rect(left, top, right - left, bottom - top, c.BALLAST)
    for sleeper in range(round(left) + 4, round(right), 22):
        pen.rect(sleeper, top + 4, 10, bottom - top - 8, c.SLEEPER)
    _road(pen, x)
    _band(pen, x, top - 2, bottom + 2, c.PAVEMENT_LINE, (-1.02, 1.02))
    for rail in (top + 8, bottom - 13):
        pen.rect(left, rail, right - left, 5, c.RAIL)
        pen.rect(left, rail, right - left, 2, c.RAIL_SHINE)
    _band(pen, x, bottom + 40, bottom + 46, c.PAINT, (0, 1))


def _left(pen: Pen) -> None:
    _railway(pen)


# --- between the roads -----------------------------------------------------------------------


def _land(pen: Pen) -> None:
    """Grass to the horizon, a row of far trees, and pavement round the crossroads."""
    pen.rect(0, HORIZON, WIDTH, HEIGHT - HORIZON, c.GRASS)
    pen.rect(0, HORIZON, WIDTH, 26, c.GRASS_FAR)
    s.far_trees(pen, 0, WIDTH, HORIZON + 4, 26)
    pavement = g.CROSSROADS_PAVEMENT
    pen.rect(0, pavement, WIDTH, HEIGHT - pavement, c.PAVEMENT)
    pen.rect(0, pavement, WIDTH, 6, c.KERB)
    s.paving(pen, pavement + 6, HEIGHT, 64, WIDTH)


def _corners(pen: Pen) -> None:
    """Houses, the school and trees in the corners between the roads."""
    base = g.CROSSROADS_BUILDINGS
    s.house(pen, 700, base, 190, 2, c.PEACH, gable=True)
    s.school_front(pen, 1760, base, 330, 2)
    s.house(pen, 2680, base, 210, 3, c.POWDER, gable=False)
    s.house(pen, 3620, base, 170, 2, c.MINT, gable=True)
    for x, size in ((60, 200), (930, 170), (1100, 150), (2110, 190), (2900, 160), (3080, 130)):
        tree(pen, x, base + 4, size)


def _sky(pen: Pen) -> None:
    s.sky(pen, HORIZON + 4, WIDTH, sun=(3000, 110))
    for x, bottom, width in ((260, 150, 150), (1260, 120, 120), (2040, 170, 160), (3460, 140, 130)):
        cloud(pen, x, bottom, width)


_LAYERS: dict[str, tuple[Callable[[Pen], None], ...]] = {
    "crossroads": (_sky, _land, _corners, _ahead, _right, _behind, _left),
}
PANORAMAS = tuple(_LAYERS)


def _wrapped(layers: tuple[Callable[[Pen], None], ...]) -> Callable[[Pen], None]:
    """Paint each layer a turn to the left and right as well, so what crosses an edge of the
    picture comes in at the other and the picture joins up without a seam."""

    def paint(pen: Pen) -> None:
        for layer in layers:
            for turn in (-1, 0, 1):
                origin = (pen.origin[0] + turn * WIDTH * pen.scale, pen.origin[1])
                layer(Pen(pen.surface, origin, pen.scale, pen.ink, pen.line))

    return paint


@lru_cache(maxsize=2)
def panorama_surface(name: str, height: int = HEIGHT) -> pygame.Surface:
    """Panorama `name` drawn once, `height` pixels high (and as wide as that keeps it), and kept."""
    if name not in _LAYERS:
        raise ValueError(f"unknown panorama {name!r}; known: {', '.join(PANORAMAS)}")
    size = (round(WIDTH * height / HEIGHT), height)
    surface = pygame.Surface(size)
    place(surface, render_full(size, (WIDTH, HEIGHT), _wrapped(_LAYERS[name])), (0, 0))
    return surface
