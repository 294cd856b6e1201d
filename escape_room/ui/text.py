"""Text layout: wrap words into a box and shrink the font until the text fits; never overflow.

`layout` finds the lines and the size; `render_block` renders them once and caches the picture,
so a screen that shows the same text every frame costs one blit. When even the smallest size
does not fit, the last visible line ends with an ellipsis: text never leaves its box.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import pygame

from escape_room.ui import theme
from escape_room.ui.fonts import font

Align = Literal["left", "center", "right"]
VAlign = Literal["top", "middle", "bottom"]
ELLIPSIS = "…"
_FLOOR = 6
"""Below the smallest readable size text is cut, not shrunk further; only tiny boxes go lower."""


@dataclass(frozen=True)
class TextLayout:
    """Lines of text at one font size, and the size of the block they make."""

    lines: tuple[str, ...]
    pixels: int
    bold: bool
    line_height: int
    width: int
    height: int

    @property
    def cut(self) -> bool:
        """Whether the text had to be cut short (or left out) to fit."""
        return not self.lines or self.lines[-1].endswith(ELLIPSIS)


@lru_cache(maxsize=2048)
def layout(
    text: str, width: int, height: int, pixels: int, bold: bool = False, min_pixels: int = 0
) -> TextLayout:
    """The text wrapped into `width`×`height` at the largest size ≤ `pixels` that fits."""
    floor = min_pixels or min(theme.MIN_TEXT, pixels)
    size = max(1, pixels)
    while True:
        face = font(size, bold)
        line_height = face.get_linesize()
        lines = wrap(text, width, face)
        if len(lines) * line_height <= height and _within(lines, width, face):
            break
        if size <= floor and line_height <= height:
            lines = _cut(lines, height // line_height, width, face)
            break
        if size <= _FLOOR:
            lines = ()
            break
        step = max(1, size // 12)
        size = max(size - step, floor) if size > floor else size - step
    return _measured(lines, size, bold, line_height)


def _measured(lines: tuple[str, ...], size: int, bold: bool, line_height: int) -> TextLayout:
    face = font(size, bold)
    width = max((face.size(line)[0] for line in lines), default=0)
    return TextLayout(lines, size, bold, line_height, width, len(lines) * line_height)


def wrap(text: str, width: int, face: pygame.font.Font) -> tuple[str, ...]:
    """Lines no wider than `width`: words wrap at spaces, words too long are broken."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += _wrap_paragraph(paragraph.split(), width, face)
    return tuple(lines)


def _wrap_paragraph(words: list[str], width: int, face: pygame.font.Font) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if face.size(candidate)[0] <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        pieces = _break_word(word, width, face)
        lines += pieces[:-1]
        current = pieces[-1]
    return [*lines, current] if current or not lines else lines


def _break_word(word: str, width: int, face: pygame.font.Font) -> list[str]:
    pieces, current = [], ""
    for char in word:
        if current and face.size(current + char)[0] > width:
            pieces.append(current)
            current = ""
        current += char
    return [*pieces, current]


def _within(lines: tuple[str, ...], width: int, face: pygame.font.Font) -> bool:
    """Whether every line is within `width` (a letter wider than the box is not)."""
    return all(face.size(line)[0] <= width for line in lines)


def _cut(lines: tuple[str, ...], count: int, width: int, face: pygame.font.Font) -> tuple[str, ...]:
    """The first `count` lines, the last ending in an ellipsis, each within `width`; none when
    not even the ellipsis fits (the text is then cut whole)."""
    if count <= 0 or face.size(ELLIPSIS)[0] > width:
        return ()
    kept = list(lines[:count])
    last = kept[-1]
    while last and face.size(last + ELLIPSIS)[0] > width:
        last = last[:-1]
    kept[-1] = last.rstrip() + ELLIPSIS
    return tuple(kept)


@lru_cache(maxsize=512)
def render_block(
    text: str,
    width: int,
    height: int,
    pixels: int,
    colour: theme.Colour,
    bold: bool = False,
    align: Align = "left",
    min_pixels: int = 0,
) -> pygame.Surface:
    """The fitted text as a transparent picture no larger than `width`×`height`, cached."""
    fitted = layout(text, width, height, pixels, bold, min_pixels)
    face = font(fitted.pixels, bold)
    block = pygame.Surface((max(1, fitted.width), max(1, fitted.height)), pygame.SRCALPHA)
    for row, line in enumerate(fitted.lines):
        picture = face.render(line, True, colour)
        x = {"left": 0, "center": (fitted.width - picture.get_width()) // 2}.get(
            align, fitted.width - picture.get_width()
        )
        block.blit(picture, (x, row * fitted.line_height))
    return block


def draw_text(
    surface: pygame.Surface,
    text: str,
    rect: pygame.Rect,
    pixels: int,
    colour: theme.Colour,
    bold: bool = False,
    align: Align = "left",
    valign: VAlign = "top",
    min_pixels: int = 0,
) -> pygame.Rect:
    """Draw text fitted into `rect`, never smaller than `min_pixels` (when given); returns the
    area it covers (always inside `rect`)."""
    block = render_block(text, rect.width, rect.height, pixels, colour, bold, align, min_pixels)
    x = {"left": rect.left, "center": rect.centerx - block.get_width() // 2}.get(
        align, rect.right - block.get_width()
    )
    y = {"top": rect.top, "middle": rect.centery - block.get_height() // 2}.get(
        valign, rect.bottom - block.get_height()
    )
    return surface.blit(block, (x, y))
