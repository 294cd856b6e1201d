"""Stand-ins for the puzzle and knowledge-check scenes, so the flow and the room can be tested
on their own: each answers right or wrong at a click and offers `autoplay_actions`."""

from __future__ import annotations

from typing import Any

import pygame

from escape_room.kinds.categorize import Categorize
from escape_room.kinds.code_lock import CodeLock
from escape_room.kinds.hotspot import HotspotPuzzle
from escape_room.kinds.matching import Matching
from escape_room.kinds.multiple_choice import MultipleChoice
from escape_room.kinds.numeric import Numeric
from escape_room.kinds.ordering import Ordering
from escape_room.kinds.text import TextAnswer
from escape_room.kinds.true_false import TrueFalse
from escape_room.model.answers import correct_response
from escape_room.model.events import CheckAnswered
from escape_room.pilot import Click, PilotAction
from escape_room.scenes.contracts import (
    CLOSE_ID,
    CONTINUE_ID,
    HINT_ID,
    CheckOutcome,
    CheckPhase,
    PuzzleOutcome,
    RunHost,
)
from escape_room.ui.context import GameContext
from escape_room.ui.scene import ModalScene
from escape_room.ui.widgets import Button, Widget


def wrong_response(puzzle: Any) -> Any:
    """An answer `check` rejects, for every puzzle type."""
    if isinstance(puzzle, (MultipleChoice, HotspotPuzzle)):
        return frozenset()
    if isinstance(puzzle, TrueFalse):
        return not puzzle.answer
    if isinstance(puzzle, Ordering):
        return tuple(reversed([s.id for s in puzzle.steps]))
    if isinstance(puzzle, Matching):
        return tuple(reversed(range(len(puzzle.pairs))))
    if isinstance(puzzle, Categorize):
        return tuple("nowhere" for _ in puzzle.items)
    if isinstance(puzzle, Numeric):
        return puzzle.answer + puzzle.tolerance + 1000
    if isinstance(puzzle, TextAnswer):
        return "???"
    if isinstance(puzzle, CodeLock):
        return "x"
    raise TypeError(type(puzzle).__name__)


class FakePuzzle(ModalScene[PuzzleOutcome]):
    pausable = True

    def __init__(self, puzzle: Any, ctx: GameContext, host: RunHost) -> None:
        super().__init__(ctx)
        self.puzzle, self.host = puzzle, host
        self.solved = False

    def _answer(self, right: bool) -> None:
        response = (
            correct_response(self.puzzle, self.host.run.room)
            if right
            else wrong_response(self.puzzle)
        )
        self.solved = self.host.answer(response).correct

    def widgets(self) -> list[Widget]:
        if self.solved:
            return [
                Button(
                    CONTINUE_ID,
                    "Continue",
                    (500, 500, 280, 60),
                    lambda: self.dismiss(PuzzleOutcome(self.puzzle.id, True)),
                )
            ]
        return [
            Button("puzzle:right", "Right answer", (300, 300, 300, 60), lambda: self._answer(True)),
            Button(
                "puzzle:wrong", "Wrong answer", (680, 300, 300, 60), lambda: self._answer(False)
            ),
            Button(HINT_ID, "Hint", (300, 400, 300, 60), self.host.take_hint),
            Button(
                CLOSE_ID,
                "Close",
                (680, 400, 300, 60),
                lambda: self.dismiss(PuzzleOutcome(self.puzzle.id, False)),
            ),
        ]

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill((255, 255, 255), pygame.Rect(250, 250, 780, 340))
        self.draw_widgets(surface)

    def autoplay_actions(self, correct: bool) -> list[PilotAction]:
        return [Click("puzzle:right" if correct else "puzzle:wrong")]


def fake_puzzles(puzzle: Any, ctx: GameContext, host: Any) -> FakePuzzle:
    return FakePuzzle(puzzle, ctx, host)


class FakeCheck(ModalScene[CheckOutcome]):
    """Each player answers each item of the team's form, one click per answer."""

    def __init__(self, ctx: GameContext, phase: CheckPhase) -> None:
        super().__init__(ctx)
        check = ctx.pack.model.knowledge_check
        assert check is not None and ctx.team is not None
        form = ctx.team.check_forms[0 if phase == "before" else 1]
        items = check.form_a if form == "A" else check.form_b
        self.phase, self.form = phase, form
        self.queue = [(player, item) for item in items for player in ctx.team.nicknames]
        self.answered = self.correct = 0

    def _answer(self, option_id: str) -> None:
        player, item = self.queue.pop(0)
        right = any(o.id == option_id and o.correct for o in item.options)
        self.ctx.record(
            CheckAnswered(self.phase, self.form, item.id, item.objective, player, option_id, right)
        )
        self.answered, self.correct = self.answered + 1, self.correct + right
        if not self.queue:
            self.dismiss(CheckOutcome(self.answered, self.correct))

    def widgets(self) -> list[Widget]:
        _, item = self.queue[0]
        return [
            Button(
                f"check:{o.id}", o.id, (200, 200 + i * 70, 600, 60), lambda o=o: self._answer(o.id)
            )
            for i, o in enumerate(item.options)
        ]

    def autoplay_actions(self, correct: bool) -> list[PilotAction]:
        _, item = self.queue[0]
        option = next(o for o in item.options if o.correct == correct)
        return [Click(f"check:{option.id}")]


def fake_checks(ctx: GameContext, phase: CheckPhase) -> FakeCheck | None:
    return FakeCheck(ctx, phase) if ctx.pack.model.knowledge_check and ctx.team else None
