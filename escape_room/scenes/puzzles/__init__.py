"""One scene per puzzle type, and the registry the room opens them through.

`puzzle_scene_for(puzzle, ctx, host)` makes the scene for any puzzle of the format: a
``ModalScene[PuzzleOutcome]`` that answers and takes hints through `host` and ends with
``dismiss(PuzzleOutcome(puzzle_id, solved))``. Every scene shares the frame in `frame`
(title, prompt, hints, Check, feedback, result, Close / Continue) and offers
`autoplay_actions(correct)` for the demo mode and tests.
"""

from __future__ import annotations

from typing import Any

from escape_room.scenes.contracts import PuzzleHost, PuzzleOutcome
from escape_room.scenes.puzzles.categorize import CategorizeScene
from escape_room.scenes.puzzles.code_lock import CodeLockScene
from escape_room.scenes.puzzles.frame import PuzzleScene
from escape_room.scenes.puzzles.hotspot import HotspotScene
from escape_room.scenes.puzzles.matching import MatchingScene
from escape_room.scenes.puzzles.multiple_choice import MultipleChoiceScene
from escape_room.scenes.puzzles.numeric import NumericScene
from escape_room.scenes.puzzles.ordering import OrderingScene
from escape_room.scenes.puzzles.text_answer import TextAnswerScene
from escape_room.scenes.puzzles.true_false import TrueFalseScene
from escape_room.ui.context import GameContext

SCENES: dict[str, type[PuzzleScene[Any]]] = {
    "multiple_choice": MultipleChoiceScene,
    "true_false": TrueFalseScene,
    "ordering": OrderingScene,
    "matching": MatchingScene,
    "categorize": CategorizeScene,
    "hotspot": HotspotScene,
    "numeric": NumericScene,
    "text": TextAnswerScene,
    "code_lock": CodeLockScene,
}
"""The scene class of each puzzle type."""


def puzzle_scene_for(puzzle: Any, ctx: GameContext, host: PuzzleHost) -> PuzzleScene[Any]:
    """The scene showing `puzzle`, answering through `host`."""
    scene = SCENES.get(puzzle.type)
    if scene is None:
        raise ValueError(f"no scene for puzzle type {puzzle.type!r}")
    return scene(puzzle, ctx, host)


__all__ = ["SCENES", "PuzzleOutcome", "PuzzleScene", "puzzle_scene_for"]
