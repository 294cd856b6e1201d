"""Layout helpers: boxes cut out of other boxes, so screens do not hard-code rectangles.

Every helper takes a `pygame.Rect` and returns new ones inside it; the gap between parts is the
theme's spacing unless told.
"""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from escape_room.ui import theme

GAP = theme.SPACE // 2


def inset(rect: pygame.Rect, x: int = theme.SPACE, y: int | None = None) -> pygame.Rect:
    """`rect` with `x` taken off left and right and `y` (default `x`) off top and bottom."""
    return rect.inflate(-2 * x, -2 * (x if y is None else y))


def centred(size: tuple[int, int], within: pygame.Rect | None = None) -> pygame.Rect:
    """A box of `size` centred in `within` (the canvas unless told)."""
    box = pygame.Rect((0, 0), size)
    box.center = (within or canvas()).center
    return box


def canvas() -> pygame.Rect:
    return pygame.Rect(0, 0, theme.WIDTH, theme.HEIGHT)


def top(rect: pygame.Rect, height: int, gap: int = GAP) -> tuple[pygame.Rect, pygame.Rect]:
    """A strip `height` tall at the top of `rect`, and what is left below it."""
    height = min(height, rect.height)
    strip = pygame.Rect(rect.x, rect.y, rect.width, height)
    rest_top = min(rect.bottom, strip.bottom + gap)
    return strip, pygame.Rect(rect.x, rest_top, rect.width, rect.bottom - rest_top)


def bottom(rect: pygame.Rect, height: int, gap: int = GAP) -> tuple[pygame.Rect, pygame.Rect]:
    """A strip `height` tall at the bottom of `rect`, and what is left above it."""
    height = min(height, rect.height)
    strip = pygame.Rect(rect.x, rect.bottom - height, rect.width, height)
    return strip, pygame.Rect(rect.x, rect.y, rect.width, max(0, strip.top - gap - rect.y))


def rows(rect: pygame.Rect, count: int, gap: int = GAP, tallest: int = 10_000) -> list[pygame.Rect]:
    """`count` rows one under the other in `rect`, none taller than `tallest`."""
    height = min(tallest, (rect.height - gap * (count - 1)) // max(1, count))
    return [
        pygame.Rect(rect.x, rect.y + i * (height + gap), rect.width, height) for i in range(count)
    ]


def columns(rect: pygame.Rect, weights: Sequence[float], gap: int = GAP) -> list[pygame.Rect]:
    """Columns side by side filling `rect`, as wide as their `weights` say."""
    room = rect.width - gap * (len(weights) - 1)
    total, x, cells = sum(weights), rect.x, []
    for weight in weights:
        width = round(room * weight / total)
        cells.append(pygame.Rect(x, rect.y, width, rect.height))
        x += width + gap
    return cells


def fits(rect: pygame.Rect, height: int, gap: int = GAP) -> int:
    """How many rows `height` tall fit one under the other in `rect` (at least one)."""
    return max(1, (rect.height + gap) // (height + gap))
