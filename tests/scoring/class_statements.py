"""A class's statements made by the game's own xAPI mapping, with no store: for the tests of the
dashboard's progress model and feed."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from escape_room.model.events import AnswerGiven, Event, RoomStarted
from escape_room.scoring.records import Session, Team
from escape_room.scoring.sessiondata import SessionData
from escape_room.scoring.store import StoredEvent
from escape_room.scoring.timefmt import utc_text
from escape_room.scoring.xapi import Statement, statements

START = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
SESSION = Session(
    "0b5a3f7e-1c2d-5e4f-8a9b-0c1d2e3f4a5b", "K7M-2QX", "5B", START, "mini", "0" * 16, "en"
)


def team(name: str, number: int, nicknames: tuple[str, ...] = ("Fox", "Owl")) -> Team:
    return Team(
        f"00000000-0000-4000-8000-{number:012d}", SESSION.uuid, name, nicknames, ("A", "B"), START
    )


def played(team: Team, timed: list[tuple[float, Event]], playing: bool = True) -> list[Statement]:
    """The statements of a team's events, each at START plus its seconds."""
    events = [
        StoredEvent(seq, utc_text(START + timedelta(seconds=at)), event)
        for seq, (at, event) in enumerate(timed, start=1)
    ]
    data = SessionData(SESSION, [team], {team.id: events})
    return list(statements(data, team.id if playing else None))


def answer(
    puzzle: str, correct: bool, objectives: tuple[str, ...] = ("lo1",), room: str = "lab"
) -> AnswerGiven:
    return AnswerGiven(room, puzzle, objectives, "x", correct, 1, 0, 5.0, 10 if correct else 0, 1.0)


FOX_EVENTS: list[tuple[float, Event]] = [
    (0.0, RoomStarted("lab", 600.0)),
    (60.0, answer("p1", True)),
    (120.0, answer("p2", True)),
]
"""A team a couple of minutes into a room, two puzzles solved."""
