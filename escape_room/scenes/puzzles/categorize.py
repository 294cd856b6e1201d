"""Sorting: each item in a row with a cell per category (a round marker over the category's
name); choosing one, or dragging the item onto any cell of a category, puts the item in it.
Rows fill one column, or two when there are many items."""

from __future__ import annotations

from typing import Any

import pygame

from escape_room.kinds.categorize import Categorize
from escape_room.pilot import Click, PilotAction
from escape_room.scenes.contracts import PuzzleHost
from escape_room.scenes.puzzles import layout
from escape_room.scenes.puzzles.choices import Cell, TextBox, cell_fits
from escape_room.scenes.puzzles.frame import CHECK_ID, Incomplete, PuzzleScene
from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.fonts import font
from escape_room.ui.text import layout as text_layout
from escape_room.ui.widgets import Widget

_GAP = 8
_CELL = (100, 190)
"""The narrowest and widest a category's cell gets (unless its name needs more)."""


class CategorizeScene(PuzzleScene[Categorize], kind="categorize"):
    def __init__(self, puzzle: Categorize, ctx: GameContext, host: PuzzleHost) -> None:
        super().__init__(puzzle, ctx, host)
        self.sorted: dict[int, str] = {}

    def build_body(self, area: pygame.Rect) -> list[Widget]:
        label, rest = self.caption(area, self.ctx.t("puzzle.sort_how"))
        count = len(self.puzzle.items)
        if count > 5 and self._fit_in_two_columns(rest, count):
            cells = layout.grid(rest, count, 2, tallest=110)
            return [label, *(w for index, cell in enumerate(cells) for w in self._row(index, cell))]
        shown, rows, turns = self.paged_rows(rest, count, lines=self._lines)
        widgets: list[Widget] = [label]
        for index, row in zip(shown, rows, strict=True):
            widgets += self._row(index, row)
        return [*widgets, *turns]

    def _fit_in_two_columns(self, area: pygame.Rect, count: int) -> bool:
        """Whether every item's text fits whole at a readable size with the rows in two columns."""
        cell = layout.grid(area, count, 2, tallest=110)[0]
        cells = len(self.puzzle.categories) * (self._cell_width(cell.height) + _GAP)
        width = cell.width - cells - 3 * _GAP
        size = self.look.min_text
        return not any(
            text_layout(self.ctx.text(item.text), width, cell.height - 8, size, True, size).cut
            for item in self.puzzle.items
        )

    def _row(self, index: int, row: pygame.Rect) -> list[Widget]:
        categories = self.puzzle.categories
        width = self._cell_width(row.height)
        cells_left = row.right - len(categories) * (width + _GAP) + _GAP
        text = pygame.Rect(row.x, row.y, cells_left - _GAP - row.x, row.height)
        item = self.ctx.text(self.puzzle.items[index].text)
        widgets: list[Widget] = [TextBox(f"item:{index}", item, text, None, "none")]
        for n, category in enumerate(categories):
            cell = pygame.Rect(cells_left + n * (width + _GAP), row.y, width, row.height)
            widgets.append(self._cell(index, category.id, self.ctx.text(category.label), cell))
        return widgets

    def _lines(self, width: int) -> int:
        """How many lines the longest item takes beside its cells in a row `width` wide (two
        at least)."""
        cells = len(self.puzzle.categories) * (self._cell_width(layout.TALLEST) + _GAP)
        items = [self.ctx.text(item.text) for item in self.puzzle.items]
        return max(2, self.lines_for(items, width - cells - theme.SPACE))

    def _cell_width(self, height: int) -> int:
        """Wide enough for the longest category name, within limits; wider when a cell
        `height` tall needs it to show a name whole at a readable size."""
        face = font(self.look.px(theme.SMALL), True)
        labels = [self.ctx.text(c.label) for c in self.puzzle.categories]
        width = max(_CELL[0], min(_CELL[1], max(face.size(label)[0] for label in labels) + 20))
        while width < 2 * _CELL[1] and not all(
            cell_fits(self.look, label, (width, height)) for label in labels
        ):
            width += _GAP
        return width

    def _cell(self, index: int, category: str, label: str, rect: pygame.Rect) -> Cell:
        def choose() -> None:
            self.sorted[index] = category
            self.changed()

        chosen = self.sorted.get(index) == category
        return Cell(f"item:{index}:{category}", label, rect, choose, "quiet", chosen)

    def can_drag(self, widget_id: str) -> bool:
        return widget_id.count(":") == 1 and widget_id.startswith("item:")

    def drop(self, source_id: str, target_id: str) -> None:
        """An item dropped on any row's cell of a category goes in that category."""
        target = target_id.split(":")
        if target[0] == "item" and len(target) == 3:
            self.sorted[int(source_id.split(":")[1])] = target[2]
            self.changed()

    def response(self) -> Any:
        if len(self.sorted) < len(self.puzzle.items):
            return Incomplete(self.ctx.t("puzzle.need_sorted"))
        return tuple(self.sorted[i] for i in range(len(self.puzzle.items)))

    def wrong_note(self, response: Any) -> str:
        return self.count_note(tuple(response), tuple(i.category for i in self.puzzle.items))

    def answer_actions(self, correct: bool) -> list[PilotAction]:
        wanted = [item.category for item in self.puzzle.items]
        if not correct:
            wanted[0] = next(c.id for c in self.puzzle.categories if c.id != wanted[0])
        clicks: list[PilotAction] = []
        page = self.pager.page
        for i, category in enumerate(wanted):
            if self.sorted.get(i) != category:
                clicks += [*self.turns_to(i, page), Click(f"item:{i}:{category}")]
                page = self.row_page(i)
        return [*clicks, Click(CHECK_ID)]
