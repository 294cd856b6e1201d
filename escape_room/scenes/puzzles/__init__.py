"""One scene per puzzle type, and the registry the room opens them through.

`puzzle_scene_for(puzzle, ctx, host)` makes the scene for any puzzle of the format: a
``ModalScene[PuzzleOutcome]`` that answers and takes hints through `host` and ends with
``dismiss(PuzzleOutcome(puzzle_id, solved))``. Every scene shares the frame in `frame`
(title, prompt, hints, Check, feedback, result, Close / Continue) and offers
`autoplay_actions(correct)` for the demo mode and tests. Each module of this package is
imported here, so a type's scene is found by adding its module (see :class:`PuzzleScene`).
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

from escape_room.content.models import PuzzleBase
from escape_room.scenes.contracts import PuzzleHost, PuzzleOutcome
from escape_room.scenes.puzzles.frame import SCENES, PuzzleScene
from escape_room.ui.context import GameContext

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")


def puzzle_scene_for(puzzle: PuzzleBase, ctx: GameContext, host: PuzzleHost) -> PuzzleScene[Any]:
    """The scene showing `puzzle`, answering through `host`."""
    kind: str = getattr(puzzle, "type", "")
    scene = SCENES.get(kind)
    if scene is None:
        raise ValueError(f"no scene for puzzle type {kind!r}")
    return scene(puzzle, ctx, host)


__all__ = ["SCENES", "PuzzleOutcome", "PuzzleScene", "puzzle_scene_for"]
