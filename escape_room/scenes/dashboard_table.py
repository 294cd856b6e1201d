"""The dashboard's table laid out for the text size: column widths from what the cells hold, row
heights from how their texts wrap, and rows cut into pages — so no text is ever cut short.

The team and room columns share the width left by the others and wrap; the other columns are
as wide as their widest cell (their headings may wrap at spaces). With many teams the text
shrinks, one step at a time and never below the readable minimum, before rows go on pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from escape_room.ui.fonts import font
from escape_room.ui.look import Look
from escape_room.ui.text import layout

FLEX = (0, 1, 6)
"""The columns that wrap: the team's name, the room and the state."""
GAP = 20
PAD = 10
HEAD_SIZE = 22
HEAD_SHARE = 0.7
SIZES = (32, 28, 24)
"""Row text sizes at 100 %, largest first: the first with every row on one page is used (then
the readable minimum is tried)."""


@dataclass(frozen=True)
class Table:
    """The text size, the column widths, the header height and each page's rows with heights."""

    pixels: int
    head_pixels: int
    widths: tuple[int, ...]
    head_height: int
    pages: tuple[tuple[tuple[int, int], ...], ...]
    """Per page: (row index, row height) of each row on it."""


def lay_out(
    look: Look, header: Sequence[str], rows: Sequence[Sequence[str]], width: int, height: int
) -> Table:
    """The table for rows under `header` in a `width`×`height` box (several pages if need be)."""
    floor = look.min_text
    sizes = sorted({max(floor, look.px(size)) for size in SIZES} | {floor}, reverse=True)
    table = None
    for pixels in sizes:
        head = max(floor, min(look.px(HEAD_SIZE), round(pixels * HEAD_SHARE)))
        widths = _widths(header, rows, pixels, head, width)
        if widths is None:
            continue
        table = _paged(header, rows, widths, pixels, head, height)
        if len(table.pages) == 1:
            return table
    if table is not None:
        return table
    share = (width - GAP * (len(header) - 1)) // len(header)  # long words then break
    return _paged(header, rows, (share,) * len(header), floor, floor, height)


def _widths(
    header: Sequence[str], rows: Sequence[Sequence[str]], pixels: int, head: int, width: int
) -> tuple[int, ...] | None:
    """Fixed columns as wide as their widest cell; the wrapping ones share the rest, each at
    least its longest word; None when that does not fit."""
    columns = list(zip(header, *rows, strict=True)) if rows else [(h,) for h in header]
    needs = [
        max([_word(title, head, True)]
            + [(_word if i in FLEX else _line)(c, pixels, i == 0) for c in cells])
        for i, (title, *cells) in enumerate(columns)
    ]  # fmt: skip
    free = width - GAP * (len(columns) - 1)
    spare = free - sum(needs)
    if spare < 0:
        return None
    wants = {i: max(0, max(_line(c, pixels, i == 0) for c in columns[i]) - needs[i]) for i in FLEX}
    total = sum(wants.values()) or 1
    for i, want in wants.items():
        needs[i] += min(want, spare * want // total)
    needs[FLEX[1]] += free - sum(needs)
    return tuple(needs)


def _paged(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: tuple[int, ...],
    pixels: int,
    head: int,
    height: int,
) -> Table:
    head_height = max(_height(t, w, head, True) for t, w in zip(header, widths, strict=True)) + PAD
    room = height - head_height
    pages: list[tuple[tuple[int, int], ...]] = []
    page: list[tuple[int, int]] = []
    used = 0
    for index, row in enumerate(rows):
        tall = max(
            _height(c, w, pixels, i == 0) for i, (c, w) in enumerate(zip(row, widths, strict=True))
        )
        tall += 2 * PAD
        if page and used + tall > room:
            pages.append(tuple(page))
            page, used = [], 0
        page.append((index, tall))
        used += tall
    pages.append(tuple(page))
    return Table(pixels, head, widths, head_height, tuple(pages))


def _word(text: str, pixels: int, bold: bool) -> int:
    face = font(pixels, bold)
    return max((face.size(word)[0] for word in text.split()), default=0) + 2


def _line(text: str, pixels: int, bold: bool) -> int:
    return font(pixels, bold).size(text)[0] + 2


def _height(text: str, width: int, pixels: int, bold: bool) -> int:
    return layout(text, width, 100_000, pixels, bold, pixels).height
