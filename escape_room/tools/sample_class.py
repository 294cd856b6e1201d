"""A made-up class session, recorded in a score store: teams with knowledge-check answers before
and after and one room's puzzle answers, for screenshots and tests of the class results screen.

Answers come from a seeded random generator, so the same call records the same class. No pygame.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta

from escape_room.content.pack import Pack, Room
from escape_room.model.events import (
    AnswerGiven,
    CheckAnswered,
    CheckPhase,
    Event,
    HintTaken,
    RoomEnded,
    RoomStarted,
)
from escape_room.scoring.records import Form, Session, Team
from escape_room.scoring.sessiondata import SessionData
from escape_room.scoring.store import ScoreStore, StoredEvent
from escape_room.scoring.timefmt import utc_text

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


LIVE_MINUTES = 8
"""How far into the lesson `live_class` leaves the class."""


def live_class(session: Session, pack: Pack, start: datetime, teams: int = 4) -> SessionData:
    """A class `LIVE_MINUTES` after `start`, in memory: team by team, one playing well, one
    stuck on a puzzle for five minutes, one that escaped the first room and is in the second,
    one that has only joined (the names repeat with a number past the fourth)."""
    first, second = pack.rooms[0], pack.rooms[min(1, len(pack.rooms) - 1)]
    quick = [(0.5 + i * 0.4, "right", first) for i in range(len(first.puzzles))]
    plans: list[tuple[str, list[tuple[float, str, Room]]]] = [
        ("Zebrai", [(0, "start", first), (1, "hint", first), (2, "wrong", first),
                    (2.5, "right", first), (4, "right", first), (6, "right", first)]),
        ("Saugaus eismo žvaigždės", [(0.5, "start", first), (2, "right", first),
                                     (3, "wrong", first), (4.5, "wrong", first)]),
        ("Owls", [(0, "start", first), *quick, (5.5, "end", first), (6, "start", second),
                  (7, "right", second)]),
        ("Atšvaitai", []),
    ]  # fmt: skip
    rng = random.Random(5)
    roster, events = [], {}
    for index in range(teams):
        name, plan = plans[index % len(plans)]
        nicknames = dict(TEAMS)[name]
        team_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        roster.append(Team(team_id, session.uuid, _numbered(name, index, len(plans)),
                           nicknames, ("A", "B"), start))  # fmt: skip
        solved: dict[str, int] = {}
        timed = [
            (start + timedelta(minutes=minutes), _live_event(step, room, solved, minutes))
            for minutes, step, room in plan
        ] or _joined(pack, nicknames[0], start)
        events[team_id] = [
            StoredEvent(seq, utc_text(at), event) for seq, (at, event) in enumerate(timed, 1)
        ]
    return SessionData(session, roster, events)


def _numbered(name: str, index: int, every: int) -> str:
    return name if index < every else f"{name} {index // every + 1}"


def _joined(pack: Pack, player: str, start: datetime) -> list[tuple[datetime, Event]]:
    """The first two quiz answers of a team that has only joined."""
    check = pack.model.knowledge_check
    items = check.form_a[:2] if check else []
    return [
        (start + timedelta(minutes=1), CheckAnswered("before", "A", item.id, item.objective,
         player, item.options[0].id, item.options[0].correct))
        for item in items
    ]  # fmt: skip


def _live_event(step: str, room: Room, solved: dict[str, int], minutes: float) -> Event:
    """One step of a team's plan in `room`; `solved` counts the room's puzzles done so far."""
    puzzles = list(room.puzzles.values())
    done = solved.setdefault(room.id, 0)
    puzzle = puzzles[min(done, len(puzzles) - 1)]
    elapsed = minutes * 60
    if step == "start":
        return RoomStarted(room.id, float(room.model.time_limit), 0.0)
    if step == "hint":
        return HintTaken(room.id, puzzle.id, 0, 5, elapsed)
    if step == "end":
        max_score = sum(p.points for p in puzzles)
        return RoomEnded(room.id, True, elapsed, max_score, max_score, elapsed)
    right = step == "right"
    solved[room.id] = done + right
    return AnswerGiven(
        room.id,
        puzzle.id,
        tuple(puzzle.objectives),
        "…",
        right,
        1,
        0,
        30.0,
        puzzle.points if right else 0,
        elapsed,
    )
