"""Checks inside one puzzle that need nothing else: unique ids and answers among the choices."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from escape_room.content.messages import Key
from escape_room.content.models import Categorize, Matching, PuzzleBase, TextAnswer
from escape_room.content.problems import Severity, did_you_mean, listing

Finding = tuple[Key, Severity, str]
_LISTS_WITH_IDS = {
    "options": "option",
    "steps": "step",
    "categories": "category",
    "targets": "target",
}


def puzzle_findings(puzzle: PuzzleBase) -> Iterator[Finding]:
    """Problems in `puzzle`, each with its key relative to the puzzle."""
    for name, noun in _LISTS_WITH_IDS.items():
        entries = getattr(puzzle, name, None)
        if entries is not None:
            yield from duplicate_ids(entries, (name,), noun)
    if isinstance(puzzle, Categorize):
        yield from _categories(puzzle)
    if isinstance(puzzle, Matching):
        yield from _ambiguous_pairs(puzzle)
    if isinstance(puzzle, TextAnswer):
        yield from _empty_answer(puzzle)


def duplicate_ids(entries: Sequence[Any], key: Key, noun: str) -> Iterator[Finding]:
    """An error for each entry whose id an earlier entry already has."""
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        first = seen.setdefault(entry.id, index)
        if first != index:
            message = f"the {noun} id '{entry.id}' is used twice (also {noun} {first + 1}); "
            yield (*key, index, "id"), "error", message + "ids must be unique"


def _categories(puzzle: Categorize) -> Iterator[Finding]:
    declared = [category.id for category in puzzle.categories]
    for index, item in enumerate(puzzle.items):
        if item.category not in declared:
            hint = did_you_mean(item.category, declared) or f" (categories: {listing(declared)})"
            message = f"the category '{item.category}' is not one of this puzzle's categories"
            yield ("items", index, "category"), "error", message + hint
    used = {item.category for item in puzzle.items}
    for index, category_id in enumerate(declared):
        if category_id not in used:
            message = f"no item belongs in the category '{category_id}'"
            yield ("categories", index, "id"), "warning", message


def _ambiguous_pairs(puzzle: Matching) -> Iterator[Finding]:
    for side in ("left", "right"):
        seen: set[str] = set()
        for index, pair in enumerate(puzzle.pairs):
            text = str(getattr(pair, side))
            if text in seen:
                message = f"this {side} text is the same as another pair's, so the match is unclear"
                yield ("pairs", index, side), "warning", message
            seen.add(text)


def _empty_answer(puzzle: TextAnswer) -> Iterator[Finding]:
    answers = [puzzle.answer] if isinstance(puzzle.answer, str) else list(puzzle.answer.values())
    if any(not answer.strip() for answer in answers):
        yield ("answer",), "error", "the answer is empty, so nothing typed can match it"
