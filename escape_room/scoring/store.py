"""The score store: class sessions, teams and every event they produce, kept in one SQLite file.

`ScoreStore.open(data_dir)` opens (or creates) `scores.sqlite3` in the data folder. Each recorded
event is committed durably at once (WAL, `synchronous=FULL`), in a short transaction, so two game
processes can share one file and a crash loses nothing that was recorded.
"""

from __future__ import annotations

import json
import random
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from escape_room.model.events import Event
from escape_room.scoring.bulk import many_objects
from escape_room.scoring.codec import EVENT_KINDS, columns, events_from_columns, kind_of, to_values
from escape_room.scoring.errors import StoreError
from escape_room.scoring.records import (
    Form,
    Session,
    Team,
    forms_by_join_order,
    forms_for,
    new_code,
    normalise_code,
    session_uuid,
    unique_name,
)
from escape_room.scoring.sqlitefile import check_whole_file, explain, open_database
from escape_room.scoring.timefmt import parse_utc, utc_text

DB_NAME = "scores.sqlite3"
DEFAULT_BUSY_TIMEOUT = 5.0
_SESSION_COLUMNS = "uuid, code, class_label, created, pack_id, pack_hash, language"
_TEAM_COLUMNS = "id, session_uuid, name, nicknames, form_before, form_after, created, pc"


_CHUNK = 5000
"""Rows read from the store at a time when a team's events are loaded."""


class StoredEvent(NamedTuple):
    """An event as stored: its place in the team's sequence and its wall-clock time (UTC text)."""

    seq: int
    at: str
    event: Event


class ScoreStore:
    """Sessions, teams and events in one SQLite file; see the module docstring."""

    def __init__(self, connection: sqlite3.Connection, path: Path, busy_timeout: float) -> None:
        self._db = connection
        self.path = path
        self._busy_timeout = busy_timeout
        self._file = _file_identity(path)

    @classmethod
    def open(cls, data_dir: Path, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> ScoreStore:
        """Open or create the store in `data_dir`; :class:`StoreError` when it cannot be used."""
        path = Path(data_dir) / DB_NAME
        return cls(open_database(path, busy_timeout), path, busy_timeout)

    def close(self) -> None:
        self._db.close()

    def check(self) -> None:
        """Read the whole file and check it (opening checks only its first pages); StoreError
        saying it is damaged, and what to do, when it is."""
        check_whole_file(self._db, self.path, self._busy_timeout)

    def __enter__(self) -> ScoreStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- sessions -----------------------------------------------------------------

    def new_session(
        self,
        class_label: str,
        pack_id: str,
        pack_hash: str,
        language: str,
        now: datetime,
        rng: random.Random | None = None,
    ) -> Session:
        """Start a class session with a fresh short code."""
        if not class_label.strip():
            raise ValueError("a session needs a class label")
        rng = rng or random.SystemRandom()
        with self.transaction() as db:
            code = new_code(rng)
            while db.execute("SELECT 1 FROM sessions WHERE code = ?", (code,)).fetchone():
                code = new_code(rng)
            return self._insert_session(
                db, code, class_label.strip(), pack_id, pack_hash, language, now
            )

    def join_session(
        self, code: str, pack_id: str, pack_hash: str, language: str, now: datetime
    ) -> Session:
        """The session with this code; one made here under that code when this computer does
        not know it yet (the facilitator started it on another), with the same UUID."""
        canonical = normalise_code(code)
        if canonical is None:
            raise ValueError(f"{code!r} is not a session code (six letters and digits: K7M-2QX)")
        with self.transaction() as db:
            found = db.execute(
                f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE code = ?", (canonical,)
            ).fetchone()
            if found:
                return _session(found)
            return self._insert_session(db, canonical, "", pack_id, pack_hash, language, now)

    @staticmethod
    def _insert_session(
        db: sqlite3.Connection,
        code: str,
        class_label: str,
        pack_id: str,
        pack_hash: str,
        language: str,
        now: datetime,
    ) -> Session:
        created = parse_utc(utc_text(now))
        session = Session(
            session_uuid(code), code, class_label, created, pack_id, pack_hash, language
        )
        db.execute(
            f"INSERT INTO sessions ({_SESSION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
            session_values(session),
        )
        return session

    def find_session(self, code_or_uuid: str) -> Session | None:
        """The session with this code ('K7M-2QX', any case, dash optional) or UUID."""
        code = normalise_code(code_or_uuid)
        key, value = ("code", code) if code else ("uuid", code_or_uuid.strip().lower())
        rows = self._read(f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE {key} = ?", (value,))
        return _session(rows[0]) if rows else None

    def sessions(self) -> list[Session]:
        """Every session, oldest first."""
        rows = self._read(f"SELECT {_SESSION_COLUMNS} FROM sessions ORDER BY created, code")
        return [_session(row) for row in rows]

    def latest_session(self) -> Session | None:
        sessions = self.sessions()
        return sessions[-1] if sessions else None

    def delete_session(self, code_or_uuid: str) -> bool:
        """Delete a session with its teams, events and sending progress; False when unknown."""
        session = self.find_session(code_or_uuid)
        if session is None:
            return False
        with self.transaction() as db:
            db.execute("DELETE FROM sessions WHERE uuid = ?", (session.uuid,))
        self._read("PRAGMA wal_checkpoint(TRUNCATE)")
        return True

    def last_activity(self, session_uuid: str) -> datetime | None:
        """When a team of the session last recorded an event (None when none has)."""
        times = [
            self._read(
                f"SELECT max(e.at) FROM {kind} e JOIN teams t ON t.id = e.team_id"
                " WHERE t.session_uuid = ?",
                (session_uuid,),
            )[0][0]
            for kind in EVENT_KINDS
        ]
        found = [at for at in times if at]
        return parse_utc(max(found)) if found else None

    def counts(self, session_uuid: str) -> tuple[int, int]:
        """How many teams and puzzle or knowledge-check answers a session has."""
        teams = self._read("SELECT count(*) FROM teams WHERE session_uuid = ?", (session_uuid,))
        answers = sum(
            self._read(
                f"SELECT count(*) FROM {kind} e JOIN teams t ON t.id = e.team_id"
                " WHERE t.session_uuid = ?",
                (session_uuid,),
            )[0][0]
            for kind in ("answer_given", "check_answered")
        )
        return int(teams[0][0]), int(answers)

    # --- teams --------------------------------------------------------------------

    def add_team(
        self,
        session_uuid: str,
        name: str,
        nicknames: list[str],
        now: datetime,
        rng: random.Random | None = None,
        pc: str = "",
        joined: Mapping[str, tuple[str, tuple[Form, Form]]] | None = None,
    ) -> Team:
        """Add a team played on computer `pc`. A name another team of the session has gets a
        number ('Foxes 2'). The knowledge-check forms alternate by join order among the class's
        teams when the class's LRS was reached (`joined`: the teams it knows, by id, with their
        creation time and forms; this store's teams of the session count too), else with this
        computer's last team."""
        if not name.strip():
            raise ValueError("a team needs a name")
        players = tuple(n.strip() for n in nicknames if n.strip())
        team_id = _uuid4(rng or random.SystemRandom())
        with self.transaction() as db:
            found = db.execute("SELECT count(*) FROM sessions WHERE uuid = ?", (session_uuid,))
            if not found.fetchone()[0]:
                raise StoreError(
                    f"{self.path}: the class session {session_uuid} is no longer in the score"
                    " database (it was deleted).",
                    "session_deleted",
                )
            taken = db.execute(
                "SELECT name FROM teams WHERE session_uuid = ?", (session_uuid,)
            ).fetchall()
            team = Team(
                team_id,
                session_uuid,
                unique_name(name.strip(), {row[0] for row in taken}),
                players,
                _forms(db, session_uuid, team_id, pc.strip(), joined),
                parse_utc(utc_text(now)),
                pc.strip(),
            )
            db.execute(
                f"INSERT INTO teams ({_TEAM_COLUMNS}, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*team_values(team), len(taken)),
            )
        return team

    def teams(self, session_uuid: str) -> list[Team]:
        """The session's teams in the order they were added."""
        rows = self._read(
            f"SELECT {_TEAM_COLUMNS} FROM teams WHERE session_uuid = ? ORDER BY position, id",
            (session_uuid,),
        )
        return [_team(row) for row in rows]

    # --- events -------------------------------------------------------------------

    def recorder(self, session_uuid: str, team_id: str, clock: Callable[[], datetime]) -> Recorder:
        """A recorder that stores each event of one team as it happens."""
        rows = self._read(
            "SELECT 1 FROM teams WHERE id = ? AND session_uuid = ?", (team_id, session_uuid)
        )
        if not rows:
            raise ValueError(f"no team {team_id} in session {session_uuid}")
        return Recorder(self, team_id, clock)

    def append(self, team_id: str, at: str, event: Event) -> int:
        """Store one event of a team durably; returns its sequence number."""
        kind = kind_of(event)
        with self.transaction() as db:
            row = db.execute(
                "UPDATE teams SET last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq",
                (team_id,),
            ).fetchone()
            if row is None:
                raise StoreError(
                    f"{self.path}: this team is no longer in the score database (its session"
                    " was deleted while it played).",
                    "session_deleted",
                )
            db.execute(_insert_sql(kind), (team_id, row[0], at, *to_values(event)))
        return int(row[0])

    def events(
        self, session_uuid: str, kinds: tuple[str, ...] = ()
    ) -> dict[str, list[StoredEvent]]:
        """The session's events per team id, in recording order; only `kinds` when given."""
        return {team.id: self.team_events(team.id, kinds) for team in self.teams(session_uuid)}

    def has_events(self, session_uuid: str) -> bool:
        """Whether any team of the session has recorded anything."""
        return any(
            self._read(
                f"SELECT 1 FROM {kind} e JOIN teams t ON t.id = e.team_id"
                " WHERE t.session_uuid = ? LIMIT 1",
                (session_uuid,),
            )
            for kind in EVENT_KINDS
        )

    def team_events(self, team_id: str, kinds: tuple[str, ...] = ()) -> list[StoredEvent]:
        """One team's events in recording order (only `kinds` when given), each kind read and
        made a column at a time."""
        with many_objects():
            return self._team_events(team_id, kinds or tuple(EVENT_KINDS))

    def _team_events(self, team_id: str, kinds: tuple[str, ...]) -> list[StoredEvent]:
        stored: list[StoredEvent] = []
        for kind in kinds:
            for rows in self._chunks(_select_sql(kind), (team_id,)):
                seqs, ats, *event_columns = zip(*rows, strict=True)
                stored += map(StoredEvent, seqs, ats, events_from_columns(kind, event_columns))
        stored.sort(key=_by_seq)
        return stored

    # --- what was sent to which LRS -----------------------------------------------

    def sent_ids(self, lrs: str, session_uuid: str) -> set[str]:
        """Ids of the session's statements this LRS has already accepted."""
        rows = self._read(
            "SELECT statement_id FROM sent WHERE lrs = ? AND session_uuid = ?", (lrs, session_uuid)
        )
        return {row[0] for row in rows}

    def mark_sent(self, lrs: str, session_uuid: str, ids: list[str], now: datetime) -> None:
        """Remember that the LRS holds these statements, so a later send skips them."""
        with self.transaction() as db:
            insert_sent(db, lrs, session_uuid, ids, now)

    def forget_sent(self, lrs: str, session_uuid: str) -> None:
        """Forget which of the session's statements this LRS holds, so all are sent again."""
        with self.transaction() as db:
            db.execute("DELETE FROM sent WHERE lrs = ? AND session_uuid = ?", (lrs, session_uuid))

    # --- plumbing for the other scoring modules ----------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A short write transaction, taken at once (BEGIN IMMEDIATE) and committed durably;
        StoreError, before anything is written, when the file was deleted or replaced since it
        was opened (SQLite would go on writing into the deleted file, and the scores be lost)."""
        if self._file is not None and _file_identity(self.path) != self._file:
            raise StoreError(
                f"{self.path}: no such file any more: the scores file or its folder was deleted"
                " or moved while the game ran, so new answers are not being saved.",
                "folder_gone",
            )
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise explain(error, self.path, self._busy_timeout) from None
        try:
            yield self._db
            self._db.execute("COMMIT")
        except sqlite3.Error as error:
            self._roll_back()
            raise explain(error, self.path, self._busy_timeout) from None
        except BaseException:
            self._roll_back()
            raise

    def _roll_back(self) -> None:
        """Undo the open transaction, if SQLite has not already (it does on a full disk)."""
        # the transaction is gone either way: the first error is the one to tell
        with suppress(sqlite3.Error):
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")

    def read(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[Any]:
        """Rows of a query; :class:`StoreError` when the file cannot be read."""
        return self._read(sql, parameters)

    def _read(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[Any]:
        try:
            return self._db.execute(sql, parameters).fetchall()
        except sqlite3.Error as error:
            raise explain(error, self.path, self._busy_timeout) from None

    def _chunks(self, sql: str, parameters: tuple[Any, ...]) -> Iterator[list[Any]]:
        """The rows of a query a few thousand at a time, so a large result never sits in memory
        as rows and as what is made of them at once."""
        try:
            cursor = self._db.execute(sql, parameters)
            while rows := cursor.fetchmany(_CHUNK):
                yield rows
        except sqlite3.Error as error:
            raise explain(error, self.path, self._busy_timeout) from None


def _file_identity(path: Path) -> tuple[int, int] | None:
    """The device and inode of the file at `path` (None when there is none)."""
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_dev, found.st_ino


class Recorder:
    """Records one team's events; each `record` is durable when it returns.

    When the file cannot be written (say it is busy for too long), the event is kept here, the
    :class:`StoreError` is raised for the game to show, and the next `record` or `flush` writes
    every event still pending, in order, with the time it happened.
    """

    def __init__(self, store: ScoreStore, team_id: str, clock: Callable[[], datetime]) -> None:
        self._store = store
        self.team_id = team_id
        self._clock = clock
        self._pending: list[tuple[str, Event]] = []

    @property
    def pending(self) -> int:
        """How many events wait to be written after a failure."""
        return len(self._pending)

    def record(self, event: Event, at: datetime | None = None) -> None:
        """Store the event, which happened `at` (by default now on the recorder's clock)."""
        kind_of(event)
        self._pending.append((utc_text(at or self._clock()), event))
        self.flush()

    def flush(self) -> None:
        while self._pending:
            at, event = self._pending[0]
            self._store.append(self.team_id, at, event)
            self._pending.pop(0)


def _forms(
    db: sqlite3.Connection,
    session_uuid: str,
    team_id: str,
    pc: str,
    joined: Mapping[str, tuple[str, tuple[Form, Form]]] | None,
) -> tuple[Form, Form]:
    """A new team's forms: by join order when the class's teams are known, else by this
    computer's last team (see :func:`forms_by_join_order` and :func:`forms_for`)."""
    if joined is not None:
        rows = db.execute(
            "SELECT id, created, form_before, form_after FROM teams WHERE session_uuid = ?",
            (session_uuid,),
        )
        known = {**joined, **{row[0]: (row[1], (row[2], row[3])) for row in rows}}
        forms = forms_by_join_order(known.values())
        if forms is not None:
            return forms
    previous = db.execute(
        "SELECT form_before, form_after FROM teams WHERE session_uuid = ? AND pc = ?"
        " ORDER BY position DESC LIMIT 1",
        (session_uuid, pc),
    ).fetchone()
    return forms_for(team_id, tuple(previous) if previous else None)


def insert_sent(
    db: sqlite3.Connection, lrs: str, session_uuid: str, ids: list[str], now: datetime
) -> None:
    """Within a transaction: the LRS holds these statements of the session."""
    at = utc_text(now)
    db.executemany(
        "INSERT OR IGNORE INTO sent (lrs, statement_id, session_uuid, sent_at) VALUES (?, ?, ?, ?)",
        [(lrs, statement_id, session_uuid, at) for statement_id in ids],
    )


def session_values(session: Session) -> tuple[str, ...]:
    return (
        session.uuid,
        session.code,
        session.class_label,
        utc_text(session.created),
        session.pack_id,
        session.pack_hash,
        session.language,
    )


def team_values(team: Team) -> tuple[str, ...]:
    return (
        team.id,
        team.session_uuid,
        team.name,
        json.dumps(list(team.nicknames), ensure_ascii=False),
        team.check_forms[0],
        team.check_forms[1],
        utc_text(team.created),
        team.pc,
    )


def _session(row: Any) -> Session:
    uuid_, code, label, created, pack_id, pack_hash, language = row
    return Session(uuid_, code, label, parse_utc(created), pack_id, pack_hash, language)


def _team(row: Any) -> Team:
    team_id, session_uuid, name, nicknames, before, after, created, pc = row
    forms: tuple[Form, Form] = (before, after)
    return Team(
        team_id, session_uuid, name, tuple(json.loads(nicknames)), forms, parse_utc(created), pc
    )


def _by_seq(stored: StoredEvent) -> int:
    return stored.seq


def _uuid4(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


@cache
def _insert_sql(kind: str) -> str:
    names = ("team_id", "seq", "at", *columns(kind))
    return f"INSERT INTO {kind} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


@cache
def _select_sql(kind: str) -> str:
    """One team's events of `kind` as (seq, at, *columns)."""
    return f"SELECT {', '.join(('seq', 'at', *columns(kind)))} FROM {kind} WHERE team_id = ?"
