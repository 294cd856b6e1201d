"""Puzzle files: `rooms/<room-id>/*.yaml`, each a list of puzzles of any registered kind.

`Puzzle` is the discriminated union of the kinds' models (chosen by `type`), built from the
registry in :mod:`escape_room.kinds` in the format's order, as `PUZZLE_TYPES` lists them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import Field

from escape_room.content.models import PuzzleBase, Strict
from escape_room.kinds import KINDS

PUZZLE_TYPES = tuple(KINDS)
"""The type strings of the puzzle kinds, in the format's order."""
if TYPE_CHECKING:
    Puzzle = PuzzleBase
else:
    Puzzle = Annotated[
        Union[tuple(kind.model for kind in KINDS.values())],  # noqa: UP007
        Field(discriminator="type"),
    ]


class PuzzleFile(Strict):
    """A file in `rooms/<room-id>/` holding one or more puzzles of that room."""

    puzzles: list[Puzzle] = Field(min_length=1, description="One or more puzzles of the room.")
