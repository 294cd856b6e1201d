"""A class plays the mini pack from the title to the debrief by clicks and keys; the score store
then holds every answer, hint, check answer and the room result."""

from __future__ import annotations

from pathlib import Path

import pytest

from escape_room.app import Game, GameOptions, build_game
from escape_room.content.pack import Pack
from escape_room.model.events import AnswerGiven, CheckAnswered, HintTaken, RoomEnded, RoomStarted
from escape_room.pilot import Pilot
from escape_room.scenes.common import Card
from escape_room.scenes.debrief import DebriefScene
from escape_room.scenes.keypad import KeypadScene
from escape_room.scenes.pause import PauseScene
from escape_room.scenes.room import RoomScene
from escape_room.scenes.title import TitleScene
from escape_room.scoring.store import ScoreStore
from tests.scenes.fakes import FakeCheck, FakePuzzle, fake_checks, fake_puzzles


@pytest.fixture
def game(mini_pack: Pack, tmp_path: Path) -> Game:
    options = GameOptions(lang="en", data_dir=str(tmp_path), frames=1)
    return build_game(mini_pack, options, fake_puzzles, fake_checks)


def setup_team(pilot: Pilot) -> None:
    pilot.click("title:start")
    pilot.click("team:name")
    pilot.type("Zuikiai")
    pilot.press("tab")
    pilot.type("Ąžuolas")
    pilot.click("team:player2")
    pilot.type("Rūta")
    pilot.click("Let's go!")


def answer_check(pilot: Pilot) -> None:
    while isinstance(pilot.scene, FakeCheck):
        pilot.do(pilot.scene.autoplay_actions(True)[0])


def test_a_team_plays_the_room_to_the_debrief_and_every_answer_is_stored(game: Game) -> None:
    pilot = Pilot(game.app)
    setup_team(pilot)
    assert isinstance(pilot.scene, FakeCheck), "the knowledge check comes before the room"
    answer_check(pilot)
    assert isinstance(pilot.scene, Card), "the room opens with its intro"
    pilot.press("return")
    room = pilot.scene
    assert isinstance(room, RoomScene) and room.run.started

    pilot.click("hotspot:h-mc")
    assert isinstance(pilot.scene, FakePuzzle)
    pilot.click("puzzle:hint")
    pilot.click("puzzle:wrong")
    pilot.click("puzzle:right")
    pilot.click("puzzle:continue")
    assert pilot.scene is room, "the puzzle's result card said what it gave: not said again"
    assert "inventory:digit:mc" in pilot.ids()

    pilot.click("hotspot:h-box")
    assert "Key" in pilot.scene.body, "the box is locked until the key is held"  # type: ignore[attr-defined]
    pilot.press("escape")
    pilot.click("Bag")
    pilot.click("card:close")
    pilot.click("hotspot:h-box")
    pilot.click("puzzle:right")
    pilot.click("puzzle:continue")
    pilot.click("hotspot:h-num")
    pilot.click("puzzle:right")
    pilot.click("puzzle:continue")
    pilot.click("hotspot:h-note")
    pilot.click("card:close")

    pilot.click("exit")
    assert isinstance(pilot.scene, KeypadScene)
    pilot.type("99")
    pilot.press("return")
    assert pilot.scene.wrong, "a wrong code is refused"  # type: ignore[attr-defined]
    pilot.click("keypad:4")
    pilot.type("7")
    pilot.press("return", frames=2)
    assert room.run.escaped
    assert isinstance(pilot.scene, Card)
    pilot.click("card:close")
    answer_check(pilot)

    debrief = pilot.scene
    assert isinstance(debrief, DebriefScene)
    assert debrief.data.rooms[0].escaped and debrief.data.score == room.run.score
    assert [m.title for m in debrief.data.missed] == ["Shapes"], "only the puzzle answered wrong"
    objectives = {line.title: line for line in debrief.data.objectives}
    assert objectives["Signs"].first_try == 0 and objectives["Crossing"].first_try == 2
    assert objectives["Crossing"].before == (2, 2), "the knowledge check shows per objective"
    while debrief.page < len(debrief.pages) - 1:
        pilot.click("debrief:next")
    pilot.click("debrief:finish")
    assert isinstance(pilot.scene, TitleScene)

    ctx = game.ctx
    assert ctx.scores.store is not None and ctx.session is not None and ctx.team is not None
    assert ctx.team.nicknames == ("Ąžuolas", "Rūta")
    events = [stored.event for stored in ctx.scores.store.events(ctx.session.uuid)[ctx.team.id]]
    kinds = [type(event) for event in events]
    answers = [e for e in events if isinstance(e, AnswerGiven)]
    assert [(a.puzzle_id, a.correct) for a in answers] == [
        ("mc", False),
        ("mc", True),
        ("order", True),
        ("num", True),
    ]
    assert kinds.count(HintTaken) == 1 and kinds.count(RoomStarted) == 1
    assert sum(isinstance(e, CheckAnswered) for e in events) == 4
    ended = next(e for e in events if isinstance(e, RoomEnded))
    assert ended.escaped and ended.score == room.run.score


def test_time_running_out_ends_the_room_even_inside_a_puzzle(game: Game) -> None:
    pilot = Pilot(game.app)
    setup_team(pilot)
    answer_check(pilot)
    pilot.press("return")
    room = pilot.scene
    assert isinstance(room, RoomScene)
    pilot.click("hotspot:h-mc")
    room.run.tick(room.run.time_left - 0.01)
    pilot.advance(2)
    assert room.run.ended and not room.run.escaped
    assert isinstance(pilot.scene, Card) and pilot.scene.title == "Time is up!"


def test_the_pause_menu_stops_the_clock_and_quits_to_the_title(game: Game) -> None:
    pilot = Pilot(game.app)
    setup_team(pilot)
    answer_check(pilot)
    pilot.press("return")
    room = pilot.scene
    assert isinstance(room, RoomScene)
    pilot.advance(60)
    before = room.run.elapsed
    pilot.press("escape")
    pilot.advance(120)
    assert room.run.elapsed == pytest.approx(before), "no time passes while paused"
    pilot.click("pause:settings")
    pilot.click("settings:lang:lt")
    pilot.click("settings:text_scale:150")
    assert game.ctx.lang == "lt" and game.ctx.settings.text_scale == 150
    pilot.click("settings:done")
    assert "pause:quit" in pilot.ids() and pilot.widget("pause:quit").label == "Grįžti į pradžią"
    pilot.click("pause:quit")
    pilot.click("pause:keep")
    assert isinstance(pilot.scene, PauseScene), "quitting asks first"
    pilot.click("pause:quit")
    pilot.click("pause:confirm")
    assert isinstance(pilot.scene, TitleScene)
    ctx = game.ctx
    assert ctx.scores.store is not None and ctx.session is not None and ctx.team is not None
    stored = [s.event for s in ctx.scores.store.events(ctx.session.uuid)[ctx.team.id]]
    ended = [e for e in stored if isinstance(e, RoomEnded)]
    assert [(e.escaped, e.seconds) for e in ended] == [(False, pytest.approx(before, abs=1e-3))]


def test_a_team_needs_a_name_and_a_nickname(game: Game) -> None:
    pilot = Pilot(game.app)
    pilot.click("title:start")
    pilot.click("team:start")
    assert pilot.scene.message == "Give your team a name."  # type: ignore[attr-defined]
    pilot.click("team:name")
    pilot.type("Owls")
    pilot.click("team:start")
    assert pilot.scene.message == "Write at least one nickname."  # type: ignore[attr-defined]


def test_typing_clears_the_message_and_enter_in_a_field_starts_or_says_what_is_missing(
    game: Game,
) -> None:
    pilot = Pilot(game.app)
    pilot.click("title:start")
    pilot.click("team:start")
    pilot.click("team:name")
    pilot.type("Owls")
    assert pilot.scene.message == ""  # type: ignore[attr-defined]
    pilot.press("return")
    assert pilot.scene.message == "Write at least one nickname."  # type: ignore[attr-defined]
    assert pilot.scene.focus.focused_id == "team:player1"
    pilot.type("Pelėda")
    pilot.press("return")
    assert game.ctx.team is not None and game.ctx.team.nicknames == ("Pelėda",)


def test_the_teacher_starts_a_session_and_sees_its_code(
    game: Game, capsys: pytest.CaptureFixture[str]
) -> None:
    pilot = Pilot(game.app)
    pilot.click("title:session")
    pilot.click("session:label")
    pilot.type("5B")
    pilot.press("return")
    session = game.ctx.session
    assert session is not None and session.class_label == "5B"
    assert session.code in capsys.readouterr().out
    pilot.click("session:back")
    setup_team(pilot)
    assert game.ctx.team is not None and game.ctx.team.session_uuid == session.uuid


def test_without_a_store_the_title_says_why_and_offers_to_play_unsaved(
    mini_pack: Pack, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    game = build_game(
        mini_pack, GameOptions(data_dir=str(blocker), frames=1), fake_puzzles, fake_checks
    )
    assert game.ctx.scores.store is None and game.ctx.scores.problem
    pilot = Pilot(game.app)
    assert not pilot.widget("title:session").enabled
    pilot.click("title:unsaved")
    pilot.click("team:name")
    pilot.type("Owls")
    pilot.click("team:player1")
    pilot.type("Fox")
    pilot.click("team:start")
    answer_check(pilot)
    assert isinstance(pilot.scene, Card) and not game.ctx.scores.saved


def test_the_store_stays_readable_by_the_scoring_package(game: Game, tmp_path: Path) -> None:
    pilot = Pilot(game.app)
    setup_team(pilot)
    with ScoreStore.open(tmp_path) as store:
        assert len(store.sessions()) == 1


def test_an_answer_the_store_cannot_take_is_kept_and_saved_later(
    game: Game, monkeypatch: pytest.MonkeyPatch
) -> None:
    from escape_room.scoring.errors import StoreError

    pilot = Pilot(game.app)
    setup_team(pilot)
    answer_check(pilot)
    pilot.press("return")
    scores = game.ctx.scores
    assert scores is not None and scores.store is not None
    store = scores.store
    append = store.append

    def busy(*args: object) -> int:
        raise StoreError("the score database is busy")

    monkeypatch.setattr(store, "append", busy)
    pilot.click("hotspot:h-mc")
    pilot.click("puzzle:right")
    assert scores.unsaved == 3, "the hotspot, the answer and the digit wait"
    assert scores.problem
    monkeypatch.setattr(store, "append", append)
    pilot.click("puzzle:continue")
    pilot.click("hotspot:h-note")
    assert scores.unsaved == 0 and scores.problem is None
    assert game.ctx.session is not None and game.ctx.team is not None
    stored = store.events(game.ctx.session.uuid)[game.ctx.team.id]
    assert any(isinstance(s.event, AnswerGiven) and s.event.correct for s in stored)


def test_f11_switches_full_screen_and_back(game: Game) -> None:
    pilot = Pilot(game.app)
    pilot.press("f11")
    assert game.app.fullscreen
    pilot.press("f11")
    assert not game.app.fullscreen and game.app.window.get_size() == (1280, 720)
    pilot.click("title:start")
    assert "team:name" in pilot.ids(), "clicks still land after switching"
