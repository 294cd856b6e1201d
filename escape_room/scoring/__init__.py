"""Learning outcomes: the SQLite score store, outcomes derived from events, and the exports.

The game opens a :class:`ScoreStore`, starts a session, adds teams and records every event with a
:class:`Recorder`; the debrief and facilitator screens read :func:`team_outcome` and
:func:`session_outcomes`, the same objects the CSV, JSON, xAPI exports and the report use.
No pygame here: time and randomness are passed in.
"""

from escape_room.scoring.errors import ImportProblem, StoreError
from escape_room.scoring.outcomes import SessionOutcome, TeamOutcome, session_outcomes, team_outcome
from escape_room.scoring.records import Session, Team
from escape_room.scoring.store import Recorder, ScoreStore

__all__ = [
    "ImportProblem",
    "Recorder",
    "ScoreStore",
    "Session",
    "SessionOutcome",
    "StoreError",
    "Team",
    "TeamOutcome",
    "session_outcomes",
    "team_outcome",
]
