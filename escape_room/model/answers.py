"""Checking an answer to any puzzle type, and writing the answer as readable text.

Responses per puzzle type:

- multiple_choice: a frozenset of chosen option ids (all correct ones, and only those)
- true_false: a bool
- ordering: a tuple of step ids in the order the team put them
- matching: a tuple giving, for each left text in order, the index of the right text chosen
- categorize: a tuple giving, for each item in order, the category id chosen
- hotspot: a frozenset of target ids the team found
- numeric: a float
- text: a str
- code_lock: a str of digits
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from escape_room.content.models import (
    Categorize,
    CodeLock,
    HotspotPuzzle,
    Matching,
    MultipleChoice,
    Numeric,
    Ordering,
    TextAnswer,
    TrueFalse,
)
from escape_room.content.pack import Room
from escape_room.content.text import resolve

Text = str | dict[str, str] | None


@dataclass(frozen=True)
class Verdict:
    """Whether an answer is right, and the feedback to show for it."""

    correct: bool
    feedback: Text = None


def check(puzzle: Any, response: Any, room: Room) -> Verdict:
    """Judge `response` to `puzzle` (see the module docstring for its shape per type)."""
    correct = _is_correct(puzzle, response, room)
    return Verdict(correct, _feedback(puzzle, response, correct))


def _is_correct(puzzle: Any, response: Any, room: Room) -> bool:
    if isinstance(puzzle, MultipleChoice):
        return frozenset(response) == frozenset(o.id for o in puzzle.options if o.correct)
    if isinstance(puzzle, TrueFalse):
        return bool(response) == puzzle.answer
    if isinstance(puzzle, Ordering):
        return tuple(response) == tuple(step.id for step in puzzle.steps)
    if isinstance(puzzle, Matching):
        return tuple(response) == tuple(range(len(puzzle.pairs)))
    if isinstance(puzzle, Categorize):
        return tuple(response) == tuple(item.category for item in puzzle.items)
    if isinstance(puzzle, HotspotPuzzle):
        found = frozenset(response) & {target.id for target in puzzle.targets}
        return len(found) >= (puzzle.find or len(puzzle.targets))
    if isinstance(puzzle, Numeric):
        return abs(float(response) - puzzle.answer) <= puzzle.tolerance + 1e-9
    if isinstance(puzzle, TextAnswer):
        accepted = [puzzle.answer, *puzzle.accept]
        wanted = {normalise(text) for given in accepted for text in _all_languages(given)}
        return normalise(str(response)) in wanted
    if isinstance(puzzle, CodeLock):
        return str(response) == expected_code(room, puzzle.digits_from)
    raise TypeError(f"unknown puzzle type: {type(puzzle).__name__}")


def _all_languages(text: str | dict[str, str]) -> list[str]:
    return [text] if isinstance(text, str) else list(text.values())


def normalise(text: str) -> str:
    """Lower case, single spaces, no diacritics: 'Šviesą  atspindintis' → 'sviesa atspindintis'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.split())


def expected_code(room: Room, puzzle_ids: list[str]) -> str:
    """The code made of the digit rewards of these puzzles, in order."""
    digits = []
    for puzzle_id in puzzle_ids:
        reward = room.puzzles[puzzle_id].reward
        digits.append(reward.digit if reward and reward.digit else "?")
    return "".join(digits)


def _feedback(puzzle: Any, response: Any, correct: bool) -> Text:
    if isinstance(puzzle, MultipleChoice) and not correct:
        chosen = [o for o in puzzle.options if o.id in response and not o.correct and o.feedback]
        if chosen:
            return chosen[0].feedback
    if isinstance(puzzle, TrueFalse):
        specific = puzzle.feedback_true if bool(response) else puzzle.feedback_false
        if specific is not None:
            return specific
    feedback: Text = puzzle.feedback.correct if correct else puzzle.feedback.incorrect
    return feedback


def describe(puzzle: Any, response: Any, lang: str = "en") -> str:
    """The response as text for score records: option ids, steps, numbers, typed text."""
    if isinstance(puzzle, (MultipleChoice, HotspotPuzzle)):
        return ",".join(sorted(response))
    if isinstance(puzzle, TrueFalse):
        return "true" if response else "false"
    if isinstance(puzzle, (Ordering, Categorize)):
        return ",".join(str(part) for part in response)
    if isinstance(puzzle, Matching):
        return ",".join(
            f"{resolve(puzzle.pairs[left].left, lang)}={resolve(puzzle.pairs[right].right, lang)}"
            for left, right in enumerate(response)
        )
    if isinstance(puzzle, Numeric):
        return f"{float(response):g}"
    return str(response)


def correct_response(puzzle: Any, room: Room) -> Any:
    """A response that `check` accepts: what the demo mode answers and tests rely on."""
    if isinstance(puzzle, MultipleChoice):
        return frozenset(o.id for o in puzzle.options if o.correct)
    if isinstance(puzzle, TrueFalse):
        return puzzle.answer
    if isinstance(puzzle, Ordering):
        return tuple(step.id for step in puzzle.steps)
    if isinstance(puzzle, Matching):
        return tuple(range(len(puzzle.pairs)))
    if isinstance(puzzle, Categorize):
        return tuple(item.category for item in puzzle.items)
    if isinstance(puzzle, HotspotPuzzle):
        return frozenset(t.id for t in puzzle.targets[: puzzle.find or len(puzzle.targets)])
    if isinstance(puzzle, Numeric):
        return puzzle.answer
    if isinstance(puzzle, TextAnswer):
        return resolve(puzzle.answer, "en")
    if isinstance(puzzle, CodeLock):
        return expected_code(room, puzzle.digits_from)
    raise TypeError(f"unknown puzzle type: {type(puzzle).__name__}")
