"""Checks of one room against its own parts and the pack: unique ids and references that resolve.

A hotspot must open a puzzle of its own room, items must be declared in the room, codes must take
their digits from puzzles that give one, and puzzles must name objectives the pack declares.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from escape_room.content.messages import Key
from escape_room.content.models import PuzzleBase
from escape_room.content.problems import did_you_mean
from escape_room.content.puzzlelint import duplicate_ids, puzzle_findings
from escape_room.content.report import Reporter
from escape_room.kinds import kind_of

if TYPE_CHECKING:
    from escape_room.content.pack import Pack, Room


def lint_room(room: Room, pack: Pack, report: Reporter, owners: dict[str, str]) -> None:
    """Report problems of `room`; `owners` maps every puzzle id of the pack to its room."""
    _RoomLint(room, pack, report, owners).run()


class _RoomLint:
    def __init__(self, room: Room, pack: Pack, report: Reporter, owners: dict[str, str]) -> None:
        self.room = room
        self.model = room.model
        self.report = report
        self.owners = owners
        self.items = [item.id for item in room.model.items]
        self.objectives = [objective.id for objective in pack.model.objectives]

    def run(self) -> None:
        for noun in ("hotspot", "item"):
            entries = getattr(self.model, f"{noun}s")
            for key, severity, message in duplicate_ids(entries, (f"{noun}s",), noun):
                self.report.add(severity, self.room.path, key, message)
        self._hotspots()
        self._exit()
        for puzzle_id, puzzle in self.room.puzzles.items():
            self._puzzle(puzzle_id, puzzle)
        self._unused_digits()

    def _hotspots(self) -> None:
        for index, hotspot in enumerate(self.model.hotspots):
            key: Key = ("hotspots", index)
            if hotspot.opens.puzzle is not None:
                self._puzzle_ref(self.room.path, (*key, "opens", "puzzle"), hotspot.opens.puzzle)
            if hotspot.opens.item is not None:
                self._item_ref(self.room.path, (*key, "opens", "item"), hotspot.opens.item)
            self._item_refs(self.room.path, (*key, "requires"), hotspot.requires)

    def _exit(self) -> None:
        lock = self.model.exit.lock
        key: Key = ("exit", "lock")
        if lock.code_from:
            self._digit_refs(self.room.path, (*key, "code_from"), lock.code_from)
        if lock.items:
            self._item_refs(self.room.path, (*key, "items"), lock.items)

    def _puzzle(self, puzzle_id: str, puzzle: PuzzleBase) -> None:
        source = self.room.sources[puzzle_id]
        base: Key = ("puzzles", source.index)
        for key, severity, message in puzzle_findings(puzzle):
            self.report.add(severity, source.path, (*base, *key), message)
        for index, objective in enumerate(puzzle.objectives):
            if objective not in self.objectives:
                hint = did_you_mean(objective, self.objectives)
                message = f"the objective '{objective}' is not declared in pack.yaml{hint}"
                self.report.error(source.path, (*base, "objectives", index), message)
        if puzzle.reward is not None and puzzle.reward.item is not None:
            self._item_ref(source.path, (*base, "reward", "item"), puzzle.reward.item)
        needs = kind_of(puzzle).digit_sources(puzzle)
        if needs is not None:
            self._digit_refs(source.path, (*base, needs.key), needs.puzzle_ids, puzzle_id)

    def _puzzle_ref(self, path: Path, key: Key, puzzle_id: str) -> bool:
        if puzzle_id in self.room.puzzles:
            return True
        owner = self.owners.get(puzzle_id)
        if owner is not None:
            message = f"the puzzle '{puzzle_id}' belongs to the room '{owner}', not to this one"
        else:
            hint = did_you_mean(puzzle_id, self.room.puzzles)
            message = f"there is no puzzle '{puzzle_id}' in the room '{self.room.id}'{hint}"
        self.report.error(path, key, message)
        return False

    def _item_refs(self, path: Path, key: Key, item_ids: Sequence[str]) -> None:
        for index, item_id in enumerate(item_ids):
            self._item_ref(path, (*key, index), item_id)

    def _item_ref(self, path: Path, key: Key, item_id: str) -> None:
        if item_id not in self.items:
            hint = did_you_mean(item_id, self.items) or " (declare it under 'items:')"
            message = f"the item '{item_id}' is not declared in the room '{self.room.id}'{hint}"
            self.report.error(path, key, message)

    def _digit_refs(self, path: Path, key: Key, puzzle_ids: Sequence[str], lock: str = "") -> None:
        for index, puzzle_id in enumerate(puzzle_ids):
            if puzzle_id == lock:
                message = "a code lock cannot take a digit from itself"
                self.report.error(path, (*key, index), message)
            elif self._puzzle_ref(path, (*key, index), puzzle_id):
                reward = self.room.puzzles[puzzle_id].reward
                if reward is None or reward.digit is None:
                    message = f"the puzzle '{puzzle_id}' gives no digit: give it a reward "
                    self.report.error(path, (*key, index), message + "like {digit: '4'}")

    def _unused_digits(self) -> None:
        lock = self.model.exit.lock
        used = set(lock.code_from or [])
        for puzzle in self.room.puzzles.values():
            needs = kind_of(puzzle).digit_sources(puzzle)
            used.update(needs.puzzle_ids if needs is not None else [])
        for puzzle_id, puzzle in self.room.puzzles.items():
            if puzzle.reward and puzzle.reward.digit is not None and puzzle_id not in used:
                source = self.room.sources[puzzle_id]
                message = f"this digit is not part of any code in the room '{self.room.id}'"
                key = ("puzzles", source.index, "reward", "digit")
                self.report.warning(source.path, key, message)
