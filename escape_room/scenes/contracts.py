"""What puzzle scenes and the knowledge-check scene offer the room and the flow, and get from them.

A puzzle scene is a ``ModalScene[PuzzleOutcome]`` made by the registry function
``escape_room.scenes.puzzles.puzzle_scene_for(puzzle, ctx, host)``. While it is open it answers
and takes hints through its :class:`PuzzleHost` (so each answer and hint is scored and recorded
the moment it is given, on the room's clock), and it ends with ``dismiss(PuzzleOutcome(...))``.

The knowledge check is made by ``escape_room.scenes.check.check_scene_for(ctx, phase)``: a
``ModalScene[CheckOutcome]``, or None when the pack has no knowledge check. It records a
:class:`~escape_room.model.events.CheckAnswered` for each answer with ``ctx.record``.

Both kinds of scene offer `autoplay_actions(correct)` for the demo mode (see
:mod:`escape_room.pilot`) and use the widget ids below.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from escape_room.content.models import Hint
    from escape_room.model.run import AnswerResult, InventoryEntry, RoomRun, Stakes
    from escape_room.ui.context import GameContext
    from escape_room.ui.scene import ModalScene

HINT_ID = "puzzle:hint"
"""The button that takes the next hint."""
CONTINUE_ID = "puzzle:continue"
"""The button that closes a solved puzzle (the outcome says solved)."""
CLOSE_ID = "puzzle:close"
"""The button that leaves the puzzle unsolved, to come back later."""

CheckPhase = Literal["before", "after"]


@dataclass(frozen=True)
class PuzzleOutcome:
    """How a puzzle scene ended: solved, or left to come back to later."""

    puzzle_id: str
    solved: bool


@dataclass(frozen=True)
class CheckOutcome:
    """How the knowledge check went: answers given (by all players) and how many were right."""

    answered: int
    correct: int


class PuzzleHost(Protocol):
    """The room's side of an open puzzle."""

    @property
    def time_left(self) -> float: ...

    def answer(self, response: Any) -> AnswerResult:
        """Judge, score and record an answer (its shape per type: `escape_room.model.answers`)."""
        ...

    def take_hint(self) -> Hint | None:
        """Reveal, charge and record the next hint; None when every hint is shown."""
        ...

    def hints_shown(self) -> list[Hint]: ...

    def stakes(self) -> Stakes:
        """What the puzzle is worth now, and what a wrong answer would cost."""
        ...

    @property
    def inventory(self) -> list[InventoryEntry]:
        """What the team holds now (the code lock shows the digits found so far)."""
        ...


class RunHost:
    """A :class:`PuzzleHost` for one puzzle of a :class:`RoomRun`."""

    def __init__(self, run: RoomRun, puzzle_id: str, lang: Callable[[], str]) -> None:
        self.run = run
        self.puzzle_id = puzzle_id
        self._lang = lang

    @property
    def time_left(self) -> float:
        return self.run.time_left

    def answer(self, response: Any) -> AnswerResult:
        return self.run.answer(self.puzzle_id, response, self._lang())

    def take_hint(self) -> Hint | None:
        return self.run.take_hint(self.puzzle_id)

    def hints_shown(self) -> list[Hint]:
        return self.run.hints_shown(self.puzzle_id)

    def stakes(self) -> Stakes:
        return self.run.stakes(self.puzzle_id)

    @property
    def inventory(self) -> list[InventoryEntry]:
        return self.run.inventory


PuzzleFactory = Callable[[Any, "GameContext", PuzzleHost], "ModalScene[PuzzleOutcome]"]
"""Makes the scene for a puzzle: ``puzzle_scene_for(puzzle, ctx, host)``."""
CheckFactory = Callable[["GameContext", CheckPhase], "ModalScene[CheckOutcome] | None"]
"""Makes the knowledge-check scene: ``check_scene_for(ctx, phase)``."""
