"""True or false: decide whether the statement in the prompt is true.

Response: the team's verdict, ``True`` or ``False``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from escape_room.content.models import PuzzleBase
from escape_room.content.text import LocalText
from escape_room.kinds.base import PuzzleKind, Text

if TYPE_CHECKING:
    from escape_room.content.pack import Room


class TrueFalse(PuzzleBase):
    """Decide whether a statement is true or false."""

    type: Literal["true_false"] = Field(description="The puzzle type.")
    answer: bool = Field(description="Whether the statement in the prompt is true.")
    feedback_true: LocalText | None = Field(None, description="Shown when the team says true.")
    feedback_false: LocalText | None = Field(None, description="Shown when the team says false.")


class TrueFalseKind(PuzzleKind[TrueFalse, bool]):
    model = TrueFalse
    order = 2

    def is_correct(self, puzzle: TrueFalse, response: bool, room: Room) -> bool:
        return bool(response) == puzzle.answer

    def correct_response(self, puzzle: TrueFalse, room: Room) -> bool:
        return puzzle.answer

    def feedback(self, puzzle: TrueFalse, response: bool, correct: bool) -> Text:
        specific = puzzle.feedback_true if bool(response) else puzzle.feedback_false
        if specific is not None:
            return specific
        return super().feedback(puzzle, response, correct)

    def describe(self, puzzle: TrueFalse, response: bool, lang: str) -> str:
        return "true" if response else "false"
