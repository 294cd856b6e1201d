"""Scoring figures: recording one answer durably, and exporting a session of 100,000 answers.

- `record_answer`: `recorder.record(answer)` against a bare INSERT + commit with the same pragmas.
- `export_csv_100k`: the CSV export against a plain SELECT written with the csv module.
- `export_xapi_100k`: the xAPI export against a plain writer of the same statements: the same
  dicts built by straightforward code from a plain SELECT, `json.dumps` per statement, written in
  one pass. Both files are compared byte for byte, so the baseline writes exactly the same thing.
Targets: record_answer ≤ 5 ms; export_csv_100k ≤ 2x and ≤ 1.5 s; export_xapi_100k ≤ 1x and ≤ 5 s.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import tempfile
import uuid
from pathlib import Path
from typing import Any

from benchmarks.common import Figure, figure, interleaved
from benchmarks.scorestore import BARE_SELECT, START, answer, store_with_answers
from escape_room.scoring import xapi
from escape_room.scoring.csvexport import write_csv
from escape_room.scoring.sessiondata import load_session
from escape_room.scoring.store import ScoreStore
from escape_room.scoring.xapi import write_xapi

NAMES = ("record_answer", "export_csv_100k", "export_xapi_100k")
ANSWERS = 100_000
RECORDS_PER_ROUND = 20
_XAPI_SELECT = (
    "SELECT s.uuid, s.code, s.class_label, s.created, s.pack_id, s.pack_hash, s.language,"
    " t.id, t.name, t.nicknames, t.form_before, t.form_after, t.created, t.pc, e.seq, e.at,"
    " e.room_id, e.puzzle_id, e.objectives, e.response, e.correct, e.attempt, e.hints_used,"
    " e.seconds_on_task, e.points, e.elapsed FROM answer_given e JOIN teams t ON t.id = e.team_id"
    " JOIN sessions s ON s.uuid = t.session_uuid WHERE s.uuid = ? ORDER BY t.position, e.seq"
)


def _bare_select_to_csv(db_path: Path, session_uuid: str, out: Path) -> None:
    db = sqlite3.connect(db_path)
    with out.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(BARE_SELECT.split(" FROM ")[0].removeprefix("SELECT ").split(", "))
        writer.writerows(db.execute(BARE_SELECT, (session_uuid,)))
    db.close()


def _activity(iri: str, kind: str, name: str, interaction: str | None = None) -> dict[str, Any]:
    definition: dict[str, Any] = {"type": xapi.TYPES[kind], "name": {"und": name}}
    if interaction:
        definition["interactionType"] = interaction
    return {"objectType": "Activity", "id": iri, "definition": definition}


def _agent(team_id: str, nickname: str) -> dict[str, Any]:
    account = {"homePage": xapi.ACCOUNT_HOME, "name": f"{team_id}/{nickname}"}
    return {"objectType": "Agent", "name": nickname, "account": account}


def _plain_statement(row: tuple[Any, ...]) -> dict[str, Any]:
    """The xAPI statement of one answer row, built as plainly as it can be."""
    (session, code, label, created, pack_id, pack_hash, language) = row[:7]
    (team_id, team_name, nicknames, before, after, team_created, pc, seq, at) = row[7:16]
    (room, puzzle, objectives, response, correct, attempt, hints, seconds, points) = row[16:25]
    pack = f"{xapi.BASE}packs/{pack_id}"
    room_iri = f"{pack}/rooms/{room}"
    other = [_activity(f"{pack}/objectives/{o}", "objective", o) for o in json.loads(objectives)]
    actor = {
        "objectType": "Group",
        "name": team_name,
        "account": {"homePage": xapi.ACCOUNT_HOME, "name": team_id},
        "member": [_agent(team_id, nickname) for nickname in json.loads(nicknames)],
    }
    event = {
        "room_id": room,
        "puzzle_id": puzzle,
        "objectives": json.loads(objectives),
        "response": response,
        "correct": bool(correct),
        "attempt": attempt,
        "hints_used": hints,
        "seconds_on_task": seconds,
        "points": points,
        "elapsed": row[25],
    }
    return {
        "id": str(uuid.uuid5(xapi.STATEMENT_NAMESPACE, f"{team_id}/{seq}")),
        "actor": actor,
        "verb": {"id": xapi.VERBS["answered"], "display": {"en-US": "answered"}},
        "object": _activity(f"{room_iri}/puzzles/{puzzle}", "interaction", puzzle, "other"),
        "context": {
            "registration": session,
            "language": language,
            "contextActivities": {
                "grouping": [_activity(pack, "game", pack_id)],
                "parent": [{"objectType": "Activity", "id": room_iri}],
                "other": other,
            },
            "extensions": {
                xapi.EXT["session-code"]: code,
                xapi.EXT["session"]: {
                    "uuid": session,
                    "code": code,
                    "class_label": label,
                    "created": created,
                    "pack_id": pack_id,
                    "pack_hash": pack_hash,
                    "language": language,
                },
                xapi.EXT["team"]: {
                    "id": team_id,
                    "name": team_name,
                    "nicknames": json.loads(nicknames),
                    "check_forms": [before, after],
                    "created": team_created,
                    "pc": pc,
                },
            },
        },
        "timestamp": at,
        "result": {
            "success": bool(correct),
            "response": response,
            "duration": xapi.iso_duration(seconds),
            "extensions": {
                xapi.EXT["attempt"]: attempt,
                xapi.EXT["hints-used"]: hints,
                xapi.EXT["points"]: points,
                xapi.EXT["event"]: {"seq": seq, "at": at, "kind": "answer_given", "data": event},
            },
        },
    }


def _plain_xapi(db_path: Path, session_uuid: str, out: Path) -> None:
    db = sqlite3.connect(db_path)
    with out.open("w", encoding="utf-8") as file:
        file.write("[")
        for index, row in enumerate(db.execute(_XAPI_SELECT, (session_uuid,))):
            file.write(",\n" if index else "\n")
            file.write(json.dumps(_plain_statement(row), ensure_ascii=False, separators=(",", ":")))
        file.write("\n]\n")
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
            recorder.record(answer(next(counter)))

    def baseline() -> None:
        for _ in range(RECORDS_PER_ROUND):
            values = ("t", next(counter), "2026-03-02T08:00:00.000Z", "p1", "Triangle", 1)
            bare.execute("INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?)", values)

    mine, theirs = interleaved(subject, baseline, rounds=9)
    store.close()
    bare.close()
    return figure("record_answer", mine / RECORDS_PER_ROUND, theirs / RECORDS_PER_ROUND)


def _exports(folder: Path) -> list[Figure]:
    store, session_uuid = store_with_answers(folder / "big", ANSWERS)

    def bare_csv() -> None:
        _bare_select_to_csv(store.path, session_uuid, folder / "bare.csv")

    def plain_xapi() -> None:
        _plain_xapi(store.path, session_uuid, folder / "plain.json")

    def to_csv() -> None:
        write_csv([load_session(store, session_uuid)], folder / "out.csv")

    def to_xapi() -> None:
        write_xapi([load_session(store, session_uuid)], folder / "out.json")

    csv_time, csv_base = interleaved(to_csv, bare_csv, rounds=3)
    xapi_time, xapi_base = interleaved(to_xapi, plain_xapi, rounds=3)
    store.close()
    if (folder / "out.json").read_bytes() != (folder / "plain.json").read_bytes():
        raise AssertionError("the plain xAPI writer does not write the export's statements")
    return [
        figure("export_csv_100k", csv_time, csv_base),
        figure("export_xapi_100k", xapi_time, xapi_base),
    ]


def figures() -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="bench-scoring-") as name:
        folder = Path(name)
        return [_record_answer(folder), *_exports(folder)]
