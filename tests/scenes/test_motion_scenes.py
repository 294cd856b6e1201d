"""Motion in the screens: a wrong code shakes the keypad, found things fly to their slots, the
street has traffic, escaping is celebrated; with reduced motion none of it; the same frames
give the same pictures."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from escape_room.app import Game, GameOptions, build_game
from escape_room.content.pack import Pack
from escape_room.pilot import Pilot
from escape_room.scenes.celebration import CelebrationCard
from escape_room.scenes.common import Card
from escape_room.scenes.keypad import KeypadScene
from escape_room.scenes.room import RoomScene
from tests.scenes.fakes import fake_checks, fake_puzzles
from tests.scenes.test_play_flow import answer_check, setup_team


def new_game(pack: Pack, tmp_path: Path, *, reduced: bool) -> Game:
    game = build_game(
        pack, GameOptions(lang="en", data_dir=str(tmp_path), frames=1), fake_puzzles, fake_checks
    )
    game.ctx.settings.reduced_motion = reduced
    return game


def enter_room(game: Game) -> tuple[Pilot, RoomScene]:
    pilot = Pilot(game.app)
    setup_team(pilot)
    answer_check(pilot)
    pilot.press("return")
    room = pilot.scene
    assert isinstance(room, RoomScene)
    return pilot, room


def play_to_the_escape(pilot: Pilot) -> list[int]:
    """Solve the mini room, try a wrong code, then the right one; the keypad's shake offsets."""
    for hotspot in ("h-mc", "h-num"):
        pilot.click(f"hotspot:{hotspot}")
        pilot.click("puzzle:right")
        pilot.click("puzzle:continue")
    pilot.click("exit")
    keypad = pilot.scene
    assert isinstance(keypad, KeypadScene)
    pilot.type("99")
    pilot.press("return", frames=1)
    shaken = []
    for _ in range(30):
        shaken.append(keypad.shake.offset)
        pilot.advance(1)
    pilot.type("47")
    pilot.press("return", frames=2)
    return shaken


@pytest.mark.parametrize("reduced", [False, True])
def test_motion_plays_unless_reduced(mini_pack: Pack, tmp_path: Path, reduced: bool) -> None:
    game = new_game(mini_pack, tmp_path, reduced=reduced)
    pilot, room = enter_room(game)
    pilot.click("hotspot:h-key")
    pilot.click("card:close")
    assert bool(room.motion.flights) is not reduced, "the bag flies to the inventory"
    pilot.advance(60)
    assert not room.motion.flights, "and lands"
    shaken = play_to_the_escape(pilot)
    assert any(shaken) is not reduced, "a wrong code shakes the keypad"
    assert isinstance(pilot.scene, Card)
    assert isinstance(pilot.scene, CelebrationCard) is not reduced
    assert (room.motion.swing is not None) is not reduced, "the door swings open"


def test_the_street_s_traffic_moves_with_the_frames_and_not_with_reduced_motion(
    mini_pack: Pack, tmp_path: Path
) -> None:
    game = new_game(mini_pack, tmp_path / "a", reduced=False)
    enter_room(game)
    game.app.step((), 0.5)
    one = pygame.image.tobytes(game.app.canvas, "RGB")
    game.app.step((), 0.5)
    assert pygame.image.tobytes(game.app.canvas, "RGB") != one, "the traffic moved"
    game.ctx.settings.reduced_motion = True
    game.app.step((), 0.001)
    still = pygame.image.tobytes(game.app.canvas, "RGB")
    game.app.step((), 0.001)
    assert pygame.image.tobytes(game.app.canvas, "RGB") == still


def test_the_same_frames_give_the_same_pictures(mini_pack: Pack, tmp_path: Path) -> None:
    pictures = []
    for run in ("a", "b"):
        game = new_game(mini_pack, tmp_path / run, reduced=False)
        pilot, _ = enter_room(game)
        play_to_the_escape(pilot)
        pilot.advance(10)
        pictures.append(pygame.image.tobytes(game.app.canvas, "RGB"))
    assert pictures[0] == pictures[1]
