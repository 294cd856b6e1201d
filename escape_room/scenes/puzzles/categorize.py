"""Sorting: each item in a row with one button per category; choosing one puts the item in that
category. Rows fill one column, or two when there are many items."""

from __future__ import annotations

from typing import Any

import pygame

from escape_room.content.models import Categorize
from escape_room.pilot import Click, PilotAction
from escape_room.scenes.contracts import PuzzleHost
from escape_room.scenes.puzzles import layout
from escape_room.scenes.puzzles.choices import Choice
from escape_room.scenes.puzzles.frame import CHECK_ID, Incomplete, PuzzleScene
from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.widgets import Label, Widget

_GAP = 8


class CategorizeScene(PuzzleScene[Categorize]):
    def __init__(self, puzzle: Categorize, ctx: GameContext, host: PuzzleHost) -> None:
        super().__init__(puzzle, ctx, host)
        self.sorted: dict[int, str] = {}

    def build_body(self, area: pygame.Rect) -> list[Widget]:
        label, rest = self.caption(area, self.ctx.t("puzzle.sort_how"))
        count = len(self.puzzle.items)
        cells = layout.grid(rest, count, 1 if count <= 5 else 2, tallest=110)
        widgets: list[Widget] = [label]
        for index, cell in enumerate(cells):
            widgets += self._row(index, cell)
        return widgets

    def _row(self, index: int, row: pygame.Rect) -> list[Widget]:
        categories = self.puzzle.categories
        width = min(220, int(row.width * 0.56) // len(categories) - _GAP)
        buttons_left = row.right - len(categories) * (width + _GAP) + _GAP
        text = pygame.Rect(row.x, row.y, buttons_left - _GAP - row.x, row.height)
        item = self.ctx.text(self.puzzle.items[index].text)
        widgets: list[Widget] = [Label(f"item:{index}", item, text, theme.BODY, panel=True)]
        for n, category in enumerate(categories):
            cell = pygame.Rect(buttons_left + n * (width + _GAP), row.y, width, row.height)
            widgets.append(self._button(index, category.id, self.ctx.text(category.label), cell))
        return widgets

    def _button(self, index: int, category: str, label: str, rect: pygame.Rect) -> Choice:
        def choose() -> None:
            self.sorted[index] = category
            self.changed()

        chosen = self.sorted.get(index) == category
        return Choice(
            f"item:{index}:{category}", label, rect, choose, "none", chosen, align="center"
        )

    def response(self) -> Any:
        if len(self.sorted) < len(self.puzzle.items):
            return Incomplete(self.ctx.t("puzzle.need_sorted"))
        return tuple(self.sorted[i] for i in range(len(self.puzzle.items)))

    def wrong_note(self, response: Any) -> str:
        return self.count_note(tuple(response), tuple(i.category for i in self.puzzle.items))

    def autoplay_actions(self, correct: bool) -> list[PilotAction]:
        wanted = [item.category for item in self.puzzle.items]
        if not correct:
            wanted[0] = next(c.id for c in self.puzzle.categories if c.id != wanted[0])
        clicks = [
            Click(f"item:{i}:{category}")
            for i, category in enumerate(wanted)
            if self.sorted.get(i) != category
        ]
        return [*clicks, Click(CHECK_ID)]
