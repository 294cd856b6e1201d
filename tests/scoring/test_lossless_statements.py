"""Every recorded event survives the trip to an xAPI statement and back, exactly: the statement
carries the event, its team and its session, and still passes Ralph's strict model."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import datetime, timezone
from typing import Any, get_type_hints

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ralph.models.xapi.base.statements import BaseXapiStatement
from scoring_sample import Sample

from escape_room.model.events import Event
from escape_room.scoring.codec import EVENT_KINDS
from escape_room.scoring.limits import MAX_SECONDS, problem_of
from escape_room.scoring.records import CODE_ALPHABET, Session, Team, session_uuid
from escape_room.scoring.sessiondata import SessionData, load_session
from escape_room.scoring.store import ScoreStore, StoredEvent
from escape_room.scoring.timefmt import parse_utc, utc_text
from escape_room.scoring.xapi import EXT, decode, records, statements

SLUGS = st.from_regex(r"[a-z0-9][a-z0-9-]{0,11}", fullmatch=True)
"""Ids (rooms, puzzles, objectives, packs) as packs write them: they become parts of IRIs."""
TEXTS = st.text(min_size=1, max_size=30)
SECONDS = st.one_of(st.floats(0, MAX_SECONDS), st.floats(allow_nan=False, allow_infinity=False))
"""Mostly times the game's limits allow; some it never records, which must round-trip too."""
TIMES = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.just(timezone.utc)
).map(lambda moment: parse_utc(utc_text(moment)))  # to the millisecond, as the store keeps it


def _field_strategy(name: str, hint: Any) -> st.SearchStrategy[Any] | None:
    if name.endswith("_id") or name == "objective":
        return SLUGS
    if name == "objectives":
        return st.lists(SLUGS, max_size=3).map(tuple)
    if hint is float:
        return SECONDS
    if hint is str:
        return TEXTS
    return None  # hypothesis infers it from the type (ints, booleans, literals)


def _events(cls: type[Event]) -> st.SearchStrategy[Event]:
    hints = get_type_hints(cls)
    chosen = {f.name: _field_strategy(f.name, hints[f.name]) for f in fields(cls)}
    return st.builds(cls, **{name: s for name, s in chosen.items() if s is not None})


SESSIONS = st.builds(
    lambda letters, label, created, pack, pack_hash, language: Session(
        session_uuid(f"{letters[:3]}-{letters[3:]}"), f"{letters[:3]}-{letters[3:]}", label,
        created, pack, pack_hash, language,
    ),
    st.text(alphabet=CODE_ALPHABET, min_size=6, max_size=6),
    st.text(max_size=12), TIMES, SLUGS, st.text(alphabet="0123456789abcdef", max_size=16),
    st.sampled_from(["en", "lt"]),
)  # fmt: skip


def _team(session: Session) -> st.SearchStrategy[Team]:
    return st.builds(
        Team,
        id=st.uuids(version=4).map(str),
        session_uuid=st.just(session.uuid),
        name=TEXTS,
        nicknames=st.lists(TEXTS, max_size=4, unique=True).map(tuple),
        check_forms=st.sampled_from([("A", "B"), ("B", "A")]),
        created=TIMES,
        pc=st.text(max_size=12),
    )


@st.composite
def _recorded(draw: st.DrawFn, kind: str) -> tuple[Session, Team, StoredEvent]:
    session = draw(SESSIONS)
    team = draw(_team(session))
    event = draw(_events(EVENT_KINDS[kind]))
    stored = StoredEvent(draw(st.integers(1, 10**6)), utc_text(draw(TIMES)), event)
    return session, team, stored


@pytest.mark.parametrize("kind", sorted(EVENT_KINDS))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_event_kind_goes_to_a_statement_and_back_unchanged(kind: str, data: Any) -> None:
    # given an event of this kind, recorded by a team of a session
    session, team, stored = data.draw(_recorded(kind))
    made = list(statements(SessionData(session, [team], {team.id: [stored]})))
    # when its statement crosses the wire (JSON) and is decoded
    statement = json.loads(json.dumps(made[0], ensure_ascii=False))
    if problem_of(stored.event) is None:  # what the game can record passes Ralph's model
        BaseXapiStatement.model_validate(statement)
    # then the same event, team and session come back
    assert decode(statement) == (session, team, stored)
    for score in made[1:]:  # a knowledge-check score is made from several events: no event
        BaseXapiStatement.model_validate(score)
        assert decode(score) is None


def test_every_statement_of_a_recorded_session_decodes_to_its_event(
    store: ScoreStore, sample: Sample
) -> None:
    data = load_session(store, sample.session.uuid)
    decoded = [decode(s) for s in statements(data)]
    events = [(d.team.id, d.stored) for d in decoded if d is not None]
    assert events == [(t.id, stored) for t in data.teams for stored in data.events[t.id]]
    assert all(d.session == sample.session for d in decoded if d is not None)
    assert sum(d is None for d in decoded) == 8  # the scores: per player and check phase


def test_a_statement_without_our_records_is_refused_with_a_reason(
    store: ScoreStore, sample: Sample
) -> None:
    statement = next(statements(load_session(store, sample.session.uuid)))
    foreign = {**statement, "context": {"registration": sample.session.uuid}}
    with pytest.raises(ValueError, match="no team record"):
        records(foreign)
    damaged = json.loads(json.dumps(statement))
    damaged["result"]["extensions"][EXT["event"]]["data"]["elapsed"] = "soon"
    with pytest.raises(ValueError, match="elapsed"):
        decode(damaged)
