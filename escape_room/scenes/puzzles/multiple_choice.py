"""Multiple choice: the options as boxes to tick. With one right option, choosing one clears the
others (round markers); with several, the team is told to choose all that apply (square ones).
After a wrong answer, the options chosen wrongly are marked with their own feedback."""

from __future__ import annotations

from typing import Any

import pygame

from escape_room.kinds.multiple_choice import MultipleChoice
from escape_room.pilot import Click, PilotAction
from escape_room.scenes.contracts import PuzzleHost
from escape_room.scenes.puzzles import layout
from escape_room.scenes.puzzles.choices import Choice, Marker
from escape_room.scenes.puzzles.frame import CHECK_ID, Incomplete, PuzzleScene
from escape_room.ui.context import GameContext
from escape_room.ui.widgets import Action, Widget


class MultipleChoiceScene(PuzzleScene[MultipleChoice], kind="multiple_choice"):
    def __init__(self, puzzle: MultipleChoice, ctx: GameContext, host: PuzzleHost) -> None:
        super().__init__(puzzle, ctx, host)
        self.options = list(puzzle.options)
        if puzzle.shuffle:
            ctx.rng.shuffle(self.options)
        self.single = sum(o.correct for o in puzzle.options) == 1
        self.chosen: set[str] = set()
        self.marked: set[str] = set()

    def build_body(self, area: pygame.Rect) -> list[Widget]:
        how = self.ctx.t("puzzle.choose_one" if self.single else "puzzle.choose_all")
        label, rest = self.caption(area, how)
        cells = layout.grid(rest, len(self.options), 1 if len(self.options) <= 4 else 2)
        return [label, *(self._choice(o.id, c) for o, c in zip(self.options, cells, strict=True))]

    def _choice(self, option_id: str, rect: pygame.Rect) -> Choice:
        option = next(o for o in self.options if o.id == option_id)
        wrong = option_id in self.marked
        note = self.ctx.text(option.feedback) if wrong else ""
        marker: Marker = "radio" if self.single else "check"
        return Choice(
            f"option:{option_id}",
            self.ctx.text(option.text),
            rect,
            self._toggle(option_id),
            marker,
            option_id in self.chosen,
            note=note,
            wrong=wrong,
        )

    def _toggle(self, option_id: str) -> Action:
        def toggle() -> None:
            if option_id in self.chosen:
                self.chosen.discard(option_id)
            else:
                self.chosen = {option_id} if self.single else self.chosen | {option_id}
            self.marked.clear()
            self.changed()

        return toggle

    def response(self) -> Any:
        if not self.chosen:
            return Incomplete(self.ctx.t("puzzle.need_choice"))
        return frozenset(self.chosen)

    def feedback(self, response: Any) -> str:
        """The puzzle's general feedback when the options chosen wrongly say their own."""
        if not any(o.feedback for o in self.options if o.id in response and not o.correct):
            return super().feedback(response)
        return self.ctx.text(self.puzzle.feedback.incorrect) or self.ctx.t("puzzle.not_quite")

    def after_wrong(self, response: Any) -> None:
        self.marked = {o.id for o in self.options if o.id in response and not o.correct}

    def answer_actions(self, correct: bool) -> list[PilotAction]:
        right = {o.id for o in self.options if o.correct}
        wanted = right if correct else {next(o.id for o in self.options if not o.correct)}
        if self.single:
            clicks = [] if self.chosen == wanted else sorted(wanted)
        else:
            clicks = sorted(self.chosen ^ wanted)
        return [*(Click(f"option:{i}") for i in clicks), Click(CHECK_ID)]
