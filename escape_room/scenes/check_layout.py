"""Where the parts of a knowledge-check item go, laid out from the top down at the chosen text
size: the heading with who is answering and the question's number in the corner beside it, the
question (right of its picture when it has one), then the options in the rest of the panel.

Each part is as tall as its text needs; when the panel is short of room (large text, a long
question), the picture gets smaller and the question's text shrinks (never below the readable
size) so that every option keeps the room for its words.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from escape_room.scenes.puzzles import layout
from escape_room.scenes.puzzles.choices import text_width
from escape_room.ui import theme
from escape_room.ui.fonts import font
from escape_room.ui.look import Look
from escape_room.ui.text import layout as text_layout

QUESTION = theme.HEADING - 6
"""The question's type size."""
_GAP = 16
_PICTURE = (220, 190)
"""The picture's size when there is room for it."""
_PROMPT_HEIGHT = 126
"""The least height of a question without a picture (it is centred in it)."""
_BOTTOM = layout.PANEL.bottom - theme.SPACE
_TALLEST = 96
"""The tallest an option's box gets when it needs less."""


@dataclass(frozen=True)
class ItemTexts:
    """What an item's page says, to measure: heading, corner lines, question and options."""

    title: str
    answering: str
    count: str
    prompt: str
    options: tuple[str, ...]
    pictured: bool


@dataclass(frozen=True)
class ItemLayout:
    """The boxes of an item's page."""

    title: pygame.Rect
    answering: pygame.Rect
    count: pygame.Rect
    picture: pygame.Rect
    prompt: pygame.Rect
    options: list[pygame.Rect]


def item_layout(look: Look, texts: ItemTexts) -> ItemLayout:
    """The page of one item at `look`'s text size (the picture's box is empty without one)."""
    title, answering, count = _header(look, texts)
    top = max(title.bottom, count.bottom) + _GAP // 2
    columns = 1 if len(texts.options) <= 3 else 2
    rows = -(-len(texts.options) // columns)
    for size in (look.px(theme.BODY), look.min_text):
        row = _option_height(texts.options, columns, size)
        room = _BOTTOM - top - _GAP - rows * row - (rows - 1) * layout.GAP
        picture, prompt = _question(look, texts, top, room, size)
        if prompt.height <= room:
            break
    area = pygame.Rect(layout.LEFT, prompt.bottom + _GAP, layout.WIDTH, 0)
    area.height = _BOTTOM - area.top
    cells = layout.grid(area, len(texts.options), columns, tallest=max(look.px(_TALLEST), row))
    return ItemLayout(title, answering, count, picture, prompt, cells)


def _header(look: Look, texts: ItemTexts) -> tuple[pygame.Rect, pygame.Rect, pygame.Rect]:
    """The heading at the left, and the corner's two lines at the right, each as tall as it
    needs."""
    name, small = look.px(theme.BODY), look.px(theme.SMALL)
    widest = max(font(name, True).size(texts.answering)[0], font(small).size(texts.count)[0])
    width = min(layout.WIDTH // 2, widest + 4)
    left = layout.LEFT + layout.WIDTH - width
    top = layout.TITLE.y
    answering = pygame.Rect(left, top, width, _height(texts.answering, width, name, True))
    count = pygame.Rect(left, answering.bottom, width, _height(texts.count, width, small, False))
    title = heading_box(look, texts.title, layout.WIDTH - width - 2 * layout.GAP)
    return title, answering, count


def heading_box(look: Look, text: str, width: int) -> pygame.Rect:
    """Where a page's heading goes: at the top left, `width` wide, on as few lines as it can."""
    height = _fewest_lines(look, text, width, look.px(theme.HEADING))
    return pygame.Rect(layout.LEFT, layout.TITLE.y, width, height)


def _fewest_lines(look: Look, text: str, width: int, pixels: int) -> int:
    """The height of the fewest lines of bold `text` (a smaller size, down to the readable one,
    rather than one more line)."""
    line = font(pixels, True).get_linesize()
    lines = 1
    while text_layout(text, width, lines * line, pixels, True, look.min_text).cut:
        lines += 1
    return lines * line


def _question(
    look: Look, texts: ItemTexts, top: int, room: int, least_size: int
) -> tuple[pygame.Rect, pygame.Rect]:
    """The picture (empty without one) and the question beside it, within `room` in height
    when they can be (the question may shrink down to `least_size` for it)."""
    picture = pygame.Rect(layout.LEFT, top, 0, 0)
    if texts.pictured:
        picture.height = max(_PICTURE[1] // 2, min(_PICTURE[1], room))
        picture.width = picture.height * _PICTURE[0] // _PICTURE[1]
    left = picture.right + 24 if texts.pictured else layout.LEFT
    width = layout.LEFT + layout.WIDTH - left
    wanted = _height(texts.prompt, width, look.px(QUESTION), True)
    least = _height(texts.prompt, width, least_size, True)
    shortest = picture.height if texts.pictured else _PROMPT_HEIGHT
    height = max(least, min(room, max(wanted, shortest)))
    picture.centery = top + height // 2
    return picture, pygame.Rect(left, top, width, height)


def _option_height(options: tuple[str, ...], columns: int, size: int) -> int:
    """How tall an option's box must be for the longest option's words at `size`."""
    cell = (layout.WIDTH - (columns - 1) * layout.GAP) // columns
    width = text_width(cell)
    text = max((_height(option, width, size, False) for option in options), default=0)
    return text + theme.SPACE


def _height(text: str, width: int, pixels: int, bold: bool) -> int:
    return text_layout(text, width, 100_000, pixels, bold, pixels).height
