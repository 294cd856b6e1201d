"""The store keeps sessions, teams and events, hands out codes and counterbalanced forms."""

from __future__ import annotations

import itertools
import random
import sqlite3
from dataclasses import dataclass, fields
from pathlib import Path

import pytest
from scoring_sample import START, Clock, Sample, answer

from escape_room.model.events import (
    CheckAnswered,
    Event,
    HintTaken,
    HotspotOpened,
    RoomEnded,
    RoomStarted,
    Unlocked,
)
from escape_room.scoring import codec
from escape_room.scoring.codec import EVENT_KINDS
from escape_room.scoring.records import CODE_ALPHABET, normalise_code
from escape_room.scoring.store import ScoreStore


def test_a_new_store_is_in_wal_mode_with_full_sync_and_our_header(store: ScoreStore) -> None:
    db = sqlite3.connect(store.path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == 3
    assert db.execute("PRAGMA application_id").fetchone()[0] == 0x45526F6D
    assert store.read("PRAGMA synchronous")[0][0] == 2  # FULL
    db.close()


def test_session_codes_are_short_unambiguous_and_found_in_any_spelling(store: ScoreStore) -> None:
    session = store.new_session("7B", "mini", "h", "en", START, random.Random(1))
    letters = session.code.replace("-", "")
    assert len(session.code) == 7 and session.code[3] == "-"
    assert set(letters) <= set(CODE_ALPHABET) and not set(letters) & set("01OILSB5Z")
    assert store.find_session(letters.lower()) == session
    assert store.find_session(session.uuid) == session
    assert store.find_session("nope") is None
    assert normalise_code("k7m 2qx") == "K7M-2QX"


def test_sessions_come_back_as_they_were_made_newest_last(store: ScoreStore) -> None:
    first = store.new_session("7A", "mini", "h", "en", START, random.Random(1))
    later = START.replace(hour=10)
    second = store.new_session("7B", "mini", "h", "lt", later, random.Random(2))
    assert store.sessions() == [first, second]
    assert store.latest_session() == second
    assert second.created.tzinfo is not None and second.language == "lt"


def test_teams_alternate_knowledge_check_forms_on_each_computer(store: ScoreStore) -> None:
    session = store.new_session("7B", "mini", "h", "en", START)
    rng = random.Random(4)
    teams = [store.add_team(session.uuid, f"T{i}", ["p"], START, rng, pc="PC-1") for i in range(4)]
    other = [store.add_team(session.uuid, f"U{i}", ["p"], START, rng, pc="PC-2") for i in range(3)]
    for played in (teams, other):
        forms = [t.check_forms for t in played]
        assert all(f in (("A", "B"), ("B", "A")) for f in forms)
        assert all(a[0] != b[0] for a, b in itertools.pairwise(forms))
    assert store.teams(session.uuid) == teams + other


def test_first_teams_of_many_computers_split_the_forms_evenly(store: ScoreStore) -> None:
    session = store.new_session("7B", "mini", "h", "en", START)
    rng = random.Random(5)
    firsts = [
        store.add_team(session.uuid, "Team", ["p"], START, rng, pc=f"PC-{i}").check_forms[0]
        for i in range(200)
    ]
    assert 80 <= firsts.count("A") <= 120  # one team on each of 200 computers that never met


def test_recorded_events_come_back_in_order_with_their_wall_clock_time(
    store: ScoreStore, sample: Sample
) -> None:
    events = store.events(sample.session.uuid)[sample.team_ids["Lapės"]]
    assert [e.seq for e in events] == list(range(1, 15))
    assert events[0].event == RoomStarted("lab", 600.0)
    assert events[0].at == "2026-03-02T08:30:01.000Z"
    assert events[6].event.response == "Trikampis, šalmas"  # type: ignore[union-attr]


def test_every_kind_of_event_comes_back_exactly_as_recorded(store: ScoreStore) -> None:
    # given a team that recorded every kind of event, with true and false answers, and one
    # team that recorded nothing
    session = store.new_session("7B", "mini", "h", "en", START)
    team, idle = (store.add_team(session.uuid, name, ["p"], START) for name in ("T", "Idle"))
    recorded: list[Event] = [
        RoomStarted("lab", 600.0),
        HotspotOpened("lab", "sign", 5.0),
        answer("order", False, hints=1),
        HintTaken("lab", "order", 0, 5, 8.0),
        answer("order", True, attempt=2),
        Unlocked("lab", "digit", "order", 40.0),
        CheckAnswered("after", "B", "b1", "lo1-crossing", "p", "left", True),
        RoomEnded("lab", False, 600.0, 15, 30, 600.0),
    ]
    recorder = store.recorder(session.uuid, team.id, Clock())
    for event in recorded:
        recorder.record(event)
    # when they are read back, all of them or only some kinds
    everything = store.events(session.uuid)
    answers = store.events(session.uuid, ("answer_given",))
    # then each is equal to what was recorded and of the same types (True, not 1; tuples)
    assert [repr(stored.event) for stored in everything[team.id]] == list(map(repr, recorded))
    assert [stored.seq for stored in answers[team.id]] == [3, 5]
    assert everything[idle.id] == [] and answers[idle.id] == []


def test_an_event_class_that_cannot_be_made_column_by_column_is_refused() -> None:
    @dataclass(frozen=True)
    class Unslotted:
        room_id: str

    @dataclass(frozen=True, slots=True)
    class Checked:
        room_id: str

        def __post_init__(self) -> None:
            assert self.room_id

    for cls in (Unslotted, Checked):
        with pytest.raises(TypeError, match="slotted dataclass without __post_init__"):
            codec._fields(cls)  # type: ignore[arg-type]


def test_every_event_field_has_a_column(store: ScoreStore) -> None:
    for kind, cls in EVENT_KINDS.items():
        table = [row[1] for row in store.read(f"PRAGMA table_info({kind})")]
        assert table == ["team_id", "seq", "at", *(f.name for f in fields(cls))]


def test_an_event_that_cannot_be_written_waits_and_goes_in_with_the_next(
    store: ScoreStore, sample: Sample
) -> None:
    team_id = sample.team_ids["Lapės"]
    recorder = store.recorder(sample.session.uuid, team_id, Clock())
    blocker = sqlite3.connect(store.path, timeout=0)
    blocker.execute("BEGIN IMMEDIATE")
    store._busy_timeout = 0.05
    store._db.execute("PRAGMA busy_timeout = 50")
    try:
        recorder.record(answer("mc", True, attempt=3))
    except Exception as error:
        assert "busy" in str(error)
    assert recorder.pending == 1
    blocker.rollback()
    recorder.record(answer("num", True, attempt=3))
    assert recorder.pending == 0
    kinds = [e.event.puzzle_id for e in store.events(sample.session.uuid)[team_id][-2:]]  # type: ignore[union-attr]
    assert kinds == ["mc", "num"]


def test_deleting_a_session_removes_its_teams_and_events(store: ScoreStore, sample: Sample) -> None:
    other = store.new_session("8A", "mini", "h", "en", START)
    assert store.delete_session(sample.session.code)
    assert store.sessions() == [other]
    assert store.read("SELECT count(*) FROM answer_given")[0][0] == 0
    assert store.read("SELECT count(*) FROM teams")[0][0] == 0
    assert not store.delete_session(sample.session.code)


def test_deleted_answers_leave_no_trace_in_the_file(store: ScoreStore, sample: Sample) -> None:
    store.delete_session(sample.session.code)
    raw = b"".join(path.read_bytes() for path in store.path.parent.glob("scores.sqlite3*"))
    assert "Trikampis, šalmas".encode() not in raw
    assert "Lapės".encode() not in raw


def test_a_naive_clock_is_refused(store: ScoreStore, sample: Sample) -> None:
    recorder = store.recorder(
        sample.session.uuid, sample.team_ids["Lapės"], lambda: START.replace(tzinfo=None)
    )
    try:
        recorder.record(RoomStarted("lab", 600.0))
    except ValueError as error:
        assert "time zone" in str(error)
    else:
        raise AssertionError("a naive datetime was accepted")


def test_reopening_keeps_everything(data_dir: Path, sample: Sample, store: ScoreStore) -> None:
    store.close()
    with ScoreStore.open(data_dir) as again:
        assert again.sessions() == [sample.session]
        assert again.counts(sample.session.uuid) == (2, 15)
