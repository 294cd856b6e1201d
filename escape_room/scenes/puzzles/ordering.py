"""Ordering: the steps, shuffled (never already in order), each with arrows to move it up or
down, or dragged onto the place it should take. Keyboard: Tab to a step's arrow and press
Enter; focus stays with the step as it moves."""

from __future__ import annotations

from typing import Any

import pygame

from escape_room.kinds.ordering import Ordering
from escape_room.pilot import Click, PilotAction
from escape_room.scenes.contracts import PuzzleHost
from escape_room.scenes.puzzles import layout
from escape_room.scenes.puzzles.choices import ArrowButton, Tag, TextBox
from escape_room.scenes.puzzles.frame import CHECK_ID, PuzzleScene
from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.widgets import Widget

_ARROW = 96
_TEXT_TAKEN = 2 * _ARROW + 2 * layout.GAP + 90
"""The width a step's arrows, its number tag and margins take from its text."""


class OrderingScene(PuzzleScene[Ordering], kind="ordering"):
    def __init__(self, puzzle: Ordering, ctx: GameContext, host: PuzzleHost) -> None:
        super().__init__(puzzle, ctx, host)
        self.right = [step.id for step in puzzle.steps]
        self.order = list(self.right)
        while self.order == self.right:
            ctx.rng.shuffle(self.order)

    def build_body(self, area: pygame.Rect) -> list[Widget]:
        label, rest = self.caption(area, self.ctx.t("puzzle.order_how"))
        widgets: list[Widget] = [label]
        texts = [self.ctx.text(step.text) for step in self.puzzle.steps]
        shown, rows, turns = self.paged_rows(
            rest,
            len(self.order),
            lines=lambda width: self.lines_for(texts, width - _TEXT_TAKEN),
            gap=8,
        )
        for index, row in zip(shown, rows, strict=True):
            widgets += self._row(index, self.order[index], row)
        return [*widgets, *turns]

    def _row(self, index: int, step_id: str, row: pygame.Rect) -> list[Widget]:
        text = self.ctx.text(next(s.text for s in self.puzzle.steps if s.id == step_id))
        up = pygame.Rect(row.right - 2 * _ARROW - layout.GAP, row.y, _ARROW, row.height)
        down = pygame.Rect(row.right - _ARROW, row.y, _ARROW, row.height)
        box = pygame.Rect(row.x, row.y, up.left - layout.GAP - row.x, row.height)
        t = self.ctx.t
        return [
            TextBox(
                f"step:{step_id}", text, box, None, "none", tag=Tag(str(index + 1), theme.MUTED_INK)
            ),
            ArrowButton(
                f"step:{step_id}:up",
                t("puzzle.move_up", text=text),
                up,
                lambda: self._move(step_id, -1),
                up=True,
            ),
            ArrowButton(
                f"step:{step_id}:down",
                t("puzzle.move_down", text=text),
                down,
                lambda: self._move(step_id, 1),
                up=False,
            ),
        ]

    def _move(self, step_id: str, step: int) -> None:
        here = self.order.index(step_id)
        there = here + step
        if 0 <= there < len(self.order):
            self.order[here], self.order[there] = self.order[there], self.order[here]
            self.show_row(there)
            self.changed()

    def can_drag(self, widget_id: str) -> bool:
        return widget_id.count(":") == 1 and widget_id.startswith("step:")

    def drop(self, source_id: str, target_id: str) -> None:
        """A step dropped on another step (or its arrows) takes that step's place."""
        if target_id.startswith("step:"):
            step_id, there = source_id.split(":")[1], target_id.split(":")[1]
            place = self.order.index(there)
            self.order.remove(step_id)
            self.order.insert(place, step_id)
            self.show_row(place)
            self.changed()

    def response(self) -> Any:
        return tuple(self.order)

    def wrong_note(self, response: Any) -> str:
        return self.count_note(tuple(response), tuple(self.right))

    def answer_actions(self, correct: bool) -> list[PilotAction]:
        order, clicks, page = list(self.order), [], self.pager.page
        wanted = self.right if correct else _one_off(self.right, order)
        for place, step_id in enumerate(wanted):
            for here in range(order.index(step_id), place, -1):
                clicks += [*self.turns_to(here, page), Click(f"step:{step_id}:up")]
                page = self.row_page(here - 1)
            order.insert(place, order.pop(order.index(step_id)))
        return [*clicks, Click(CHECK_ID)]


def _one_off(right: list[str], order: list[str]) -> list[str]:
    """A wrong order: the current one when it is wrong, else the right one with two swapped."""
    if order != right:
        return order
    return [right[1], right[0], *right[2:]]
