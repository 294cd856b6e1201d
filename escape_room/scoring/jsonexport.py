"""JSON export: whole sessions (teams, every event, and the outcome summary rows), re-importable
with `scores merge`."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from escape_room.scoring.codec import kind_of, to_plain
from escape_room.scoring.files import replacing
from escape_room.scoring.jsonformat import (
    FORMAT_NAME,
    FORMAT_VERSION,
    EventEntry,
    ExportFile,
    SessionEntry,
    TeamEntry,
)
from escape_room.scoring.outcomes import summarise
from escape_room.scoring.records import Team
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


def export_document(sessions: Sequence[SessionData], now: datetime) -> ExportFile:
    return ExportFile(
        format=FORMAT_NAME,
        version=FORMAT_VERSION,
        exported=utc_text(now),
        sessions=[_session(data) for data in sessions],
    )


def write_json(sessions: Sequence[SessionData], path: Path, now: datetime) -> None:
    document = export_document(sessions, now).model_dump(mode="json")
    with replacing(path) as file:
        json.dump(document, file, ensure_ascii=False, indent=1)
        file.write("\n")


def _session(data: SessionData) -> SessionEntry:
    session = data.session
    return SessionEntry(
        uuid=session.uuid,
        code=session.code,
        class_label=session.class_label,
        created=utc_text(session.created),
        pack_id=session.pack_id,
        pack_hash=session.pack_hash,
        language=session.language,
        teams=[_team(team, data.events.get(team.id, [])) for team in data.teams],
        outcomes=summary_rows(summarise(data)),
    )


def _team(team: Team, events: list[StoredEvent]) -> TeamEntry:
    return TeamEntry(
        id=team.id,
        name=team.name,
        nicknames=list(team.nicknames),
        check_forms=team.check_forms,
        created=utc_text(team.created),
        pc=team.pc,
        events=[_event(stored) for stored in events],
    )


def _event(stored: StoredEvent) -> EventEntry:
    return EventEntry(
        seq=stored.seq, at=stored.at, kind=kind_of(stored.event), data=to_plain(stored.event)
    )
