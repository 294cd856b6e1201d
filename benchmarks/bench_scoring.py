"""Scoring figures: recording one answer durably, and exporting a session of 100,000 answers.

Each is measured against a bare sqlite3 baseline in the same run: an INSERT + commit with the
same pragmas for recording, and a plain SELECT written with the csv module for the exports.
Targets: export_csv_100k at most 2x its baseline and under 1.5 s; export_xapi_100k under 5 s.
"""

from __future__ import annotations

import csv
import random
import sqlite3
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from benchmarks.common import Figure, figure, interleaved
from escape_room.model.events import AnswerGiven
from escape_room.scoring.codec import columns, to_values
from escape_room.scoring.csvexport import write_csv
from escape_room.scoring.sessiondata import load_session
from escape_room.scoring.store import ScoreStore
from escape_room.scoring.xapi import write_xapi

START = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)
ANSWERS = 100_000
TEAMS = 25
RECORDS_PER_ROUND = 20
_BARE_SELECT = (
    "SELECT t.name, e.room_id, e.puzzle_id, e.objectives, e.response, e.correct, e.attempt,"
    " e.hints_used, e.seconds_on_task, e.points, e.at FROM answer_given e"
    " JOIN teams t ON t.id = e.team_id WHERE t.session_uuid = ? ORDER BY t.position, e.seq"
)


def _answer(number: int) -> AnswerGiven:
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
    return (team_id, number + 1, at, *to_values(_answer(number)))


def _store_with_answers(folder: Path) -> tuple[ScoreStore, str]:
    """A session of TEAMS teams and ANSWERS answers, bulk-loaded (the set-up is not measured)."""
    store = ScoreStore.open(folder)
    rng = random.Random(1)
    session = store.new_session("bench", "traffic-safety", "0" * 16, "en", START, rng)
    names = ("team_id", "seq", "at", *columns("answer_given"))
    insert = f"INSERT INTO answer_given ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    per_team = ANSWERS // TEAMS
    for index in range(TEAMS):
        team = store.add_team(session.uuid, f"Team {index}", ["a", "b"], START, rng)
        with store.transaction() as db:
            db.executemany(insert, [_row(team.id, n) for n in range(per_team)])
            db.execute("UPDATE teams SET last_seq = ? WHERE id = ?", (per_team, team.id))
    return store, session.uuid


def _bare_select_to_csv(db_path: Path, session_uuid: str, out: Path) -> None:
    db = sqlite3.connect(db_path)
    with out.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(_BARE_SELECT.split(" FROM ")[0].removeprefix("SELECT ").split(", "))
        writer.writerows(db.execute(_BARE_SELECT, (session_uuid,)))
    db.close()


def _bare_table(folder: Path) -> sqlite3.Connection:
    bare = sqlite3.connect(folder / "bare.sqlite3", isolation_level=None)
    bare.execute("PRAGMA journal_mode = WAL")
    bare.execute("PRAGMA synchronous = FULL")
    bare.execute(
        "CREATE TABLE answers (team TEXT, seq INTEGER, at TEXT, puzzle TEXT, response TEXT,"
        " correct INTEGER, PRIMARY KEY (team, seq))"
    )
    return bare


def _record_answer(folder: Path) -> Figure:
    """Median seconds for `recorder.record(answer)` against a bare INSERT that commits."""
    store = ScoreStore.open(folder / "record")
    session = store.new_session("bench", "p", "h", "en", START)
    team = store.add_team(session.uuid, "Team", ["a"], START)
    recorder = store.recorder(session.uuid, team.id, lambda: START)
    bare = _bare_table(folder)
    counter = iter(range(10**9))

    def subject() -> None:
        for _ in range(RECORDS_PER_ROUND):
            recorder.record(_answer(next(counter)))

    def baseline() -> None:
        for _ in range(RECORDS_PER_ROUND):
            values = ("t", next(counter), "2026-03-02T08:00:00.000Z", "p1", "Triangle", 1)
            bare.execute("INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?)", values)

    mine, theirs = interleaved(subject, baseline, rounds=9)
    store.close()
    bare.close()
    return figure("record_answer", mine / RECORDS_PER_ROUND, theirs / RECORDS_PER_ROUND)


def _exports(folder: Path) -> list[Figure]:
    store, session_uuid = _store_with_answers(folder / "big")

    def bare() -> None:
        _bare_select_to_csv(store.path, session_uuid, folder / "bare.csv")

    def to_csv() -> None:
        write_csv([load_session(store, session_uuid)], folder / "out.csv")

    def to_xapi() -> None:
        write_xapi([load_session(store, session_uuid)], folder / "out.json")

    csv_time, csv_base = interleaved(to_csv, bare, rounds=3)
    xapi_time, xapi_base = interleaved(to_xapi, bare, rounds=3)
    store.close()
    return [
        figure("export_csv_100k", csv_time, csv_base),
        figure("export_xapi_100k", xapi_time, xapi_base),
    ]


def figures() -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="bench-scoring-") as name:
        folder = Path(name)
        return [_record_answer(folder), *_exports(folder)]
