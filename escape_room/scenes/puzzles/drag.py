"""Drag and drop for the puzzles that arrange things (ordering, matching, sorting), beside their
clicks and keys: press on a draggable widget, move past a few pixels, and release over another.

Touch screens work too: SDL turns a finger into mouse events. A press and release without
moving is still a click.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence

import pygame

from escape_room.ui.focus import Focus
from escape_room.ui.look import Look
from escape_room.ui.widgets import Widget

THRESHOLD = 10
"""Pixels the pointer must move with the button down before a press becomes a drag."""


class Drag:
    """One scene's drag: what is held, where it was picked up, and where the pointer is."""

    def __init__(self) -> None:
        self.source: Widget | None = None
        self.start = (0, 0)
        self.pointer = (0, 0)
        self.moving = False

    def handle(
        self,
        event: pygame.event.Event,
        widgets: Sequence[Widget],
        focus: Focus,
        can_drag: Callable[[str], bool],
        drop: Callable[[str, str], None],
    ) -> bool:
        """Follow a drag; True when the event was used by it (a drop), so it is no click."""
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            target = _at(widgets, event.pos)
            self.source = target if target is not None and can_drag(target.id) else None
            self.start = self.pointer = event.pos
            self.moving = False
        elif event.type == pygame.MOUSEMOTION and self.source is not None:
            self.pointer = event.pos
            dx, dy = event.pos[0] - self.start[0], event.pos[1] - self.start[1]
            self.moving = self.moving or dx * dx + dy * dy > THRESHOLD * THRESHOLD
        elif event.type == pygame.MOUSEBUTTONUP and event.button == 1:
            source, moving = self.source, self.moving
            self.source, self.moving = None, False
            if source is not None and moving:
                focus.pressed_id = None
                target = _at(widgets, event.pos)
                if target is not None and target.id != source.id:
                    drop(source.id, target.id)
                return True
        return False

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        """The held widget, following the pointer."""
        if self.source is None or not self.moving:
            return
        ghost = copy.copy(self.source)
        ghost.rect = self.source.rect.move(
            self.pointer[0] - self.start[0], self.pointer[1] - self.start[1]
        )
        ghost.focused = ghost.hovered = False
        ghost.draw(surface, look)


def _at(widgets: Sequence[Widget], pos: tuple[int, int]) -> Widget | None:
    """The topmost widget at `pos`, whether or not it takes the focus (a step's text box)."""
    return next((w for w in reversed(widgets) if w.contains(pos)), None)
