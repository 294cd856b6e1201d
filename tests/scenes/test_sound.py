"""What the game plays while a team plays: clicks, right and wrong, rewards, the unlock, the
ticking last minute, the door and the fanfare; the ambience of the room's scene; nothing when
muted. Played through the mixer on SDL's silent dummy driver."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from escape_room.app import Game, GameOptions, build_game
from escape_room.audio.player import Audio
from escape_room.content.pack import Pack
from escape_room.pilot import Pilot
from escape_room.scenes.room import RoomScene
from tests.scenes.fakes import fake_checks, fake_puzzles
from tests.scenes.test_play_flow import answer_check, setup_team


@pytest.fixture
def game(mini_pack: Pack, tmp_path: Path) -> Game:
    options = GameOptions(lang="en", data_dir=str(tmp_path), frames=1)
    return build_game(mini_pack, options, fake_puzzles, fake_checks)


@pytest.fixture
def heard(game: Game, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every cue the game asks for from now on."""
    cues: list[str] = []
    play = game.ctx.audio.play

    def spy(cue: str) -> None:
        cues.append(cue)
        play(cue)  # type: ignore[arg-type]

    monkeypatch.setattr(game.ctx.audio, "play", spy)
    return cues


def enter_room(pilot: Pilot) -> RoomScene:
    setup_team(pilot)
    answer_check(pilot)
    pilot.press("return")
    room = pilot.scene
    assert isinstance(room, RoomScene)
    return room


def test_a_room_played_to_the_escape_sounds_each_thing_that_happens(
    game: Game, heard: list[str]
) -> None:
    pilot = Pilot(game.app)
    enter_room(pilot)
    assert "click" in heard, "buttons click"
    heard.clear()
    pilot.click("hotspot:h-mc")
    pilot.click("puzzle:wrong")
    pilot.click("puzzle:right")
    assert [c for c in heard if c != "click"] == ["wrong", "right", "reward"]
    pilot.click("puzzle:continue")
    pilot.click("hotspot:h-key")
    pilot.click("card:close")
    heard.clear()
    pilot.click("hotspot:h-box")
    assert "unlock" in heard, "a hotspot opened with an item unlocks"
    pilot.click("puzzle:right")
    pilot.click("puzzle:continue")
    pilot.click("hotspot:h-num")
    pilot.click("puzzle:right")
    pilot.click("puzzle:continue")
    heard.clear()
    pilot.click("exit")
    pilot.type("99")
    pilot.press("return")
    assert "wrong" in heard, "a wrong code is heard"
    pilot.type("47")
    pilot.press("return", frames=2)
    assert [c for c in heard if c != "click"][-2:] == ["door", "fanfare"]


def test_the_last_minute_ticks_once_a_second_and_time_up_is_heard(
    game: Game, heard: list[str]
) -> None:
    pilot = Pilot(game.app)
    room = enter_room(pilot)
    room.run.tick(room.run.time_left - 61)
    pilot.advance(60)
    assert "tick" not in heard, "no ticking before the last minute"
    pilot.advance(120)
    assert heard.count("tick") == 2
    room.run.tick(room.run.time_left - 0.01)
    pilot.advance(2)
    assert heard[-1] == "time_up"


def test_the_room_loops_its_scene_s_ambience_and_stops_it_on_leaving(game: Game) -> None:
    pilot = Pilot(game.app)
    audio = game.ctx.audio
    enter_room(pilot)
    audio.wait_until_made()
    pilot.advance(1)
    assert audio.ambience_playing == "street"
    assert pygame.mixer.Channel(0).get_busy()
    pilot.press("escape")
    pilot.click("pause:quit")
    pilot.click("pause:confirm")
    assert audio.ambience_playing is None


def test_cues_play_through_the_mixer_at_the_volume_set_and_not_at_all_when_muted(
    game: Game,
) -> None:
    settings = game.ctx.settings
    audio = Audio(lambda: settings.loudness)
    assert audio.start(), "the dummy driver opens a mixer"
    audio.wait_until_made()
    pygame.mixer.stop()
    settings.volume, settings.muted = 40, True
    audio.play("fanfare")
    assert not pygame.mixer.get_busy()
    settings.muted = False
    audio.play("fanfare")
    playing = [pygame.mixer.Channel(i) for i in range(pygame.mixer.get_num_channels())]
    sounds = [c.get_sound() for c in playing if c.get_busy()]
    assert [round(s.get_volume(), 2) for s in sounds if s is not None] == [0.4]
    pygame.mixer.stop()


def test_the_ambience_stops_when_muted_and_comes_back_after(game: Game) -> None:
    pilot = Pilot(game.app)
    audio, settings = game.ctx.audio, game.ctx.settings
    enter_room(pilot)
    audio.wait_until_made()
    pilot.advance(1)
    assert audio.ambience_playing == "street"
    settings.muted = True
    pilot.advance(1)
    assert audio.ambience_playing is None
    settings.muted = False
    pilot.advance(1)
    assert audio.ambience_playing == "street" and pygame.mixer.Channel(0).get_busy()
