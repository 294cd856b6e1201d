"""Ordering: put the steps in the right order; they are written in it and shown shuffled.

Response: the step ids in the order the team put them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from escape_room.content.models import Id, PuzzleBase, Strict
from escape_room.content.textfield import LocalText
from escape_room.kinds.base import PuzzleKind

if TYPE_CHECKING:
    from escape_room.content.pack import Room


class Step(Strict):
    """One step of an ordering puzzle."""

    id: Id = Field(description="The step's id, unique in its puzzle.")
    text: LocalText = Field(description="The step as the team reads it.")


class Ordering(PuzzleBase):
    """Put the steps in the right order; they are written in that order and shown shuffled."""

    type: Literal["ordering"] = Field(description="The puzzle type.")
    steps: list[Step] = Field(
        min_length=2, max_length=8, description="The steps in their correct order."
    )


class OrderingKind(PuzzleKind[Ordering, tuple[str, ...]]):
    model = Ordering
    order = 3
    id_lists = (("steps", "step"),)

    def is_correct(self, puzzle: Ordering, response: tuple[str, ...], room: Room) -> bool:
        return tuple(response) == self.correct_response(puzzle, room)

    def correct_response(self, puzzle: Ordering, room: Room) -> tuple[str, ...]:
        return tuple(step.id for step in puzzle.steps)

    def describe(self, puzzle: Ordering, response: tuple[str, ...], lang: str) -> str:
        return ",".join(str(part) for part in response)
