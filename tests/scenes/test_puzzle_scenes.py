"""Every puzzle type, played through the real event queue: by mouse, by keyboard alone, and
wrong first; what the team sees after each answer and what the room records."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from escape_room.content.pack import Pack, load_pack
from escape_room.content.puzzlefile import PUZZLE_TYPES
from escape_room.model.answers import correct_response
from escape_room.model.events import HintTaken
from escape_room.scenes.contracts import CLOSE_ID, CONTINUE_ID, HINT_ID
from escape_room.scenes.puzzles import SCENES
from escape_room.scenes.puzzles.frame import CHECK_ID
from escape_room.ui.context import GameContext, Settings
from tests.scenes.conftest import fixed_now
from tests.scenes.puzzle_harness import Opened, open_puzzle, play, play_by_keys

ALLKINDS = Path(__file__).parent.parent / "fixtures" / "allkinds"
PUZZLES = ["mc", "tf", "order", "match", "sort", "spot", "num", "word", "lock"]


@pytest.fixture(scope="module")
def allkinds() -> Pack:
    return load_pack(ALLKINDS)


def context(pack: Pack, lang: str = "en", seed: int = 7) -> GameContext:
    return GameContext(pack, Settings(lang), random.Random(seed), fixed_now)


def opened(pack: Pack, puzzle_id: str, lang: str = "en") -> Opened:
    """The puzzle open, with the digits a code lock needs already won."""
    result = open_puzzle(context(pack, lang), puzzle_id)
    if puzzle_id == "lock":
        result.run.answer("mc", frozenset({"zebra", "underpass"}))
        result.run.answer("tf", False)
        result.events.clear()
    return result


def test_the_fixture_pack_has_one_puzzle_of_every_type(allkinds: Pack) -> None:
    kinds = {puzzle.type for puzzle in allkinds.rooms[0].puzzles.values()}
    assert kinds == set(PUZZLE_TYPES) == set(SCENES)


@pytest.mark.parametrize("puzzle_id", PUZZLES)
@pytest.mark.parametrize("lang", ["en", "lt"])
def test_a_right_answer_solves_the_puzzle_and_continue_says_so(
    allkinds: Pack, puzzle_id: str, lang: str
) -> None:
    # given
    game = opened(allkinds, puzzle_id, lang)
    # when
    play(game, correct=True)
    # then
    assert [(a.correct, a.attempt) for a in game.answers] == [(True, 1)]
    assert game.scene.solved and game.pilot.ids() == [CONTINUE_ID]
    game.pilot.click(CONTINUE_ID)
    assert [(o.puzzle_id, o.solved) for o in game.outcomes] == [(puzzle_id, True)]


@pytest.mark.parametrize("puzzle_id", PUZZLES)
def test_the_keyboard_alone_solves_every_puzzle(allkinds: Pack, puzzle_id: str) -> None:
    game = opened(allkinds, puzzle_id)
    play_by_keys(game, correct=True)
    assert [a.correct for a in game.answers] == [True]
    game.pilot.press("return")
    assert game.outcomes and game.outcomes[0].solved


@pytest.mark.parametrize("puzzle_id", [p for p in PUZZLES if p != "spot"])
def test_a_wrong_answer_shows_its_feedback_and_counts_as_an_attempt(
    allkinds: Pack, puzzle_id: str
) -> None:
    # given
    game = opened(allkinds, puzzle_id)
    # when
    play_by_keys(game, correct=False)
    # then
    message = game.scene.message
    assert message is not None and message.kind == "wrong"
    assert "Try again!" in message.text
    assert [(a.correct, a.attempt, a.points) for a in game.answers] == [(False, 1, 0)]
    assert CHECK_ID in game.pilot.ids() and not game.outcomes
    # and when they try again
    play(game, correct=True)
    first_try = allkinds.rooms[0].puzzles[puzzle_id].points
    assert [(a.correct, a.attempt) for a in game.answers] == [(False, 1), (True, 2)]
    assert game.answers[-1].points == first_try - first_try // 4


def test_a_wrong_option_shows_its_own_feedback_beside_it(allkinds: Pack) -> None:
    game = opened(allkinds, "mc")
    game.pilot.click("option:parked")
    game.pilot.click(CHECK_ID)
    assert game.scene.message is not None
    assert (
        game.scene.message.text == "Check again which places are crossings. Try again! (−2 points)"
    )
    assert game.pilot.widget("option:parked").note == "Parked cars hide you from drivers."  # type: ignore[attr-defined]
    game.pilot.click("option:zebra")
    assert game.scene.message is None and not game.pilot.widget("option:parked").note  # type: ignore[attr-defined]


@pytest.mark.parametrize("puzzle_id", ["order", "match", "sort"])
def test_a_wrong_arrangement_says_how_much_of_it_is_right(allkinds: Pack, puzzle_id: str) -> None:
    game = opened(allkinds, puzzle_id)
    play(game, correct=False)
    assert game.scene.message is not None and "Correct so far:" in game.scene.message.text


@pytest.mark.parametrize(
    ("puzzle_id", "note"),
    [
        ("mc", "Choose an answer first."),
        ("tf", "Choose an answer first."),
        ("match", "Give every text on the left a partner first."),
        ("sort", "Put every one in a group first."),
        ("num", "Type a number with digits (a comma or a point before any decimals)."),
        ("word", "Type an answer first."),
        ("lock", "The code has 2 digits."),
    ],
)
def test_checking_an_unfinished_answer_explains_and_is_no_attempt(
    allkinds: Pack, puzzle_id: str, note: str
) -> None:
    game = opened(allkinds, puzzle_id)
    game.pilot.click(CHECK_ID)
    assert game.scene.message is not None
    assert (game.scene.message.kind, game.scene.message.text) == ("note", note)
    assert game.answers == []


def test_leaving_a_puzzle_says_it_is_unsolved(allkinds: Pack) -> None:
    game = opened(allkinds, "order")
    game.pilot.click(CLOSE_ID)
    assert [(o.puzzle_id, o.solved) for o in game.outcomes] == [("order", False)]
    assert game.answers == []


def test_escape_is_left_to_the_app_for_the_pause_menu(allkinds: Pack) -> None:
    game = opened(allkinds, "mc")
    game.pilot.press("escape")
    assert not game.outcomes and game.app.stack.top is game.scene


def test_hints_show_in_turn_with_their_cost_until_none_is_left(allkinds: Pack) -> None:
    # given: the first hint costs the room's 3 points, the second its own 5
    game = opened(allkinds, "mc")
    assert game.pilot.widget(HINT_ID).label == "Hint\n(−3 points)"
    # when
    game.pilot.click(HINT_ID)
    # then
    assert game.pilot.widget(HINT_ID).label == "Hint\n(−5 points)"
    game.pilot.click(HINT_ID)
    assert not game.pilot.widget(HINT_ID).enabled
    assert game.pilot.widget(HINT_ID).label == "No more hints"
    hints = [e for e in game.events if isinstance(e, HintTaken)]
    assert [(h.hint_index, h.cost) for h in hints] == [(0, 3), (1, 5)]
    play(game, correct=True)
    assert game.answers[-1].hints_used == 2 and game.answers[-1].points == 10 - 8


def test_a_puzzle_without_hints_has_no_hint_button(allkinds: Pack) -> None:
    assert HINT_ID not in opened(allkinds, "tf").pilot.ids()


def test_the_result_shows_feedback_explanation_and_reward(allkinds: Pack) -> None:
    game = opened(allkinds, "mc", "lt")
    play(game, correct=True)
    result = game.scene.result_text()
    assert result.heading == "Teisingai! +10 tšk."
    assert result.feedback == "Taip! Perėjos – saugios vietos."
    assert result.explanation.startswith("Gatvę pereikite perėjomis")
    assert [(r.icon, r.digit, r.text) for r in result.rewards] == [
        ("digit", "3", "Kodo skaitmuo: 3\nAnt ženklo nupieštas 3.")
    ]


def test_an_item_reward_names_the_item(allkinds: Pack) -> None:
    game = opened(allkinds, "match")
    play(game, correct=True)
    assert [r.text for r in game.scene.result_text().rewards] == ["You found: Whistle"]


def test_the_scenes_rebuild_in_another_language_keeping_what_was_chosen(allkinds: Pack) -> None:
    game = opened(allkinds, "tf")
    game.pilot.click("answer:false")
    game.scene.ctx.settings.lang = "lt"
    game.app.stack.settings_changed()
    assert game.pilot.widget("answer:false").label == "Netiesa"
    assert game.pilot.widget("answer:false").selected  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["en", "lt"])
def test_the_demo_solves_every_shipped_puzzle_after_a_wrong_try(
    bundled_pack: Pack, lang: str
) -> None:
    for room in bundled_pack.rooms:
        for puzzle_id, puzzle in room.puzzles.items():
            game = open_puzzle(context(bundled_pack, lang), puzzle_id)
            for needed in getattr(puzzle, "digits_from", []):
                game.run.answer(needed, correct_response(room.puzzles[needed], room))
            play(game, correct=False)
            play(game, correct=True)
            assert game.scene.solved, puzzle_id
            assert [a.correct for a in game.answers][-1:] == [True]
