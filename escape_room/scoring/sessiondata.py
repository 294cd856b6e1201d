"""One session read from the store its teams and their events, for outcomes and exports."""

from __future__ import annotations

from dataclasses import dataclass

from escape_room.scoring.records import Session, Team
from escape_room.scoring.store import ScoreStore, StoredEvent


@dataclass(frozen=True)
class SessionData:
    """A session, its teams in order, and each team's events in recording order."""

    session: Session
    teams: list[Team]
    events: dict[str, list[StoredEvent]]

    def team(self, team_id: str) -> Team:
        return next(team for team in self.teams if team.id == team_id)


def load_session(store: ScoreStore, session_uuid: str, kinds: tuple[str, ...] = ()) -> SessionData:
    """What was recorded in a session (only events of `kinds` when given); LookupError when the
    store has no such session."""
    session = store.find_session(session_uuid)
    if session is None:
        raise LookupError(f"no session {session_uuid} in {store.path}")
    return SessionData(session, store.teams(session.uuid), store.events(session.uuid, kinds))
