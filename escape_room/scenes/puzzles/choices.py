"""Widgets puzzle bodies are made of: a choice box (an answer, a step, a text to pair) and a
button that shows an arrow instead of its label.

A :class:`Choice` shows a marker (round when one answer is chosen, square when several may be;
with none, a chosen box gets an inner ring and bold text), an optional coloured tag with a short
text (pairs and categories, so colour is never the only sign), its text, and a note under it
(the feedback for a wrong option)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import pygame

from escape_room.scenes.puzzles.layout import WRONG_TINT
from escape_room.ui import theme
from escape_room.ui.fonts import font
from escape_room.ui.look import Look, look_for
from escape_room.ui.text import Align, VAlign, layout
from escape_room.ui.widgets import Action, Button, RectLike

Marker = Literal["radio", "check", "none"]
_MARK = 30
TAG = 48
"""The width of a tag's badge."""


@dataclass(frozen=True)
class Tag:
    """A coloured badge with a short text on it (a number or a letter)."""

    text: str
    colour: theme.Colour


class Choice(Button):
    """A box to choose; `selected` fills it blue, `wrong` gives it a red edge and tint."""

    def __init__(
        self,
        id: str,
        label: str,
        rect: RectLike,
        on_click: Action | None = None,
        marker: Marker = "radio",
        selected: bool = False,
        tag: Tag | None = None,
        note: str = "",
        wrong: bool = False,
        pixels: int = theme.BODY,
        align: Align = "left",
    ) -> None:
        super().__init__(id, label, rect, on_click, "quiet", selected, pixels=pixels)
        self.marker, self.tag, self.note, self.wrong = marker, tag, note, wrong
        self.align = align

    def colours(self) -> tuple[theme.Colour, theme.Colour]:
        if self.selected:
            return theme.BUTTON, theme.BUTTON_TEXT
        if self.wrong:
            return WRONG_TINT, theme.INK
        return (theme.PANEL if self.hovered else theme.BUTTON_QUIET), theme.INK

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        fill, ink = self.colours()
        rect = self.rect.move(0, 2) if self.pressed else self.rect
        edge, width = (theme.BAD, 5) if self.wrong else (theme.INK, 2)
        pygame.draw.rect(surface, fill, rect, border_radius=theme.RADIUS)
        pygame.draw.rect(surface, edge, rect, width=width, border_radius=theme.RADIUS)
        plain = self.marker == "none" and self.tag is None
        if plain and self.selected:
            inset = rect.inflate(-10, -10)
            pygame.draw.rect(surface, ink, inset, width=3, border_radius=theme.RADIUS - 2)
        inner = rect.inflate(-theme.SPACE if plain else -2 * theme.SPACE, -theme.SPACE // 2)
        inner = self._draw_marker(surface, inner, ink)
        if self.tag is not None:
            inner = draw_tag(surface, look, self.tag, inner)
        self._draw_text(surface, look, inner, ink)
        if self.wrong:
            from escape_room.art.icons import draw_icon

            draw_icon(surface, "wrong", pygame.Rect(rect.right - 22, rect.top - 10, 30, 30))
        if self.focused:
            look.focus_ring(surface, rect)

    def _draw_marker(
        self, surface: pygame.Surface, inner: pygame.Rect, ink: theme.Colour
    ) -> pygame.Rect:
        if self.marker == "none":
            return inner
        box = pygame.Rect(0, 0, _MARK, _MARK)
        box.midleft = inner.midleft
        if self.marker == "radio":
            pygame.draw.circle(surface, ink, box.center, _MARK // 2, width=3)
            if self.selected:
                pygame.draw.circle(surface, ink, box.center, _MARK // 4)
        else:
            pygame.draw.rect(surface, ink, box, width=3, border_radius=4)
            if self.selected:
                tick = [
                    (box.x + 6, box.centery),
                    (box.x + 12, box.bottom - 7),
                    (box.right - 5, box.y + 6),
                ]
                pygame.draw.lines(surface, ink, False, tick, width=4)
        return pygame.Rect(
            box.right + theme.SPACE, inner.y, inner.right - box.right - theme.SPACE, inner.height
        )

    def _draw_text(
        self, surface: pygame.Surface, look: Look, inner: pygame.Rect, ink: theme.Colour
    ) -> None:
        bold = self.selected and self.marker == "none"
        pixels = whole_words(look, self.label, inner.width, self.pixels, bold)
        top, bottom = inner, None
        if self.note:
            label = layout(
                self.label, inner.width, inner.height, look.px(pixels), bold, look.min_text
            )
            note = layout(self.note, inner.width, inner.height, look.px(theme.SMALL), False)
            share = label.height / max(1, label.height + note.height)
            top = pygame.Rect(inner.x, inner.y, inner.width, round(inner.height * share))
            bottom = pygame.Rect(inner.x, top.bottom, inner.width, inner.height - top.height)
        valign: VAlign = "bottom" if bottom is not None else "middle"
        look.text(
            surface, self.label, top, size=pixels, colour=ink, bold=bold, align=self.align,
            valign=valign,
        )  # fmt: skip
        if bottom is None:
            return
        note_ink = theme.BUTTON_TEXT if self.selected else theme.BAD
        look.text(surface, self.note, bottom, style="small", colour=note_ink)


class TextBox(Choice):
    """A box showing a text (a step, an item to sort); the buttons beside it take the clicks."""

    focusable = False


class Cell(Button):
    """A narrow choice: a round marker above a short label (a category in an item's row), or
    left of it when the cell is too short for both one above the other."""

    def colours(self) -> tuple[theme.Colour, theme.Colour]:
        if self.selected:
            return theme.BUTTON, theme.BUTTON_TEXT
        return (theme.PANEL if self.hovered else theme.BUTTON_QUIET), theme.INK

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        fill, ink = self.colours()
        rect = self.rect.move(0, 2) if self.pressed else self.rect
        pygame.draw.rect(surface, fill, rect, border_radius=theme.RADIUS)
        pygame.draw.rect(surface, theme.INK, rect, width=2, border_radius=theme.RADIUS)
        mark, text = _cell_parts(look, self.label, rect, self.selected)
        pygame.draw.circle(surface, ink, mark, _MARK // 2, width=3)
        if self.selected:
            pygame.draw.circle(surface, ink, mark, _MARK // 4)
        pixels = whole_words(look, self.label, text.width, theme.SMALL, self.selected)
        look.text(
            surface,
            self.label,
            text,
            style="puzzle.option",
            size=pixels,
            colour=ink,
            bold=self.selected,
        )
        if self.focused:
            look.focus_ring(surface, rect)


def cell_fits(look: Look, label: str, size: tuple[int, int]) -> bool:
    """Whether a :class:`Cell` of `size` shows all of `label` (chosen, so in bold) at a
    readable size, each word whole."""
    _, text = _cell_parts(look, label, pygame.Rect((0, 0), size), True)
    pixels = look.px(whole_words(look, label, text.width, theme.SMALL, True))
    fitted = layout(label, text.width, text.height, pixels, True, look.min_text)
    return not fitted.cut and " ".join(fitted.lines).split() == label.split()


def _cell_parts(
    look: Look, label: str, rect: pygame.Rect, bold: bool
) -> tuple[tuple[int, int], pygame.Rect]:
    """Where a cell's marker (its centre) and label go: the marker above the label when the
    cell is tall enough for both, else left of it."""
    size = look.min_text
    height = layout(label, rect.width - 8, 100_000, size, bold, size).height
    if rect.height - _MARK - 10 >= height:
        mark = (rect.centerx, rect.y + 6 + _MARK // 2)
        return mark, pygame.Rect(
            rect.x + 4, rect.y + _MARK + 8, rect.width - 8, rect.height - _MARK - 10
        )
    mark = (rect.x + 6 + _MARK // 2, rect.centery)
    return mark, pygame.Rect(
        rect.x + _MARK + 10, rect.y + 4, rect.width - _MARK - 14, rect.height - 8
    )


def text_width(width: int) -> int:
    """How wide the text of a :class:`Choice` `width` wide with a marker and no tag is."""
    return width - 3 * theme.SPACE - _MARK


def whole_words(look: Look, text: str, width: int, pixels: int, bold: bool = False) -> int:
    """The largest type size up to `pixels` at which each word of `text` fits in `width`, so
    words are wrapped whole and never broken (unless even the smallest size is too wide)."""
    return _whole_words(text, width, pixels, look.text_scale, bold)


@lru_cache(maxsize=1024)
def _whole_words(text: str, width: int, pixels: int, text_scale: int, bold: bool) -> int:
    look, words = look_for(text_scale), text.split()
    for size in range(pixels, theme.MIN_TEXT - 1, -1):
        face = font(look.px(size), bold)
        if all(face.size(word)[0] <= width for word in words):
            return size
    return theme.MIN_TEXT


def draw_tag(surface: pygame.Surface, look: Look, tag: Tag, inner: pygame.Rect) -> pygame.Rect:
    """Draw `tag` at the left of `inner`; returns what is left of `inner` to its right."""
    badge = pygame.Rect(0, 0, TAG, min(TAG, inner.height))
    badge.midleft = inner.midleft
    pygame.draw.rect(surface, tag.colour, badge, border_radius=theme.RADIUS)
    pygame.draw.rect(surface, theme.PANEL, badge, width=2, border_radius=theme.RADIUS)
    look.text(surface, tag.text, badge, style="button")
    return pygame.Rect(
        badge.right + theme.SPACE, inner.y, inner.right - badge.right - theme.SPACE, inner.height
    )


class ArrowButton(Button):
    """A small button showing an arrow (up or down); its label says what it does."""

    def __init__(self, id: str, label: str, rect: RectLike, on_click: Action, up: bool) -> None:
        super().__init__(id, label, rect, on_click, "quiet")
        self.up = up

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        fill, ink = self.colours()
        rect = self.rect.move(0, 2) if self.pressed else self.rect
        pygame.draw.rect(surface, fill, rect, border_radius=theme.RADIUS)
        pygame.draw.rect(surface, theme.INK, rect, width=2, border_radius=theme.RADIUS)
        size = min(rect.width, rect.height) * 0.28
        cx, cy = rect.center
        tip = -size if self.up else size
        pygame.draw.polygon(
            surface, ink, [(cx - size, cy - tip / 2), (cx + size, cy - tip / 2), (cx, cy + tip)]
        )
        if self.focused:
            look.focus_ring(surface, rect)
