"""Learning outcomes derived from the recorded events; nothing here is stored.

Per team and objective: first-try correctness, attempts, hints and time on task from the puzzle
answers (`AnswerGiven.objectives` links a puzzle to its objectives); per room: score, escape and
time (`RoomEnded`); per player, team and class: knowledge-check fractions before and after, per
objective, and the normalised gain (after − before) / (1 − before), which is undefined (None,
shown as "—") when `before` is 1. Fractions are pooled over all answers at that level, so a class
figure is the fraction of the class's answers that were right, not a mean of team means.
The debrief, the facilitator screen, the exports and the report all read these objects.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from escape_room.model.events import AnswerGiven, CheckAnswered, HintTaken, RoomEnded
from escape_room.scoring.records import Session, Team
from escape_room.scoring.sessiondata import SessionData, load_session
from escape_room.scoring.store import ScoreStore, StoredEvent


@dataclass(frozen=True)
class Tally:
    """Right answers out of answers given."""

    correct: int = 0
    total: int = 0

    @property
    def fraction(self) -> float | None:
        return self.correct / self.total if self.total else None

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.correct + other.correct, self.total + other.total)


@dataclass(frozen=True)
class Knowledge:
    """Knowledge-check results before and after the rooms."""

    before: Tally = Tally()
    after: Tally = Tally()

    @property
    def gain(self) -> float | None:
        return normalised_gain(self.before.fraction, self.after.fraction)

    def __add__(self, other: Knowledge) -> Knowledge:
        return Knowledge(self.before + other.before, self.after + other.after)


def normalised_gain(before: float | None, after: float | None) -> float | None:
    """(after − before) / (1 − before); None when either is missing or `before` is already 1."""
    if before is None or after is None or before >= 1:
        return None
    return (after - before) / (1 - before)


@dataclass(frozen=True)
class PuzzleResult:
    """One team's work on one puzzle."""

    room_id: str
    puzzle_id: str
    objectives: tuple[str, ...]
    attempts: int
    first_try_correct: bool
    solved: bool
    hints: int
    seconds: float
    points: int


@dataclass(frozen=True)
class RoomResult:
    room_id: str
    escaped: bool
    seconds: float
    score: int
    max_score: int


@dataclass(frozen=True)
class ObjectiveOutcome:
    """Puzzle work and knowledge-check results for one objective (of a team, or of the class)."""

    objective: str
    puzzles: int = 0
    first_try_correct: int = 0
    attempts: int = 0
    hints: int = 0
    seconds: float = 0.0
    knowledge: Knowledge = Knowledge()

    @property
    def first_try_rate(self) -> float | None:
        return self.first_try_correct / self.puzzles if self.puzzles else None

    def __add__(self, other: ObjectiveOutcome) -> ObjectiveOutcome:
        return ObjectiveOutcome(
            self.objective,
            self.puzzles + other.puzzles,
            self.first_try_correct + other.first_try_correct,
            self.attempts + other.attempts,
            self.hints + other.hints,
            self.seconds + other.seconds,
            self.knowledge + other.knowledge,
        )


@dataclass(frozen=True)
class PlayerOutcome:
    """One player's knowledge check, overall and per objective."""

    nickname: str
    knowledge: Knowledge
    objectives: dict[str, Knowledge]


@dataclass(frozen=True)
class TeamOutcome:
    team: Team
    puzzles: list[PuzzleResult]
    rooms: list[RoomResult]
    objectives: dict[str, ObjectiveOutcome]
    players: list[PlayerOutcome]
    knowledge: Knowledge
    hints: int

    @property
    def score(self) -> int:
        return sum(room.score for room in self.rooms)

    @property
    def max_score(self) -> int:
        return sum(room.max_score for room in self.rooms)

    @property
    def escaped(self) -> int:
        return sum(room.escaped for room in self.rooms)

    @property
    def seconds(self) -> float:
        return sum(room.seconds for room in self.rooms)

    @property
    def first_try(self) -> Tally:
        return Tally(sum(p.first_try_correct for p in self.puzzles), len(self.puzzles))

    @property
    def puzzles_attempts(self) -> int:
        return sum(p.attempts for p in self.puzzles)

    @property
    def puzzle_seconds(self) -> float:
        return sum(p.seconds for p in self.puzzles)


@dataclass(frozen=True)
class ItemMiss:
    """How often a puzzle was not solved at the first try, over the teams that answered it."""

    room_id: str
    puzzle_id: str
    objectives: tuple[str, ...]
    teams: int
    missed: int

    @property
    def rate(self) -> float:
        return self.missed / self.teams


@dataclass(frozen=True)
class SessionOutcome:
    session: Session
    teams: list[TeamOutcome]
    objectives: dict[str, ObjectiveOutcome]
    knowledge: Knowledge
    most_missed: list[ItemMiss] = field(default_factory=list)

    @property
    def first_try(self) -> Tally:
        return sum((team.first_try for team in self.teams), Tally())

    @property
    def teams_escaped(self) -> int:
        """Teams that escaped every room they finished (and finished at least one)."""
        return sum(1 for t in self.teams if t.rooms and t.escaped == len(t.rooms))


def session_outcomes(store: ScoreStore, session_uuid: str) -> SessionOutcome:
    """The outcomes of a whole session: what the facilitator screen, exports and report show."""
    return summarise(load_session(store, session_uuid))


def team_outcome(store: ScoreStore, session_uuid: str, team_id: str) -> TeamOutcome:
    """The outcomes of one team: what the debrief shows."""
    data = load_session(store, session_uuid, streaming=True)  # reads this team's events only
    return outcome_of_team(data.team(team_id), data.events.get(team_id, []))


def summarise(data: SessionData) -> SessionOutcome:
    """The outcomes of a session already read from the store."""
    teams = [outcome_of_team(team, data.events.get(team.id, [])) for team in data.teams]
    return outcome_of_session(data.session, teams)


def outcome_of_session(session: Session, teams: list[TeamOutcome]) -> SessionOutcome:
    """The outcomes of a session from those of its teams, in order."""
    return SessionOutcome(
        session,
        teams,
        _sum_objectives(team.objectives for team in teams),
        sum((team.knowledge for team in teams), Knowledge()),
        _most_missed(teams),
    )


def outcome_of_team(team: Team, events: list[StoredEvent]) -> TeamOutcome:
    by_kind: dict[type[Any], list[Any]] = defaultdict(list)
    for stored in events:
        by_kind[type(stored.event)].append(stored.event)
    answers: list[AnswerGiven] = by_kind[AnswerGiven]
    hints: list[HintTaken] = by_kind[HintTaken]
    checks: list[CheckAnswered] = by_kind[CheckAnswered]
    puzzles = _puzzle_results(answers, hints)
    players = _players(team, checks)
    knowledge_by_objective = _knowledge_by_objective(checks)
    return TeamOutcome(
        team=team,
        puzzles=puzzles,
        rooms=[_room(event) for event in by_kind[RoomEnded]],
        objectives=_team_objectives(puzzles, knowledge_by_objective),
        players=players,
        knowledge=sum((p.knowledge for p in players), Knowledge()),
        hints=len(hints),
    )


def _room(event: RoomEnded) -> RoomResult:
    return RoomResult(event.room_id, event.escaped, event.seconds, event.score, event.max_score)


def _puzzle_results(answers: list[AnswerGiven], hints: list[HintTaken]) -> list[PuzzleResult]:
    by_puzzle: dict[tuple[str, str], list[AnswerGiven]] = defaultdict(list)
    for answer in answers:
        by_puzzle[(answer.room_id, answer.puzzle_id)].append(answer)
    hints_taken: dict[tuple[str, str], int] = defaultdict(int)
    for hint in hints:
        hints_taken[(hint.room_id, hint.puzzle_id)] += 1
    return [_puzzle(tries, hints_taken[key]) for key, tries in by_puzzle.items()]


def _puzzle(tries: list[AnswerGiven], hints_taken: int) -> PuzzleResult:
    first = tries[0]
    return PuzzleResult(
        room_id=first.room_id,
        puzzle_id=first.puzzle_id,
        objectives=first.objectives,
        attempts=len(tries),
        first_try_correct=first.correct,
        solved=any(t.correct for t in tries),
        hints=max(hints_taken, max(t.hints_used for t in tries)),
        seconds=sum(t.seconds_on_task for t in tries),
        points=max(t.points for t in tries),
    )


def _knowledge_of(checks: Iterable[CheckAnswered]) -> Knowledge:
    before, after = [0, 0], [0, 0]
    for check in checks:
        tally = before if check.phase == "before" else after
        tally[0] += check.correct
        tally[1] += 1
    return Knowledge(Tally(*before), Tally(*after))


def _knowledge_by_objective(checks: list[CheckAnswered]) -> dict[str, Knowledge]:
    grouped: dict[str, list[CheckAnswered]] = defaultdict(list)
    for check in checks:
        grouped[check.objective].append(check)
    return {objective: _knowledge_of(items) for objective, items in grouped.items()}


def _players(team: Team, checks: list[CheckAnswered]) -> list[PlayerOutcome]:
    grouped: dict[str, list[CheckAnswered]] = {nickname: [] for nickname in team.nicknames}
    for check in checks:
        grouped.setdefault(check.player, []).append(check)
    return [
        PlayerOutcome(name, _knowledge_of(items), _knowledge_by_objective(items))
        for name, items in grouped.items()
    ]


def _team_objectives(
    puzzles: list[PuzzleResult], knowledge: dict[str, Knowledge]
) -> dict[str, ObjectiveOutcome]:
    outcomes = {name: ObjectiveOutcome(name, knowledge=k) for name, k in knowledge.items()}
    for puzzle in puzzles:
        for objective in puzzle.objectives:
            work = ObjectiveOutcome(
                objective,
                1,
                int(puzzle.first_try_correct),
                puzzle.attempts,
                puzzle.hints,
                puzzle.seconds,
            )
            outcomes[objective] = outcomes.get(objective, ObjectiveOutcome(objective)) + work
    return dict(sorted(outcomes.items()))


def _sum_objectives(
    per_team: Iterable[dict[str, ObjectiveOutcome]],
) -> dict[str, ObjectiveOutcome]:
    total: dict[str, ObjectiveOutcome] = {}
    for objectives in per_team:
        for name, outcome in objectives.items():
            total[name] = total[name] + outcome if name in total else outcome
    return dict(sorted(total.items()))


def _most_missed(teams: list[TeamOutcome]) -> list[ItemMiss]:
    seen: dict[tuple[str, str], list[PuzzleResult]] = defaultdict(list)
    for team in teams:
        for puzzle in team.puzzles:
            seen[(puzzle.room_id, puzzle.puzzle_id)].append(puzzle)
    misses = [
        ItemMiss(
            room,
            puzzle,
            tries[0].objectives,
            len(tries),
            sum(not t.first_try_correct for t in tries),
        )
        for (room, puzzle), tries in seen.items()
    ]
    return sorted(
        (miss for miss in misses if miss.missed),
        key=lambda miss: (-miss.rate, -miss.missed, miss.room_id, miss.puzzle_id),
    )
