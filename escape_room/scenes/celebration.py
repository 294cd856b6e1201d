"""The card that says the team escaped, with confetti bursting up and fluttering down over it."""

from __future__ import annotations

import math

import pygame

from escape_room.motion import Confetti
from escape_room.scenes.common import Card
from escape_room.ui import theme
from escape_room.ui.context import GameContext

_COLOURS = (
    (230, 57, 70),
    (255, 183, 3),
    (46, 196, 182),
    (67, 97, 238),
    (253, 253, 253),
    (114, 9, 183),
)


class CelebrationCard(Card):
    """A :class:`Card` with confetti on the frame time; shown only without reduced motion."""

    def __init__(self, ctx: GameContext, title: str, body: str, button: str) -> None:
        super().__init__(ctx, title, body, button, icon=("star", None))
        self.confetti = Confetti(theme.WIDTH, theme.HEIGHT)

    def update(self, dt: float) -> None:
        self.confetti.advance(dt)

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        for (x, y), turn, colour in self.confetti.positions():
            dx, dy = 7 * math.cos(turn), 4 * math.sin(turn)
            corners = [(x + dx, y + dy), (x - dy, y + dx), (x - dx, y - dy), (x + dy, y - dx)]
            pygame.draw.polygon(surface, _COLOURS[colour], corners)
