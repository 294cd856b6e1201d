"""A class's progress as it plays, from its xAPI statements: what the projector dashboard shows.

Statements go in as an LRS returns them, in any order and more than once (a live view re-reads
an overlap window): each is counted once, by its id. Out come one row per team — its room,
puzzles solved of the room's total, hints, score, time left, and whether it is stuck (no
progress for a while) or has not started (seen, but no puzzle answered; a team seen only by
its players' quiz answers shows as their nicknames in brackets) — and the learning
objectives most missed so far. The time is passed in, so the same statements at the same time
give the same view. Rooms' sizes and time limits come from the pack (`RoomPlan`), which the
statements do not carry. No pygame here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, NamedTuple

from escape_room.content.pack import Pack
from escape_room.content.text import resolve
from escape_room.scoring.timefmt import parse_utc
from escape_room.scoring.xapi import EXT, VERBS, Statement

Status = Literal["not_started", "playing", "stuck", "done"]
STUCK_AFTER = 180.0
"""Seconds without progress after which a team in a room counts as stuck (by default)."""
MOST_MISSED = 3
_KINDS = {VERBS[name]: name for name in ("initialized", "answered", "requested", "unlocked")}
_KINDS[VERBS["completed"]] = "completed"


@dataclass(frozen=True)
class RoomPlan:
    """What the pack says about a room: its title, how many puzzles it has, its time limit."""

    title: str
    puzzles: int
    time_limit: float


def room_plans(pack: Pack, lang: str) -> dict[str, RoomPlan]:
    """Each room of the pack: its title in `lang`, number of puzzles and time limit."""
    first = pack.model.languages[0]
    return {
        room.id: RoomPlan(
            resolve(room.model.title, lang, first), len(room.puzzles), room.model.time_limit
        )
        for room in pack.rooms
    }


@dataclass(frozen=True)
class TeamProgress:
    """One team's row. `time_left` is None outside a room; `escaped` tells how a room ended."""

    team_id: str
    name: str
    status: Status
    room: str
    solved: int
    puzzles: int
    hints: int
    score: int
    time_left: float | None
    escaped: bool | None = None


@dataclass(frozen=True)
class MissedObjective:
    """A learning objective with how many puzzle answers about it were wrong, of all."""

    objective: str
    wrong: int
    answers: int


@dataclass(frozen=True)
class ClassProgress:
    teams: list[TeamProgress]
    missed: list[MissedObjective]

    def count(self, status: Status) -> int:
        return sum(team.status == status for team in self.teams)


class _Fact(NamedTuple):
    """What a statement says that the dashboard shows."""

    at: datetime
    kind: str
    room: str
    puzzle: str
    correct: bool
    points: int
    objectives: tuple[str, ...]


@dataclass
class _Team:
    """A team's facts so far, and its row without the parts that change with the time."""

    team_id: str
    first_seen: datetime
    name: str = ""
    members: list[str] = field(default_factory=list)
    facts: list[_Fact] = field(default_factory=list)
    summary: _Summary | None = None


class _Summary(NamedTuple):
    room: str
    started: datetime | None
    last_progress: datetime | None
    ended: bool | None
    solved: int
    hints: int
    score: int
    answered: bool


class ProgressModel:
    """Takes statements (`add`), gives the class's progress at a moment (`progress`)."""

    def __init__(
        self, rooms: Mapping[str, RoomPlan] | None = None, stuck_after: float = STUCK_AFTER
    ) -> None:
        self.rooms = dict(rooms or {})
        self.stuck_after = stuck_after
        self.latest: datetime | None = None
        """The latest statement timestamp seen: where the next `since` read starts."""
        self._seen: set[str] = set()
        self._teams: dict[str, _Team] = {}
        self._misses: dict[str, list[int]] = {}

    def add(self, statements: Iterable[Statement]) -> int:
        """Take statements in; returns how many were new (the others were seen before)."""
        new = 0
        for statement in statements:
            key = str(statement.get("id", ""))
            if not key or key in self._seen:
                continue
            self._seen.add(key)
            new += self._take(statement)
        return new

    def _take(self, statement: Statement) -> int:
        team_id, player = _team_of(statement.get("actor"))
        stamp = statement.get("timestamp")
        if not team_id or not isinstance(stamp, str):
            return 0
        at = parse_utc(stamp)
        self.latest = at if self.latest is None else max(self.latest, at)
        team = self._teams.get(team_id)
        if team is None:
            team = self._teams[team_id] = _Team(team_id, at)
        team.first_seen = min(team.first_seen, at)
        if player is None:
            team.name = str(statement["actor"].get("name") or team.name)
        elif player not in team.members:
            team.members.append(player)
        fact = _fact(statement, at)
        if fact is not None:
            team.facts.append(fact)
            team.summary = None
            if fact.kind == "answered" and fact.puzzle:
                for objective in fact.objectives:
                    tally = self._misses.setdefault(objective, [0, 0])
                    tally[0] += not fact.correct
                    tally[1] += 1
        return 1

    def progress(self, now: datetime) -> ClassProgress:
        """Every team seen, in the order they joined, and the objectives most missed."""
        teams = sorted(self._teams.values(), key=lambda team: (team.first_seen, team.team_id))
        missed = [
            MissedObjective(objective, wrong, answers)
            for objective, (wrong, answers) in self._misses.items()
            if wrong
        ]
        missed.sort(key=lambda m: (-m.wrong, -m.wrong / m.answers, m.objective))
        return ClassProgress([self._row(team, now) for team in teams], missed[:MOST_MISSED])

    def _row(self, team: _Team, now: datetime) -> TeamProgress:
        if team.summary is None:
            team.summary = _summarise(team.facts)
        summary = team.summary
        plan = self.rooms.get(summary.room)
        time_left = None
        if summary.started is not None and summary.ended is None and plan is not None:
            passed = (now - summary.started).total_seconds()
            time_left = max(0.0, plan.time_limit - passed)
        return TeamProgress(
            team.team_id,
            team.name or f"({', '.join(team.members)})",
            self._status(summary, now),
            summary.room,
            summary.solved,
            plan.puzzles if plan is not None else 0,
            summary.hints,
            summary.score,
            time_left,
            summary.ended,
        )

    def _status(self, summary: _Summary, now: datetime) -> Status:
        if summary.ended is not None:
            return "done"
        quiet = summary.last_progress and (now - summary.last_progress).total_seconds()
        if summary.started is not None and quiet and quiet >= self.stuck_after:
            return "stuck"
        return "playing" if summary.answered else "not_started"


def _summarise(facts: list[_Fact]) -> _Summary:
    """The row of a team from its facts (sorted by time here: some may have come late)."""
    facts.sort(key=lambda fact: fact.at)
    room, started, progress, ended = "", None, None, None
    solved: set[str] = set()
    hints = score = 0
    answered = False
    for fact in facts:
        if fact.kind == "initialized":
            room, started, progress, ended = fact.room, fact.at, fact.at, None
            solved, hints = set(), 0
        elif fact.kind == "completed" and fact.room == room:
            ended = fact.correct
        elif fact.kind == "requested" and fact.room == room:
            hints += 1
        elif fact.kind == "answered" and fact.puzzle:
            answered = True
            score += fact.points if fact.correct else 0
            if fact.correct and fact.room == room:
                solved.add(fact.puzzle)
                progress = fact.at
        elif fact.kind == "unlocked" and fact.room == room:
            progress = fact.at
    return _Summary(room, started, progress, ended, len(solved), hints, score, answered)


def _team_of(actor: Any) -> tuple[str, str | None]:
    """The team's id and, for a player's own statement, the player's nickname."""
    if not isinstance(actor, dict):
        return "", None
    account = str((actor.get("account") or {}).get("name", ""))
    if actor.get("objectType") == "Group":
        return account, None
    team_id, _, player = account.partition("/")
    return team_id, str(actor.get("name") or player)


def _fact(statement: Statement, at: datetime) -> _Fact | None:
    kind = _KINDS.get(str((statement.get("verb") or {}).get("id", "")))
    _, rooms, path = str((statement.get("object") or {}).get("id", "")).partition("/rooms/")
    if kind is None or not rooms:
        return None  # a knowledge-check answer, a score, or something not ours
    room, _, rest = path.partition("/")
    section, _, puzzle = rest.partition("/")
    result = statement.get("result") or {}
    extensions = result.get("extensions") or {}
    others = ((statement.get("context") or {}).get("contextActivities") or {}).get("other", [])
    return _Fact(
        at,
        kind,
        room,
        puzzle.partition("/")[0] if kind == "answered" and section == "puzzles" else "",
        bool(result.get("success")),
        int(extensions.get(EXT["points"], 0) or 0),
        tuple(str(o.get("id", "")).rsplit("/", 1)[-1] for o in others if isinstance(o, dict)),
    )
