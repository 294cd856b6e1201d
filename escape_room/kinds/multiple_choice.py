"""Multiple choice: choose every option marked correct, and no other.

Response: the ids of the options chosen, e.g. ``frozenset({"helmet", "lights"})``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field, model_validator

from escape_room.content.models import Option, PuzzleBase
from escape_room.kinds.base import PuzzleKind, Text

if TYPE_CHECKING:
    from escape_room.content.pack import Room


class MultipleChoice(PuzzleBase):
    """Choose the right answers: every option marked correct, and no other."""

    type: Literal["multiple_choice"] = Field(description="The puzzle type.")
    options: list[Option] = Field(
        min_length=2, max_length=8, description="Two to eight options; at least one correct."
    )
    shuffle: bool = Field(True, description="Show the options in a random order.")

    @model_validator(mode="after")
    def _some_correct(self) -> MultipleChoice:
        if not any(option.correct for option in self.options):
            raise ValueError("mark at least one option with 'correct: true'")
        return self


class MultipleChoiceKind(PuzzleKind[MultipleChoice, frozenset[str]]):
    model = MultipleChoice
    order = 1
    id_lists = (("options", "option"),)

    def is_correct(self, puzzle: MultipleChoice, response: frozenset[str], room: Room) -> bool:
        return frozenset(response) == self.correct_response(puzzle, room)

    def correct_response(self, puzzle: MultipleChoice, room: Room) -> frozenset[str]:
        return frozenset(option.id for option in puzzle.options if option.correct)

    def feedback(self, puzzle: MultipleChoice, response: frozenset[str], correct: bool) -> Text:
        if not correct:
            chosen = [
                o for o in puzzle.options if o.id in response and not o.correct and o.feedback
            ]
            if chosen:
                return chosen[0].feedback
        return super().feedback(puzzle, response, correct)

    def describe(self, puzzle: MultipleChoice, response: frozenset[str], lang: str) -> str:
        return ",".join(sorted(response))
