"""One session read from the store its teams and their events, for outcomes and exports."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from escape_room.scoring.records import Session, Team
from escape_room.scoring.store import ScoreStore, StoredEvent


@dataclass(frozen=True)
class SessionData:
    """A session, its teams in order, and each team's events in recording order."""

    session: Session
    teams: list[Team]
    events: Mapping[str, list[StoredEvent]]

    def team(self, team_id: str) -> Team:
        return next(team for team in self.teams if team.id == team_id)


class TeamEvents(Mapping[str, list[StoredEvent]]):
    """Each team's events, read from the store when asked for and not kept: an export holds one
    team's events at a time, however large the session. The store must stay open meanwhile."""

    def __init__(self, store: ScoreStore, team_ids: list[str], kinds: tuple[str, ...]) -> None:
        self._store, self._team_ids, self._kinds = store, team_ids, kinds

    def __getitem__(self, team_id: str) -> list[StoredEvent]:
        if team_id not in self._team_ids:
            raise KeyError(team_id)
        return self._store.team_events(team_id, self._kinds)

    def __iter__(self) -> Iterator[str]:
        return iter(self._team_ids)

    def __len__(self) -> int:
        return len(self._team_ids)


def load_session(
    store: ScoreStore, session_uuid: str, kinds: tuple[str, ...] = (), *, streaming: bool = False
) -> SessionData:
    """What was recorded in a session (only events of `kinds` when given); LookupError when the
    store has no such session. With `streaming`, each team's events are read only when asked for
    (see :class:`TeamEvents`)."""
    session = store.find_session(session_uuid)
    if session is None:
        raise LookupError(f"no session {session_uuid} in {store.path}")
    teams = store.teams(session.uuid)
    if streaming:
        return SessionData(session, teams, TeamEvents(store, [team.id for team in teams], kinds))
    return SessionData(session, teams, store.events(session.uuid, kinds))
