"""How things are drawn at the chosen text size: scaled type sizes, text in boxes, panels."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from escape_room.ui import theme
from escape_room.ui.text import Align, VAlign, draw_text


@dataclass(frozen=True)
class Look:
    """Drawing helpers bound to one text size setting ('small', 'normal' or 'large')."""

    text_size: theme.TextSize = "normal"

    def px(self, pixels: int) -> int:
        """A type size scaled by the text size setting."""
        return max(1, round(pixels * theme.TEXT_SCALES[self.text_size]))

    def text(
        self,
        surface: pygame.Surface,
        text: str,
        rect: pygame.Rect,
        pixels: int = theme.BODY,
        colour: theme.Colour = theme.INK,
        bold: bool = False,
        align: Align = "left",
        valign: VAlign = "top",
    ) -> pygame.Rect:
        """Text wrapped and shrunk to fit `rect`, at the scaled size."""
        return draw_text(surface, text, rect, self.px(pixels), colour, bold, align, valign)

    def heading(
        self,
        surface: pygame.Surface,
        text: str,
        rect: pygame.Rect,
        colour: theme.Colour = theme.INK,
    ) -> pygame.Rect:
        """A bold heading centred in `rect`."""
        return self.text(surface, text, rect, theme.HEADING, colour, True, "center", "middle")

    @staticmethod
    def panel(
        surface: pygame.Surface,
        rect: pygame.Rect,
        fill: theme.Colour = theme.PANEL,
        edge: theme.Colour = theme.PANEL_EDGE,
    ) -> None:
        """A rounded panel with an edge."""
        pygame.draw.rect(surface, fill, rect, border_radius=theme.RADIUS)
        pygame.draw.rect(surface, edge, rect, width=2, border_radius=theme.RADIUS)

    @staticmethod
    def focus_ring(surface: pygame.Surface, rect: pygame.Rect) -> None:
        """The thick orange outline around the focused widget."""
        ring = rect.inflate(2 * theme.FOCUS_WIDTH + 2, 2 * theme.FOCUS_WIDTH + 2)
        pygame.draw.rect(
            surface, theme.FOCUS, ring, width=theme.FOCUS_WIDTH, border_radius=theme.RADIUS + 4
        )


LOOKS: dict[str, Look] = {size: Look(size) for size in theme.TEXT_SIZES}
"""One :class:`Look` per text size, so drawing code never builds one per frame."""
