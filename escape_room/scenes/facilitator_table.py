"""The class results' tables laid out for the text size, so that no text is cut and no word or
figure is broken.

Each column is at least as wide as its heading and its cells need at the readable minimum, on
at most two lines that break only between words (a figure such as "113 / 130" or "54% ·" never
breaks); the rest of the width is shared as at normal size. A table too wide for the panel
even so is shown in parts side by side on pages of their own, each part with the first column
(the team or the objective) and an even share of the others.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import pygame

from escape_room.ui import theme
from escape_room.ui.fonts import font
from escape_room.ui.look import Look

LINES = 2
"""The lines a heading or a cell may take."""
GAP = theme.SPACE
"""The least gap between two columns."""
_PAD = 2


@dataclass(frozen=True)
class Part:
    """Which columns a table shows side by side (the first always first), and their widths."""

    columns: tuple[int, ...]
    widths: tuple[int, ...]


def units(text: str, figure: bool) -> tuple[str, ...]:
    """What a text may break between: its words, or the parts of a `figure` ("54% ·",
    "13/24"), so that a figure such as "113 / 130" is never broken."""
    if not figure:
        return tuple(text.split())
    *before, last = text.split(" · ")
    return (*(f"{part} ·" for part in before), last)


def parts(
    look: Look,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    shares: Sequence[int],
    width: int,
) -> list[Part]:
    """The table in as few parts as fit `width`: the columns of each part, as wide as they
    need and sharing the rest of the width like `shares` (the widths at normal size). Each
    column needs the room of its texts at the table's size, or a smaller one down to the
    readable minimum, the largest at which the whole table fits."""
    everything = tuple(range(len(header)))
    for size in range(theme.SMALL, theme.MIN_TEXT - 1, -1):
        needs = _needs(header, rows, look.px(size))
        if _room(needs, everything) <= width:
            return [_part(everything, needs, shares, width)]
    needs, others = _needs(header, rows, look.min_text), list(everything[1:])
    for count in range(2, len(others) + 1):
        chunks = [(0, *chunk) for chunk in _even(others, count)]
        if all(_room(needs, chunk) <= width for chunk in chunks):
            return [_part(chunk, needs, shares, width) for chunk in chunks]
    return [_part((0, i), needs, shares, width) for i in others]


def _needs(header: Sequence[str], rows: Sequence[Sequence[str]], pixels: int) -> list[int]:
    """Each column's width for its heading and cells at `pixels`, on at most two lines."""
    return [
        max(
            _need(header[i], pixels, bold=False, figure=False),
            *(_need(row[i], pixels, bold=i == 0, figure=i > 0) for row in rows),
        )
        for i in range(len(header))
    ]


def _room(needs: Sequence[int], columns: Sequence[int]) -> int:
    return sum(needs[i] for i in columns) + GAP * (len(columns) - 1)


def _part(
    columns: tuple[int, ...], needs: Sequence[int], shares: Sequence[int], width: int
) -> Part:
    """Columns at least as wide as they need; the width left shared like `shares`."""
    free = width - GAP * (len(columns) - 1)
    need, share = [needs[i] for i in columns], [shares[i] for i in columns]
    low, high = 0.0, free / min(share)
    for _ in range(40):
        scale = (low + high) / 2
        low, high = (scale, high) if _filled(need, share, scale) <= free else (low, scale)
    widths = [max(n, int(low * s)) for n, s in zip(need, share, strict=True)]
    widths[0] += max(0, free - sum(widths))
    return Part(columns, tuple(widths))


def _filled(needs: Sequence[int], shares: Sequence[int], scale: float) -> int:
    return sum(max(n, int(scale * s)) for n, s in zip(needs, shares, strict=True))


def _even(items: list[int], count: int) -> list[list[int]]:
    """`items` in `count` runs in order, as even as can be."""
    size, extra = divmod(len(items), count)
    runs, start = [], 0
    for index in range(count):
        end = start + size + (index < extra)
        runs.append(items[start:end])
        start = end
    return [run for run in runs if run]


@lru_cache(maxsize=1024)
def _need(text: str, pixels: int, *, bold: bool, figure: bool) -> int:
    return width_on_lines(text, font(pixels, bold), figure=figure)


def width_on_lines(text: str, face: pygame.font.Font, *, figure: bool = False) -> int:
    """The least width at which `text` takes at most two lines broken between its units."""
    pieces = units(text, figure)
    if not pieces:
        return 0
    lines = (
        max(face.size(" ".join(pieces[:k]))[0], face.size(" ".join(pieces[k:]))[0])
        for k in range(1, len(pieces) + 1)
    )
    return min(lines) + _PAD


def whole(lines: Sequence[str], text: str, figure: bool) -> bool:
    """Whether `lines` break `text` only between its units."""
    pieces, at = units(text, figure), 0
    for line in lines:
        taken = line.split()
        end = next(
            (e for e in range(at + 1, len(pieces) + 1) if " ".join(pieces[at:e]).split() == taken),
            None,
        )
        if end is None:
            return False
        at = end
    return at == len(pieces)


def size_for(
    look: Look, text: str, box: pygame.Rect, *, style: str, bold: bool, figure: bool
) -> int:
    """The largest size (at normal text size) up to the style's at which `text` fits `box`
    as it is, broken only between its units; the readable minimum when none does."""
    for size in range(theme.STYLES[style].size, theme.MIN_TEXT - 1, -1):
        fitted = look.fit(text, box, style=style, size=size, bold=bold)
        if fitted.pixels == look.px(size) and not fitted.cut and whole(fitted.lines, text, figure):
            return size
    return theme.MIN_TEXT
