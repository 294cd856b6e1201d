"""The state of one room being played, and the rules that change it.

A :class:`RoomRun` is driven by commands (open a hotspot, answer, take a hint, try the exit, let
time pass) and emits an event for each thing that happens, so the scoring recorder can store it.
It owns no clock: the caller passes the seconds that went by.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from escape_room.content.models import Hint, Hotspot, Reward
from escape_room.content.pack import Room
from escape_room.model.answers import check, describe
from escape_room.model.codes import expected_code
from escape_room.model.events import (
    AnswerGiven,
    Event,
    HintTaken,
    HotspotOpened,
    RoomEnded,
    RoomStarted,
    Unlocked,
)

Text = str | dict[str, str] | None
WRONG_ANSWER_SHARE = 4  # each wrong answer costs a quarter of the puzzle's points


@dataclass(frozen=True)
class InventoryEntry:
    """Something the team holds: a clue text, a code digit, or an item."""

    kind: Literal["clue", "digit", "item"]
    id: str
    text: Text = None
    digit: str | None = None


@dataclass(frozen=True)
class Opened:
    """What opening a hotspot did."""

    kind: Literal["puzzle", "clue", "item", "locked", "solved", "taken"]
    hotspot_id: str
    puzzle_id: str | None = None
    clue: Text = None
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class AnswerResult:
    correct: bool
    feedback: Text
    attempt: int
    points: int
    reward: Reward | None


@dataclass(frozen=True)
class Stakes:
    """What a puzzle is worth if solved now, and what the next wrong try would cost."""

    worth: int
    wrong_cost: int


@dataclass
class PuzzleProgress:
    """What the team did with one puzzle so far."""

    attempts: int = 0
    wrong: int = 0
    hints: int = 0
    hint_cost: int = 0
    solved: bool = False
    points: int = 0
    opened_at: float | None = None
    time_on_task: float = 0.0


@dataclass
class RoomRun:
    """One team's play of one room."""

    room: Room
    emit: Callable[[Event], None] = lambda event: None
    elapsed: float = 0.0
    inventory: list[InventoryEntry] = field(default_factory=list)
    progress: dict[str, PuzzleProgress] = field(default_factory=dict)
    opened: set[str] = field(default_factory=set)
    exit_open: bool = False
    ended: bool = False
    started: bool = False

    def start(self) -> None:
        """Begin the room: the clock starts at zero."""
        self.started = True
        self.emit(RoomStarted(self.room.id, self.room.model.time_limit, self.elapsed))

    # --- time ---------------------------------------------------------------------

    @property
    def time_left(self) -> float:
        return max(0.0, self.room.model.time_limit - self.elapsed)

    def tick(self, seconds: float) -> None:
        """Let time pass; the room ends when the time limit is reached."""
        if not self.started or self.ended:
            return
        self.elapsed = min(self.elapsed + seconds, float(self.room.model.time_limit))
        if self.time_left <= 0:
            self._end(escaped=False)

    # --- hotspots -----------------------------------------------------------------

    def hotspot(self, hotspot_id: str) -> Hotspot:
        return next(h for h in self.room.model.hotspots if h.id == hotspot_id)

    def missing_items(self, hotspot: Hotspot) -> tuple[str, ...]:
        return tuple(item for item in hotspot.requires if not self.holds(item))

    def open_hotspot(self, hotspot_id: str) -> Opened:
        """Open a hotspot: it shows a puzzle or a clue, gives an item, or stays locked."""
        hotspot = self.hotspot(hotspot_id)
        missing = self.missing_items(hotspot)
        if missing:
            return Opened("locked", hotspot_id, missing=missing)
        first_time = hotspot_id not in self.opened
        self.opened.add(hotspot_id)
        if first_time:
            self.emit(HotspotOpened(self.room.id, hotspot_id, self.elapsed))
        opens = hotspot.opens
        if opens.puzzle is not None:
            return self._open_puzzle(hotspot_id, opens.puzzle)
        if opens.item is not None:
            taken = self.holds(opens.item)
            self._gain_item(opens.item)
            return Opened("taken" if taken else "item", hotspot_id)
        self._gain_clue(hotspot_id, opens.clue)
        return Opened("clue", hotspot_id, clue=opens.clue)

    def _open_puzzle(self, hotspot_id: str, puzzle_id: str) -> Opened:
        progress = self.progress.setdefault(puzzle_id, PuzzleProgress())
        if progress.solved:
            return Opened("solved", hotspot_id, puzzle_id=puzzle_id)
        progress.opened_at = self.elapsed
        return Opened("puzzle", hotspot_id, puzzle_id=puzzle_id)

    # --- puzzles ------------------------------------------------------------------

    def close_puzzle(self, puzzle_id: str) -> None:
        """The team left a puzzle unsolved: stop counting its time on task."""
        self._stop_task_clock(self.progress.setdefault(puzzle_id, PuzzleProgress()))

    def answer(self, puzzle_id: str, response: Any, lang: str = "en") -> AnswerResult:
        """Check an answer; a correct one solves the puzzle and hands out its reward."""
        puzzle = self.room.puzzles[puzzle_id]
        progress = self.progress.setdefault(puzzle_id, PuzzleProgress())
        verdict = check(puzzle, response, self.room)
        progress.attempts += 1
        seconds = self._stop_task_clock(progress)
        progress.opened_at = None if verdict.correct else self.elapsed
        if verdict.correct:
            progress.solved = True
            progress.points = self._earned(puzzle.points, progress)
        else:
            progress.wrong += 1
        self.emit(self._answer_event(puzzle, response, verdict.correct, progress, seconds, lang))
        if verdict.correct and puzzle.reward is not None:
            self._give(puzzle_id, puzzle.reward)
        points = progress.points if verdict.correct else 0
        reward = puzzle.reward if verdict.correct else None
        return AnswerResult(verdict.correct, verdict.feedback, progress.attempts, points, reward)

    def _answer_event(
        self,
        puzzle: Any,
        response: Any,
        correct: bool,
        progress: PuzzleProgress,
        seconds: float,
        lang: str,
    ) -> AnswerGiven:
        return AnswerGiven(
            room_id=self.room.id,
            puzzle_id=puzzle.id,
            objectives=tuple(puzzle.objectives),
            response=describe(puzzle, response, lang),
            correct=correct,
            attempt=progress.attempts,
            hints_used=progress.hints,
            seconds_on_task=round(seconds, 3),
            points=progress.points if correct else 0,
            elapsed=self.elapsed,
        )

    def _stop_task_clock(self, progress: PuzzleProgress) -> float:
        if progress.opened_at is None:
            return 0.0
        seconds = self.elapsed - progress.opened_at
        progress.time_on_task += seconds
        progress.opened_at = None
        return seconds

    @staticmethod
    def _earned(points: int, progress: PuzzleProgress) -> int:
        penalty = progress.hint_cost + progress.wrong * points // WRONG_ANSWER_SHARE
        return max(0, points - penalty)

    def stakes(self, puzzle_id: str) -> Stakes:
        """The points a puzzle still gives, and what one more wrong answer takes off them."""
        points = self.room.puzzles[puzzle_id].points
        progress = self.progress.get(puzzle_id, PuzzleProgress())
        worth = self._earned(points, progress)
        return Stakes(worth, min(worth, points // WRONG_ANSWER_SHARE))

    def take_hint(self, puzzle_id: str) -> Hint | None:
        """Reveal the next hint of a puzzle, or None when all are shown."""
        puzzle = self.room.puzzles[puzzle_id]
        progress = self.progress.setdefault(puzzle_id, PuzzleProgress())
        if progress.hints >= len(puzzle.hints):
            return None
        hint = puzzle.hints[progress.hints]
        cost = hint.cost if hint.cost is not None else self.room.model.hint_policy.cost
        progress.hints += 1
        progress.hint_cost += cost
        self.emit(HintTaken(self.room.id, puzzle_id, progress.hints - 1, cost, self.elapsed))
        return hint

    def hints_shown(self, puzzle_id: str) -> list[Hint]:
        shown = self.progress.get(puzzle_id, PuzzleProgress()).hints
        return list(self.room.puzzles[puzzle_id].hints[:shown])

    def is_solved(self, puzzle_id: str) -> bool:
        return self.progress.get(puzzle_id, PuzzleProgress()).solved

    # --- inventory ----------------------------------------------------------------

    def holds(self, item_id: str) -> bool:
        return any(e.kind == "item" and e.id == item_id for e in self.inventory)

    def _give(self, puzzle_id: str, reward: Reward) -> None:
        if reward.digit is not None:
            self.inventory.append(InventoryEntry("digit", puzzle_id, reward.clue, reward.digit))
            self.emit(Unlocked(self.room.id, "digit", puzzle_id, self.elapsed))
        elif reward.clue is not None:
            self._gain_clue(puzzle_id, reward.clue)
        if reward.item is not None:
            self._gain_item(reward.item)

    def _gain_clue(self, source_id: str, text: Text) -> None:
        if any(e.kind == "clue" and e.id == source_id for e in self.inventory):
            return
        self.inventory.append(InventoryEntry("clue", source_id, text))
        self.emit(Unlocked(self.room.id, "clue", source_id, self.elapsed))

    def _gain_item(self, item_id: str) -> None:
        if self.holds(item_id):
            return
        item = next((i for i in self.room.model.items if i.id == item_id), None)
        self.inventory.append(InventoryEntry("item", item_id, item.name if item else item_id))
        self.emit(Unlocked(self.room.id, "item", item_id, self.elapsed))

    # --- the exit -----------------------------------------------------------------

    @property
    def exit_code(self) -> str | None:
        """The door code, when the lock is a code."""
        code_from = self.room.model.exit.lock.code_from
        return expected_code(self.room, code_from) if code_from else None

    def exit_ready(self) -> bool:
        """Whether the lock would open now without a code (items held, or all puzzles solved)."""
        lock = self.room.model.exit.lock
        if lock.items:
            return all(self.holds(item) for item in lock.items)
        if lock.all_puzzles:
            return all(self.is_solved(puzzle_id) for puzzle_id in self.room.puzzles)
        return False

    def try_exit(self, code: str | None = None) -> bool:
        """Try to open the door (with a code when the lock needs one); success ends the room."""
        if self.ended:
            return self.exit_open
        opens = code == self.exit_code if self.exit_code is not None else self.exit_ready()
        if opens:
            self.exit_open = True
            self.emit(Unlocked(self.room.id, "exit", "exit", self.elapsed))
            self._end(escaped=True)
        return opens

    # --- the end ------------------------------------------------------------------

    def leave(self) -> None:
        """The team left the room before it ended (quit to the title): it ends unescaped."""
        if self.started:
            self._end(escaped=False)

    @property
    def score(self) -> int:
        return sum(p.points for p in self.progress.values() if p.solved)

    @property
    def max_score(self) -> int:
        return sum(puzzle.points for puzzle in self.room.puzzles.values())

    @property
    def escaped(self) -> bool:
        return self.exit_open

    def missed(self) -> list[str]:
        """Puzzles not solved at the first try (or never): their explanations go in the debrief."""
        return [
            puzzle_id
            for puzzle_id in self.room.puzzles
            if not (p := self.progress.get(puzzle_id)) or not p.solved or p.wrong > 0
        ]

    def _end(self, escaped: bool) -> None:
        if self.ended:
            return
        self.ended = True
        for progress in self.progress.values():
            self._stop_task_clock(progress)
        self.emit(
            RoomEnded(
                self.room.id,
                escaped,
                round(self.elapsed, 3),
                self.score,
                self.max_score,
                self.elapsed,
            )
        )
