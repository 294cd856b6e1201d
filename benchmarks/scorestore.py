"""A score store holding one class session of many answers, made fast for the benchmarks, and
the bare SQL that reads those answers back."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

from escape_room.model.events import AnswerGiven
from escape_room.scoring.codec import columns, to_values
from escape_room.scoring.store import ScoreStore

START = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)
TEAMS = 25
ANSWER_COLUMNS = (
    "team_name",
    "room_id",
    "puzzle_id",
    "objectives",
    "response",
    "correct",
    "attempt",
    "hints_used",
    "seconds_on_task",
    "points",
    "at",
)
BARE_SELECT = (
    "SELECT t.name, e.room_id, e.puzzle_id, e.objectives, e.response, e.correct, e.attempt,"
    " e.hints_used, e.seconds_on_task, e.points, e.at FROM answer_given e"
    " JOIN teams t ON t.id = e.team_id WHERE t.session_uuid = ? ORDER BY t.position, e.seq"
)


def answer(number: int) -> AnswerGiven:
    return AnswerGiven(
        room_id="street",
        puzzle_id=f"p{number % 40}",
        objectives=(f"lo{number % 6}-topic",),
        response="Triangle",
        correct=number % 3 != 0,
        attempt=1 + number % 2,
        hints_used=number % 2,
        seconds_on_task=12.5,
        points=10,
        elapsed=float(number),
    )


def _row(team_id: str, number: int) -> tuple[object, ...]:
    at = (START + timedelta(seconds=number)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    return (team_id, number + 1, at, *to_values(answer(number)))


def store_with_answers(folder: Path, answers: int) -> tuple[ScoreStore, str]:
    """A session of TEAMS teams sharing `answers` answers; the first team's rows are made in
    Python and copied to the others in SQL (the set-up is not measured)."""
    store = ScoreStore.open(folder)
    rng = random.Random(1)
    session = store.new_session("bench", "traffic-safety", "0" * 16, "en", START, rng)
    names = ("team_id", "seq", "at", *columns("answer_given"))
    listed = ", ".join(names)
    per_team = answers // TEAMS
    first = None
    for index in range(TEAMS):
        team = store.add_team(session.uuid, f"Team {index}", ["a", "b"], START, rng)
        with store.transaction() as db:
            if first is None:
                insert = (
                    f"INSERT INTO answer_given ({listed}) VALUES ({', '.join('?' * len(names))})"
                )
                db.executemany(insert, [_row(team.id, n) for n in range(per_team)])
                first = team.id
            else:
                copied = listed.replace("team_id", "?", 1)
                db.execute(
                    f"INSERT INTO answer_given ({listed}) SELECT {copied} FROM answer_given"
                    " WHERE team_id = ?",
                    (team.id, first),
                )
            db.execute("UPDATE teams SET last_seq = ? WHERE id = ?", (per_team, team.id))
    return store, session.uuid
