"""Under an open puzzle the room is drawn once and kept, and so is the puzzle over it, until
something either shows changes; the kept picture is the same as drawing everything again."""

from __future__ import annotations

import random
from pathlib import Path

import pygame
import pytest

from escape_room.app import Game, GameOptions, build_game
from escape_room.content.pack import Pack
from escape_room.pilot import Pilot
from escape_room.scenes.common import format_time
from escape_room.scenes.room import RoomScene
from escape_room.ui.context import GameContext, Settings
from escape_room.ui.look import recording
from tests.scenes.conftest import fixed_now
from tests.scenes.fakes import fake_checks, fake_puzzles
from tests.scenes.puzzle_harness import open_puzzle as open_puzzle_scene
from tests.scenes.test_play_flow import answer_check, setup_team


@pytest.fixture
def game(mini_pack: Pack, tmp_path: Path) -> Game:
    options = GameOptions(lang="en", data_dir=str(tmp_path), frames=1)
    return build_game(mini_pack, options, fake_puzzles, fake_checks)


def open_puzzle(game: Game, monkeypatch: pytest.MonkeyPatch) -> tuple[Pilot, list[float]]:
    """Into the room, a puzzle opened; returns the pilot and a list noting each room drawing."""
    pilot = Pilot(game.app)
    setup_team(pilot)
    answer_check(pilot)
    pilot.press("return")
    room = pilot.scene
    assert isinstance(room, RoomScene)
    drawn: list[float] = []
    draw = room.draw

    def spy(surface: pygame.Surface) -> None:
        drawn.append(room.run.time_left)
        draw(surface)

    monkeypatch.setattr(room, "draw", spy)
    pilot.click("hotspot:h-mc")
    return pilot, drawn


def test_the_room_under_a_puzzle_is_drawn_again_only_when_what_it_shows_changes(
    game: Game, monkeypatch: pytest.MonkeyPatch
) -> None:
    pilot, drawn = open_puzzle(game, monkeypatch)
    drawn.clear()
    game.app.step((), 0.0)
    for _ in range(20):
        game.app.step((), 0.001)
    assert len(drawn) <= 1, "kept while the clock shows the same second"
    before = len(drawn)
    for _ in range(3):
        game.app.step((), 1.0)
    assert len(drawn) == before, "the clock ticks in the puzzle's strip, not in the room under it"
    pilot.click("puzzle:right")
    assert len(drawn) > before, "the points and the found digit show at once"


def test_the_kept_room_looks_the_same_as_one_drawn_afresh(
    game: Game, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_puzzle(game, monkeypatch)
    app = game.app
    app.step((), 0.001)
    app.step((), 0.001)
    kept = pygame.image.tobytes(app.canvas, "RGB")
    for scene in app.stack.scenes:
        monkeypatch.setattr(scene, "still_key", lambda: None)
    app.step((), 0.001)
    assert pygame.image.tobytes(app.canvas, "RGB") == kept


@pytest.fixture
def puzzle_over_room(bundled_pack: Pack, tmp_path: Path) -> Game:
    """The bundled pack's first room, started, with its first puzzle open over it."""
    game = build_game(bundled_pack, GameOptions(lang="lt", data_dir=str(tmp_path), frames=1))
    game.flow.play_room(0)
    game.app.stack.pop()  # the room's opening card
    room = game.app.stack.top
    assert isinstance(room, RoomScene)
    room.run.start()
    room.open_hotspot(next(h for h in room.room.model.hotspots if h.opens.puzzle).id)
    return game


def test_an_open_puzzle_is_drawn_again_only_when_something_it_shows_changes(
    puzzle_over_room: Game, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = puzzle_over_room.app
    puzzle = app.stack.top
    drawn: list[int] = []
    draw = puzzle.draw
    monkeypatch.setattr(puzzle, "draw", lambda surface: drawn.append(1) or draw(surface))
    app.step((), 0.0)
    drawn.clear()
    for _ in range(20):
        app.step((), 0.001)
    assert len(drawn) <= 1, "kept while nothing changes (but the room's clock)"
    before = len(drawn)
    Pilot(app).press("tab")
    assert len(drawn) > before, "the focus moved: drawn again"


def test_the_kept_puzzle_looks_the_same_as_one_drawn_afresh(
    puzzle_over_room: Game, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = puzzle_over_room.app
    Pilot(app).press("tab")
    app.step((), 0.001)
    kept = pygame.image.tobytes(app.canvas, "RGB")
    for scene in app.stack.scenes:
        monkeypatch.setattr(scene, "still_key", lambda: None)
    app.step((), 0.001)
    assert pygame.image.tobytes(app.canvas, "RGB") == kept


def test_the_time_shows_above_a_puzzle_and_in_the_room_bar_while_paused(
    game: Game, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_puzzle(game, monkeypatch)
    stack = game.app.stack
    room = next(s for s in stack.scenes if isinstance(s, RoomScene))
    shown = format_time(room.run.time_left)

    def texts_with_the_time() -> list[str]:
        for scene in stack.scenes:  # every scene drawn afresh
            monkeypatch.setattr(scene, "still_key", lambda: None)
        with recording() as texts:
            stack.draw(pygame.Surface((1280, 720)))
        return [t.text for t in texts if shown in t.text]

    assert texts_with_the_time() == [f"{game.ctx.t('room.time_left')} {shown}"]
    game.flow.pause()
    assert texts_with_the_time() == [shown], "the stopped clock shows in the room's bar"


def test_a_puzzle_rebuilt_twice_between_frames_is_drawn_again(bundled_pack: Pack) -> None:
    ctx = GameContext(bundled_pack, Settings("en"), random.Random(1), fixed_now)
    puzzle = open_puzzle_scene(ctx, "ticket-box").scene
    kept = puzzle.still_key()
    for _ in range(2):  # the second list of widgets may take the first one's address
        puzzle.refresh()
    assert puzzle.still_key() != kept
