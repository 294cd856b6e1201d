"""`scores merge`: bring JSON exports from other classroom computers into this store.

Every file is read and checked before anything is written; then all of them go in one
transaction, so a bad file changes nothing. Rows already here are kept as they are, so merging
the same file twice changes nothing; an event here that a file holds with other content (the
same team and sequence number) is kept as it is here and reported as a conflict.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from escape_room.scoring.codec import EVENT_KINDS, columns, from_plain, to_values
from escape_room.scoring.errors import ImportProblem
from escape_room.scoring.jsonformat import ExportFile, SessionEntry, TeamEntry
from escape_room.scoring.limits import problem_of
from escape_room.scoring.records import clean_label, normalise_code, unique_name
from escape_room.scoring.store import ScoreStore
from escape_room.scoring.timefmt import parse_utc

_NOT_OURS = "is not a scores export of this game"


class EventProblem(ImportProblem):
    """One event of a team cannot be merged: which, and why."""

    def __init__(self, message: str, team_id: str, seq: int, reason: str) -> None:
        super().__init__(message)
        self.team_id, self.seq, self.reason = team_id, seq, reason


@dataclass
class MergeCount:
    sessions: int = 0
    teams: int = 0
    events: int = 0
    known_events: int = 0
    conflicts: list[str] = field(default_factory=list)
    """Events here that the merged data holds with other content: kept as they are here."""


def read_export(path: Path, packs: Path | None = None) -> ExportFile:
    """The export in `path`, fully checked (against its pack when it is the bundled one or one
    installed in the `packs` folder); :class:`ImportProblem` saying why not otherwise."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise ImportProblem(f"{path}: cannot read it ({error.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ImportProblem(f"{path}: {_NOT_OURS} (not JSON text: {error})") from None
    return check_document(data, str(path), packs)


def check_document(data: Any, source: str, packs: Path | None = None) -> ExportFile:
    """The export document read from `source` (a file, or what an LRS returned), fully checked
    as :func:`read_export` checks a file; :class:`ImportProblem` saying why not otherwise."""
    try:
        document = ExportFile.model_validate(data)
    except ValidationError as error:
        raise ImportProblem(f"{source}: {_NOT_OURS} ({first_problem(error)})") from None
    for session in document.sessions:
        _check_session(source, session, packs)
    return document


def first_problem(error: ValidationError) -> str:
    """Where in the data pydantic's first complaint is, and what it is."""
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "top level"
    return f"{where}: {first['msg']}"


def merge_files(store: ScoreStore, paths: list[Path]) -> MergeCount:
    """Merge every file, all or nothing; :class:`ImportProblem` when one cannot be used."""
    packs = packs_folder(store)
    return merge_documents(store, [(str(path), read_export(path, packs)) for path in paths])


def packs_folder(store: ScoreStore) -> Path:
    """Where `pack import` installs packs for the store's data folder."""
    from escape_room import paths

    return paths.packs_dir(store.path.parent)


def merge_documents(
    store: ScoreStore,
    documents: list[tuple[str, ExportFile]],
    then: Callable[[sqlite3.Connection], None] | None = None,
) -> MergeCount:
    """Merge checked documents (each with its source), all or nothing; `then` writes more in
    the same transaction."""
    count = MergeCount()
    with store.transaction() as db:
        for source, document in documents:
            for session in document.sessions:
                _merge_session(db, source, session, count)
        if then is not None:
            then(db)
    return count


def _check_session(path: str, session: SessionEntry, packs: Path | None) -> None:
    try:
        uuid.UUID(session.uuid)
        parse_utc(session.created)
        for team in session.teams:
            uuid.UUID(team.id)
            for event in team.events:
                parse_utc(event.at)
                from_plain(event.kind, event.data)
    except (ValueError, KeyError, TypeError) as error:
        reason = first_problem(error) if isinstance(error, ValidationError) else str(error)
        raise ImportProblem(f"{path}: {_NOT_OURS} (session {session.code}: {reason})") from None
    if normalise_code(session.code) != session.code:
        raise ImportProblem(f"{path}: {_NOT_OURS} (bad session code {session.code!r})")
    points = _puzzle_points(session, packs)
    for team in session.teams:
        _check_events(path, session, team, points)


def _check_events(
    path: str, session: SessionEntry, team: TeamEntry, points: dict[str, int] | None
) -> None:
    """Every event within the game's limits, and each sequence number used once."""
    seen: set[int] = set()
    for entry in team.events:
        where = f"session {session.code}, team {team.name!r}, event {entry.seq} ({entry.kind})"
        problem = problem_of(from_plain(entry.kind, entry.data), points)
        if problem is None and entry.seq in seen:
            problem = "another event of the team has the same sequence number"
        if problem is not None:
            raise EventProblem(
                f"{path}: {where}: {problem}. Nothing was merged.", team.id, entry.seq, problem
            )
        seen.add(entry.seq)


def _puzzle_points(session: SessionEntry, packs: Path | None) -> dict[str, int] | None:
    """The points of each puzzle of the pack, when the session played the bundled pack or one
    installed in `packs` as it is now (else None: the model's limits alone apply)."""
    from escape_room import paths

    roots = [paths.bundled_pack()]
    if packs is not None and _plain_name(session.pack_id):
        roots.append(packs / session.pack_id)  # an installed pack's folder is named by its id
    for root in roots:
        found = _pack_points(str(root)) if root.is_dir() else None
        if found and found[:2] == (session.pack_id, session.pack_hash):
            return found[2]
    return None


def _plain_name(text: str) -> bool:
    """Whether `text` names a folder inside another (no separators, not '.' or '..')."""
    return Path(text).name == text and text not in ("", ".", "..")


@cache
def _pack_points(root: str) -> tuple[str, str, dict[str, int]] | None:
    """The id, content hash and puzzle points of the pack in `root`; None when it has errors."""
    from escape_room.content.pack import content_hash, load_pack
    from escape_room.content.problems import ContentError

    try:
        pack = load_pack(Path(root))
    except ContentError:
        return None
    points = {p.id: p.points for room in pack.rooms for p in room.puzzles.values()}
    return pack.model.id, content_hash(pack), points


def _merge_session(
    db: sqlite3.Connection, path: str, session: SessionEntry, count: MergeCount
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
    db: sqlite3.Connection, path: str, session_uuid: str, team: TeamEntry, count: MergeCount
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
    here = _events_here(db, team.id) if owner else {}
    for entry in team.events:
        row = (entry.kind, entry.at, *to_values(from_plain(entry.kind, entry.data)))
        known = here.get(entry.seq)
        if known is None:
            db.execute(_INSERT[entry.kind], (team.id, entry.seq, *row[1:]))
            count.events += 1
        elif known == row:
            count.known_events += 1
        else:
            count.conflicts.append(f"team {team.name!r}, event {entry.seq} ({entry.kind})")
    db.execute(
        "UPDATE teams SET last_seq = max(last_seq, ?) WHERE id = ?",
        (max((e.seq for e in team.events), default=0), team.id),
    )


def _events_here(db: sqlite3.Connection, team_id: str) -> dict[int, tuple[Any, ...]]:
    """The team's events in the store by sequence number, as (kind, at, *stored values)."""
    found: dict[int, tuple[Any, ...]] = {}
    for kind in EVENT_KINDS:
        names = ", ".join(("seq", "at", *columns(kind)))
        for seq, *values in db.execute(f"SELECT {names} FROM {kind} WHERE team_id = ?", (team_id,)):
            found[seq] = (kind, *values)
    return found


def _insert_sql(kind: str) -> str:
    names = ("team_id", "seq", "at", *columns(kind))
    return (
        f"INSERT OR IGNORE INTO {kind} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    )


_INSERT = {kind: _insert_sql(kind) for kind in EVENT_KINDS}
