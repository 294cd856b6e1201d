"""Reading aloud: F2 reads the screen; with the setting on, new screens, feedback and what gets
the focus are read as they come, in the game's language; without an engine the game plays on."""

from __future__ import annotations

import random
import sys
import threading
import types
from pathlib import Path

import pytest

from escape_room.app import Game, GameOptions, build_game
from escape_room.audio import speech as speech_module
from escape_room.audio.speech import NoVoice, Speech, shared_speech
from escape_room.content.pack import Pack
from escape_room.pilot import Pilot
from escape_room.ui.context import GameContext, Settings
from tests.scenes.conftest import fixed_now
from tests.scenes.fakes import fake_checks, fake_puzzles
from tests.scenes.test_play_flow import answer_check, setup_team


class FakeEngine:
    """Says nothing; keeps what it was asked to say. Knows English only."""

    def __init__(self) -> None:
        self.heard: list[tuple[str, str]] = []

    def speak(self, text: str, lang: str) -> None:
        if lang != "en":
            raise NoVoice(lang)
        self.heard.append((text, lang))


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def game(mini_pack: Pack, tmp_path: Path, engine: FakeEngine) -> Game:
    options = GameOptions(lang="en", data_dir=str(tmp_path), frames=1)
    game = build_game(mini_pack, options, fake_puzzles, fake_checks)
    game.ctx.speech = Speech(lambda: engine)
    assert game.app.reader is not None
    game.app.reader.speech = game.ctx.speech
    return game


def heard(game: Game, engine: FakeEngine) -> list[str]:
    game.ctx.speech.wait_until_said()
    texts = [text for text, _ in engine.heard]
    engine.heard.clear()
    return texts


def test_f2_reads_the_screen_with_its_options_even_with_the_setting_off(
    game: Game, engine: FakeEngine
) -> None:
    pilot = Pilot(game.app)
    pilot.advance(2)
    assert heard(game, engine) == [], "nothing is read unasked"
    pilot.press("f2")
    (text,) = heard(game, engine)
    assert "Start playing" in text


def test_with_the_setting_on_new_screens_feedback_and_focus_are_read(
    game: Game, engine: FakeEngine
) -> None:
    game.ctx.settings.read_aloud = True
    pilot = Pilot(game.app)
    setup_team(pilot)
    answer_check(pilot)
    pilot.press("return")
    heard(game, engine)
    pilot.click("hotspot:h-mc")
    said = heard(game, engine)
    assert said and "Right" in said[-1] and "Wrong" in said[-1], "a puzzle's options"
    pilot.press("tab")
    assert heard(game, engine) != [], "the focused option"


def test_a_language_without_a_voice_is_told_and_the_game_plays_on(
    game: Game, engine: FakeEngine
) -> None:
    game.ctx.settings.lang = "lt"
    pilot = Pilot(game.app)
    pilot.press("f2")
    game.ctx.speech.wait_until_said()
    assert game.ctx.speech.problem == "no voice for lt"
    pilot.advance(2)


def test_without_an_engine_the_problem_is_told_and_nothing_breaks() -> None:
    def missing() -> FakeEngine:
        raise ImportError("No module named 'pyttsx3'")

    speech = Speech(missing)
    speech.say("Hello", "en")
    speech.wait_until_said()
    assert speech.problem is not None and "pyttsx3" in speech.problem


def test_switching_the_setting_on_reads_the_screen_then_only_what_changes(
    game: Game, engine: FakeEngine
) -> None:
    pilot = Pilot(game.app)
    pilot.advance(2)
    game.ctx.settings.read_aloud = True
    pilot.advance(1)
    (screen,) = heard(game, engine)
    assert "Start playing" in screen
    pilot.advance(3)
    assert heard(game, engine) == [], "nothing new, nothing said"


def test_a_probe_tells_a_settings_screen_whether_reading_aloud_can_work() -> None:
    def missing() -> FakeEngine:
        raise OSError("libespeak-ng.so.1: cannot open shared object file")

    speech, working = Speech(missing), Speech(FakeEngine)
    for each in (speech, working):
        each.probe()
        each.wait_until_said()
    assert speech.problem is not None and "libespeak" in speech.problem
    assert working.problem is None


def test_every_game_context_reads_through_one_speech(mini_pack: Pack) -> None:
    first = GameContext(mini_pack, Settings("en"), random.Random(1), fixed_now)
    second = GameContext(mini_pack, Settings("lt"), random.Random(2), fixed_now)
    assert first.speech is second.speech is shared_speech()


def test_the_engine_starts_once_however_many_threads_ask_at_once() -> None:
    made: list[FakeEngine] = []
    gate = threading.Barrier(8)

    def make() -> FakeEngine:
        made.append(FakeEngine())
        return made[-1]

    speech = Speech(make)

    def ask() -> None:
        gate.wait()
        speech.say("Hello", "en")

    askers = [threading.Thread(target=ask) for _ in range(8)]
    for asker in askers:
        asker.start()
    for asker in askers:
        asker.join()
    speech.wait_until_said()
    assert len(made) == 1 and made[0].heard


def test_one_pyttsx3_engine_is_made_for_the_process(monkeypatch: pytest.MonkeyPatch) -> None:
    inits: list[object] = []
    fake = types.ModuleType("pyttsx3")
    fake.init = lambda: inits.append(object()) or inits[-1]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pyttsx3", fake)
    monkeypatch.setattr(speech_module, "_ENGINE", [])
    assert speech_module.pyttsx3_engine() is speech_module.pyttsx3_engine()
    assert len(inits) == 1
