"""xAPI 1.0.3 statements from a session's events (see docs/facilitator.md for the mapping).

Statement ids are UUID5 of the team and the event's sequence number, so the same event always
gives the same statement and an LRS stores it once. Actors are pseudonymous accounts: a team is
an Identified Group (account name = team UUID) with its players as members; a knowledge-check
answer is the player's own (account name = team UUID + '/' + nickname). The session UUID is
`context.registration`; objectives go in `context.contextActivities.other`.
`initialized` is ADL's verb (http://adlnet.gov/expapi/verbs/initialized), as the Serious Games
profile's README gives it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

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
from escape_room.scoring.records import Session, Team
from escape_room.scoring.sessiondata import SessionData
from escape_room.scoring.store import StoredEvent

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
_EXTENSIONS = ("attempt", "hints-used", "points", "cost", "phase", "session-code")
EXT = {name: f"{BASE}extensions/{name}" for name in _EXTENSIONS}


def statements(data: SessionData) -> Iterator[Statement]:
    """Every statement of a session: one per event, plus one score per player and check phase."""
    for team in data.teams:
        events = data.events.get(team.id, [])
        group = _group(team)
        for stored in events:
            yield _statement(data.session, team, group, stored)
        yield from _check_scores(data.session, team, events)


def iso_duration(seconds: float) -> str:
    """ISO 8601 duration to the centisecond: 734.5 → 'PT12M14.5S'."""
    hundredths = round(max(seconds, 0.0) * 100)
    hours, rest = divmod(hundredths, 360_000)
    minutes, rest = divmod(rest, 6_000)
    whole, fraction = divmod(rest, 100)
    text = f"{whole}.{fraction:02d}".rstrip("0").rstrip(".")
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + f"{text}S"


def statement_id(*key: str) -> str:
    return str(uuid.uuid5(STATEMENT_NAMESPACE, "/".join(key)))


def _statement(
    session: Session, team: Team, group: dict[str, Any], stored: StoredEvent
) -> Statement:
    event = stored.event
    verb, target, result, parent = _describe(session, event)
    actor = _player(team, event.player) if isinstance(event, CheckAnswered) else group
    statement: Statement = {
        "id": statement_id(team.id, str(stored.seq)),
        "actor": actor,
        "verb": {"id": VERBS[verb], "display": {"en-US": verb}},
        "object": target,
        "context": _context(session, event, parent),
        "timestamp": stored.at,
    }
    if result:
        statement["result"] = result
    return statement


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
        return "answered", _puzzle(room, event.puzzle_id), _answer_result(event), room
    if isinstance(event, HintTaken):
        target = _activity(f"{room}/puzzles/{event.puzzle_id}/hints/{event.hint_index + 1}", "item")
        return (
            "requested",
            target,
            {"extensions": {EXT["cost"]: event.cost}},
            f"{room}/puzzles/{event.puzzle_id}",
        )
    if isinstance(event, Unlocked):
        target = _activity(f"{room}/{event.kind}/{event.target_id}", "item", event.target_id)
        return "unlocked", target, {}, room
    if isinstance(event, RoomEnded):
        return "completed", _activity(room, "level", event.room_id), _room_result(event), None
    return "answered", _check_item(pack, event), _check_result(event), f"{pack}/checks/{event.form}"


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
        raw = min(max(event.score, 0), event.max_score)
        result["score"] = {
            "scaled": round(raw / event.max_score, 4),
            "raw": raw,
            "min": 0,
            "max": event.max_score,
        }
    return result


def _check_result(event: CheckAnswered) -> dict[str, Any]:
    return {"success": event.correct, "response": event.response}


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
        yield {
            "id": statement_id(team.id, player, phase, "scored"),
            "actor": _player(team, player),
            "verb": {"id": VERBS["scored"], "display": {"en-US": "scored"}},
            "object": _activity(
                f"{_pack_iri(session)}/checks/{form}", "assessment", f"form {form}"
            ),
            "result": {
                "score": {
                    "scaled": round(correct / total, 4),
                    "raw": correct,
                    "min": 0,
                    "max": total,
                }
            },
            "context": {
                **_base_context(session),
                "extensions": {**_session_ext(session), EXT["phase"]: phase},
            },
            "timestamp": at,
        }


def _context(session: Session, event: Event, parent: str | None) -> dict[str, Any]:
    context = _base_context(session)
    activities: dict[str, Any] = {
        "grouping": [_activity(_pack_iri(session), "game", session.pack_id)]
    }
    if parent:
        activities["parent"] = [{"objectType": "Activity", "id": parent}]
    objectives = _objectives_of(event)
    if objectives:
        base = _pack_iri(session)
        activities["other"] = [
            _activity(f"{base}/objectives/{o}", "objective", o) for o in objectives
        ]
    context["contextActivities"] = activities
    extensions = _session_ext(session)
    if isinstance(event, CheckAnswered):
        extensions[EXT["phase"]] = event.phase
    context["extensions"] = extensions
    return context


def _base_context(session: Session) -> dict[str, Any]:
    return {"registration": session.uuid, "language": session.language}


def _session_ext(session: Session) -> dict[str, Any]:
    return {EXT["session-code"]: session.code}


def _objectives_of(event: Event) -> tuple[str, ...]:
    if isinstance(event, AnswerGiven):
        return event.objectives
    if isinstance(event, CheckAnswered):
        return (event.objective,)
    return ()


def _pack_iri(session: Session) -> str:
    return f"{BASE}packs/{session.pack_id}"


def _activity(iri: str, kind: str, name: str | None = None) -> dict[str, Any]:
    definition: dict[str, Any] = {"type": TYPES[kind]}
    if name:
        definition["name"] = {"und": name}
    return {"objectType": "Activity", "id": iri, "definition": definition}


def _puzzle(room: str, puzzle_id: str) -> dict[str, Any]:
    target = _activity(f"{room}/puzzles/{puzzle_id}", "interaction", puzzle_id)
    target["definition"]["interactionType"] = "other"
    return target


def _check_item(pack: str, event: CheckAnswered) -> dict[str, Any]:
    target = _activity(
        f"{pack}/checks/{event.form}/items/{event.item_id}", "interaction", event.item_id
    )
    target["definition"]["interactionType"] = "choice"
    return target


def _group(team: Team) -> dict[str, Any]:
    group: dict[str, Any] = {
        "objectType": "Group",
        "name": team.name,
        "account": {"homePage": ACCOUNT_HOME, "name": team.id},
    }
    if team.nicknames:
        group["member"] = [_player(team, nickname) for nickname in team.nicknames]
    return group


def _player(team: Team, nickname: str) -> dict[str, Any]:
    return {
        "objectType": "Agent",
        "name": nickname,
        "account": {"homePage": ACCOUNT_HOME, "name": f"{team.id}/{nickname}"},
    }
