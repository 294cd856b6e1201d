"""`scores merge`: bring JSON exports from other classroom computers into this store.

Every file is read and checked before anything is written; then all of them go in one
transaction, so a bad file changes nothing. Rows already here are kept as they are, so merging
the same file twice changes nothing.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from escape_room.scoring.codec import EVENT_KINDS, columns, from_plain, to_values
from escape_room.scoring.errors import ImportProblem
from escape_room.scoring.jsonformat import ExportFile, SessionEntry, TeamEntry
from escape_room.scoring.limits import problem_of
from escape_room.scoring.records import clean_label, normalise_code, unique_name
from escape_room.scoring.store import ScoreStore
from escape_room.scoring.timefmt import parse_utc

_NOT_OURS = "is not a scores export of this game"


@dataclass
class MergeCount:
    sessions: int = 0
    teams: int = 0
    events: int = 0
    known_events: int = 0


def read_export(path: Path) -> ExportFile:
    """The export in `path`, fully checked; :class:`ImportProblem` saying why not otherwise."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise ImportProblem(f"{path}: cannot read it ({error.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ImportProblem(f"{path}: {_NOT_OURS} (not JSON text: {error})") from None
    try:
        document = ExportFile.model_validate(data)
    except ValidationError as error:
        raise ImportProblem(f"{path}: {_NOT_OURS} ({_first(error)})") from None
    for session in document.sessions:
        _check_session(path, session)
    return document


def _first(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "top level"
    return f"{where}: {first['msg']}"


def merge_files(store: ScoreStore, paths: list[Path]) -> MergeCount:
    """Merge every file, all or nothing; :class:`ImportProblem` when one cannot be used."""
    documents = [(path, read_export(path)) for path in paths]
    count = MergeCount()
    with store.transaction() as db:
        for path, document in documents:
            for session in document.sessions:
                _merge_session(db, path, session, count)
    return count


def _check_session(path: Path, session: SessionEntry) -> None:
    try:
        uuid.UUID(session.uuid)
        parse_utc(session.created)
        for team in session.teams:
            uuid.UUID(team.id)
            for event in team.events:
                parse_utc(event.at)
                from_plain(event.kind, event.data)
    except (ValueError, KeyError, TypeError) as error:
        reason = _first(error) if isinstance(error, ValidationError) else str(error)
        raise ImportProblem(f"{path}: {_NOT_OURS} (session {session.code}: {reason})") from None
    if normalise_code(session.code) != session.code:
        raise ImportProblem(f"{path}: {_NOT_OURS} (bad session code {session.code!r})")
    points = _puzzle_points(session)
    for team in session.teams:
        _check_events(path, session, team, points)


def _check_events(
    path: Path, session: SessionEntry, team: TeamEntry, points: dict[str, int] | None
) -> None:
    """Every event within the game's limits, and each sequence number used once."""
    seen: set[int] = set()
    for entry in team.events:
        where = f"session {session.code}, team {team.name!r}, event {entry.seq} ({entry.kind})"
        problem = problem_of(from_plain(entry.kind, entry.data), points)
        if problem is None and entry.seq in seen:
            problem = "another event of the team has the same sequence number"
        if problem is not None:
            raise ImportProblem(f"{path}: {where}: {problem}. Nothing was merged.")
        seen.add(entry.seq)


def _puzzle_points(session: SessionEntry) -> dict[str, int] | None:
    """The points of each puzzle of the pack, when the session played the bundled pack as it
    is now (else None: the model's limits alone apply)."""
    found = _bundled_points()
    return found[2] if found and found[:2] == (session.pack_id, session.pack_hash) else None


@cache
def _bundled_points() -> tuple[str, str, dict[str, int]] | None:
    from escape_room import paths
    from escape_room.content.pack import content_hash, load_pack
    from escape_room.content.problems import ContentError

    try:
        pack = load_pack(paths.bundled_pack())
    except ContentError:
        return None
    points = {p.id: p.points for room in pack.rooms for p in room.puzzles.values()}
    return pack.model.id, content_hash(pack), points


def _merge_session(
    db: sqlite3.Connection, path: Path, session: SessionEntry, count: MergeCount
) -> None:
    same_code = db.execute("SELECT uuid FROM sessions WHERE code = ?", (session.code,)).fetchone()
    if same_code and same_code[0] != session.uuid:
        raise ImportProblem(
            f"{path}: session {session.code} is a different session from the one with that code "
            "here; nothing was merged. Merge it into another data folder (--data-dir)."
        )
    inserted = db.execute(
        "INSERT OR IGNORE INTO sessions (uuid, code, class_label, created, pack_id, pack_hash,"
        " language) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            session.uuid,
            session.code,
            clean_label(session.class_label),
            session.created,
            session.pack_id,
            session.pack_hash,
            session.language,
        ),
    ).rowcount
    count.sessions += inserted
    if not inserted and session.class_label:  # a computer that joined by code did not know it
        db.execute(
            "UPDATE sessions SET class_label = ? WHERE uuid = ? AND class_label = ''",
            (clean_label(session.class_label), session.uuid),
        )
    for team in session.teams:
        _merge_team(db, path, session.uuid, team, count)


def _merge_team(
    db: sqlite3.Connection, path: Path, session_uuid: str, team: TeamEntry, count: MergeCount
) -> None:
    owner = db.execute("SELECT session_uuid FROM teams WHERE id = ?", (team.id,)).fetchone()
    if owner and owner[0] != session_uuid:
        raise ImportProblem(f"{path}: team {team.name!r} belongs to another session here")
    if owner is None:
        taken = db.execute("SELECT name FROM teams WHERE session_uuid = ?", (session_uuid,))
        names = {row[0] for row in taken}
        db.execute(
            "INSERT INTO teams (id, session_uuid, position, name, nicknames, form_before,"
            " form_after, created, pc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                team.id,
                session_uuid,
                len(names),
                unique_name(clean_label(team.name), names),
                json.dumps([clean_label(n) for n in team.nicknames], ensure_ascii=False),
                *team.check_forms,
                team.created,
                team.pc,
            ),
        )
        count.teams += 1
    for entry in team.events:
        event = from_plain(entry.kind, entry.data)
        added = db.execute(
            _INSERT[entry.kind], (team.id, entry.seq, entry.at, *to_values(event))
        ).rowcount
        count.events += added
        count.known_events += 1 - added
    db.execute(
        "UPDATE teams SET last_seq = max(last_seq, ?) WHERE id = ?",
        (max((e.seq for e in team.events), default=0), team.id),
    )


def _insert_sql(kind: str) -> str:
    names = ("team_id", "seq", "at", *columns(kind))
    return (
        f"INSERT OR IGNORE INTO {kind} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    )


_INSERT = {kind: _insert_sql(kind) for kind in EVENT_KINDS}
