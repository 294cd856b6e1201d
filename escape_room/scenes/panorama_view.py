"""The pieces of a panorama room's view: where it faces, its picture, the compass strip and
the buttons at the screen's edges.

A :class:`Turning` keeps the heading: the panorama x shown in the middle of the screen. Turns
glide there, or snap with reduced motion. The picture wraps: past its right edge it goes on
with its left edge, so :func:`draw_panorama` blits one or two pieces of it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pygame

from escape_room.content.models import Panorama
from escape_room.content.panorama import turn_between, wrap
from escape_room.content.text import resolve
from escape_room.scenes.room_view import scaled_picture
from escape_room.ui import theme
from escape_room.ui.fonts import font
from escape_room.ui.look import Look
from escape_room.ui.widgets import Widget

MIDDLE = theme.WIDTH / 2
GLIDE_RATE = 10.0
"""How fast a glide closes the gap: this share of it per second (at most all of it)."""
COMPASS_RECT = pygame.Rect(0, theme.HUD_HEIGHT, theme.WIDTH, 36)
"""The compass at normal text size; with larger text it grows down over the view's sky."""
EDGE_SIZE = (56, 120)
EDGE_MARGIN = 8


@dataclass
class Turning:
    """Where the view faces (`heading`, the panorama x in the screen's middle) and where it is
    turning to (`target`); both run on past the panorama's width and are wrapped when read."""

    width: float
    heading: float
    target: float

    @classmethod
    def facing(cls, width: float, x: float) -> Turning:
        return cls(width, x, x)

    @property
    def settled(self) -> bool:
        return self.heading == self.target

    @property
    def left(self) -> float:
        """The panorama x at the screen's left edge."""
        return wrap(self.heading - MIDDLE, self.width)

    def turn(self, by: float, *, glide: bool) -> None:
        """Turn `by` pixels more (positive: to the right), gliding or at once."""
        self.target += by
        if not glide:
            self.heading = self.target

    def face(self, x: float, *, glide: bool) -> None:
        """Turn the shorter way round until panorama x is in the middle."""
        self.turn(turn_between(self.target, x, self.width), glide=glide)

    def update(self, dt: float) -> None:
        gap = self.target - self.heading
        if abs(gap) < 1:
            self.heading = self.target
        else:
            self.heading += gap * min(1.0, dt * GLIDE_RATE)

    def screen_x(self, x: float) -> float:
        """Where panorama x shows on the screen: the copy of it nearest the middle."""
        return MIDDLE + turn_between(self.heading, x, self.width)


def draw_panorama(surface: pygame.Surface, picture: pygame.Surface, left: float) -> None:
    """The part of the wrap-around picture from panorama x `left`, filling the screen's width."""
    start = int(left)
    first = min(theme.WIDTH, picture.get_width() - start)
    surface.blit(picture, (0, 0), pygame.Rect(start, 0, first, theme.HEIGHT))
    if first < theme.WIDTH:
        surface.blit(picture, (first, 0), pygame.Rect(0, 0, theme.WIDTH - first, theme.HEIGHT))


def panorama_picture(panorama: Panorama, assets: Path, lang: str) -> pygame.Surface:
    """The whole panorama: drawn by the game, or the pack's picture scaled to its width."""
    if panorama.scene is not None:
        from escape_room.art.panorama import panorama_surface

        return panorama_surface(panorama.scene)
    return scaled_picture(assets, resolve(panorama.image, lang), panorama.width)


class EdgeButton(Widget):
    """A tall button at the left or right edge of the screen that turns the view that way."""

    def __init__(self, id: str, label: str, side: int, on_click: Callable[[], None]) -> None:
        width, height = EDGE_SIZE
        x = EDGE_MARGIN if side < 0 else theme.WIDTH - EDGE_MARGIN - width
        middle = (COMPASS_RECT.bottom + theme.HEIGHT - theme.INVENTORY_HEIGHT) // 2
        super().__init__(id, label, (x, middle - height // 2, width, height))
        self.side, self.on_click = side, on_click

    def activate(self) -> None:
        self.on_click()

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        fill = theme.BUTTON_HOVER if self.hovered else theme.BAR
        pygame.draw.rect(surface, fill, self.rect, border_radius=theme.RADIUS)
        pygame.draw.rect(surface, theme.BAR_TEXT, self.rect, width=2, border_radius=theme.RADIUS)
        x, y, reach = self.rect.centerx, self.rect.centery, 12 * self.side
        chevron = [(x - reach, y - 22), (x + reach, y), (x - reach, y + 22)]
        pygame.draw.lines(surface, theme.BAR_TEXT, False, chevron, 7)
        if self.focused:
            look.focus_ring(surface, self.rect)


Mark = tuple[float, str]
"""A place on the compass: its panorama x and its name."""


class Compass(Widget):
    """The strip under the top bar: the whole turn, centred on where the view faces, with the
    part on screen lit and the places named; a click on it turns there, Enter turns to the next
    place to the right."""

    def __init__(
        self, label: str, marks: Sequence[Mark], turning: Turning, on_turn: Callable[[float], None]
    ) -> None:
        super().__init__("panorama:compass", label, COMPASS_RECT.copy())
        self.marks, self.turning, self.on_turn = list(marks), turning, on_turn

    def fit(self, look: Look) -> None:
        """Make the strip tall enough for the place names at the readable size of `look`."""
        names = font(look.min_text, bold=True).get_linesize() + 12
        self.rect.height = max(COMPASS_RECT.height, names)

    def heading_at(self, x: float) -> float:
        """The panorama x that strip position x stands for."""
        return self.turning.heading + (x - self.rect.centerx) / self.rect.width * self.turning.width

    def facing(self) -> str:
        """The name of the place nearest the middle of the screen."""
        if not self.marks:
            return ""
        width, heading = self.turning.width, self.turning.heading
        return min(self.marks, key=lambda m: abs(turn_between(heading, m[0], width)))[1]

    def activate(self) -> None:
        """Turn to the next place to the right."""
        width, heading = self.turning.width, self.turning.target
        ahead = [step for at, _ in self.marks if (step := (at - heading) % width) > 1]
        if ahead:
            self.on_turn(heading + min(ahead))

    def _strip_x(self, x: float) -> float:
        share = turn_between(self.turning.heading, x, self.turning.width) / self.turning.width
        return self.rect.centerx + share * self.rect.width

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        strip = self.rect
        pygame.draw.rect(surface, theme.BAR, strip)
        seen = round(theme.WIDTH / self.turning.width * strip.width)
        window = pygame.Rect(0, strip.y + 3, seen, strip.height - 6)
        window.centerx = strip.centerx
        pygame.draw.rect(surface, theme.BUTTON, window, border_radius=6)
        box_width = strip.width // max(4, len(self.marks)) - theme.SPACE
        for at, name in self.marks:
            x = round(self._strip_x(at))
            pygame.draw.line(surface, theme.WARN, (x, strip.bottom - 8), (x, strip.bottom - 2), 3)
            box = pygame.Rect(0, strip.y + 2, box_width, strip.height - 10)
            box.centerx = x
            if strip.contains(box):
                look.text(surface, name, box, style="bar.small", bold=True)
        pygame.draw.line(
            surface, theme.WARN, (strip.centerx, strip.y), (strip.centerx, strip.y + 6), 3
        )
        if self.focused:
            look.focus_ring(surface, strip.inflate(-8, -8))
