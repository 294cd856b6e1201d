"""A traffic sign or object the game draws beside a question (a puzzle's or a check item's).

The picture says what the words say: its `alt` text is the widget's accessible label, read out
and used by the pilot, so nothing depends on seeing it.
"""

from __future__ import annotations

import pygame

from escape_room.content.models import Image
from escape_room.ui import theme
from escape_room.ui.look import Look
from escape_room.ui.widgets import RectLike, Widget

PICTURE_ID = "picture"
"""The id of the picture shown with a question."""


class Shown(Widget):
    """A drawn sign or prop on a white card. Not focusable: the question around it is."""

    focusable = False

    def __init__(self, image: Image, label: str, rect: RectLike) -> None:
        super().__init__(PICTURE_ID, label, rect)
        self.image = image

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        pygame.draw.rect(surface, theme.PANEL, self.rect, border_radius=10)
        pygame.draw.rect(surface, theme.INK, self.rect, width=2, border_radius=10)
        inner = self.rect.inflate(-12, -12)
        if self.image.sign is not None:
            from escape_room.art.signs import draw_sign

            draw_sign(surface, self.image.sign, inner)
        elif self.image.prop is not None:
            from escape_room.art.props import draw_prop

            draw_prop(surface, self.image.prop, inner)


def shown(image: Image | None, label: str, rect: RectLike) -> list[Widget]:
    """The picture of a question as a widget list: empty unless it is a drawn sign or prop."""
    return [Shown(image, label, rect)] if image is not None and image.is_small else []
