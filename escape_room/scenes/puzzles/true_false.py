"""True or false: two big boxes side by side; the team chooses one, then checks."""

from __future__ import annotations

from typing import Any

import pygame

from escape_room.kinds.true_false import TrueFalse
from escape_room.pilot import Click, PilotAction
from escape_room.scenes.contracts import PuzzleHost
from escape_room.scenes.puzzles import layout
from escape_room.scenes.puzzles.choices import Choice
from escape_room.scenes.puzzles.frame import CHECK_ID, Incomplete, PuzzleScene
from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.widgets import Widget

_HEIGHT = 150


class TrueFalseScene(PuzzleScene[TrueFalse], kind="true_false"):
    def __init__(self, puzzle: TrueFalse, ctx: GameContext, host: PuzzleHost) -> None:
        super().__init__(puzzle, ctx, host)
        self.chosen: bool | None = None

    def build_body(self, area: pygame.Rect) -> list[Widget]:
        label, rest = self.caption(area, self.ctx.t("puzzle.choose_one"))
        row = pygame.Rect(rest.x, rest.centery - _HEIGHT // 2, rest.width, _HEIGHT)
        left, right = layout.split(row, (row.width - 2 * layout.GAP) // 2, 2 * layout.GAP)
        return [label, self._box(True, left), self._box(False, right)]

    def _box(self, value: bool, rect: pygame.Rect) -> Choice:
        name = "true" if value else "false"
        wrong = self.chosen == value and self.message is not None and self.message.kind == "wrong"
        return Choice(
            f"answer:{name}",
            self.ctx.t(f"puzzle.{name}"),
            rect,
            lambda: self._choose(value),
            selected=self.chosen == value,
            wrong=wrong,
            pixels=theme.HEADING,
            align="center",
        )

    def _choose(self, value: bool) -> None:
        self.chosen = value
        self.changed()

    def response(self) -> Any:
        return Incomplete(self.ctx.t("puzzle.need_choice")) if self.chosen is None else self.chosen

    def answer_actions(self, correct: bool) -> list[PilotAction]:
        wanted = self.puzzle.answer if correct else not self.puzzle.answer
        clicks = [] if self.chosen == wanted else [Click(f"answer:{'true' if wanted else 'false'}")]
        return [*clicks, Click(CHECK_ID)]
