"""Door and lock codes: the digits that puzzles give, read in a given order."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from escape_room.content.pack import Room


def expected_code(room: Room, puzzle_ids: list[str]) -> str:
    """The code made of the digit rewards of these puzzles, in order ('?' where none is given)."""
    digits = []
    for puzzle_id in puzzle_ids:
        reward = room.puzzles[puzzle_id].reward
        digits.append(reward.digit if reward and reward.digit else "?")
    return "".join(digits)
