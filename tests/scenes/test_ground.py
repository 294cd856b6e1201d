"""The ground lines the guide lists are where the scenes are drawn."""

from __future__ import annotations

import pygame

from escape_room.art import palette as c
from escape_room.art.scenes import draw_scene
from escape_room.content import ground as g


def _colour(name: str, x: int, y: int) -> tuple[int, int, int]:
    surface = pygame.Surface((1280, 720))
    draw_scene(surface, name)
    return tuple(surface.get_at((x, y)))[:3]  # type: ignore[return-value]


def test_the_street_road_runs_between_its_listed_lines() -> None:
    top, bottom = g.STREET_ROAD
    assert _colour("street", 300, top + 2) == c.ASPHALT
    assert _colour("street", 300, bottom - 2) == c.ASPHALT
    assert _colour("street", 300, top - 2) != c.ASPHALT
    assert _colour("street", 300, bottom + 2) != c.ASPHALT


def test_the_schoolyard_pavement_starts_below_the_fence() -> None:
    assert _colour("schoolyard", 640, g.SCHOOLYARD_FENCE[1] + 20) == c.PAVEMENT
    assert _colour("schoolyard", 640, g.SCHOOLYARD_YARD_TOP + 20) == c.YARD
