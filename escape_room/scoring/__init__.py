"""Learning outcomes: the SQLite score store, outcomes derived from events, and the exports.

The game opens a :class:`ScoreStore`, starts a session, adds teams and records every event with a
:class:`Recorder`; the debrief and facilitator screens read :func:`team_outcome` and
:func:`session_outcomes`, the same objects the CSV, JSON, xAPI exports and the report use.
No pygame here: time and randomness are passed in.
"""

from __future__ import annotations

import importlib
from typing import Any

_MODULES = {
    "ImportProblem": "errors",
    "StoreError": "errors",
    "SessionOutcome": "outcomes",
    "TeamOutcome": "outcomes",
    "session_outcomes": "outcomes",
    "team_outcome": "outcomes",
    "Session": "records",
    "Team": "records",
    "Recorder": "store",
    "ScoreStore": "store",
}
__all__ = sorted(_MODULES)


def __getattr__(name: str) -> Any:
    """The names above, each imported from its module when first asked for, so the game can
    open the store without loading the outcomes and the exports."""
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_MODULES[name]}"), name)
