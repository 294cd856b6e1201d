"""Mapping between the 1280×720 logical canvas and a window of any size, with letterboxing.

The canvas is scaled by the largest factor that fits the window and centred; the bars left over
are black. Mouse positions are turned into canvas coordinates before any scene sees them, and
the pilot turns a widget's canvas position back into window coordinates to post real events.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from escape_room.ui.theme import HEIGHT, WIDTH


@dataclass(frozen=True)
class Viewport:
    """Where the logical canvas sits in a window of `window` pixels."""

    window: tuple[int, int]
    logical: tuple[int, int] = (WIDTH, HEIGHT)

    @property
    def scale(self) -> float:
        return min(self.window[0] / self.logical[0], self.window[1] / self.logical[1])

    @property
    def area(self) -> pygame.Rect:
        """The part of the window that shows the canvas."""
        width = max(1, round(self.logical[0] * self.scale))
        height = max(1, round(self.logical[1] * self.scale))
        return pygame.Rect(
            (self.window[0] - width) // 2, (self.window[1] - height) // 2, width, height
        )

    def to_logical(self, pos: tuple[float, float]) -> tuple[int, int]:
        """A window position as canvas coordinates (outside the canvas when in a bar)."""
        area = self.area
        x = (pos[0] - area.x) * self.logical[0] / area.width
        y = (pos[1] - area.y) * self.logical[1] / area.height
        return int(x // 1), int(y // 1)

    def to_window(self, pos: tuple[float, float]) -> tuple[int, int]:
        """A canvas position as window coordinates: the centre of the window pixel showing it."""
        area = self.area
        x = area.x + (pos[0] + 0.5) * area.width / self.logical[0]
        y = area.y + (pos[1] + 0.5) * area.height / self.logical[1]
        return int(x), int(y)

    def contains(self, window_pos: tuple[float, float]) -> bool:
        return self.area.collidepoint(window_pos)
