"""Numeric: type a number; answers within the tolerance count as right.

Response: the number typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from escape_room.content.models import PuzzleBase
from escape_room.content.rows import Column, Row
from escape_room.content.textfield import LocalText
from escape_room.kinds.base import PuzzleKind

if TYPE_CHECKING:
    from escape_room.content.pack import Room


class Numeric(PuzzleBase):
    """Type a number; answers within the tolerance count as right."""

    type: Literal["numeric"] = Field(description="The puzzle type.")
    answer: float = Field(description="The right number.")
    tolerance: float = Field(0, ge=0, description="How far from the answer still counts as right.")
    unit: LocalText | None = Field(None, description="Shown after the input, e.g. 'm' or 'km/h'.")


class NumericKind(PuzzleKind[Numeric, float]):
    model = Numeric
    order = 7
    columns = (
        Column("answer", "the right number; a decimal comma is read as a point"),
        Column("tolerance", "how far from the answer still counts as right (default 0)"),
        Column("unit", "shown after the input, e.g. m or km/h", per_language=True),
    )

    def is_correct(self, puzzle: Numeric, response: float, room: Room) -> bool:
        return abs(float(response) - puzzle.answer) <= puzzle.tolerance + 1e-9

    def correct_response(self, puzzle: Numeric, room: Room) -> float:
        return puzzle.answer

    def describe(self, puzzle: Numeric, response: float, lang: str) -> str:
        return f"{float(response):g}"

    def from_row(self, row: Row) -> dict[str, Any]:
        keys = {
            "answer": row.number_text("answer", ("answer",)),
            "tolerance": row.number_text("tolerance", ("tolerance",)),
            "unit": row.text("unit", ("unit",)),
        }
        return {key: value for key, value in keys.items() if value is not None}
