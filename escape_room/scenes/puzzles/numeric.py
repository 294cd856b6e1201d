"""A number answer: digits, one decimal separator (a comma, as in Lithuanian, or a point) and a
minus sign. What is not a number gets a friendly message, and does not count as an attempt."""

from __future__ import annotations

import re
from typing import Any

from escape_room.kinds.numeric import Numeric
from escape_room.pilot import PilotAction
from escape_room.scenes.puzzles.frame import Incomplete
from escape_room.scenes.puzzles.typed import TypedScene

_NUMBER = re.compile(r"-?(\d+([.,]\d*)?|[.,]\d+)")


def parse_number(text: str) -> float | None:
    """The number typed, with a comma or a point before the decimals; None when it is none."""
    text = text.strip()
    return float(text.replace(",", ".")) if _NUMBER.fullmatch(text) else None


def format_number(value: float, lang: str) -> str:
    """A number as people write it: no needless decimals, a decimal comma in Lithuanian."""
    text = str(int(value)) if value.is_integer() else f"{value:.6f}".rstrip("0")
    return text.replace(".", ",") if lang == "lt" else text


class NumericScene(TypedScene[Numeric], kind="numeric"):
    max_length = 12

    def takes(self, char: str) -> bool:
        return char.isdigit() or char in ",.-"

    def unit(self) -> str:
        return self.ctx.text(self.puzzle.unit)

    def response(self) -> Any:
        value = parse_number(self.box.value)
        return Incomplete(self.ctx.t("puzzle.need_number")) if value is None else value

    def answer_actions(self, correct: bool) -> list[PilotAction]:
        puzzle = self.puzzle
        miss = puzzle.tolerance + max(1.0, round(abs(puzzle.answer) / 2))
        value = puzzle.answer if correct else puzzle.answer + miss
        return self.typed_actions(format_number(value, self.ctx.lang))
