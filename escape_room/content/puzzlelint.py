"""Checks inside one puzzle that need nothing else: unique ids, and what its kind checks."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from escape_room.content.messages import Key
from escape_room.content.models import PuzzleBase
from escape_room.kinds import Finding, kind_of


def puzzle_findings(puzzle: PuzzleBase) -> Iterator[Finding]:
    """Problems in `puzzle`, each with its key relative to the puzzle."""
    kind = kind_of(puzzle)
    for name, noun in kind.id_lists:
        yield from duplicate_ids(getattr(puzzle, name), (name,), noun)
    yield from kind.findings(puzzle)


def duplicate_ids(entries: Sequence[Any], key: Key, noun: str) -> Iterator[Finding]:
    """An error for each entry whose id an earlier entry already has."""
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        first = seen.setdefault(entry.id, index)
        if first != index:
            message = f"the {noun} id '{entry.id}' is used twice (also {noun} {first + 1}); "
            yield (*key, index, "id"), "error", message + "ids must be unique"
