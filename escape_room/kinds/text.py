"""Text: type a word or a short phrase; case, spaces and accents are ignored.

Response: the text typed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from escape_room.content.models import PuzzleBase
from escape_room.content.rows import Column, Row
from escape_room.content.text import normalise, resolve
from escape_room.content.textfield import LocalText
from escape_room.kinds.base import Finding, PuzzleKind

if TYPE_CHECKING:
    from escape_room.content.pack import Room


class TextAnswer(PuzzleBase):
    """Type a word or a short phrase; case, spaces and accents are ignored."""

    type: Literal["text"] = Field(description="The puzzle type.")
    answer: LocalText = Field(description="The right answer (in each language).")
    accept: list[LocalText] = Field(default_factory=list, description="Other accepted answers.")


class TextAnswerKind(PuzzleKind[TextAnswer, str]):
    model = TextAnswer
    order = 8
    columns = (
        Column("answer", "the right word or phrase", per_language=True),
        Column(
            "accept", "other answers that count in any language, separated by |", per_language=True
        ),
    )

    def is_correct(self, puzzle: TextAnswer, response: str, room: Room) -> bool:
        accepted = [puzzle.answer, *puzzle.accept]
        wanted = {normalise(text) for given in accepted for text in _all_languages(given)}
        return normalise(str(response)) in wanted

    def correct_response(self, puzzle: TextAnswer, room: Room) -> str:
        return resolve(puzzle.answer, "en")

    def from_row(self, row: Row) -> dict[str, Any]:
        keys = {
            "answer": row.text("answer", ("answer",)),
            "accept": row.alternatives("accept", ("accept",)),
        }
        return {key: value for key, value in keys.items() if value}

    def findings(self, puzzle: TextAnswer) -> Iterator[Finding]:
        """An error for an empty answer: nothing typed could match it."""
        if any(not answer.strip() for answer in _all_languages(puzzle.answer)):
            yield ("answer",), "error", "the answer is empty, so nothing typed can match it"


def _all_languages(text: str | dict[str, str]) -> list[str]:
    return [text] if isinstance(text, str) else list(text.values())
