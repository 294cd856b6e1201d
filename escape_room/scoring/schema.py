"""The database layout and its ordered migrations; `PRAGMA user_version` says how many have run.

Each event kind has a table of its own whose columns are the event's fields, so the rows are the
events themselves (nothing is stored twice) and a teacher can read them with any SQLite browser.
Every event row carries the team, a sequence number within the team and the wall-clock time.
"""

from __future__ import annotations

import sqlite3

APPLICATION_ID = 0x45526F6D
"""Written into the file header (`PRAGMA application_id`) so our files are told from others."""

_EVENT_KEY = (
    "team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL, at TEXT NOT NULL"
)


def _event_table(name: str, columns: str) -> str:
    return (
        f"CREATE TABLE {name} ({_EVENT_KEY}, {columns}, PRIMARY KEY (team_id, seq)) WITHOUT ROWID"
    )


MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        f"PRAGMA application_id = {APPLICATION_ID}",
        "CREATE TABLE sessions (uuid TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE,"
        " class_label TEXT NOT NULL, created TEXT NOT NULL, pack_id TEXT NOT NULL,"
        " pack_hash TEXT NOT NULL, language TEXT NOT NULL)",
        "CREATE TABLE teams (id TEXT PRIMARY KEY,"
        " session_uuid TEXT NOT NULL REFERENCES sessions(uuid) ON DELETE CASCADE,"
        " position INTEGER NOT NULL, name TEXT NOT NULL, nicknames TEXT NOT NULL,"
        " form_before TEXT NOT NULL, form_after TEXT NOT NULL, created TEXT NOT NULL,"
        " last_seq INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX teams_by_session ON teams (session_uuid, position)",
        _event_table("room_started", "room_id TEXT NOT NULL, time_limit REAL, elapsed REAL"),
        _event_table("hotspot_opened", "room_id TEXT NOT NULL, hotspot_id TEXT, elapsed REAL"),
        _event_table(
            "answer_given",
            "room_id TEXT NOT NULL, puzzle_id TEXT NOT NULL, objectives TEXT NOT NULL,"
            " response TEXT NOT NULL, correct INTEGER NOT NULL, attempt INTEGER NOT NULL,"
            " hints_used INTEGER NOT NULL, seconds_on_task REAL NOT NULL,"
            " points INTEGER NOT NULL, elapsed REAL NOT NULL",
        ),
        _event_table(
            "hint_taken",
            "room_id TEXT NOT NULL, puzzle_id TEXT NOT NULL, hint_index INTEGER, cost INTEGER,"
            " elapsed REAL",
        ),
        _event_table("unlocked", "room_id TEXT NOT NULL, kind TEXT, target_id TEXT, elapsed REAL"),
        _event_table(
            "room_ended",
            "room_id TEXT NOT NULL, escaped INTEGER NOT NULL, seconds REAL NOT NULL,"
            " score INTEGER NOT NULL, max_score INTEGER NOT NULL, elapsed REAL",
        ),
        _event_table(
            "check_answered",
            "phase TEXT NOT NULL, form TEXT NOT NULL, item_id TEXT NOT NULL,"
            " objective TEXT NOT NULL, player TEXT NOT NULL, response TEXT NOT NULL,"
            " correct INTEGER NOT NULL",
        ),
        "CREATE TABLE sent (lrs TEXT NOT NULL, statement_id TEXT NOT NULL,"
        " session_uuid TEXT NOT NULL REFERENCES sessions(uuid) ON DELETE CASCADE,"
        " sent_at TEXT NOT NULL, PRIMARY KEY (lrs, statement_id)) WITHOUT ROWID",
        "CREATE INDEX sent_by_session ON sent (session_uuid)",
    ),
    ("ALTER TABLE teams ADD COLUMN pc TEXT NOT NULL DEFAULT ''",),
    (  # `scores pull`: from when on the next pull of a session from an LRS reads again
        "CREATE TABLE pulled (lrs TEXT NOT NULL,"
        " session_uuid TEXT NOT NULL REFERENCES sessions(uuid) ON DELETE CASCADE,"
        " since TEXT NOT NULL, PRIMARY KEY (lrs, session_uuid)) WITHOUT ROWID",
    ),
)
LATEST = len(MIGRATIONS)


def version_of(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(connection: sqlite3.Connection) -> None:
    """Run the migrations not yet run, each in its own transaction (safe with two processes)."""
    while version_of(connection) < LATEST:
        connection.execute("BEGIN IMMEDIATE")
        try:
            current = version_of(connection)
            if current < LATEST:
                for statement in MIGRATIONS[current]:
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {current + 1}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
