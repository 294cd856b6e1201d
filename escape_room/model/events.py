"""What happens in play, as small immutable messages.

The room run emits these; the scoring recorder stores each one as it happens. Times are seconds
on the room clock (`elapsed`), which the caller passes in, so a replay gives the same events.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

CheckPhase = Literal["before", "after"]
UnlockKind = Literal["clue", "item", "digit", "exit", "hotspot"]


@dataclass(frozen=True, slots=True)
class RoomStarted:
    room_id: str
    time_limit: float
    elapsed: float = 0.0


@dataclass(frozen=True, slots=True)
class HotspotOpened:
    room_id: str
    hotspot_id: str
    elapsed: float


@dataclass(frozen=True, slots=True)
class AnswerGiven:
    """One submitted answer to a puzzle; `response` is a readable text of what was answered."""

    room_id: str
    puzzle_id: str
    objectives: tuple[str, ...]
    response: str
    correct: bool
    attempt: int
    hints_used: int
    seconds_on_task: float
    points: int
    elapsed: float


@dataclass(frozen=True, slots=True)
class HintTaken:
    room_id: str
    puzzle_id: str
    hint_index: int
    cost: int
    elapsed: float


@dataclass(frozen=True, slots=True)
class Unlocked:
    """A clue, item or digit gained, a hotspot opened by an item, or the exit door opened."""

    room_id: str
    kind: UnlockKind
    target_id: str
    elapsed: float


@dataclass(frozen=True, slots=True)
class RoomEnded:
    room_id: str
    escaped: bool
    seconds: float
    score: int
    max_score: int
    elapsed: float


@dataclass(frozen=True, slots=True)
class CheckAnswered:
    """One knowledge-check item answered by one player, before or after the rooms."""

    phase: CheckPhase
    form: Literal["A", "B"]
    item_id: str
    objective: str
    player: str
    response: str
    correct: bool


Event = RoomStarted | HotspotOpened | AnswerGiven | HintTaken | Unlocked | RoomEnded | CheckAnswered
