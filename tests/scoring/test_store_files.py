"""A file that is damaged, foreign, not SQLite, newer, busy or unwritable: a clear StoreError,
and the file is left byte-for-byte as it was."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from scoring_sample import START, answer, record_sample

from escape_room.scoring.codec import columns, to_values
from escape_room.scoring.errors import StoreError
from escape_room.scoring.store import DB_NAME, ScoreStore

PAGE = 4096


def _refused(data_dir: Path, *words: str) -> str:
    path = data_dir / DB_NAME
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        ScoreStore.open(data_dir, busy_timeout=0.1)
    message = str(caught.value)
    assert str(path) in message
    for word in words:
        assert word in message
    assert path.read_bytes() == before
    return message


def test_a_file_that_is_not_sqlite_is_refused_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / DB_NAME).write_text("name,score\nFoxes,10\n")
    _refused(data_dir, "not an SQLite database", "--data-dir")


def test_another_programs_database_is_refused_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    other = sqlite3.connect(data_dir / DB_NAME)
    other.execute("CREATE TABLE contacts (name TEXT)")
    other.execute("INSERT INTO contacts VALUES ('someone')")
    other.commit()
    other.close()
    _refused(data_dir, "another program's SQLite database")


def test_a_damaged_store_is_refused_untouched(data_dir: Path) -> None:
    with ScoreStore.open(data_dir) as store:
        record_sample(store)
        store.read("PRAGMA wal_checkpoint(TRUNCATE)")
    path = data_dir / DB_NAME
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 2 : page * 2 + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))
    _refused(data_dir, "damaged", "technician")


def _damage_page(path: Path, number: int) -> None:
    """Overwrite the start of page `number` (1 is the first) of a checkpointed store."""
    data = bytearray(path.read_bytes())
    start = (number - 1) * PAGE
    data[start : start + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))


def test_damage_to_the_first_page_of_any_table_or_index_is_refused_on_open(
    data_dir: Path,
) -> None:
    with ScoreStore.open(data_dir) as store:
        record_sample(store)
        store.read("PRAGMA wal_checkpoint(TRUNCATE)")
        roots = store.read("SELECT name, rootpage FROM sqlite_master WHERE rootpage > 1")
    path = data_dir / DB_NAME
    whole = path.read_bytes()
    assert len(roots) > 10
    for name, root in roots:
        _damage_page(path, root)
        with pytest.raises(StoreError, match="damaged") as caught:
            ScoreStore.open(data_dir, busy_timeout=0.1)
        assert "technician" in str(caught.value), name
        path.write_bytes(whole)


def _store_with_many_answers(data_dir: Path, count: int) -> tuple[str, int]:
    """A checkpointed store whose one team has `count` answers; its team id and page count."""
    with ScoreStore.open(data_dir) as store:
        session = store.new_session("7B", "mini", "0123456789abcdef", "en", START)
        team = store.add_team(session.uuid, "Foxes", ["Fox"], START)
        names = ("team_id", "seq", "at", *columns("answer_given"))
        insert = f"INSERT INTO answer_given ({', '.join(names)}) VALUES ({', '.join('?' * 13)})"
        rows = [
            (team.id, n, "2026-03-02T08:30:00.000Z", *to_values(answer("mc", n % 2 == 0)))
            for n in range(1, count + 1)
        ]
        with store.transaction() as db:
            db.executemany(insert, rows)
        store.read("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = store.read("PRAGMA page_count")[0][0]
    return team.id, int(pages)


def test_damage_deep_in_a_table_is_told_when_read_and_by_scores_check(
    data_dir: Path, cli: Callable[..., Any]
) -> None:
    # given a store whose answers fill many pages, one of them damaged far from any first page
    team_id, pages = _store_with_many_answers(data_dir, 3000)
    assert pages > 40
    path = data_dir / DB_NAME
    _damage_page(path, pages - 10)
    before = path.read_bytes()
    # when it is opened, then the open is quick and takes it; reading the damage says so
    with ScoreStore.open(data_dir) as store:
        assert store.sessions()
        with pytest.raises(StoreError, match="damaged") as caught:
            store.team_events(team_id)
        assert "technician" in str(caught.value)
    # and the whole-file check finds it, leaving the file as it was
    checked = cli("scores", "check", "--data-dir", str(data_dir))
    assert checked.code == 1 and "damaged" in checked.err and "Traceback" not in checked.err
    assert path.read_bytes() == before


def test_scores_check_passes_a_sound_store(data_dir: Path, cli: Callable[..., Any]) -> None:
    _store_with_many_answers(data_dir, 3000)
    checked = cli("scores", "check", "--data-dir", str(data_dir))
    assert checked.code == 0 and "no damage found (1 session(s))" in checked.out


def test_a_store_from_a_newer_version_is_refused_untouched(data_dir: Path) -> None:
    ScoreStore.open(data_dir).close()
    db = sqlite3.connect(data_dir / DB_NAME)
    db.execute("PRAGMA user_version = 99")
    db.close()
    _refused(data_dir, "newer version")


def test_a_store_locked_too_long_says_it_is_busy(data_dir: Path) -> None:
    ScoreStore.open(data_dir).close()
    holder = sqlite3.connect(data_dir / DB_NAME, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        message = _refused(data_dir, "busy", "other copies of the game")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "0.1 s" in message


@contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Make files and folders read-only; for root (who may write anyway) also immutable."""
    immutable = os.geteuid() == 0
    if immutable and shutil.which("chattr") is None:
        pytest.skip("root ignores permissions and chattr is missing")
    for path in paths:
        path.chmod(0o555 if path.is_dir() else 0o444)
        if immutable:
            subprocess.run(["chattr", "+i", str(path)], check=True, capture_output=True)
    try:
        yield
    finally:
        for path in paths:
            if immutable:
                subprocess.run(["chattr", "-i", str(path)], check=True, capture_output=True)
            path.chmod(0o755 if path.is_dir() else 0o644)


def test_a_read_only_folder_is_refused(data_dir: Path) -> None:
    data_dir.mkdir()
    with read_only(data_dir), pytest.raises(StoreError) as caught:
        ScoreStore.open(data_dir)
    assert "cannot write" in str(caught.value) and "read-only" in str(caught.value)
    assert list(data_dir.iterdir()) == []


def test_a_read_only_store_is_refused_untouched(data_dir: Path) -> None:
    with ScoreStore.open(data_dir) as store:
        record_sample(store)
    path = data_dir / DB_NAME
    with read_only(path, data_dir):
        message = _refused(data_dir, "cannot write", "read-only")
    assert "--data-dir" in message


def test_a_missing_data_folder_is_made(tmp_path: Path) -> None:
    with ScoreStore.open(tmp_path / "a" / "b") as store:
        assert store.path.is_file()


def test_an_empty_database_file_is_reported_and_left_as_it_is(tmp_path: Path) -> None:
    empty = tmp_path / "scores.sqlite3"
    empty.write_bytes(b"")
    os.utime(empty, (1_700_000_000, 1_700_000_000))  # empty since long ago, not being created
    with pytest.raises(StoreError) as refused:
        ScoreStore.open(tmp_path)
    assert "empty (0 bytes)" in str(refused.value) and str(empty) in str(refused.value)
    assert empty.read_bytes() == b""
