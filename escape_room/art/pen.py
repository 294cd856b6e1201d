"""Drawing helpers shared by scenes, props, signs and icons.

A :class:`Pen` draws shapes given in design units on a large canvas. :func:`render` paints a picture
at a multiple of the size wanted and smooth-scales it down, which anti-aliases every edge; the
picture comes back with premultiplied alpha and is put on a surface with :func:`place`.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from functools import lru_cache

import pygame

from escape_room.art.palette import GLOW, GLOW_EDGE, INK, Colour
from escape_room.paths import assets_dir

Point = tuple[float, float]
SUPERSAMPLE = 4


class Pen:
    """Draws in design units: the point (x, y) lands at `origin + scale * (x, y)` on the canvas.

    `ink` is the outline colour of filled shapes (None draws no outlines); `line` is its width in
    canvas pixels.
    """

    def __init__(
        self,
        surface: pygame.Surface,
        origin: Point = (0.0, 0.0),
        scale: float = 1.0,
        ink: Colour | None = None,
        line: float = 0.0,
    ) -> None:
        self.surface = surface
        self.origin = origin
        self.scale = scale
        self.ink = ink
        self.line = line

    def pt(self, x: float, y: float) -> Point:
        return (self.origin[0] + x * self.scale, self.origin[1] + y * self.scale)

    def sub(self, x: float, y: float, size: float, design: float = 100) -> Pen:
        """A pen whose `design`-unit box is the square at (x, y), `size` units wide."""
        return Pen(self.surface, self.pt(x, y), self.scale * size / design, self.ink, self.line)

    def _rect(self, x: float, y: float, w: float, h: float) -> pygame.Rect:
        left, top = self.pt(x, y)
        right, bottom = self.pt(x + w, y + h)
        return pygame.Rect(
            round(left), round(top), round(right) - round(left), round(bottom) - round(top)
        )

    def _outline(self, ink: bool) -> tuple[Colour, int] | None:
        """The outline colour and width for a shape, or None when it gets no outline."""
        if not ink or self.ink is None:
            return None
        return self.ink, max(1, round(self.line))

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: Colour,
        radius: float = 0,
        ink: bool = True,
    ) -> None:
        """A filled rectangle, corners rounded by `radius` units."""
        box = self._rect(x, y, w, h)
        corner = round(radius * self.scale)
        if outline := self._outline(ink):
            colour, width = outline
            pygame.draw.rect(
                self.surface, colour, box.inflate(width, width), border_radius=corner + width // 2
            )
            box = box.inflate(-width, -width)
            corner = max(0, corner - width // 2)
        if box.width > 0 and box.height > 0:
            pygame.draw.rect(self.surface, fill, box, border_radius=corner)

    def poly(self, points: Sequence[Point], fill: Colour, ink: bool = True) -> None:
        """A filled polygon; its outline has round joins."""
        pixels = [self.pt(x, y) for x, y in points]
        pygame.draw.polygon(self.surface, fill, pixels)
        if outline := self._outline(ink):
            _round_lines(self.surface, *outline, pixels, closed=True)

    def circle(self, x: float, y: float, r: float, fill: Colour, ink: bool = True) -> None:
        centre, radius = self.pt(x, y), r * self.scale
        if outline := self._outline(ink):
            pygame.draw.circle(self.surface, outline[0], centre, radius + outline[1] / 2)
            radius -= outline[1] / 2
        if radius > 0:
            pygame.draw.circle(self.surface, fill, centre, radius)

    def stroke(
        self, points: Sequence[Point], colour: Colour, width: float, closed: bool = False
    ) -> None:
        """A line `width` units thick through the points, with round joins and ends."""
        pixels = [self.pt(x, y) for x, y in points]
        _round_lines(self.surface, colour, max(1, round(width * self.scale)), pixels, closed)

    def tube(self, points: Sequence[Point], colour: Colour, width: float) -> None:
        """A stroke with an outline in the pen's ink, like a bent pipe."""
        if self.ink is not None:
            self.stroke(points, self.ink, width + 2 * self.line / self.scale)
        self.stroke(points, colour, width)

    def ring(self, x: float, y: float, r: float, colour: Colour, width: float) -> None:
        """A circular band `width` units wide around (x, y), open in the middle."""
        steps = 48
        points = [
            (x + r * math.cos(2 * math.pi * i / steps), y + r * math.sin(2 * math.pi * i / steps))
            for i in range(steps)
        ]
        if self.ink is not None:
            self.stroke(points, self.ink, width + 2 * self.line / self.scale, closed=True)
        self.stroke(points, colour, width, closed=True)

    def arc(
        self, x: float, y: float, r: float, start: float, stop: float, colour: Colour, width: float
    ) -> None:
        """An outlined arc around (x, y) from `start` to `stop` degrees (0 = right, 90 = up)."""
        steps = max(3, int(abs(stop - start) / 6))
        angles = [math.radians(start + (stop - start) * i / steps) for i in range(steps + 1)]
        self.tube([(x + r * math.cos(a), y - r * math.sin(a)) for a in angles], colour, width)

    def text(
        self, words: str, x: float, y: float, height: float, colour: Colour, max_width: float = 0
    ) -> None:
        """Bold text, capitals `height` units tall, centred on (x, y), at most `max_width` wide."""
        label = font(max(4, round(height * self.scale / 0.73))).render(words, True, colour)
        if max_width and label.get_width() > max_width * self.scale:
            size = (round(max_width * self.scale), label.get_height())
            label = pygame.transform.smoothscale(label, size)
        self.surface.blit(label, label.get_rect(center=self.pt(x, y + height * 0.06)))


def _round_lines(
    surface: pygame.Surface, colour: Colour, width: int, points: Sequence[Point], closed: bool
) -> None:
    ends = [*points, points[0]] if closed else list(points)
    half = width / 2
    for (x1, y1), (x2, y2) in itertools.pairwise(ends):
        length = math.hypot(x2 - x1, y2 - y1) or 1.0
        nx, ny = (y1 - y2) / length * half, (x2 - x1) / length * half
        quad = [(x1 + nx, y1 + ny), (x2 + nx, y2 + ny), (x2 - nx, y2 - ny), (x1 - nx, y1 - ny)]
        pygame.draw.polygon(surface, colour, quad)
    for point in points:
        pygame.draw.circle(surface, colour, point, half)


@lru_cache(maxsize=64)
def font(pixels: int) -> pygame.font.Font:
    """The bundled bold font (it has the Lithuanian letters) at `pixels` size."""
    if not pygame.font.get_init():
        pygame.font.init()
    return pygame.font.Font(assets_dir() / "fonts" / "DejaVuSans-Bold.ttf", pixels)


def fit(box: pygame.Rect, aspect: float) -> pygame.FRect:
    """The largest rectangle of `aspect` (width / height) centred in `box`."""
    width = min(box.width, box.height * aspect)
    height = width / aspect
    return pygame.FRect(0, 0, width, height).move_to(center=box.center)


def render(
    size: tuple[int, int],
    design: tuple[float, float],
    paint: Callable[[Pen], None],
    highlight: bool = False,
    room_for_glow: bool = True,
) -> pygame.Surface:
    """A picture of `size` pixels: `paint` draws in a `design`-unit box fitted inside with a margin.

    The margin holds the outline and, with `room_for_glow`, the highlight glow, so nothing is
    clipped at the edges and a prop keeps its size when highlighted.
    """
    width, height = size
    shortest = min(width, height)
    line = min(3.2, max(1.2, shortest * 0.018))
    glow = min(10.0, max(3.0, shortest * 0.06))
    margin = math.ceil(line + glow * 1.7 + 1) if room_for_glow or highlight else math.ceil(line)
    inner = pygame.Rect(margin, margin, max(1, width - 2 * margin), max(1, height - 2 * margin))
    box = fit(inner, design[0] / design[1])
    k = SUPERSAMPLE
    canvas = pygame.Surface((width * k, height * k), pygame.SRCALPHA)
    paint(Pen(canvas, (box.x * k, box.y * k), box.height * k / design[1], INK, line * k))
    picture = _shrink(canvas, size)
    return _with_glow(picture, glow) if highlight else picture


def render_full(
    size: tuple[int, int], design: tuple[float, float], paint: Callable[[Pen], None]
) -> pygame.Surface:
    """A picture of `size` pixels filled edge to edge by a `design`-unit box, without outlines.

    For backgrounds: `size` should have the design's aspect ratio. Drawn at twice the size.
    """
    k = 2
    canvas = pygame.Surface((size[0] * k, size[1] * k), pygame.SRCALPHA)
    paint(Pen(canvas, (0, 0), min(size[0] / design[0], size[1] / design[1]) * k))
    return _shrink(canvas, size)


def _shrink(canvas: pygame.Surface, size: tuple[int, int]) -> pygame.Surface:
    canvas = canvas.premul_alpha()
    return pygame.transform.smoothscale(canvas, size)


def _with_glow(picture: pygame.Surface, reach: float) -> pygame.Surface:
    """The (premultiplied) picture over a halo of its silhouette, `reach` pixels wide: a bright
    band edged with orange, so it shows on light and dark backgrounds alike."""
    silhouette = pygame.mask.from_surface(picture, 40)
    halo = pygame.Surface(picture.get_size(), pygame.SRCALPHA)
    for colour, grow, blur in ((GLOW_EDGE, reach, reach / 3), (GLOW, reach * 0.6, 1.0)):
        size = round(grow)
        disc = pygame.Surface((2 * size + 1, 2 * size + 1), pygame.SRCALPHA)
        pygame.draw.circle(disc, (255, 255, 255), (size, size), grow + 0.5)
        shape = silhouette.convolve(pygame.mask.from_surface(disc))
        band = shape.to_surface(setcolor=(*colour, 255), unsetcolor=(*colour, 0))
        halo.blit(pygame.transform.gaussian_blur(band, max(1, round(blur))), (-size, -size))
    halo = halo.premul_alpha()
    place(halo, picture, (0, 0))
    return halo


def place(surface: pygame.Surface, picture: pygame.Surface, topleft: tuple[int, int]) -> None:
    """Put a picture made by :func:`render` on a surface."""
    surface.blit(picture, topleft, special_flags=pygame.BLEND_PREMULTIPLIED)
