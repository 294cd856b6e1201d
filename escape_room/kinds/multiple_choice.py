"""Multiple choice: choose every option marked correct, and no other.

Response: the ids of the options chosen, e.g. ``frozenset({"helmet", "lights"})``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, model_validator

from escape_room.content.models import Option, PuzzleBase
from escape_room.content.rows import Column, Row
from escape_room.kinds.base import PuzzleKind, Text

if TYPE_CHECKING:
    from escape_room.content.pack import Room


_LETTERS = "abcdef"
"""Option ids of a question read from a spreadsheet, by column: option1 is a."""


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
    columns = (
        *(
            Column(f"option{n}", f"option {n}, shown as {letter}", per_language=True)
            for n, letter in enumerate(_LETTERS, start=1)
        ),
        Column("correct", "the right options by number or letter: 2, or 1 3, or A C"),
    )

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

    def from_row(self, row: Row) -> dict[str, Any]:
        options: list[dict[str, Any]] = []
        for letter in _LETTERS:
            at = ("options", len(options))
            text = row.text(f"option{_LETTERS.index(letter) + 1}", (*at, "text"))
            if text is not None:
                options.append({"id": letter, "text": text})
        for letter in _correct_letters(row, [option["id"] for option in options]):
            next(o for o in options if o["id"] == letter)["correct"] = "true"
        return {"options": options}


def _correct_letters(row: Row, given: list[str]) -> list[str]:
    """The options the `correct` cell names, by number (1) or letter (A)."""
    cell = row.value("correct", ("options",)) or ""
    letters = []
    for word in [w for w in re.split(r"[\s,;+]+", cell.lower()) if w]:
        letter = _LETTERS[int(word) - 1] if word.isdigit() and 0 < int(word) <= 6 else word
        if not given:
            row.problem("correct", "there are no options to choose from: fill option1, option2…")
            return []
        if letter not in given:
            row.problem(
                "correct",
                f"'{word}' names no filled option: give numbers of options "
                f"(1 to {len(given)}) or their letters",
            )
        else:
            letters.append(letter)
    if not cell.strip():
        row.problem("correct", "empty: give the number of the right option, e.g. 2")
    return letters
