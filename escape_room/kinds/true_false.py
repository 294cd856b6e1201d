"""True or false: decide whether the statement in the prompt is true.

Response: the team's verdict, ``True`` or ``False``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from escape_room.content.models import PuzzleBase
from escape_room.content.rows import Column, Row
from escape_room.content.textfield import LocalText
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
    columns = (Column("answer", "true or false (also yes/no, tiesa/netiesa, taip/ne)"),)

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

    def from_row(self, row: Row) -> dict[str, Any]:
        answer = row.value("answer", ("answer",))
        if answer is None:
            return {}
        return {"answer": _VERDICTS.get(answer.strip().lower(), answer)}


_VERDICTS = {"tiesa": "true", "taip": "true", "netiesa": "false", "ne": "false"}
"""Lithuanian verdicts, as a Lithuanian spreadsheet also writes TRUE and FALSE."""
