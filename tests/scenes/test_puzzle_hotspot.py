"""The hotspot puzzle: clicks on the picture find targets, misses show a passing mark, the
crosshair finds them by keyboard, and the answer goes in once enough are found."""

from __future__ import annotations

import random
from pathlib import Path

import pygame
import pytest

from escape_room.content.pack import Pack, load_pack
from escape_room.scenes.puzzles.chrome import Message
from escape_room.scenes.puzzles.hotspot import PICTURE, PICTURE_ID, HotspotScene
from escape_room.ui.context import GameContext, Settings
from tests.scenes.conftest import fixed_now
from tests.scenes.puzzle_harness import Opened, open_puzzle

ALLKINDS = Path(__file__).parent.parent / "fixtures" / "allkinds"


@pytest.fixture(scope="module")
def allkinds() -> Pack:
    return load_pack(ALLKINDS)


@pytest.fixture
def game(allkinds: Pack) -> Opened:
    return open_puzzle(GameContext(allkinds, Settings("en"), random.Random(1), fixed_now), "spot")


def scene(game: Opened) -> HotspotScene:
    assert isinstance(game.scene, HotspotScene)
    return game.scene


def click_picture(game: Opened, x: float, y: float) -> None:
    """A real mouse click at picture point (x, y) of the 1280×720 scene."""
    scale = PICTURE.width / 1280
    pos = game.app.viewport.to_window((PICTURE.x + x * scale, PICTURE.y + y * scale))
    pygame.event.post(
        pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0))
    )
    for kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
        pygame.event.post(pygame.event.Event(kind, pos=pos, button=1))
    game.pilot.advance()


def test_clicks_on_targets_find_them_and_the_last_one_submits(game: Opened) -> None:
    # when: the phone girl (a rect), then the man off the crossing (a circle)
    click_picture(game, 590, 470)
    # then
    assert scene(game).found == ["phone"] and game.answers == []
    assert scene(game).result_details() == "1. A girl crossing while looking at her phone"
    click_picture(game, 905, 476)
    assert [(a.correct, a.response) for a in game.answers] == [(True, "away,phone")]
    assert scene(game).solved


def test_a_click_on_a_found_target_again_changes_nothing(game: Opened) -> None:
    click_picture(game, 590, 470)
    click_picture(game, 580, 500)
    assert scene(game).found == ["phone"] and game.answers == []


def test_a_miss_shows_a_mark_for_a_moment_and_is_no_attempt(game: Opened) -> None:
    # when
    click_picture(game, 100, 100)
    # then
    assert scene(game).message == Message("note", "Not there. Keep looking!")
    (miss,) = scene(game).misses
    assert miss.point == pytest.approx((100, 100), abs=2)
    assert game.answers == []
    game.pilot.advance(frames=80)
    assert scene(game).misses == []


def test_the_crosshair_moves_with_the_arrows_and_marks_with_enter(game: Opened) -> None:
    # given: the picture has focus at first
    assert game.scene.focus.focused_id == PICTURE_ID
    assert scene(game).cross == [640, 360]
    # when: right 4 big steps and 1 small, down 1 big and 3 small, to (970, 470)
    for key in ["shift+right"] * 4 + ["right", "shift+down"] + ["down"] * 3:
        game.pilot.press(key)
    assert scene(game).cross == [970, 470]
    game.pilot.press("shift+left")
    game.pilot.press("shift+left")
    game.pilot.press("return")
    # then: (810, 470) is on no target
    assert scene(game).found == [] and len(scene(game).misses) == 1


def test_the_crosshair_stays_on_the_picture(game: Opened) -> None:
    for _ in range(12):
        game.pilot.press("shift+up")
        game.pilot.press("shift+left")
    assert scene(game).cross == [0, 0]


def test_the_demo_answer_comes_from_where_the_crosshair_is_now(game: Opened) -> None:
    game.pilot.press("shift+left")
    game.pilot.press("tab")
    for action in game.scene.autoplay_actions(correct=True):
        game.pilot.do(action)
    assert [a.correct for a in game.answers] == [True]


def test_a_drawn_picture_shows_the_target_props(allkinds: Pack) -> None:
    from escape_room.art.scenes import scene_surface
    from escape_room.scenes.puzzles.picture import puzzle_picture

    puzzle = allkinds.rooms[0].puzzles["spot"]
    picture = puzzle_picture(puzzle, allkinds.assets_dir, "en")  # type: ignore[arg-type]
    plain = scene_surface("street")
    changed = sum(
        picture.get_at((x, y)) != plain.get_at((x, y))
        for x in range(560, 620, 4)
        for y in range(410, 540, 4)
    )
    assert changed > 50


def test_a_missing_pack_image_gives_a_plain_picture_not_a_crash(allkinds: Pack) -> None:
    from escape_room.scenes.puzzles.picture import puzzle_picture

    puzzle = allkinds.rooms[0].puzzles["spot"]
    broken = puzzle.model_copy(
        update={"image": puzzle.image.model_copy(update={"scene": None, "image": "nope.png"})}
    )  # type: ignore[attr-defined]
    assert puzzle_picture(broken, allkinds.assets_dir, "en").get_size() == (1280, 720)
