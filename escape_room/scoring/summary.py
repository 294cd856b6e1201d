"""Outcomes flattened into rows: one per team and objective, plus '(all)' and class rows.

The CSV summary file, the `outcomes` of a JSON export and the report's tables all come from
these rows, so every export shows the same figures. Fractions are 0–1 with four decimals;
an undefined figure (no answers, or a gain when `before` was already 1) is None.
"""

from __future__ import annotations

from typing import Any

from escape_room.scoring.outcomes import (
    Knowledge,
    ObjectiveOutcome,
    SessionOutcome,
    Tally,
    TeamOutcome,
)

ALL = "(all)"
SUMMARY_COLUMNS = (
    "session",
    "class",
    "level",
    "team",
    "objective",
    "puzzles",
    "first_try_correct",
    "first_try_rate",
    "attempts",
    "hints",
    "seconds",
    "check_before",
    "check_after",
    "gain",
    "check_before_answers",
    "check_after_answers",
    "room_score",
    "room_max",
    "rooms_escaped",
    "rooms_played",
    "room_seconds",
)


def fraction(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def summary_rows(outcome: SessionOutcome) -> list[dict[str, Any]]:
    """Rows per team (each objective, then '(all)'), then the class rows the same way."""
    rows: list[dict[str, Any]] = []
    for team in outcome.teams:
        rows.extend(_rows(outcome, "team", team.team.name, team.objectives, _team_total(team)))
        rows[-1].update(_rooms([team]))
    rows.extend(_rows(outcome, "class", "", outcome.objectives, _class_total(outcome)))
    rows[-1].update(_rooms(outcome.teams))
    return [{column: row.get(column) for column in SUMMARY_COLUMNS} for row in rows]


def _rows(
    outcome: SessionOutcome,
    level: str,
    team: str,
    objectives: dict[str, ObjectiveOutcome],
    total: ObjectiveOutcome,
) -> list[dict[str, Any]]:
    head = {"session": outcome.session.code, "class": outcome.session.class_label}
    return [
        {**head, "level": level, "team": team, **_objective(item)}
        for item in [*objectives.values(), total]
    ]


def _objective(item: ObjectiveOutcome) -> dict[str, Any]:
    return {
        "objective": item.objective,
        "puzzles": item.puzzles,
        "first_try_correct": item.first_try_correct,
        "first_try_rate": fraction(item.first_try_rate),
        "attempts": item.attempts,
        "hints": item.hints,
        "seconds": round(item.seconds, 3),
        "check_before": fraction(item.knowledge.before.fraction),
        "check_after": fraction(item.knowledge.after.fraction),
        "gain": fraction(item.knowledge.gain),
        "check_before_answers": item.knowledge.before.total,
        "check_after_answers": item.knowledge.after.total,
    }


def _team_total(team: TeamOutcome) -> ObjectiveOutcome:
    return _total(
        team.first_try, team.puzzles_attempts, team.hints, team.puzzle_seconds, team.knowledge
    )


def _class_total(outcome: SessionOutcome) -> ObjectiveOutcome:
    teams = outcome.teams
    return _total(
        outcome.first_try,
        sum(team.puzzles_attempts for team in teams),
        sum(team.hints for team in teams),
        sum(team.puzzle_seconds for team in teams),
        outcome.knowledge,
    )


def _total(
    first_try: Tally, attempts: int, hints: int, seconds: float, knowledge: Knowledge
) -> ObjectiveOutcome:
    return ObjectiveOutcome(
        ALL, first_try.total, first_try.correct, attempts, hints, seconds, knowledge
    )


def _rooms(teams: list[TeamOutcome]) -> dict[str, Any]:
    return {
        "room_score": sum(team.score for team in teams),
        "room_max": sum(team.max_score for team in teams),
        "rooms_escaped": sum(team.escaped for team in teams),
        "rooms_played": sum(len(team.rooms) for team in teams),
        "room_seconds": round(sum(team.seconds for team in teams), 3),
    }
