"""A small recorded session for the scoring tests, and a clock that ticks once per reading."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from escape_room.model.events import (
    AnswerGiven,
    CheckAnswered,
    Event,
    HintTaken,
    HotspotOpened,
    RoomEnded,
    RoomStarted,
    Unlocked,
)
from escape_room.scoring.records import Session
from escape_room.scoring.store import ScoreStore

START = datetime(2026, 3, 2, 8, 30, tzinfo=timezone.utc)


class Clock:
    """A clock that moves one second each time it is read."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def answer(
    puzzle: str, correct: bool, attempt: int = 1, hints: int = 0, **extra: object
) -> AnswerGiven:
    objectives = {
        "mc": ("lo2-signs",),
        "num": ("lo1-crossing",),
        "order": ("lo1-crossing", "lo2-signs"),
    }
    values = dict(
        room_id="lab",
        puzzle_id=puzzle,
        objectives=objectives[puzzle],
        response=f"answer to {puzzle}",
        correct=correct,
        attempt=attempt,
        hints_used=hints,
        seconds_on_task=10.0,
        points=10 if correct else 0,
        elapsed=30.0 * attempt,
    )
    values.update(extra)
    return AnswerGiven(**values)  # type: ignore[arg-type]


def check(phase: str, form: str, item: str, player: str, correct: bool) -> CheckAnswered:
    objective = "lo1-crossing"
    return CheckAnswered(
        phase, form, item, objective, player, "left" if correct else "right", correct
    )  # type: ignore[arg-type]


@dataclass(frozen=True)
class Sample:
    session: Session
    team_ids: dict[str, str]


def _foxes() -> list[Event]:
    return [
        RoomStarted("lab", 600.0),
        check("before", "A", "a1", "Fox", True),
        check("before", "A", "a1", "Owl", False),
        HotspotOpened("lab", "sign", 5.0),
        HintTaken("lab", "mc", 0, 5, 8.0),
        answer("mc", False, hints=1, response='=HYPERLINK("http://x")'),
        answer("mc", True, attempt=2, hints=1, response="Trikampis, šalmas"),
        Unlocked("lab", "digit", "mc", 40.0),
        answer("num", True, seconds_on_task=20.5),
        answer("order", True),
        Unlocked("lab", "exit", "exit", 90.0),
        RoomEnded("lab", True, 612.5, 25, 30, 612.5),
        check("after", "B", "b1", "Fox", True),
        check("after", "B", "b1", "Owl", True),
    ]


def _sharks() -> list[Event]:
    return [
        RoomStarted("lab", 600.0),
        check("before", "B", "b1", "Ąžuolas", True),
        check("before", "B", "b1", "+Ray", True),
        answer("mc", True),
        answer("num", False, response="-12"),
        answer("num", True, attempt=2),
        RoomEnded("lab", False, 600.0, 15, 30, 600.0),
        check("after", "A", "a1", "Ąžuolas", True),
        check("after", "A", "a1", "+Ray", False),
    ]


def record_sample(
    store: ScoreStore, clock: Callable[[], datetime] | None = None, seed: int = 7
) -> Sample:
    """A session of class 7B with two teams: 'Lapės' escapes, '=Sharks' does not."""
    clock = clock or Clock()
    rng = random.Random(seed)
    session = store.new_session("7B", "mini", "0123456789abcdef", "lt", START, rng)
    team_ids = {}
    for name, nicknames, events in (
        ("Lapės", ["Fox", "Owl"], _foxes()),
        ("=Sharks", ["Ąžuolas", "+Ray"], _sharks()),
    ):
        team = store.add_team(session.uuid, name, nicknames, START, rng)
        recorder = store.recorder(session.uuid, team.id, clock)
        for event in events:
            recorder.record(event)
        team_ids[name] = team.id
    return Sample(session, team_ids)
