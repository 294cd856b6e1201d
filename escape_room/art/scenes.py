"""Room backgrounds drawn in code: every `SceneName` of the pack format.

`street` (a town street by a school, traffic on the right), `railway` (a level crossing in the
fields with a bus stop) and `schoolyard` (the school, its yard, bike racks and fence). The top
70 px (HUD) and the bottom 110 px (inventory) hold nothing that matters.

A scene is two cached layers, the sky behind and the land in front, with drifting clouds
between them; `t` (seconds) moves the clouds and the wind turbine. :func:`scene_surface` caches
the still picture for views that blit one surface per frame.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

import pygame
import pygame.gfxdraw

from escape_room.art import palette as c
from escape_room.art import scenery as s
from escape_room.art.figures import cloud, tree
from escape_room.art.pen import Pen, place, render_full
from escape_room.content import ground as g

WIDTH, HEIGHT = s.WIDTH, s.HEIGHT
_CLOUDS = ((90, 172, 140, 7.0), (500, 160, 150, 5.0), (900, 196, 110, 8.5))
"""Each cloud's start x, bottom y, width and speed (px per second), in scene pixels."""


# --- street ---------------------------------------------------------------------------

_ROAD_TOP, _ROAD_BOTTOM = g.STREET_ROAD
_CROSSING = g.STREET_CROSSING


def _street(pen: Pen) -> None:
    _street_buildings(pen)
    _street_pavements(pen)
    _street_road(pen)


def _street_buildings(pen: Pen) -> None:
    base = g.STREET_PAVEMENT_TOP
    s.far_trees(pen, 0, WIDTH, base, 44)
    s.house(pen, -10, base, 200, 3, c.LEMON, gable=False)
    s.house(pen, 196, base, 150, 2, c.MINT, gable=True)
    s.school_front(pen, 370, base, 440, 3)
    s.house(pen, 836, base, 160, 2, c.PEACH, gable=True)
    s.house(pen, 1010, base, 280, 3, c.POWDER, gable=False)


def _street_pavements(pen: Pen) -> None:
    top, kerb = g.STREET_PAVEMENT_TOP, g.STREET_KERB
    pen.rect(0, top, WIDTH, _ROAD_TOP - top, c.PAVEMENT)
    s.paving(pen, top, 430, 48)
    pen.rect(0, 430, WIDTH, 7, c.KERB)
    pen.rect(0, _ROAD_BOTTOM, WIDTH, kerb, c.KERB)
    pen.rect(0, _ROAD_BOTTOM + kerb, WIDTH, HEIGHT - _ROAD_BOTTOM - kerb, c.PAVEMENT)
    left, right = _CROSSING
    for top in (412, _ROAD_BOTTOM + 10):
        pen.rect(left + 10, top, right - left - 20, 16, c.TACTILE)
        for x in range(left + 18, right - 12, 12):
            pen.rect(x, top + 2, 4, 12, c.YELLOW_DARK)
    for x in (70, 1120):
        tree(pen, x, 420, 170)
    s.street_lamp(pen, 250, 428)
    s.street_lamp(pen, 960, 428)


def _street_road(pen: Pen) -> None:
    pen.rect(0, _ROAD_TOP, WIDTH, _ROAD_BOTTOM - _ROAD_TOP, c.ASPHALT)
    middle = (_ROAD_TOP + _ROAD_BOTTOM) / 2
    left, right = _CROSSING
    for x in range(10, WIDTH, 80):
        if x + 44 < left - 30 or x > right + 30:
            pen.rect(x, middle - 2, 44, 4, c.PAINT)
    for i in range(6):
        pen.rect(left, _ROAD_TOP + 4 + i * 21.5, right - left, 12, c.PAINT)


# --- railway --------------------------------------------------------------------------

_HORIZON = g.RAILWAY_HORIZON
_TRACK_TOP, _TRACK_BOTTOM = g.RAILWAY_TRACK
_HUB = (1041, 130)
"""Where the wind turbine's blades turn."""


def _road_edges(y: float) -> tuple[float, float]:
    """The road's left and right edge at height y: it narrows towards the horizon."""
    f = (y - _HORIZON) / (HEIGHT - _HORIZON)
    middle = g.RAILWAY_ROAD_MIDDLE
    return middle - 28 - 192 * f, middle + 28 + 192 * f


def _railway(pen: Pen) -> None:
    _railway_land(pen)
    _railway_road(pen)
    _railway_track(pen)
    _bus_bay(pen)
    for x, ground, size in ((96, 590, 170), (250, 530, 110), (1216, 470, 120)):
        tree(pen, x, ground, size)


def _railway_land(pen: Pen) -> None:
    pen.rect(0, _HORIZON, WIDTH, HEIGHT - _HORIZON, c.GRASS)
    pen.rect(0, _HORIZON, WIDTH, 40, c.GRASS_FAR)
    pen.poly(
        [(0, _HORIZON + 12), (420, _HORIZON + 8), (560, _HORIZON + 30), (0, _HORIZON + 40)], c.FIELD
    )
    pen.poly(
        [(760, _HORIZON + 6), (1280, _HORIZON + 4), (1280, _HORIZON + 30), (820, _HORIZON + 24)],
        c.FIELD,
    )
    s.far_trees(pen, 300, 940, _HORIZON + 4, 22)
    _farmhouse(pen, 150, _HORIZON + 10)
    x, y = _HUB
    pen.poly([(x - 3, y), (x + 3, y), (x + 6, _HORIZON + 2), (x - 6, _HORIZON + 2)], c.RAIL_SHINE)


def _farmhouse(pen: Pen, x: float, base: float) -> None:
    pen.rect(x, base - 34, 70, 34, c.CREAM)
    pen.poly([(x - 8, base - 32), (x + 35, base - 60), (x + 78, base - 32)], c.ROOF)
    pen.rect(x + 12, base - 24, 14, 14, c.WINDOW)
    pen.rect(x + 44, base - 24, 14, 14, c.WINDOW)
    pen.rect(x + 90, base - 40, 40, 40, c.BRICK_DARK)
    pen.poly([(x + 84, base - 38), (x + 110, base - 56), (x + 136, base - 38)], c.ROOF_GREY)


def _railway_road(pen: Pen) -> None:
    left_top, right_top = _road_edges(_HORIZON)
    left_bottom, right_bottom = _road_edges(HEIGHT)
    pen.poly(
        [
            (left_top - 8, _HORIZON),
            (left_top, _HORIZON),
            (left_bottom, HEIGHT),
            (left_bottom - 60, HEIGHT),
        ],
        c.PAVEMENT,
    )
    pen.poly(
        [
            (left_top, _HORIZON),
            (right_top, _HORIZON),
            (right_bottom, HEIGHT),
            (left_bottom, HEIGHT),
        ],
        c.ASPHALT,
    )
    y = _HORIZON + 4.0
    while y < HEIGHT:
        length = 6 + (y - _HORIZON) * 0.1
        width = 1.5 + (y - _HORIZON) * 0.012
        pen.rect(640 - width / 2, y, width, length, c.PAINT)
        y += length * 2.2
    far_left = _road_edges(352)[0]
    pen.rect(far_left + 2, 352, 640 - far_left - 2, 4, c.PAINT)
    near_right = _road_edges(470)[1]
    pen.rect(640, 470, near_right - 644, 8, c.PAINT)


def _railway_track(pen: Pen) -> None:
    road_left, road_right = _road_edges(_TRACK_BOTTOM + 8)
    pen.rect(0, _TRACK_TOP, WIDTH, _TRACK_BOTTOM - _TRACK_TOP, c.BALLAST)
    pen.rect(0, _TRACK_BOTTOM - 4, WIDTH, 4, c.SLEEPER)
    for x in range(6, WIDTH, 30):
        pen.rect(x, _TRACK_TOP + 6, 14, _TRACK_BOTTOM - _TRACK_TOP - 12, c.SLEEPER)
    pen.poly(
        [
            (road_left + 12, _TRACK_TOP - 2),
            (road_right - 12, _TRACK_TOP - 2),
            (road_right + 4, _TRACK_BOTTOM + 2),
            (road_left - 4, _TRACK_BOTTOM + 2),
        ],
        c.PAVEMENT_LINE,
    )
    for y in (_TRACK_TOP + 12, _TRACK_BOTTOM - 20):
        pen.rect(0, y, WIDTH, 7, c.RAIL)
        pen.rect(0, y, WIDTH, 2.5, c.RAIL_SHINE)


def _beside_road(y: float, offset: float) -> tuple[float, float]:
    """The point `offset` px (as measured at the bottom edge) right of the road edge at height y."""
    left, right = _road_edges(y)
    return (right + offset * (right - left) / 440, y)


def _bus_bay(pen: Pen) -> None:
    """A lay-by with the yellow zigzag of a bus stop, and a platform beside it."""
    platform_top, platform_bottom = g.RAILWAY_PLATFORM
    start, top, bottom, end = 462, platform_top + 30, platform_bottom - 14, 616
    pen.poly(
        [
            _beside_road(start, 0),
            _beside_road(top, 80),
            _beside_road(bottom, 80),
            _beside_road(end, 0),
        ],
        c.ASPHALT,
    )
    pen.poly(
        [
            _beside_road(top - 30, 80),
            _beside_road(top - 30, 480),
            _beside_road(bottom + 14, 480),
            _beside_road(bottom + 14, 80),
        ],
        c.PAVEMENT,
    )
    pen.stroke([_beside_road(top - 30, 80), _beside_road(bottom + 14, 80)], c.KERB, 6)
    steps = 10
    zigzag = [
        _beside_road(top + (bottom - top) * i / steps, 58 if i % 2 else 72)
        for i in range(steps + 1)
    ]
    pen.stroke(zigzag, c.PAINT_YELLOW, 3)


# --- schoolyard -----------------------------------------------------------------------

_YARD_TOP = g.SCHOOLYARD_YARD_TOP
_FENCE_TOP, _FENCE_BOTTOM = g.SCHOOLYARD_FENCE


def _schoolyard(pen: Pen) -> None:
    pen.rect(0, 330, WIDTH, _YARD_TOP - 330 + 2, c.GRASS)
    s.far_trees(pen, 0, WIDTH, 350, 46)
    s.school_front(pen, 190, _YARD_TOP, 900, 3)
    for x in (60, 1200):
        tree(pen, x, _YARD_TOP + 10, 200)
    pen.rect(0, _YARD_TOP, WIDTH, HEIGHT - _YARD_TOP, c.YARD)
    for y in range(_YARD_TOP + 40, _FENCE_TOP, 40):
        pen.rect(0, y, WIDTH, 2, c.PAVEMENT_LINE)
    racks_left, _, racks_base = g.SCHOOLYARD_RACKS
    _bike_racks(pen, racks_left + 20, racks_base)
    _hopscotch(pen, g.SCHOOLYARD_HOPSCOTCH[0], 438)
    gate_left, gate_right = g.SCHOOLYARD_GATE
    s.fence(pen, -20, gate_left, _FENCE_TOP, _FENCE_BOTTOM)
    s.fence(pen, gate_right, WIDTH + 20, _FENCE_TOP, _FENCE_BOTTOM)
    pen.rect(0, _FENCE_BOTTOM, WIDTH, HEIGHT - _FENCE_BOTTOM, c.PAVEMENT)
    pen.rect(0, _FENCE_BOTTOM, WIDTH, 6, c.KERB)


def _bike_racks(pen: Pen, x: float, base: float) -> None:
    pen.rect(x - 20, base - 6, 330, 20, c.PAVEMENT_LINE, radius=6)
    for i in range(6):
        left = x + i * 52
        pen.stroke(
            [(left, base), (left, base - 46), (left + 30, base - 46), (left + 30, base)],
            c.METAL_DARK,
            7,
        )
        pen.stroke(
            [(left, base - 2), (left, base - 44), (left + 30, base - 44), (left + 30, base - 2)],
            c.METAL,
            3,
        )


def _hopscotch(pen: Pen, x: float, y: float) -> None:
    """Chalk hopscotch squares numbered 1 to 6, seen from the side: 1, 2, 3-4, 5, 6."""
    colours = (c.RED, c.ORANGE, c.YELLOW, c.GREEN, c.BLUE, c.PURPLE)
    cells = ((0, 24), (46, 24), (92, 0), (92, 48), (138, 24), (184, 24))
    for i, (dx, dy) in enumerate(cells):
        pen.rect(x + dx, y + dy, 42, 42, colours[i], radius=4)
        pen.rect(x + dx + 4, y + dy + 4, 34, 34, c.YARD, radius=3)
        pen.text(str(i + 1), x + dx + 21, y + dy + 21, 17, colours[i])


# --- layers and animation --------------------------------------------------------------

_HORIZONS = {"street": 400, "railway": _HORIZON + 4, "schoolyard": 360}
_LANDS: dict[str, Callable[[Pen], None]] = {
    "street": _street,
    "railway": _railway,
    "schoolyard": _schoolyard,
}
SCENES = tuple(_LANDS)


@lru_cache(maxsize=8)
def _layers(name: str, size: tuple[int, int]) -> tuple[pygame.Surface, pygame.Surface]:
    back = pygame.Surface(size)
    back.blit(render_full(size, (WIDTH, HEIGHT), lambda pen: s.sky(pen, _HORIZONS[name])), (0, 0))
    return back, render_full(size, (WIDTH, HEIGHT), _LANDS[name])


@lru_cache(maxsize=16)
def _cloud_picture(width: int) -> pygame.Surface:
    return render_full((width, width * 3 // 5), (100, 60), lambda pen: cloud(pen, 0, 60, 100))


def _clouds(surface: pygame.Surface, t: float, k: float) -> None:
    for x, bottom, width, speed in _CLOUDS:
        span = WIDTH + width + 40
        left = (x + width + 20 + speed * t) % span - width - 20
        picture = _cloud_picture(round(width * k))
        place(surface, picture, (round(left * k), round((bottom - width * 0.6) * k)))


def _turbine(surface: pygame.Surface, t: float, k: float) -> None:
    hub_x, hub_y = _HUB[0] * k, _HUB[1] * k
    for blade in range(3):
        a = t * 0.9 + blade * 2 * math.pi / 3
        tip = (hub_x + 64 * k * math.cos(a), hub_y + 64 * k * math.sin(a))
        side = (4 * k * math.cos(a + math.pi / 2), 4 * k * math.sin(a + math.pi / 2))
        points = [(hub_x + side[0], hub_y + side[1]), tip, (hub_x - side[0], hub_y - side[1])]
        pygame.gfxdraw.filled_polygon(surface, points, c.WHITE)
        pygame.gfxdraw.aapolygon(surface, points, c.METAL)
    hub = (round(hub_x), round(hub_y), max(2, round(5 * k)))
    pygame.gfxdraw.filled_circle(surface, *hub, c.METAL)
    pygame.gfxdraw.aacircle(surface, *hub, c.METAL)


_MOVING: dict[str, tuple[Callable[[pygame.Surface, float, float], None], ...]] = {
    "railway": (_turbine,),
}


def draw_scene(surface: pygame.Surface, name: str, t: float = 0.0) -> None:
    """Fill `surface` (ideally 16:9) with scene `name` at time `t` seconds."""
    if name not in _LANDS:
        raise ValueError(f"unknown scene {name!r}; known: {', '.join(SCENES)}")
    back, front = _layers(name, surface.get_size())
    k = surface.get_width() / WIDTH
    surface.blit(back, (0, 0))
    _clouds(surface, t, k)
    place(surface, front, (0, 0))
    for moving in _MOVING.get(name, ()):
        moving(surface, t, k)


@lru_cache(maxsize=8)
def scene_surface(name: str, size: tuple[int, int] = (WIDTH, HEIGHT)) -> pygame.Surface:
    """Scene `name` drawn once at `size` and kept: blit it every frame instead of redrawing."""
    surface = pygame.Surface(size)
    draw_scene(surface, name)
    return surface
