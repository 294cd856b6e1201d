"""How things are drawn at the chosen text size: named text styles, panels, the focus ring.

`Look.text(surface, text, rect, style="puzzle.title")` draws text in a named style from
:data:`theme.STYLES`; keyword arguments change one part of the style (`colour=`, `size=` ...).
Sizes are scaled by the text size setting (100–200 %), and text is never shrunk below the
readable minimum (18 px at 100 %, scaled too): what does not fit then ends with an ellipsis.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import cast

import pygame

from escape_room.ui import theme
from escape_room.ui.text import Align, TextLayout, VAlign, draw_text, layout


@dataclass(frozen=True)
class Look:
    """Drawing helpers bound to one text size (in per cent of the normal size)."""

    text_scale: int = 100

    def px(self, pixels: int) -> int:
        """A type size scaled by the text size setting."""
        return max(1, round(pixels * self.text_scale / 100))

    @property
    def min_text(self) -> int:
        """The smallest size any text is drawn at."""
        return self.px(theme.MIN_TEXT)

    def text(
        self,
        surface: pygame.Surface,
        text: str,
        rect: pygame.Rect,
        *,
        style: str = "body",
        colour: theme.Colour | None = None,
        size: int | None = None,
        bold: bool | None = None,
        align: Align | None = None,
        valign: VAlign | None = None,
    ) -> pygame.Rect:
        """Text in the named style, wrapped and shrunk (not below the minimum) to fit `rect`."""
        named = theme.STYLES[style]
        pixels = self.px(size if size is not None else named.size)
        bold = named.bold if bold is None else bold
        covered = draw_text(
            surface,
            text,
            rect,
            pixels,
            colour if colour is not None else getattr(theme, named.colour.upper()),
            bold,
            cast(Align, align or named.align),
            cast(VAlign, valign or named.valign),
            min(pixels, self.min_text),
        )
        if _RECORDS is not None:
            fitted = self.fit(text, rect, style=style, size=size, bold=bold)
            _RECORDS.append(Drawn(text, rect.copy(), covered, fitted.pixels, fitted.cut))
        return covered

    def fit(
        self,
        text: str,
        rect: pygame.Rect,
        *,
        style: str = "body",
        size: int | None = None,
        bold: bool | None = None,
    ) -> TextLayout:
        """How `text` in the named style is laid out in `rect` (its lines, size and width),
        as :meth:`text` draws it."""
        named = theme.STYLES[style]
        pixels = self.px(size if size is not None else named.size)
        bold = named.bold if bold is None else bold
        return layout(text, rect.width, rect.height, pixels, bold, min(pixels, self.min_text))

    def fits_bold(self, text: str, rect: pygame.Rect, pixels: int) -> bool:
        """Whether `text` fits `rect` in bold at a readable size (else it is drawn regular)."""
        size = self.px(pixels)
        return not layout(text, rect.width, rect.height, size, True, min(size, self.min_text)).cut

    def height(self, text: str, width: int, *, style: str = "body") -> int:
        """How tall `text` is in `style` when wrapped to `width`."""
        named = theme.STYLES[style]
        return layout(text, width, 100_000, self.px(named.size), named.bold).height if text else 0

    def needed_height(
        self, text: str, width: int, *, style: str = "body", size: int | None = None
    ) -> int:
        """How tall `text` in `style` (at `size` when given) is wrapped to `width` at the
        readable size: the least height of a box that shows it whole."""
        named = theme.STYLES[style]
        pixels = min(self.px(size if size is not None else named.size), self.min_text)
        return layout(text, width, 100_000, pixels, named.bold).height

    def heading(
        self,
        surface: pygame.Surface,
        text: str,
        rect: pygame.Rect,
        colour: theme.Colour | None = None,
    ) -> pygame.Rect:
        """A bold heading centred in `rect`."""
        return self.text(surface, text, rect, style="heading", colour=colour)

    @staticmethod
    def panel(
        surface: pygame.Surface,
        rect: pygame.Rect,
        fill: theme.Colour | None = None,
        edge: theme.Colour | None = None,
    ) -> None:
        """A rounded panel with an edge (white with a grey edge unless told)."""
        pygame.draw.rect(surface, fill or theme.PANEL, rect, border_radius=theme.RADIUS)
        pygame.draw.rect(
            surface, edge or theme.PANEL_EDGE, rect, width=2, border_radius=theme.RADIUS
        )

    @staticmethod
    def focus_ring(surface: pygame.Surface, rect: pygame.Rect) -> None:
        """The thick outline around the focused widget."""
        ring = rect.inflate(2 * theme.FOCUS_WIDTH + 2, 2 * theme.FOCUS_WIDTH + 2)
        pygame.draw.rect(
            surface, theme.FOCUS, ring, width=theme.FOCUS_WIDTH, border_radius=theme.RADIUS + 4
        )


@dataclass(frozen=True)
class Drawn:
    """A text drawn through the look, as :func:`recording` notes it: the box it was given,
    the area it covers, the size it was drawn at and whether it had to be cut short."""

    text: str
    box: pygame.Rect
    covered: pygame.Rect
    pixels: int
    cut: bool


_RECORDS: list[Drawn] | None = None


@contextmanager
def recording() -> Iterator[list[Drawn]]:
    """Note every text drawn through a look while inside (to check screens: see screenshots)."""
    global _RECORDS
    notes: list[Drawn] = []
    _RECORDS = notes
    try:
        yield notes
    finally:
        _RECORDS = None


_LOOKS: dict[int, Look] = {}


def look_for(text_scale: int) -> Look:
    """The :class:`Look` for a text size, made once."""
    if text_scale not in _LOOKS:
        _LOOKS[text_scale] = Look(text_scale)
    return _LOOKS[text_scale]
