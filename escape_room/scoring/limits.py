"""What a recorded event can hold, by the game's rules: the limits `scores merge` checks every
event of a file against, so a tampered or damaged export is refused rather than counted.

Without the pack the model's limits alone apply; with it (found by the export's pack id and
content hash) puzzle ids must be the pack's and points no more than the puzzle gives.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from escape_room.model.events import (
    AnswerGiven,
    Event,
    HintTaken,
    HotspotOpened,
    RoomEnded,
    RoomStarted,
    Unlocked,
)

MAX_SECONDS = 24 * 3600.0
"""No room, puzzle or clock reading lasts longer than a day."""
MAX_POINTS = 1000
"""No puzzle gives more points than this (when the pack is not known)."""


def problem_of(event: Event, puzzle_points: Mapping[str, int] | None = None) -> str | None:
    """What is impossible about the event, or None. `puzzle_points` maps the pack's puzzle ids
    to their points, when the pack is known."""
    for name in ("elapsed", "seconds_on_task", "seconds", "time_limit"):
        value = getattr(event, name, None)
        if value is not None and not (math.isfinite(value) and 0 <= value <= MAX_SECONDS):
            return f"{name} is {value!r}; it must be between 0 and {MAX_SECONDS:g} seconds"
    if isinstance(event, AnswerGiven):
        return _answer_problem(event, puzzle_points)
    if isinstance(event, HintTaken):
        if event.hint_index < 0 or event.cost < 0:
            return f"hint {event.hint_index} costs {event.cost}; neither may be negative"
        return _puzzle_problem(event.puzzle_id, puzzle_points)
    if isinstance(event, RoomEnded) and not 0 <= event.score <= event.max_score:
        return f"score {event.score} is not between 0 and the room's {event.max_score}"
    if isinstance(event, (RoomStarted, HotspotOpened, Unlocked)):
        return None
    return None


def _answer_problem(event: AnswerGiven, puzzle_points: Mapping[str, int] | None) -> str | None:
    if event.attempt < 1:
        return f"attempt is {event.attempt}; it must be at least 1"
    if event.hints_used < 0:
        return f"hints_used is {event.hints_used}; it may not be negative"
    top = MAX_POINTS if puzzle_points is None else puzzle_points.get(event.puzzle_id, MAX_POINTS)
    if not 0 <= event.points <= top:
        return f"points are {event.points}; the puzzle gives 0 to {top}"
    return _puzzle_problem(event.puzzle_id, puzzle_points)


def _puzzle_problem(puzzle_id: str, puzzle_points: Mapping[str, int] | None) -> str | None:
    if puzzle_points is not None and puzzle_id not in puzzle_points:
        return f"the pack has no puzzle {puzzle_id!r}"
    return None
