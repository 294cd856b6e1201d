"""Matching: match each text on the left with its partner on the right.

Response: for each left text in order, the index of the right text chosen for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

from pydantic import Field

from escape_room.content.models import PuzzleBase, Strict
from escape_room.content.text import resolve
from escape_room.content.textfield import LocalText
from escape_room.kinds.base import Finding, PuzzleKind

if TYPE_CHECKING:
    from escape_room.content.pack import Room


class Pair(Strict):
    """Two texts that belong together."""

    left: LocalText = Field(description="Shown in the left column, in this order.")
    right: LocalText = Field(description="Its match, shown shuffled in the right column.")


class Matching(PuzzleBase):
    """Match each text on the left with its partner on the right."""

    type: Literal["matching"] = Field(description="The puzzle type.")
    pairs: list[Pair] = Field(min_length=2, max_length=6, description="Two to six pairs.")


class MatchingKind(PuzzleKind[Matching, tuple[int, ...]]):
    model = Matching
    order = 4

    def is_correct(self, puzzle: Matching, response: tuple[int, ...], room: Room) -> bool:
        return tuple(response) == self.correct_response(puzzle, room)

    def correct_response(self, puzzle: Matching, room: Room) -> tuple[int, ...]:
        return tuple(range(len(puzzle.pairs)))

    def describe(self, puzzle: Matching, response: tuple[int, ...], lang: str) -> str:
        return ",".join(
            f"{resolve(puzzle.pairs[left].left, lang)}={resolve(puzzle.pairs[right].right, lang)}"
            for left, right in enumerate(response)
        )

    def findings(self, puzzle: Matching) -> Iterator[Finding]:
        """A warning for a left or right text that two pairs share: the match is unclear."""
        for side in ("left", "right"):
            seen: set[str] = set()
            for index, pair in enumerate(puzzle.pairs):
                text = str(getattr(pair, side))
                if text in seen:
                    message = (
                        f"this {side} text is the same as another pair's, so the match is unclear"
                    )
                    yield ("pairs", index, side), "warning", message
                seen.add(text)
