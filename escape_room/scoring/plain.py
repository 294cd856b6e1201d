"""Sessions, teams and events as plain JSON-ready records: the shapes of the JSON export
(`scores export --format json`, read back by `scores merge`), which xAPI statements also carry
in their extensions so that `scores pull` can rebuild what was recorded."""

from __future__ import annotations

from typing import Any

from escape_room.scoring.codec import kind_of, to_plain
from escape_room.scoring.records import Session, Team
from escape_room.scoring.store import StoredEvent
from escape_room.scoring.timefmt import utc_text


def session_record(session: Session) -> dict[str, Any]:
    """The session's own fields, in the export's order (its teams are added by the caller)."""
    return {
        "uuid": session.uuid,
        "code": session.code,
        "class_label": session.class_label,
        "created": utc_text(session.created),
        "pack_id": session.pack_id,
        "pack_hash": session.pack_hash,
        "language": session.language,
    }


def team_record(team: Team) -> dict[str, Any]:
    """The team's own fields, in the export's order (its events are added by the caller)."""
    return {
        "id": team.id,
        "name": team.name,
        "nicknames": list(team.nicknames),
        "check_forms": list(team.check_forms),
        "created": utc_text(team.created),
        "pc": team.pc,
    }


def event_record(stored: StoredEvent) -> dict[str, Any]:
    """One stored event: its sequence number, time, kind and fields."""
    return {
        "seq": stored.seq,
        "at": stored.at,
        "kind": kind_of(stored.event),
        "data": to_plain(stored.event),
    }
