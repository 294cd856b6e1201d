"""Opening the score database file safely: recognise it, check it, configure it, migrate it.

Nothing is written to a file until it is known to be ours (or new and empty): a damaged, foreign,
newer or non-SQLite file is left byte-for-byte as it was, and :class:`StoreError` says what to do.

Opening checks what every use reads first, whatever the file's size: the header, the schema, and
the first pages of every table and index. Damage deeper in a table is met by the read or write
that reaches it, which raises the same :class:`StoreError` (the game keeps its unsaved events in
memory and says so); :func:`check_whole_file` (`escape-room scores check`) reads every page.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from escape_room.scoring.errors import Reason, StoreError
from escape_room.scoring.schema import APPLICATION_ID, LATEST, migrate, version_of

SQLITE_MAGIC = b"SQLite format 3\x00"
_ELSEWHERE = "choose another, empty folder with --data-dir (or the ESCAPE_ROOM_DATA variable)"
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


def open_database(path: Path, busy_timeout: float) -> sqlite3.Connection:
    """A connection to the store at `path`, created when missing, in WAL mode and migrated."""
    _prepare_folder(path.parent)
    existing = path.exists()
    if existing:
        _check_file(path, busy_timeout)
    try:
        connection = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None)
    except sqlite3.Error as error:
        raise explain(error, path, busy_timeout) from None
    try:
        if existing:
            _inspect(connection, path)
        _configure(connection)
        migrate(connection)
    except sqlite3.Error as error:
        connection.close()
        raise explain(error, path, busy_timeout) from None
    except StoreError:
        connection.close()
        raise
    return connection


def explain(error: sqlite3.Error, path: Path, busy_timeout: float) -> StoreError:
    """A :class:`StoreError` saying in plain words what went wrong with the file and what to do."""
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    if code in (_BUSY, _LOCKED):
        return StoreError(
            f"{path}: the score database is busy: another program has held it for more than "
            f"{busy_timeout:g} s. Close other copies of the game, or the program that has the "
            "file open, and try again. Nothing was changed.",
            "locked",
        )
    if code in (_READONLY, _CANTOPEN) or "readonly" in str(error):
        return _unwritable(path, str(error))
    if code == _FULL:
        return StoreError(f"{path}: the disk is full. Free some space and try again.", "disk_full")
    if code in (_CORRUPT, _NOTADB) or (isinstance(error, sqlite3.DatabaseError) and code != _IOERR):
        return _damaged(path, str(error))
    reason: Reason = "folder_gone" if code == _IOERR else "other"
    return StoreError(f"{path}: the score database could not be used ({error}).", reason)


def _prepare_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            f"{folder}: cannot create the data folder ({error.strerror}); {_ELSEWHERE}.",
            "folder_gone",
        ) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _unwritable(folder / "scores.sqlite3", "the folder is read-only")


def _check_file(path: Path, busy_timeout: float) -> None:
    if not path.is_file():
        raise StoreError(f"{path}: this is not a file; {_ELSEWHERE}.")
    if not os.access(path, os.R_OK | os.W_OK):
        raise _unwritable(path, "the file is read-only")
    stat = path.stat()
    if stat.st_size == 0 and time.time() - stat.st_mtime > busy_timeout:
        # (a fresh empty file is another game creating the store this moment)
        raise StoreError(
            f"{path}: this score database is empty (0 bytes): whatever it held is gone, perhaps "
            "cut short by a full disk or a failed copy. It was left as it is: restore it from a "
            f"copy or a JSON export (scores merge), delete it to start afresh, or {_ELSEWHERE}.",
            "damaged",
        )
    with path.open("rb") as file:
        header = file.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise StoreError(
            f"{path}: this file is not a score database of this game (it is not an SQLite "
            f"database at all). It was left untouched: move it away, or {_ELSEWHERE}."
        )


def _inspect(connection: sqlite3.Connection, path: Path) -> None:
    """Refuse, without writing anything, a file that is not ours, is newer, or is damaged."""
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if application_id != APPLICATION_ID and (application_id != 0 or tables):
        raise StoreError(
            f"{path}: this is another program's SQLite database, not a score database of this "
            f"game. It was left untouched: move it away, or {_ELSEWHERE}."
        )
    version = version_of(connection)
    if version > LATEST:
        raise StoreError(
            f"{path}: these scores were written by a newer version of the game (format "
            f"{version}; this version reads up to {LATEST}). Update the game to use them; "
            "the file was not changed."
        )
    for query in _first_pages(connection):
        connection.execute(query).fetchall()


def _first_pages(connection: sqlite3.Connection) -> list[str]:
    """A query per table and index that reads its root page and its first leaf: a few pages
    each, so opening takes the same time for a class's scores as for a year's."""
    schema = connection.execute(
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master WHERE rootpage > 0"
    ).fetchall()
    queries = []
    for kind, name, table, sql in schema:
        if kind == "index" and " WHERE " not in sql.upper():  # (a partial index cannot be named)
            queries.append(f"SELECT 1 FROM {_quoted(table)} INDEXED BY {_quoted(name)} LIMIT 1")
        elif kind == "table" and "WITHOUT ROWID" in sql.upper():
            keys = connection.execute(
                "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", (name,)
            ).fetchall()
            order = ", ".join(_quoted(key) for (key,) in keys)
            queries.append(f"SELECT 1 FROM {_quoted(name)} ORDER BY {order} LIMIT 1")
        elif kind == "table":
            queries.append(f"SELECT 1 FROM {_quoted(name)} NOT INDEXED LIMIT 1")
    return queries


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def check_whole_file(connection: sqlite3.Connection, path: Path, busy_timeout: float) -> None:
    """Read every page of the store and check that its tables and indexes agree; StoreError
    naming the first problems found. Takes seconds on a store of a million answers."""
    try:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check(5)")]
    except sqlite3.Error as error:
        raise explain(error, path, busy_timeout) from None
    if problems != ["ok"]:
        raise _damaged(path, "; ".join(problems))


def _configure(connection: sqlite3.Connection) -> None:
    mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode != "wal":
        raise sqlite3.OperationalError(f"cannot switch to WAL mode (got {mode})")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA secure_delete = ON")


def _damaged(path: Path, detail: str) -> StoreError:
    return StoreError(
        f"{path}: the score database is damaged ({detail}). It was left exactly as it was; keep "
        f"a copy for a technician, who may be able to recover it. To go on, {_ELSEWHERE}.",
        "damaged",
    )


def _unwritable(path: Path, detail: str) -> StoreError:
    return StoreError(
        f"{path}: cannot write the score database here ({detail}). Ask for write access to "
        f"this folder, or {_ELSEWHERE}.",
        "read_only",
    )
