"""`scores pull`: rebuild a class session in the store from the statements an LRS holds.

The session's statements (`registration` = the session UUID) are read page by page, and each is
decoded back to its event, team and session (see :func:`escape_room.scoring.xapi.decode`). They
make the same document a JSON export of the session would be, which goes through `scores merge`'s
checks and merge: one validator, all or nothing, and what is here already stays as it is. The
pulled statements are remembered as held by that LRS, so they are never sent back to it.

A later pull of the session asks only for statements since the newest one it read, less an
overlap window: some LRSs (Ralph's file-system backend among them) filter `since` by a
statement's `timestamp`, the time it happened, not by when the LRS stored it, so a statement a
computer kept while offline and delivered late can fall before the mark. Statements read twice
are told apart by their ids.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from escape_room.scoring.errors import ImportProblem
from escape_room.scoring.jsonformat import FORMAT_NAME, FORMAT_VERSION, ExportFile
from escape_room.scoring.lrs import (
    Credentials,
    Get,
    fetch_statements,
    lrs_key,
    newest_stored,
    urllib_get,
)
from escape_room.scoring.merge import (
    EventProblem,
    MergeCount,
    check_document,
    first_problem,
    merge_documents,
    packs_folder,
)
from escape_room.scoring.records import session_uuid
from escape_room.scoring.store import ScoreStore, insert_sent
from escape_room.scoring.timefmt import utc_now, utc_text
from escape_room.scoring.xapi import Records, Statement, decode, records, statement_id

OVERLAP = timedelta(hours=1)
"""How far before the newest statement already read a later pull reads again."""
PAGE = "100"
"""Statements asked for per page (Ralph's most)."""


@dataclass
class PullCount:
    """What a pull read (statements, each counted once) and what it merged."""

    statements: int
    merged: MergeCount


@dataclass
class Puller:
    """Pulls sessions from one LRS into one store."""

    store: ScoreStore
    endpoint: str
    credentials: Credentials
    get: Get = lambda url, headers: urllib_get(url, headers)
    clock: Callable[[], datetime] = utc_now

    def pull(self, code: str, *, full: bool = False) -> PullCount:
        """Pull the session with this (canonical) code; all it holds when `full`, else what came
        since the last pull. LrsError when the LRS does not answer as one; ImportProblem naming
        the statement when one cannot be merged (then nothing is written)."""
        registration = session_uuid(code)
        lrs = lrs_key(self.endpoint)
        since = None if full else self._since(lrs, registration)
        query = {"registration": registration, "limit": PAGE}
        if since is not None:
            query["since"] = since
        fetched = fetch_statements(self.endpoint, self.credentials, query, self.get)
        unique = list({s["id"]: s for s in fetched}.values())
        source = f"{lrs} (session {code})"
        if not unique and since is None:
            raise ImportProblem(
                f"{source}: the LRS holds no statements of this session; check the code and"
                " the address (statements sent by computers that played with --lrs, or by"
                " `scores send`, are found there)"
            )
        document = _document(source, registration, unique, utc_text(self.clock()))
        checked = _checked(source, document, unique, packs_folder(self.store))
        mark = newest_stored(unique)

        def remember(db: sqlite3.Connection) -> None:
            _remember(db, lrs, registration, [s["id"] for s in unique], mark, self.clock())

        return PullCount(len(unique), merge_documents(self.store, [(source, checked)], remember))

    def _since(self, lrs: str, registration: str) -> str | None:
        rows = self.store.read(
            "SELECT since FROM pulled WHERE lrs = ? AND session_uuid = ?", (lrs, registration)
        )
        return str(rows[0][0]) if rows else None


def _document(
    source: str, registration: str, statements: list[Statement], now: str
) -> dict[str, Any]:
    """The export document the statements' records make: the session, its teams in the order
    they were made, each with its events in order."""
    session: dict[str, Any] | None = None
    teams: dict[str, dict[str, Any]] = {}
    for statement in statements:
        found = _records(source, registration, statement)
        if found is None:
            continue
        session_record, team_record, event_record = found
        if session is None or not session["class_label"]:  # a PC that joined may not know it
            session = session_record
        team = teams.setdefault(team_record["id"], {**team_record, "events": []})
        team["events"].append(event_record)
    if session is None:
        return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "exported": now, "sessions": []}
    for team in teams.values():
        team["events"].sort(key=lambda event: event["seq"])
    ordered = sorted(teams.values(), key=lambda team: (str(team["created"]), team["id"]))
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported": now,
        "sessions": [{**session, "teams": ordered}],
    }


def _records(source: str, registration: str, statement: Statement) -> Records | None:
    """The statement's records, checked to decode and to belong where it says; ImportProblem
    naming it otherwise."""
    try:
        found = records(statement)
        if found is None:
            return None
        decode(statement)
    except ValidationError as error:
        raise _refused(source, statement["id"], first_problem(error)) from None
    except ValueError as error:
        raise _refused(source, statement["id"], str(error)) from None
    session, team, event = found
    if session.get("uuid") != registration:
        raise _refused(source, statement["id"], "it records an event of another session")
    if statement["id"].lower() != statement_id(str(team["id"]), str(event["seq"])):
        raise _refused(source, statement["id"], "its id is not the one its team and event give")
    return found


def _checked(
    source: str, document: dict[str, Any], statements: list[Statement], packs: Path
) -> ExportFile:
    """The document through `scores merge`'s checks; a problem with one event names its
    statement."""
    try:
        return check_document(document, source, packs)
    except EventProblem as problem:
        made = statement_id(problem.team_id, str(problem.seq))
        named = next((s["id"] for s in statements if s["id"].lower() == made), made)
        raise _refused(source, named, problem.reason) from None


def _refused(source: str, statement: str, reason: str) -> ImportProblem:
    return ImportProblem(
        f"{source}: statement {statement} cannot be used: {reason}. Nothing was written."
    )


def _remember(
    db: sqlite3.Connection,
    lrs: str,
    registration: str,
    ids: list[str],
    newest: datetime | None,
    now: datetime,
) -> None:
    """The pulled statements as held by the LRS, and the mark for the next pull."""
    if not db.execute("SELECT 1 FROM sessions WHERE uuid = ?", (registration,)).fetchone():
        return  # nothing of the session came (only scores): nothing to remember it by
    insert_sent(db, lrs, registration, [statement.lower() for statement in ids], now)
    if newest is not None:
        db.execute(
            "INSERT INTO pulled (lrs, session_uuid, since) VALUES (?, ?, ?) ON CONFLICT"
            " (lrs, session_uuid) DO UPDATE SET since = max(since, excluded.since)",
            (lrs, registration, utc_text(newest - OVERLAP)),
        )
