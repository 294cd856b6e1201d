"""What the debrief shows: each room's result, the score, per learning objective how the team
did, and the explanations of the puzzles they missed. The objectives come from the team's
outcome in the game's scores, the function the exports use, whether or not the scores are
being saved, so the debrief and the exports never disagree."""

from __future__ import annotations

from dataclasses import dataclass

from escape_room.i18n import local_numbers
from escape_room.model.run import RoomRun
from escape_room.ui.context import GameContext


@dataclass(frozen=True)
class RoomLine:
    title: str
    escaped: bool
    seconds: float


@dataclass(frozen=True)
class ObjectiveLine:
    """One objective: puzzles right at the first try, and the quiz before and after."""

    title: str
    first_try: int
    puzzles: int
    before: tuple[int, int] | None = None
    after: tuple[int, int] | None = None
    gain: str | None = None
    """The normalised gain as the exports show it, when the quiz was taken before and after."""


@dataclass(frozen=True)
class Missed:
    title: str
    explanation: str


@dataclass(frozen=True)
class DebriefData:
    team: str
    rooms: list[RoomLine]
    score: int
    max_score: int
    objectives: list[ObjectiveLine]
    missed: list[Missed]
    first_try: int = 0
    answered: int = 0
    hints: int = 0


def debrief_data(ctx: GameContext, runs: list[RoomRun]) -> DebriefData:
    """The debrief of the team in `ctx` after playing `runs`."""
    rooms = [RoomLine(ctx.text(r.room.model.title), r.escaped, r.elapsed) for r in runs]
    return DebriefData(
        team=ctx.team.name if ctx.team else "",
        rooms=rooms,
        score=sum(r.score for r in runs),
        max_score=sum(r.max_score for r in runs),
        objectives=_objectives(ctx),
        missed=[_missed(ctx, run, puzzle_id) for run in runs for puzzle_id in run.missed()],
        first_try=sum(p.solved and not p.wrong for r in runs for p in r.progress.values()),
        answered=sum(bool(p.attempts) for r in runs for p in r.progress.values()),
        hints=sum(p.hints for r in runs for p in r.progress.values()),
    )


def _titles(ctx: GameContext) -> dict[str, str]:
    return {o.id: ctx.text(o.title) for o in ctx.pack.model.objectives}


def _objectives(ctx: GameContext) -> list[ObjectiveLine]:
    from escape_room.scoring import display

    outcome = ctx.scores.team_outcome() if ctx.scores is not None else None
    if outcome is None:
        return []
    lines = []
    for objective_id, title in _titles(ctx).items():
        found = outcome.objectives.get(objective_id)
        if found is None or not (
            found.puzzles or found.knowledge.before.total or found.knowledge.after.total
        ):
            continue
        knowledge = found.knowledge
        before = (
            (knowledge.before.correct, knowledge.before.total) if knowledge.before.total else None
        )
        after = (knowledge.after.correct, knowledge.after.total) if knowledge.after.total else None
        gain = local_numbers(display.gain(knowledge.gain), ctx.lang) if before and after else None
        lines.append(
            ObjectiveLine(title, found.first_try_correct, found.puzzles, before, after, gain)
        )
    return lines


def _missed(ctx: GameContext, run: RoomRun, puzzle_id: str) -> Missed:
    puzzle = run.room.puzzles[puzzle_id]
    return Missed(ctx.text(puzzle.title), ctx.text(puzzle.explanation) or ctx.text(puzzle.prompt))
