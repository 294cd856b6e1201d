"""A hotspot's `sign` is drawn on a pole in the room, in the sign's own shape and colours."""

from __future__ import annotations

import pygame

from escape_room.art.props import draw_prop
from escape_room.art.signs import SIGNS


def _drawn(prop: str) -> bytes:
    surface = pygame.Surface((46, 100), pygame.SRCALPHA)
    surface.fill((0, 0, 0, 0))
    draw_prop(surface, prop, surface.get_rect())
    return pygame.image.tobytes(surface, "RGBA")


def test_every_sign_can_stand_on_a_pole_and_each_looks_different() -> None:
    pictures = {name: _drawn(f"sign:{name}") for name in SIGNS}
    assert len(set(pictures.values())) == len(SIGNS)
    assert pictures["give-way"] == _drawn("give-way-sign")
