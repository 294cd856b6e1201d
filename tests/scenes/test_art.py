"""The code-drawn art: every scene, prop, sign and icon draws, stays in its rect and is stable."""

from __future__ import annotations

import os
from collections import Counter
from typing import get_args

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame
import pytest

from escape_room.art import palette
from escape_room.art import scenes as scene_module
from escape_room.art.icons import KINDS, draw_icon
from escape_room.art.props import PROPS, draw_door, draw_prop
from escape_room.art.scenes import SCENES, draw_scene, scene_surface
from escape_room.art.signs import SIGNS, draw_sign
from escape_room.content.models import Prop, SceneName

pygame.init()

PROP_NAMES = get_args(Prop)
SIZES = [(60, 60), (120, 90), (400, 300), (300, 400), (64, 200), (250, 70)]


def _blank(size: tuple[int, int]) -> pygame.Surface:
    surface = pygame.Surface(size, pygame.SRCALPHA)
    surface.fill((0, 0, 0, 0))
    return surface


def _touched(surface: pygame.Surface) -> pygame.mask.Mask:
    return pygame.mask.from_surface(surface, 0)


def _drawn_box(surface: pygame.Surface) -> pygame.Rect:
    rects = _touched(surface).get_bounding_rects()
    return rects[0].unionall(rects[1:])


def _row_colours(surface: pygame.Surface, y: int) -> set[tuple[int, ...]]:
    return {tuple(surface.get_at((x, y))) for x in range(surface.get_width())}


# --- scenes ---------------------------------------------------------------------------


def test_every_scene_name_of_the_format_has_a_drawing() -> None:
    assert set(SCENES) == set(get_args(SceneName))


@pytest.mark.parametrize("name", SCENES)
@pytest.mark.parametrize("size", [(1280, 720), (640, 360)])
def test_a_scene_fills_the_surface_with_a_varied_picture(name: str, size: tuple[int, int]) -> None:
    surface = pygame.Surface(size)
    surface.fill((255, 0, 255))
    draw_scene(surface, name, t=3.5)
    pixels = Counter(
        tuple(surface.get_at((x, y))) for y in range(0, size[1], 6) for x in range(0, size[0], 6)
    )
    assert (255, 0, 255, 255) not in pixels
    assert len(pixels) > 40


@pytest.mark.parametrize("name", SCENES)
def test_the_hud_and_inventory_bands_stay_calm(name: str) -> None:
    surface = scene_surface(name)
    for y in range(70):
        assert len(_row_colours(surface, y)) == 1, f"row {y} of the HUD band is not plain sky"
    bottom = Counter(
        tuple(surface.get_at((x, y))) for y in range(610, 720, 2) for x in range(0, 1280, 2)
    )
    plain = sum(count for _, count in bottom.most_common(5))
    assert plain / sum(bottom.values()) > 0.99


@pytest.mark.parametrize("name", SCENES)
def test_a_scene_renders_the_same_every_time(name: str) -> None:
    first, second = pygame.Surface((640, 360)), pygame.Surface((640, 360))
    draw_scene(first, name, t=2.0)
    scene_module._layers.cache_clear()
    draw_scene(second, name, t=2.0)
    assert pygame.image.tobytes(first, "RGB") == pygame.image.tobytes(second, "RGB")


def test_time_moves_the_clouds_but_not_the_street() -> None:
    early, late = pygame.Surface((1280, 720)), pygame.Surface((1280, 720))
    draw_scene(early, "street", t=0.0)
    draw_scene(late, "street", t=20.0)
    ground = pygame.Rect(0, 400, 1280, 320)
    sky = pygame.Rect(0, 80, 1280, 120)
    assert pygame.image.tobytes(early.subsurface(ground), "RGB") == pygame.image.tobytes(
        late.subsurface(ground), "RGB"
    )
    assert pygame.image.tobytes(early.subsurface(sky), "RGB") != pygame.image.tobytes(
        late.subsurface(sky), "RGB"
    )


def test_scene_surface_is_cached_and_a_frame_only_moves_what_moves() -> None:
    assert scene_surface("railway") is scene_surface("railway")
    assert scene_surface("railway", (640, 360)).get_size() == (640, 360)
    frame = pygame.Surface((1280, 720))
    draw_scene(frame, "railway", 0.0)
    built = (
        scene_module._layers.cache_info().misses,
        scene_module._cloud_picture.cache_info().misses,
    )
    for i in range(20):
        draw_scene(frame, "railway", i / 30)
    again = (
        scene_module._layers.cache_info().misses,
        scene_module._cloud_picture.cache_info().misses,
    )
    assert again == built, "a frame re-rendered the still layers or the clouds"


def test_an_unknown_scene_is_refused_with_the_known_names() -> None:
    with pytest.raises(ValueError, match="street"):
        draw_scene(pygame.Surface((64, 36)), "beach")


# --- props ----------------------------------------------------------------------------


def test_every_prop_of_the_format_has_a_drawing() -> None:
    assert set(PROPS) == set(PROP_NAMES)


@pytest.mark.parametrize("prop", PROP_NAMES)
@pytest.mark.parametrize("highlight", [False, True])
def test_a_prop_stays_inside_its_rect_without_touching_the_edge(prop: str, highlight: bool) -> None:
    for size in SIZES:
        surface = _blank((size[0] + 60, size[1] + 60))
        rect = pygame.Rect((30, 30), size)
        draw_prop(surface, prop, rect, highlight)
        touched = _touched(surface)
        inside = pygame.mask.Mask(surface.get_size())
        inside.draw(pygame.mask.Mask(size, fill=True), rect.topleft)
        assert touched.overlap_area(inside, (0, 0)) == touched.count(), f"{prop} {size} leaks"
        drawn = _drawn_box(surface)
        assert rect.inflate(-2, -2).contains(drawn), f"{prop} {size} is clipped"
        fills = max(drawn.width / size[0], drawn.height / size[1])
        assert fills > 0.5, f"{prop} {size} uses only {fills:.0%} of its rect"


@pytest.mark.parametrize("prop", PROP_NAMES)
def test_a_prop_keeps_its_shape_in_wide_and_tall_rects(prop: str) -> None:
    shapes = []
    for size in [(400, 300), (300, 400)]:
        surface = _blank(size)
        draw_prop(surface, prop, pygame.Rect((0, 0), size))
        box = _drawn_box(surface)
        shapes.append(box.width / box.height)
    assert shapes[0] == pytest.approx(shapes[1], rel=0.08)


@pytest.mark.parametrize("prop", PROP_NAMES)
def test_highlight_adds_a_glow_around_the_prop(prop: str) -> None:
    plain, lit = _blank((200, 160)), _blank((200, 160))
    draw_prop(plain, prop, pygame.Rect(0, 0, 200, 160))
    draw_prop(lit, prop, pygame.Rect(0, 0, 200, 160), highlight=True)
    assert _touched(lit).count() > _touched(plain).count() * 1.05
    assert _drawn_box(lit).contains(_drawn_box(plain))


def test_props_look_different_from_each_other() -> None:
    pictures = set()
    for prop in PROP_NAMES:
        surface = _blank((120, 120))
        draw_prop(surface, prop, pygame.Rect(0, 0, 120, 120))
        pictures.add(pygame.image.tobytes(surface, "RGBA"))
    assert len(pictures) == len(PROP_NAMES)


def test_an_unknown_prop_is_refused_with_the_known_names() -> None:
    with pytest.raises(ValueError, match="traffic-light"):
        draw_prop(_blank((50, 50)), "unicorn", pygame.Rect(0, 0, 50, 50))


def _count_near(surface: pygame.Surface, colour: tuple[int, int, int], slack: int = 16) -> int:
    return sum(
        1
        for y in range(surface.get_height())
        for x in range(surface.get_width())
        if all(abs(a - b) <= slack for a, b in zip(surface.get_at((x, y))[:3], colour, strict=True))
        and surface.get_at((x, y)).a == 255
    )


def test_the_door_shows_red_while_locked_and_green_once_open() -> None:
    locked, open_ = _blank((300, 400)), _blank((300, 400))
    draw_door(locked, pygame.Rect(0, 0, 300, 400), locked=True)
    draw_door(open_, pygame.Rect(0, 0, 300, 400), locked=False)
    assert _count_near(locked, palette.LIGHT_RED) > 5
    assert _count_near(locked, palette.LIGHT_GREEN) == 0
    assert _count_near(open_, palette.LIGHT_GREEN) > 5
    assert _count_near(open_, palette.SUN) > 1000


def test_the_door_stays_inside_its_rect_also_highlighted() -> None:
    surface = _blank((220, 280))
    rect = pygame.Rect(20, 20, 180, 240)
    draw_door(surface, rect, locked=True, highlight=True)
    assert rect.inflate(-2, -2).contains(_drawn_box(surface))


# --- signs ----------------------------------------------------------------------------


def _sign(kind: str) -> tuple[pygame.Surface, pygame.Rect]:
    surface = _blank((200, 200))
    draw_sign(surface, kind, pygame.Rect(0, 0, 200, 200))
    return surface, _drawn_box(surface)


def _at(surface: pygame.Surface, box: pygame.Rect, u: float, v: float) -> pygame.Color:
    return surface.get_at((round(box.x + u * (box.width - 1)), round(box.y + v * (box.height - 1))))


def _is(colour: pygame.Color, name: str) -> bool:
    r, g, b, a = colour
    checks = {
        "empty": a == 0,
        "red": a == 255 and r > 150 and g < 90 and b < 90,
        "white": a == 255 and min(r, g, b) > 220,
        "blue": a == 255 and b > 150 and r < 80,
        "yellow": a == 255 and r > 200 and g > 150 and b < 80,
    }
    return checks[name]


SIGN_POINTS = {
    "warning": [
        ((0.05, 0.05), "empty"),
        ((0.95, 0.05), "empty"),
        ((0.5, 0.03), "red"),
        ((0.1, 0.95), "red"),
    ],
    "give-way": [
        ((0.05, 0.97), "empty"),
        ((0.95, 0.97), "empty"),
        ((0.5, 0.97), "red"),
        ((0.1, 0.05), "red"),
    ],
    "prohibitory": [
        ((0.04, 0.04), "empty"),
        ((0.98, 0.70), "empty"),
        ((0.5, 0.04), "red"),
        ((0.5, 0.5), "white"),
    ],
    "stop": [((0.04, 0.04), "empty"), ((0.98, 0.70), "red"), ((0.5, 0.02), "red")],
    "priority-road": [
        ((0.2, 0.2), "empty"),
        ((0.8, 0.8), "empty"),
        ((0.5, 0.5), "yellow"),
        ((0.5, 0.1), "white"),
    ],
    "mandatory": [
        ((0.04, 0.04), "empty"),
        ((0.98, 0.70), "empty"),
        ((0.2, 0.5), "blue"),
        ((0.5, 0.6), "white"),
    ],
    "children": [((0.05, 0.05), "empty"), ((0.5, 0.03), "red"), ((0.1, 0.95), "red")],
    "railway-barrier": [((0.05, 0.05), "empty"), ((0.5, 0.03), "red"), ((0.1, 0.95), "red")],
    "no-entry": [
        ((0.04, 0.04), "empty"),
        ((0.5, 0.1), "red"),
        ((0.5, 0.5), "white"),
        ((0.15, 0.5), "red"),
    ],
    "cycle-path": [((0.04, 0.04), "empty"), ((0.5, 0.1), "blue"), ((0.5, 0.9), "blue")],
    "pedestrian-crossing": [
        ((0.1, 0.1), "blue"),
        ((0.9, 0.1), "blue"),
        ((0.5, 0.92), "blue"),
        ((0.2, 0.8), "white"),
    ],
}
"""Points (as fractions of the drawn box) that tell each sign's shape and colours apart."""


def test_every_sign_kind_has_its_shape_checked() -> None:
    assert set(SIGN_POINTS) == set(SIGNS)


@pytest.mark.parametrize("kind", SIGN_POINTS)
def test_a_sign_has_its_vienna_convention_shape(kind: str) -> None:
    surface, box = _sign(kind)
    triangles = ("warning", "give-way", "children", "railway-barrier")
    assert box.width == pytest.approx(box.height, abs=2) or kind in triangles
    for (u, v), expected in SIGN_POINTS[kind]:
        colour = _at(surface, box, u, v)
        assert _is(colour, expected), f"{kind} at {(u, v)} is {colour}, expected {expected}"


def test_triangles_are_wider_than_tall_like_an_equilateral_triangle() -> None:
    for kind in ("warning", "give-way", "children", "railway-barrier"):
        _, box = _sign(kind)
        assert box.width / box.height == pytest.approx(2 / 3**0.5, rel=0.05)


def test_the_stop_sign_carries_white_letters() -> None:
    surface, box = _sign("stop")
    middle_row = [_at(surface, box, u / 50, 0.5) for u in range(10, 41)]
    assert sum(_is(colour, "white") for colour in middle_row) >= 5


@pytest.mark.parametrize("size", [(48, 48), (150, 100), (300, 300)])
def test_signs_stay_inside_their_rect(size: tuple[int, int]) -> None:
    for kind in SIGNS:
        surface = _blank((size[0] + 20, size[1] + 20))
        rect = pygame.Rect((10, 10), size)
        draw_sign(surface, kind, rect)
        assert rect.contains(_drawn_box(surface))


def test_an_unknown_sign_is_refused_with_the_known_kinds() -> None:
    with pytest.raises(ValueError, match="'yield' is not a sign the game draws"):
        draw_sign(_blank((50, 50)), "yield", pygame.Rect(0, 0, 50, 50))


def test_a_sign_is_drawn_by_its_ket_number_too() -> None:
    assert pygame.image.tobytes(_sign("204")[0], "RGBA") == pygame.image.tobytes(
        _sign("stop")[0], "RGBA"
    )


# --- icons ----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("side", [24, 48, 96])
def test_an_icon_draws_inside_its_rect(kind: str, side: int) -> None:
    surface = _blank((side + 20, side + 20))
    rect = pygame.Rect(10, 10, side, side)
    draw_icon(surface, kind, rect, digit="5" if kind == "digit" else None)
    assert rect.contains(_drawn_box(surface))
    assert _touched(surface).count() > 0.2 * side * side


def test_digit_tiles_show_their_digit() -> None:
    pictures = set()
    for digit in "0123456789":
        surface = _blank((48, 48))
        draw_icon(surface, "digit", pygame.Rect(0, 0, 48, 48), digit=digit)
        pictures.add(pygame.image.tobytes(surface, "RGBA"))
    assert len(pictures) == 10


def test_the_digit_icon_needs_a_digit_and_others_refuse_one() -> None:
    with pytest.raises(ValueError, match="digit"):
        draw_icon(_blank((48, 48)), "digit", pygame.Rect(0, 0, 48, 48))
    with pytest.raises(ValueError, match="digit"):
        draw_icon(_blank((48, 48)), "key", pygame.Rect(0, 0, 48, 48), digit="3")
    with pytest.raises(ValueError, match="clue"):
        draw_icon(_blank((48, 48)), "coin", pygame.Rect(0, 0, 48, 48))
