"""The picture of a hotspot puzzle, and the widget that shows it and takes the team's marks.

The picture is a drawn scene with each target's prop drawn in its place, or an image of the
pack. The widget shows it scaled, with the targets found circled and numbered, a red cross where
a mark missed, and (while it has keyboard focus) a crosshair the arrow keys move: Shift moves it
further, Enter or Space marks there. A click marks where it lands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import pygame

from escape_room.content.models import SCENE_HEIGHT, SCENE_WIDTH, Image, Shape
from escape_room.content.text import resolve
from escape_room.kinds.hotspot import Target
from escape_room.ui import theme
from escape_room.ui.look import Look
from escape_room.ui.widgets import Widget

Point = tuple[float, float]
STEP, BIG_STEP = 10, 80
"""How far one arrow press moves the crosshair, in picture pixels (with Shift: BIG_STEP)."""
_MOVES = {
    pygame.K_LEFT: (-1, 0),
    pygame.K_RIGHT: (1, 0),
    pygame.K_UP: (0, -1),
    pygame.K_DOWN: (0, 1),
}
_MARK = {pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE}


class Pictured(Protocol):
    """A puzzle with a picture and targets in it."""

    @property
    def image(self) -> Image: ...

    @property
    def targets(self) -> Sequence[Target]: ...


def puzzle_picture(puzzle: Pictured, assets: Path, lang: str) -> pygame.Surface:
    """The puzzle's picture at the scene size (1280×720): a drawn scene with props, or an image."""
    if puzzle.image.scene is not None:
        props = tuple((t.prop, t.shape.bounds()) for t in puzzle.targets if t.prop is not None)
        return _drawn(puzzle.image.scene, props)
    return _image(assets / resolve(puzzle.image.image, lang))


@lru_cache(maxsize=8)
def _drawn(
    scene: str, props: tuple[tuple[str, tuple[float, float, float, float]], ...]
) -> pygame.Surface:
    from escape_room.art.props import draw_prop
    from escape_room.art.scenes import scene_surface

    picture = scene_surface(scene).copy()
    for prop, (x, y, width, height) in props:
        draw_prop(
            picture,
            prop,
            pygame.Rect(round(x), round(y), max(1, round(width)), max(1, round(height))),
        )
    return picture


@lru_cache(maxsize=8)
def _image(path: Path) -> pygame.Surface:
    picture = pygame.Surface((SCENE_WIDTH, SCENE_HEIGHT))
    picture.fill(theme.BACKDROP)
    try:
        image = pygame.image.load(path)
    except (OSError, pygame.error):
        return picture
    return pygame.transform.smoothscale(image.convert(), (SCENE_WIDTH, SCENE_HEIGHT))


@dataclass(frozen=True)
class Found:
    """A target found: its number in the order found, and where it is."""

    number: int
    shape: Shape


@dataclass
class Miss:
    """A mark that hit nothing, shown for a moment."""

    point: Point
    seconds_left: float


class PictureView(Widget):
    """The picture, scaled into `rect`; marks go to `on_mark` in picture coordinates."""

    def __init__(
        self,
        id: str,
        label: str,
        rect: pygame.Rect,
        picture: pygame.Surface,
        on_mark: Callable[[Point], None],
        pointer: Callable[[], tuple[int, int] | None],
        cross: list[float],
    ) -> None:
        super().__init__(id, label, rect)
        self.picture, self.on_mark, self.pointer, self.cross = picture, on_mark, pointer, cross
        self.found: list[Found] = []
        self.misses: list[Miss] = []

    @property
    def scale(self) -> float:
        return self.rect.width / SCENE_WIDTH

    def to_canvas(self, point: Point) -> tuple[int, int]:
        return round(self.rect.x + point[0] * self.scale), round(
            self.rect.y + point[1] * self.scale
        )

    def to_picture(self, pos: tuple[int, int]) -> Point:
        return (pos[0] - self.rect.x) / self.scale, (pos[1] - self.rect.y) / self.scale

    def activate(self) -> None:
        """A click: mark where the mouse was pressed."""
        pos = self.pointer()
        if pos is not None and self.rect.collidepoint(pos):
            self.on_mark(self.to_picture(pos))

    def key(self, event: pygame.event.Event) -> bool:
        if event.key in _MOVES:
            step = BIG_STEP if event.mod & pygame.KMOD_SHIFT else STEP
            dx, dy = _MOVES[event.key]
            self.cross[0] = min(SCENE_WIDTH - 1, max(0, self.cross[0] + dx * step))
            self.cross[1] = min(SCENE_HEIGHT - 1, max(0, self.cross[1] + dy * step))
            return True
        if event.key in _MARK:
            self.on_mark((self.cross[0], self.cross[1]))
            return True
        return False

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        surface.blit(self.picture, self.rect)
        pygame.draw.rect(surface, theme.INK, self.rect, width=2)
        for found in self.found:
            self._draw_found(surface, look, found)
        for miss in self.misses:
            _draw_miss(surface, self.to_canvas(miss.point))
        if self.focused:
            _draw_cross(surface, self.to_canvas((self.cross[0], self.cross[1])))
            look.focus_ring(surface, self.rect)

    def _draw_found(self, surface: pygame.Surface, look: Look, found: Found) -> None:
        x, y, width, height = found.shape.bounds()
        left, top = self.to_canvas((x, y))
        ring = pygame.Rect(
            left, top, round(width * self.scale), round(height * self.scale)
        ).inflate(16, 16)
        pygame.draw.ellipse(surface, theme.PANEL, ring.inflate(6, 6), width=3)
        pygame.draw.ellipse(surface, theme.GOOD, ring, width=6)
        badge = pygame.Rect(0, 0, 40, 40)
        badge.center = ring.topleft
        badge.clamp_ip(self.rect)
        pygame.draw.circle(surface, theme.GOOD, badge.center, 20)
        pygame.draw.circle(surface, theme.PANEL, badge.center, 20, width=3)
        look.text(surface, str(found.number), badge, style="button")


def _draw_miss(surface: pygame.Surface, centre: tuple[int, int]) -> None:
    x, y = centre
    for colour, width in ((theme.PANEL, 10), (theme.BAD, 6)):
        pygame.draw.line(surface, colour, (x - 14, y - 14), (x + 14, y + 14), width)
        pygame.draw.line(surface, colour, (x - 14, y + 14), (x + 14, y - 14), width)


def _draw_cross(surface: pygame.Surface, centre: tuple[int, int]) -> None:
    x, y = centre
    for colour, width in ((theme.INK, 7), (theme.FOCUS, 3)):
        pygame.draw.circle(surface, colour, centre, 22, width=width)
        pygame.draw.line(surface, colour, (x - 34, y), (x - 10, y), width)
        pygame.draw.line(surface, colour, (x + 10, y), (x + 34, y), width)
        pygame.draw.line(surface, colour, (x, y - 34), (x, y - 10), width)
        pygame.draw.line(surface, colour, (x, y + 10), (x, y + 34), width)
