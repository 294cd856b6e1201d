"""xAPI 1.0.3 statements from a session's events (see docs/facilitator.md for the mapping).

Statement ids are UUID5 of the team and the event's sequence number, so the same event always
gives the same statement and an LRS stores it once. Actors are pseudonymous accounts: a team is
an Identified Group (account name = team UUID) with its players as members; a knowledge-check
answer is the player's own (account name = team UUID + '/' + nickname). The session UUID is
`context.registration`; objectives go in `context.contextActivities.other`.
`initialized` is ADL's verb (http://adlnet.gov/expapi/verbs/initialized), as the Serious Games
profile's README gives it.

Statements are lossless: `context.extensions` carries the session and team records and
`result.extensions` the event record, each as the JSON export writes it (see
:mod:`escape_room.scoring.plain`), so :func:`decode` rebuilds the event exactly and `scores pull`
rebuilds a class from an LRS. Only the knowledge-check scores, made from several events, carry
no event record.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from escape_room.model.events import (
    AnswerGiven,
    CheckAnswered,
    Event,
    HintTaken,
    HotspotOpened,
    RoomEnded,
    RoomStarted,
    Unlocked,
)
from escape_room.scoring.bulk import many_objects
from escape_room.scoring.codec import from_plain
from escape_room.scoring.files import replacing
from escape_room.scoring.plain import event_record, session_record, team_record
from escape_room.scoring.records import Session, Team
from escape_room.scoring.sessiondata import SessionData
from escape_room.scoring.store import StoredEvent
from escape_room.scoring.timefmt import parse_utc

if TYPE_CHECKING:
    from escape_room.scoring.exports import Extras

Statement = dict[str, Any]
BASE = "https://escape-room.invalid/xapi/"
"""Base of our own IRIs: identifiers only (the reserved `.invalid` domain is never a web site)."""
ACCOUNT_HOME = "https://escape-room.invalid/accounts"
STATEMENT_NAMESPACE = uuid.UUID("6f0d7a3e-55c1-5b43-9a1e-0e5c2b1f6a10")
ADL = "http://adlnet.gov/expapi/verbs/"
SG = "https://w3id.org/xapi/seriousgames/"
ACTIVITY = "http://adlnet.gov/expapi/activities/"
VERBS = {
    "initialized": ADL + "initialized",
    "accessed": SG + "verbs/accessed",
    "answered": ADL + "answered",
    "requested": "https://w3id.org/xapi/adb/verbs/requested",
    "unlocked": SG + "verbs/unlocked",
    "completed": ADL + "completed",
    "scored": ADL + "scored",
}
TYPES = {
    "game": SG + "activity-types/serious-game",
    "level": SG + "activity-types/level",
    "area": SG + "activity-types/area",
    "item": SG + "activity-types/item",
    "interaction": ACTIVITY + "cmi.interaction",
    "assessment": ACTIVITY + "assessment",
    "objective": ACTIVITY + "objective",
}
_EXTENSIONS = (
    "attempt", "hints-used", "points", "cost", "phase", "session-code", "session", "team", "event"
)  # fmt: skip
EXT = {name: f"{BASE}extensions/{name}" for name in _EXTENSIONS}
_VERB = {name: {"id": iri, "display": {"en-US": name}} for name, iri in VERBS.items()}
_SHARED = frozenset({"actor", "verb", "object", "context"})
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def statements(data: SessionData, playing: str | None = None) -> Iterator[Statement]:
    """Every statement of a session: one per event, plus one score per player and check phase.

    `playing` names a team still at play: its scores, which change with each answer, are left
    out until it is done. Statements share their actor, verb, object and context dicts: copy one
    before changing it.
    """
    for team in data.teams:
        events = data.events.get(team.id, [])
        for stored in events:
            yield _statement(data.session, team, stored)
        if team.id != playing:
            yield from _check_scores(data.session, team, events)
        del events  # before the next team's are read: one team's events in memory at a time


class Decoded(NamedTuple):
    """What one statement was made from: the event as it was stored, its team and session."""

    session: Session
    team: Team
    stored: StoredEvent


Records = tuple[dict[str, Any], dict[str, Any], dict[str, Any]]


def records(statement: Statement) -> Records | None:
    """The plain session, team and event records a statement carries, as the JSON export writes
    them; None for a knowledge-check score (made from several events). ValueError for a
    statement without them."""
    context = statement.get("context")
    extensions = context.get("extensions") if isinstance(context, dict) else None
    if not isinstance(extensions, dict) or EXT["team"] not in extensions:
        raise ValueError(
            "it carries no team record of this game (it was made by another program, or by a"
            " version of the game from before statements carried their events)"
        )
    result = statement.get("result")
    held = result.get("extensions") if isinstance(result, dict) else None
    event = held.get(EXT["event"]) if isinstance(held, dict) else None
    verb = statement.get("verb")
    if event is None and isinstance(verb, dict) and verb.get("id") == VERBS["scored"]:
        return None
    found = (extensions.get(EXT["session"]), extensions[EXT["team"]], event)
    if not all(isinstance(record, dict) for record in found):
        raise ValueError("its session, team or event record is missing or not a JSON object")
    return found  # type: ignore[return-value]  # each checked to be a dict just above


def decode(statement: Statement) -> Decoded | None:
    """The event a statement was made from, exactly, with its team and session (the inverse of
    the statements made here); None for a knowledge-check score. ValueError when the statement
    carries no records or they do not fit the export format."""
    found = records(statement)
    if found is None:
        return None
    from escape_room.scoring.jsonformat import SessionEntry  # pydantic: only when decoding

    session, team, event = found
    entry = SessionEntry.model_validate({**session, "teams": [{**team, "events": [event]}]})
    team_entry = entry.teams[0]
    event_entry = team_entry.events[0]
    try:
        made = from_plain(event_entry.kind, event_entry.data)
    except KeyError:
        raise ValueError(f"it records an unknown kind of event, {event_entry.kind!r}") from None
    return Decoded(
        Session(
            entry.uuid, entry.code, entry.class_label, parse_utc(entry.created),
            entry.pack_id, entry.pack_hash, entry.language,
        ),
        Team(
            team_entry.id, entry.uuid, team_entry.name, tuple(team_entry.nicknames),
            team_entry.check_forms, parse_utc(team_entry.created), team_entry.pc,
        ),
        StoredEvent(event_entry.seq, event_entry.at, made),
    )  # fmt: skip


class XapiFormat:
    """Every statement of the sessions, as one JSON array."""

    name, label, suffix = "xapi", "xAPI", ".json"
    tail = "-xapi"
    uses_pack = False
    on_screen = False

    def write(self, sessions: Sequence[SessionData], path: Path, extras: Extras) -> list[Path]:
        write_xapi(sessions, path)
        return [path]


XAPI = XapiFormat()


def write_xapi(sessions: Sequence[SessionData], path: Path) -> None:
    """All statements of the sessions as one JSON array, written one statement at a time."""
    encode = StatementEncoder()
    with replacing(path) as file, many_objects():
        file.write("[")
        for index, statement in enumerate(s for data in sessions for s in statements(data)):
            file.write(",\n" if index else "\n")
            file.write(encode(statement))
        file.write("\n]\n")


class StatementEncoder:
    """Compact JSON of statements; the shared parts (actor, verb, object, context) are encoded
    once each and reused, which makes a 100,000-statement export several times faster."""

    def __init__(self) -> None:
        self._memo: dict[int, tuple[object, str]] = {}

    def __call__(self, statement: Statement) -> str:
        parts = (
            f"{_dumps(key)}:{self._shared(value) if key in _SHARED else _dumps(value)}"
            for key, value in statement.items()
        )
        return "{" + ",".join(parts) + "}"

    def _shared(self, value: object) -> str:
        entry = self._memo.get(id(value))
        if entry is None or entry[0] is not value:  # the memo keeps `value` alive: ids stay unique
            entry = (value, _dumps(value))
            self._memo[id(value)] = entry
        return entry[1]


def iso_duration(seconds: float) -> str:
    """ISO 8601 duration to the centisecond: 734.5 → 'PT12M14.5S' (a time the game never
    records, negative, not a number or beyond 10⁹ s, is given as 0 or 10⁹ s; the statement's
    event record keeps the exact value)."""
    hundredths = round(min(max(seconds, 0.0), 1e9) * 100) if seconds == seconds else 0
    hours, rest = divmod(hundredths, 360_000)
    minutes, rest = divmod(rest, 6_000)
    whole, fraction = divmod(rest, 100)
    text = f"{whole}.{fraction:02d}".rstrip("0").rstrip(".")
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + f"{text}S"


def statement_id(*key: str) -> str:
    """UUID version 5 of the key parts joined by '/' (as `uuid.uuid5`, without its overhead)."""
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + "/".join(key).encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    text = digest.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


_NAMESPACE_BYTES = STATEMENT_NAMESPACE.bytes


def _statement(session: Session, team: Team, stored: StoredEvent) -> Statement:
    event = stored.event
    verb, target, result, parent = _describe(session, event)
    actor = _player(team, event.player) if isinstance(event, CheckAnswered) else _group(team)
    statement: Statement = {
        "id": statement_id(team.id, str(stored.seq)),
        "actor": actor,
        "verb": _VERB[verb],
        "object": target,
        "context": _context(session, team, parent, _objectives_of(event), _phase_of(event)),
        "timestamp": stored.at,
        "result": {**result, "extensions": {**result.get("extensions", {}), **_event_ext(stored)}},
    }
    return statement


def _event_ext(stored: StoredEvent) -> dict[str, Any]:
    return {EXT["event"]: event_record(stored)}


def _describe(
    session: Session, event: Event
) -> tuple[str, dict[str, Any], dict[str, Any], str | None]:
    """Verb, object, result and parent activity IRI of an event."""
    pack = _pack_iri(session)
    room = f"{pack}/rooms/{getattr(event, 'room_id', '')}"
    if isinstance(event, RoomStarted):
        return "initialized", _activity(room, "level", event.room_id), {}, None
    if isinstance(event, HotspotOpened):
        target = _activity(f"{room}/hotspots/{event.hotspot_id}", "area", event.hotspot_id)
        return "accessed", target, {}, room
    if isinstance(event, AnswerGiven):
        puzzle = f"{room}/puzzles/{event.puzzle_id}"
        target = _activity(puzzle, "interaction", event.puzzle_id, "other")
        return "answered", target, _answer_result(event), room
    if isinstance(event, HintTaken):
        puzzle = f"{room}/puzzles/{event.puzzle_id}"
        target = _activity(f"{puzzle}/hints/{event.hint_index + 1}", "item")
        return "requested", target, {"extensions": {EXT["cost"]: event.cost}}, puzzle
    if isinstance(event, Unlocked):
        target = _activity(f"{room}/{event.kind}/{event.target_id}", "item", event.target_id)
        return "unlocked", target, {}, room
    if isinstance(event, RoomEnded):
        return "completed", _activity(room, "level", event.room_id), _room_result(event), None
    form = f"{pack}/checks/{event.form}"
    target = _activity(f"{form}/items/{event.item_id}", "interaction", event.item_id, "choice")
    return "answered", target, {"success": event.correct, "response": event.response}, form


def _answer_result(event: AnswerGiven) -> dict[str, Any]:
    return {
        "success": event.correct,
        "response": event.response,
        "duration": iso_duration(event.seconds_on_task),
        "extensions": {
            EXT["attempt"]: event.attempt,
            EXT["hints-used"]: event.hints_used,
            EXT["points"]: event.points,
        },
    }


def _room_result(event: RoomEnded) -> dict[str, Any]:
    result: dict[str, Any] = {
        "success": event.escaped,
        "completion": True,
        "duration": iso_duration(event.seconds),
    }
    if event.max_score > 0:
        result["score"] = _score(min(max(event.score, 0), event.max_score), event.max_score)
    return result


def _score(raw: int, top: int) -> dict[str, Any]:
    return {"scaled": round(raw / top, 4), "raw": raw, "min": 0, "max": top}


def _check_scores(session: Session, team: Team, events: list[StoredEvent]) -> Iterator[Statement]:
    """Per player and phase: how many knowledge-check items were right, as `scored`."""
    tallies: dict[tuple[str, str, str], list[Any]] = {}
    for stored in events:
        event = stored.event
        if isinstance(event, CheckAnswered):
            tally = tallies.setdefault((event.player, event.phase, event.form), [0, 0, stored.at])
            tally[0] += event.correct
            tally[1] += 1
            tally[2] = stored.at
    for (player, phase, form), (correct, total, at) in tallies.items():
        form_iri = f"{_pack_iri(session)}/checks/{form}"
        yield {
            "id": statement_id(team.id, player, phase, "scored"),
            "actor": _player(team, player),
            "verb": _VERB["scored"],
            "object": _activity(form_iri, "assessment", f"form {form}"),
            "result": {"score": _score(correct, total)},
            "context": _context(session, team, None, (), phase),
            "timestamp": at,
        }


@lru_cache(maxsize=4096)
def _context(
    session: Session,
    team: Team,
    parent: str | None,
    objectives: tuple[str, ...],
    phase: str | None,
) -> dict[str, Any]:
    pack = _pack_iri(session)
    activities: dict[str, Any] = {"grouping": [_activity(pack, "game", session.pack_id)]}
    if parent:
        activities["parent"] = [{"objectType": "Activity", "id": parent}]
    if objectives:
        activities["other"] = [
            _activity(f"{pack}/objectives/{o}", "objective", o) for o in objectives
        ]
    extensions: dict[str, Any] = {EXT["session-code"]: session.code}
    if phase:
        extensions[EXT["phase"]] = phase
    extensions[EXT["session"]] = _session_record(session)
    extensions[EXT["team"]] = _team_record(team)
    context: dict[str, Any] = {"registration": session.uuid, "language": session.language}
    if parent or objectives or not phase:
        context["contextActivities"] = activities
    context["extensions"] = extensions
    return context


def _objectives_of(event: Event) -> tuple[str, ...]:
    if isinstance(event, AnswerGiven):
        return event.objectives
    if isinstance(event, CheckAnswered):
        return (event.objective,)
    return ()


def _phase_of(event: Event) -> str | None:
    return event.phase if isinstance(event, CheckAnswered) else None


def _pack_iri(session: Session) -> str:
    return f"{BASE}packs/{session.pack_id}"


@lru_cache(maxsize=4096)
def _activity(
    iri: str, kind: str, name: str | None = None, interaction: str | None = None
) -> dict[str, Any]:
    definition: dict[str, Any] = {"type": TYPES[kind]}
    if name:
        definition["name"] = {"und": name}
    if interaction:
        definition["interactionType"] = interaction
    return {"objectType": "Activity", "id": iri, "definition": definition}


@lru_cache(maxsize=1024)
def _group(team: Team) -> dict[str, Any]:
    group: dict[str, Any] = {
        "objectType": "Group",
        "name": team.name,
        "account": {"homePage": ACCOUNT_HOME, "name": team.id},
    }
    if team.nicknames:
        group["member"] = [_player(team, nickname) for nickname in team.nicknames]
    return group


@lru_cache(maxsize=4096)
def _player(team: Team, nickname: str) -> dict[str, Any]:
    return {
        "objectType": "Agent",
        "name": nickname,
        "account": {"homePage": ACCOUNT_HOME, "name": f"{team.id}/{nickname}"},
    }


@lru_cache(maxsize=64)
def _session_record(session: Session) -> dict[str, Any]:
    return session_record(session)


@lru_cache(maxsize=1024)
def _team_record(team: Team) -> dict[str, Any]:
    return team_record(team)
