"""Exports stream: a session read with `streaming=True` hands out one team's events at a time,
and the CSV, JSON and xAPI writers let go of each team's events before they ask for the next
team's, writing exactly what they write from a session read whole."""

from __future__ import annotations

import weakref
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from golden_store import EXPORTED_AT, build_store

from escape_room.scoring.exports import FORMATS, Extras
from escape_room.scoring.sessiondata import SessionData, TeamEvents, load_session
from escape_room.scoring.store import ScoreStore, StoredEvent


class _Events(list[StoredEvent]):
    """A team's events that can be watched for being let go."""

    __hash__ = object.__hash__  # type: ignore[assignment]


class _Watched(Mapping[str, list[StoredEvent]]):
    """Each team's events, noting how many earlier teams' events are still held when asked."""

    def __init__(self, events: Mapping[str, list[StoredEvent]]) -> None:
        self._events = events
        self.alive: weakref.WeakSet[_Events] = weakref.WeakSet()
        self.held_when_asked: list[int] = []

    def __getitem__(self, team_id: str) -> list[StoredEvent]:
        self.held_when_asked.append(len(self.alive))
        events = _Events(self._events[team_id])
        self.alive.add(events)
        return events

    def __iter__(self) -> Iterator[str]:
        return iter(self._events)

    def __len__(self) -> int:
        return len(self._events)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ScoreStore]:
    build_store(tmp_path / "data")
    with ScoreStore.open(tmp_path / "data") as opened:
        yield opened


def _sessions(store: ScoreStore, streaming: bool) -> list[SessionData]:
    return [load_session(store, s.uuid, streaming=streaming) for s in store.sessions()]


def test_a_streaming_session_reads_a_team_only_when_asked(store: ScoreStore) -> None:
    [data, *_] = _sessions(store, streaming=True)
    assert isinstance(data.events, TeamEvents)
    assert list(data.events) == [team.id for team in data.teams]
    whole = store.events(data.session.uuid)
    assert {team_id: data.events[team_id] for team_id in data.events} == whole
    with pytest.raises(KeyError):
        data.events["no-such-team"]


@pytest.mark.parametrize("name", ["csv", "json", "xapi"])
def test_each_team_is_let_go_before_the_next_is_read_and_the_files_are_the_same(
    store: ScoreStore, tmp_path: Path, name: str
) -> None:
    fmt = FORMATS[name]
    extras = Extras(EXPORTED_AT)
    whole = fmt.write(_sessions(store, streaming=False), tmp_path / f"whole{fmt.suffix}", extras)
    streamed = _sessions(store, streaming=True)
    watched = [_Watched(data.events) for data in streamed]
    sessions = [
        SessionData(data.session, data.teams, events)
        for data, events in zip(streamed, watched, strict=True)
    ]
    written = fmt.write(sessions, tmp_path / f"streamed{fmt.suffix}", extras)
    asked = [held for events in watched for held in events.held_when_asked]
    assert len(asked) == sum(len(data.teams) for data in sessions) > 1
    assert asked == [0] * len(asked), "an earlier team's events were still held"
    for mine, theirs in zip(written, whole, strict=True):
        assert mine.read_bytes() == theirs.read_bytes()
