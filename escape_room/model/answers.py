"""Checking an answer to any puzzle, and writing the answer as readable text.

Each puzzle kind (:mod:`escape_room.kinds`) says what its responses look like and how they are
judged; these functions find the puzzle's kind and ask it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from escape_room.content.models import PuzzleBase
from escape_room.kinds import kind_of
from escape_room.kinds.base import Text

if TYPE_CHECKING:
    from escape_room.content.pack import Room


@dataclass(frozen=True)
class Verdict:
    """Whether an answer is right, and the feedback to show for it."""

    correct: bool
    feedback: Text = None


def check(puzzle: PuzzleBase, response: Any, room: Room) -> Verdict:
    """Judge `response` to `puzzle` (its shape is the puzzle kind's response type)."""
    kind = kind_of(puzzle)
    correct = kind.is_correct(puzzle, response, room)
    return Verdict(correct, kind.feedback(puzzle, response, correct))


def describe(puzzle: PuzzleBase, response: Any, lang: str = "en") -> str:
    """The response as text for score records: option ids, steps, numbers, typed text."""
    return kind_of(puzzle).describe(puzzle, response, lang)


def correct_response(puzzle: PuzzleBase, room: Room) -> Any:
    """A response that `check` accepts: what the demo mode answers and tests rely on."""
    return kind_of(puzzle).correct_response(puzzle, room)
