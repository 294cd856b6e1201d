"""JSON export: whole sessions (teams, every event, and the outcome summary rows), re-importable
with `scores merge`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from escape_room.scoring.bulk import many_objects
from escape_room.scoring.files import replacing
from escape_room.scoring.outcomes import TeamOutcome, outcome_of_session, outcome_of_team
from escape_room.scoring.plain import event_record, session_record, team_record
from escape_room.scoring.records import Session, Team
from escape_room.scoring.sessiondata import SessionData
from escape_room.scoring.store import StoredEvent
from escape_room.scoring.summary import summary_rows
from escape_room.scoring.timefmt import utc_text

if TYPE_CHECKING:
    from escape_room.scoring.exports import Extras


class JsonFormat:
    """Whole sessions with every event, as `scores merge` reads them."""

    name, label, suffix = "json", "JSON", ".json"
    tail = "-scores"
    uses_pack = False
    on_screen = False

    def write(self, sessions: Sequence[SessionData], path: Path, extras: Extras) -> list[Path]:
        write_json(sessions, path, extras.now)
        return [path]


JSON = JsonFormat()


def write_json(sessions: Sequence[SessionData], path: Path, now: datetime) -> None:
    """The sessions as one JSON document (the format of `jsonformat`, indented by one space),
    written as it is read: each team's events once, its outcome summed on the way."""
    from escape_room.scoring.jsonformat import FORMAT_NAME, FORMAT_VERSION  # pydantic: not before

    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported": utc_text(now),
        "sessions": _Stream(_session(data) for data in sessions),
    }
    with replacing(path) as file, many_objects():
        _write(file, document, 0)
        file.write("\n")


class _Stream:
    """A list in the document whose items are made only as it is written."""

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items


def _write(file: IO[str], value: Any, depth: int) -> None:
    """`value` as `json.dump(..., indent=1)` writes it at this depth, streaming its _Streams."""
    pad, inner = "\n" + " " * depth, "\n" + " " * (depth + 1)
    if isinstance(value, _Stream):
        file.write("[")
        written = False
        for item in value.items:
            file.write(("," if written else "") + inner)
            _write(file, item, depth + 1)
            written = True
            del item  # a team and its events go before the next team's are read
        file.write(pad + "]" if written else "]")
    elif isinstance(value, dict) and any(isinstance(item, _Stream) for item in value.values()):
        file.write("{")
        for index, (key, item) in enumerate(value.items()):
            file.write(("," if index else "") + inner + json.dumps(key) + ": ")
            _write(file, item, depth + 1)
        file.write(pad + "}")
    else:
        file.write(json.dumps(value, ensure_ascii=False, indent=1).replace("\n", pad))


def _session(data: SessionData) -> dict[str, Any]:
    session = data.session
    outcomes: list[TeamOutcome] = []
    return {
        **session_record(session),
        "teams": _Stream(
            _team(team, data.events.get(team.id, []), outcomes) for team in data.teams
        ),
        "outcomes": _Stream(_summary(session, outcomes)),
    }


def _team(team: Team, events: list[StoredEvent], outcomes: list[TeamOutcome]) -> dict[str, Any]:
    outcomes.append(outcome_of_team(team, events))
    return {**team_record(team), "events": _Stream(map(event_record, events))}


def _summary(session: Session, teams: list[TeamOutcome]) -> Iterator[dict[str, Any]]:
    """The summary rows, made once every team has been written (and its outcome summed)."""
    yield from summary_rows(outcome_of_session(session, teams))
