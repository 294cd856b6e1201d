"""Whether a room can be finished: a play-through of everything the room gives, to a fixpoint.

Hotspots open once the items they require are held; they give items and open puzzles; solved
puzzles give items and digits; a code lock opens once every puzzle it takes a digit from is
solved. What is never reached is reported: hotspots that stay locked, code locks that stay shut,
an exit that cannot open, puzzles nothing opens and items nothing gives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from escape_room.content.models import Lock, PuzzleBase
from escape_room.content.problems import listing
from escape_room.content.report import Reporter
from escape_room.kinds import kind_of

if TYPE_CHECKING:
    from escape_room.content.pack import Room


@dataclass
class Reach:
    """What a team can get in a room by playing everything it can."""

    held: set[str] = field(default_factory=set)
    opened: set[str] = field(default_factory=set)
    solved: set[str] = field(default_factory=set)


def reach(room: Room) -> Reach:
    """Everything obtainable in `room`, found by repeating every possible move until none helps."""
    state = Reach()
    changed = True
    while changed:
        changed = _open_hotspots(room, state) | _solve_puzzles(room, state)
    return state


def _open_hotspots(room: Room, state: Reach) -> bool:
    changed = False
    for hotspot in room.model.hotspots:
        if hotspot.id not in state.opened and set(hotspot.requires) <= state.held:
            state.opened.add(hotspot.id)
            if hotspot.opens.item is not None:
                state.held.add(hotspot.opens.item)
            changed = True
    return changed


def _solve_puzzles(room: Room, state: Reach) -> bool:
    changed = False
    for puzzle_id in _opened_puzzles(room, state):
        puzzle = room.puzzles[puzzle_id]
        if puzzle_id in state.solved or not _digits_ready(room, puzzle, state):
            continue
        state.solved.add(puzzle_id)
        if puzzle.reward is not None and puzzle.reward.item is not None:
            state.held.add(puzzle.reward.item)
        changed = True
    return changed


def _opened_puzzles(room: Room, state: Reach) -> list[str]:
    return [
        h.opens.puzzle
        for h in room.model.hotspots
        if h.id in state.opened and h.opens.puzzle in room.puzzles
    ]


def _digits_ready(room: Room, puzzle: PuzzleBase, state: Reach) -> bool:
    needs = kind_of(puzzle).digit_sources(puzzle)
    return needs is None or all(_digit_ready(room, p, state) for p in needs.puzzle_ids)


def _digit_ready(room: Room, puzzle_id: str, state: Reach) -> bool:
    return _gives_digit(room, puzzle_id) and puzzle_id in state.solved


def _gives_digit(room: Room, puzzle_id: str) -> bool:
    puzzle = room.puzzles.get(puzzle_id)
    return puzzle is not None and puzzle.reward is not None and puzzle.reward.digit is not None


def _unreached_digits(room: Room, puzzle_ids: list[str], state: Reach) -> list[str]:
    """Puzzles that would give a digit but are never solved (other mistakes are reported
    where the code names them)."""
    return [p for p in puzzle_ids if _gives_digit(room, p) and p not in state.solved]


def lint_solvable(room: Room, report: Reporter) -> None:
    """Report what keeps `room` from being finished, and what in it is never used."""
    state = reach(room)
    _locked_hotspots(room, state, report)
    _shut_code_locks(room, state, report)
    _exit(room, state, report)
    _unopened_puzzles(room, report)
    _ungiven_items(room, report)


def _givers(room: Room) -> set[str]:
    """Items something in the room gives."""
    given = {h.opens.item for h in room.model.hotspots if h.opens.item is not None}
    rewards = (p.reward for p in room.puzzles.values() if p.reward is not None)
    return given | {reward.item for reward in rewards if reward.item is not None}


def _locked_hotspots(room: Room, state: Reach, report: Reporter) -> None:
    givers = _givers(room)
    declared = {item.id for item in room.model.items}
    for index, hotspot in enumerate(room.model.hotspots):
        missing = [item for item in hotspot.requires if item not in state.held]
        if hotspot.id not in state.opened and set(missing) <= declared:
            message = _why_locked(missing, givers)
            report.error(room.path, ("hotspots", index, "requires"), message)


def _why_locked(missing: list[str], givers: set[str]) -> str:
    never = [item for item in missing if item not in givers]
    if never:
        return f"this hotspot can never be opened: nothing in the room gives {_items(never)}"
    return f"this hotspot can never be opened: {_items(missing)} can only be got behind it"


def _items(item_ids: list[str]) -> str:
    quoted = listing(f"'{item}'" for item in item_ids)
    return f"the item {quoted}" if len(item_ids) == 1 else f"the items {quoted}"


def _shut_code_locks(room: Room, state: Reach, report: Reporter) -> None:
    opened = set(_opened_puzzles(room, state))
    for puzzle_id, puzzle in room.puzzles.items():
        needs = kind_of(puzzle).digit_sources(puzzle)
        if needs is None or puzzle_id not in opened:
            continue
        missing = _unreached_digits(room, needs.puzzle_ids, state)
        if missing:
            source = room.sources[puzzle_id]
            message = f"this code lock can never be opened: {_digits(missing)}"
            report.error(source.path, ("puzzles", source.index, needs.key), message)


def _digits(puzzle_ids: list[str]) -> str:
    quoted = listing(f"'{p}'" for p in dict.fromkeys(puzzle_ids))
    return f"the digit of {quoted} can never be got"


def _exit(room: Room, state: Reach, report: Reporter) -> None:
    reason = _exit_blocked(room, room.model.exit.lock, state)
    if reason:
        report.error(room.path, ("exit", "lock"), f"the exit can never be opened: {reason}")


def _exit_blocked(room: Room, lock: Lock, state: Reach) -> str:
    if lock.code_from:
        missing = _unreached_digits(room, lock.code_from, state)
        return _digits(missing) if missing else ""
    if lock.items:
        declared = {item.id for item in room.model.items}
        missing = [i for i in lock.items if i not in state.held and i in declared]
        return f"{_items(missing)} can never be got" if missing else ""
    unsolved = [p for p in room.puzzles if p not in state.solved]
    if unsolved:
        return f"the puzzles {listing(repr(p) for p in unsolved)} can never be solved"
    return ""


def _unopened_puzzles(room: Room, report: Reporter) -> None:
    opened = {h.opens.puzzle for h in room.model.hotspots}
    for puzzle_id, source in room.sources.items():
        if puzzle_id not in opened:
            message = f"no hotspot opens this puzzle: add one with opens: {{puzzle: {puzzle_id}}}"
            report.warning(source.path, ("puzzles", source.index, "id"), message)


def _ungiven_items(room: Room, report: Reporter) -> None:
    givers = _givers(room)
    for index, item in enumerate(room.model.items):
        if item.id not in givers:
            message = "nothing in the room gives this item (a hotspot or a puzzle's reward)"
            report.warning(room.path, ("items", index, "id"), message)
