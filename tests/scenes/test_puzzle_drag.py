"""Drag and drop solves the ordering, matching and sorting puzzles by mouse (and so by touch,
which SDL turns into mouse events); a press and release in place is still a click."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pygame
import pytest

from escape_room.content.pack import Pack, load_pack
from escape_room.kinds.matching import Matching
from escape_room.kinds.ordering import Ordering
from escape_room.scenes.puzzles.frame import CHECK_ID
from tests.scenes.puzzle_harness import Opened
from tests.scenes.test_puzzle_scenes import opened

ALLKINDS = Path(__file__).parent.parent / "fixtures" / "allkinds"


@pytest.fixture(scope="module")
def allkinds() -> Pack:
    return load_pack(ALLKINDS)


def drag(game: Opened, source: str, target: str) -> None:
    """Press on `source`, move over `target` in a few steps, release there."""
    app = game.app
    start = app.viewport.to_window(game.pilot.widget(source).target)
    end = app.viewport.to_window(game.pilot.widget(target).target)
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=start, button=1))
    game.pilot.advance()
    for step in (1, 2, 3):
        pos = (
            start[0] + (end[0] - start[0]) * step // 3,
            start[1] + (end[1] - start[1]) * step // 3,
        )
        pygame.event.post(
            pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(1, 0, 0))
        )
        game.pilot.advance()
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=end, button=1))
    game.pilot.advance()


def solved_after_check(game: Opened) -> bool:
    game.pilot.click(CHECK_ID)
    return game.scene.solved


def test_steps_dragged_into_place_solve_an_ordering(allkinds: Pack) -> None:
    game = opened(allkinds, "order")
    scene: Any = game.scene
    assert isinstance(scene.puzzle, Ordering)
    for place, step_id in enumerate(scene.right):
        if scene.order[place] != step_id:
            drag(game, f"step:{step_id}", f"step:{scene.order[place]}")
    assert scene.order == scene.right
    assert solved_after_check(game)


def test_texts_dragged_onto_their_partners_solve_a_matching(allkinds: Pack) -> None:
    game = opened(allkinds, "match")
    scene: Any = game.scene
    assert isinstance(scene.puzzle, Matching)
    for index in range(len(scene.puzzle.pairs)):
        source, target = (f"left:{index}", f"right:{index}")
        drag(game, *((target, source) if index % 2 else (source, target)))
    assert scene.pairs == {i: i for i in range(len(scene.puzzle.pairs))}
    assert solved_after_check(game)


def test_items_dropped_on_any_cell_of_their_category_solve_a_sorting(allkinds: Pack) -> None:
    game = opened(allkinds, "sort")
    scene: Any = game.scene
    items = scene.puzzle.items
    for index, item in enumerate(items):
        other_row = (index + 1) % len(items)
        drag(game, f"item:{index}", f"item:{other_row}:{item.category}")
    assert scene.sorted == {i: item.category for i, item in enumerate(items)}
    assert solved_after_check(game)


def test_a_press_and_release_in_place_is_a_click_and_a_drop_on_nothing_changes_nothing(
    allkinds: Pack,
) -> None:
    game = opened(allkinds, "match")
    scene: Any = game.scene
    game.pilot.click("left:0")
    assert scene.picked == ("left", 0), "a click still picks"
    drag(game, "right:1", "puzzle:how")
    assert scene.pairs == {}
