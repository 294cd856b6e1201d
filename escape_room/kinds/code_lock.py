"""Code lock: enter the code made of the digits other puzzles gave.

Response: the digits entered, as a string.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from escape_room.content.models import Id, PuzzleBase
from escape_room.kinds.base import DigitSources, PuzzleKind
from escape_room.model.codes import expected_code

if TYPE_CHECKING:
    from escape_room.content.pack import Room


class CodeLock(PuzzleBase):
    """Enter a code made of the digits other puzzles gave."""

    type: Literal["code_lock"] = Field(description="The puzzle type.")
    objectives: list[Id] = Field(
        default_factory=list,
        description="Usually none: a code lock gathers digits rather than teaching a fact.",
    )
    digits_from: list[Id] = Field(
        min_length=1,
        max_length=8,
        description="Puzzles whose digit rewards make the code, in order.",
    )


class CodeLockKind(PuzzleKind[CodeLock, str]):
    model = CodeLock
    order = 9

    def is_correct(self, puzzle: CodeLock, response: str, room: Room) -> bool:
        return str(response) == self.correct_response(puzzle, room)

    def correct_response(self, puzzle: CodeLock, room: Room) -> str:
        return expected_code(room, puzzle.digits_from)

    def digit_sources(self, puzzle: CodeLock) -> DigitSources:
        return DigitSources("digits_from", puzzle.digits_from)
