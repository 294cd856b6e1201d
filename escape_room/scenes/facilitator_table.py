"""The class results' tables laid out for the text size, so that no text is cut and no word or
figure is broken.

Each column is at least as wide as its heading and its cells need at the table's size (or a
smaller one, down to the readable minimum), on at most two lines that break only between words
(a figure such as "113 / 130" or "54% ·" never breaks); the figures get one line at the
readable size when the width allows, and the rest of the width is shared as at normal size.
A table too wide for the panel even so is shown in parts side by side on pages of their own,
each part with the first column (the team or the objective) and an even share of the others.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

import pygame

from escape_room.ui import theme
from escape_room.ui.fonts import font
from escape_room.ui.look import Look

GAP = theme.SPACE // 2
"""The least gap between two columns at normal text size (it grows with the text)."""
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
        table = _Table(header, rows, shares, look.px(size), look)
        if table.room(everything) <= width:
            return [table.part(everything, width)]
    others = list(everything[1:])
    for count in range(2, len(others) + 1):
        chunks = [(0, *chunk) for chunk in _even(others, count)]
        if all(table.room(chunk) <= width for chunk in chunks):
            return [table.part(chunk, width) for chunk in chunks]
    return [table.part((0, i), width) for i in others]


@dataclass(frozen=True)
class _Table:
    """A table's texts measured at one size (`pixels`) with the text size's `look`."""

    header: Sequence[str]
    rows: Sequence[Sequence[str]]
    shares: Sequence[int]
    pixels: int
    look: Look

    @cached_property
    def needs(self) -> list[int]:
        """Each column's width for its heading and cells on at most two lines."""
        return [
            max(
                _need(self.header[i], self.pixels, bold=False, figure=False),
                *(_need(row[i], self.pixels, bold=i == 0, figure=i > 0) for row in self.rows),
            )
            for i in range(len(self.header))
        ]

    @cached_property
    def wants(self) -> list[int]:
        """Each figures column's width for its figures on one line at the readable size
        (nothing for the first)."""
        face = font(self.look.min_text)
        return [
            0 if i == 0 else max((face.size(row[i])[0] + _PAD for row in self.rows), default=0)
            for i in range(len(self.header))
        ]

    def room(self, columns: Sequence[int]) -> int:
        return sum(self.needs[i] for i in columns) + self.look.px(GAP) * (len(columns) - 1)

    def part(self, columns: tuple[int, ...], width: int) -> Part:
        """Columns at least as wide as they need, the figures on one line when the width
        allows; the width left shared like the shares."""
        free = width - self.look.px(GAP) * (len(columns) - 1)
        least = [max(self.needs[i], self.wants[i]) for i in columns]
        if sum(least) > free:
            least = [self.needs[i] for i in columns]
        return Part(columns, _shared(least, [self.shares[i] for i in columns], free))


def _shared(least: list[int], shares: list[int], free: int) -> tuple[int, ...]:
    """Widths filling `free`, each at least `least` and otherwise in proportion to `shares`."""
    low, high = 0.0, free / min(shares)
    for _ in range(40):
        scale = (low + high) / 2
        low, high = (scale, high) if _filled(least, shares, scale) <= free else (low, scale)
    widths = [max(n, int(low * s)) for n, s in zip(least, shares, strict=True)]
    widths[0] += max(0, free - sum(widths))
    return tuple(widths)


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
