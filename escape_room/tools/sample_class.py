"""A made-up class session, recorded in a score store: teams with knowledge-check answers before
and after and one room's puzzle answers, for screenshots and tests of the class results screen.

Answers come from a seeded random generator, so the same call records the same class. No pygame.
"""

from __future__ import annotations

import random
from datetime import datetime

from escape_room.content.pack import Pack
from escape_room.model.events import AnswerGiven, CheckAnswered, CheckPhase, Event, RoomEnded
from escape_room.scoring.records import Form, Session
from escape_room.scoring.store import ScoreStore

TEAMS = (
    ("Zebrai", ("Lapė", "Pelėda", "Lūšis")),
    ("Saugaus eismo žvaigždės", ("Rūta", "Jonas")),
    ("Owls", ("Fox", "Owl", "Lynx", "Hare", "Wren")),
    ("Šviesoforai", ("Ąžuolas", "Eglė", "Žilvinas")),
    ("Atšvaitai", ("Gintė", "Tomas")),
)
"""Team names and nicknames; the last team is still playing (it did only the first quiz)."""


def record_class(
    store: ScoreStore, session: Session, pack: Pack, now: datetime, teams: int = len(TEAMS)
) -> None:
    """Add `teams` teams to the session (the names repeat with a number past the list's end)."""
    rng = random.Random(3)
    for index in range(teams):
        name, nicknames = TEAMS[index % len(TEAMS)]
        name = name if index < len(TEAMS) else f"{name} {index // len(TEAMS) + 1}"
        team = store.add_team(session.uuid, name, list(nicknames), now, rng)
        recorder = store.recorder(session.uuid, team.id, lambda: now)
        skill = 0.45 + 0.1 * (index % 4)
        playing = index % len(TEAMS) == len(TEAMS) - 1
        for event in _checks(pack, team.check_forms, nicknames, skill, playing, rng):
            recorder.record(event)
        if not playing:
            for event in _room(pack, skill, index, rng):
                recorder.record(event)


def _checks(
    pack: Pack,
    forms: tuple[Form, Form],
    nicknames: tuple[str, ...],
    skill: float,
    playing: bool,
    rng: random.Random,
) -> list[Event]:
    check = pack.model.knowledge_check
    if check is None:
        return []
    events: list[Event] = []
    phases: list[tuple[CheckPhase, Form, float]] = [("before", forms[0], 0.0)]
    if not playing:
        phases.append(("after", forms[1], 0.3))
    for phase, form, boost in phases:
        items = check.form_a if form == "A" else check.form_b
        for player in nicknames:
            for item in items:
                right = rng.random() < skill + boost
                response = next(o.id for o in item.options if o.correct == right)
                events.append(
                    CheckAnswered(phase, form, item.id, item.objective, player, response, right)
                )
    return events


def _room(pack: Pack, skill: float, index: int, rng: random.Random) -> list[Event]:
    room = pack.rooms[0]
    events: list[Event] = []
    score = elapsed = 0
    for puzzle in room.puzzles.values():
        tries = [True] if rng.random() < skill + 0.2 else [False, True]
        points = puzzle.points if len(tries) == 1 else puzzle.points * 3 // 4
        for attempt, correct in enumerate(tries, start=1):
            elapsed += 40
            events.append(
                AnswerGiven(
                    room.id,
                    puzzle.id,
                    tuple(puzzle.objectives),
                    "…",
                    correct,
                    attempt,
                    0,
                    40.0,
                    points if correct else 0,
                    float(elapsed),
                )
            )
        score += points
    escaped = index % 3 != 2
    seconds = float(elapsed + 120 if escaped else room.model.time_limit)
    max_score = sum(puzzle.points for puzzle in room.puzzles.values())
    events.append(RoomEnded(room.id, escaped, seconds, score, max_score, seconds))
    return events
