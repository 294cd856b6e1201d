"""Checks inside one puzzle that need nothing else: unique ids, and what its kind checks."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from escape_room.content.messages import Key
from escape_room.content.models import PuzzleBase
from escape_room.kinds import Finding, kind_of

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
    yield from kind_of(puzzle).findings(puzzle)


def duplicate_ids(entries: Sequence[Any], key: Key, noun: str) -> Iterator[Finding]:
    """An error for each entry whose id an earlier entry already has."""
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        first = seen.setdefault(entry.id, index)
        if first != index:
            message = f"the {noun} id '{entry.id}' is used twice (also {noun} {first + 1}); "
            yield (*key, index, "id"), "error", message + "ids must be unique"
