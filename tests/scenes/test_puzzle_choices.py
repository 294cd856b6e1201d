"""Choosing, ordering, pairing and sorting: how each body behaves under the team's hands."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from escape_room.content.pack import Pack, load_pack
from escape_room.scenes.puzzles.frame import CHECK_ID
from escape_room.scenes.puzzles.matching import MatchingScene
from escape_room.scenes.puzzles.multiple_choice import MultipleChoiceScene
from escape_room.scenes.puzzles.ordering import OrderingScene
from escape_room.ui.context import GameContext, Settings
from tests.scenes.conftest import fixed_now
from tests.scenes.puzzle_harness import Opened, open_puzzle

ALLKINDS = Path(__file__).parent.parent / "fixtures" / "allkinds"


@pytest.fixture(scope="module")
def allkinds() -> Pack:
    return load_pack(ALLKINDS)


def game(pack: Pack, puzzle_id: str, seed: int = 7) -> Opened:
    return open_puzzle(GameContext(pack, Settings("en"), random.Random(seed), fixed_now), puzzle_id)


def selected(opened: Opened) -> list[str]:
    return [w.id for w in opened.scene.widgets() if getattr(w, "selected", False)]


def test_several_right_options_let_the_team_choose_several(mini_pack: Pack) -> None:
    opened = game(mini_pack, "mc")
    scene = opened.scene
    assert isinstance(scene, MultipleChoiceScene) and not scene.single
    opened.pilot.click("option:tri")
    opened.pilot.click("option:disc")
    assert sorted(selected(opened)) == ["option:disc", "option:tri"]
    assert opened.pilot.widget("puzzle:how").label == "Choose all that apply."


def test_a_single_answer_question_keeps_one_choice(allkinds: Pack) -> None:
    opened = game(allkinds, "tf")
    opened.pilot.click("answer:true")
    opened.pilot.click("answer:false")
    assert selected(opened) == ["answer:false"]
    assert opened.pilot.widget("puzzle:how").label == "Choose one answer."


def test_choosing_a_chosen_option_again_unchooses_it(allkinds: Pack) -> None:
    opened = game(allkinds, "mc")
    opened.pilot.click("option:bend")
    opened.pilot.click("option:bend")
    assert selected(opened) == []


def test_options_are_shuffled_by_the_games_random_generator(allkinds: Pack) -> None:
    orders = {tuple(o.id for o in game(allkinds, "mc", seed).scene.options) for seed in range(8)}  # type: ignore[attr-defined]
    assert len(orders) > 1
    again = [tuple(o.id for o in game(allkinds, "mc", 3).scene.options) for _ in range(2)]  # type: ignore[attr-defined]
    assert again[0] == again[1]


def test_steps_never_start_in_the_right_order(allkinds: Pack) -> None:
    right = ["stop", "left", "right", "again", "go"]
    for seed in range(40):
        scene = game(allkinds, "order", seed).scene
        assert isinstance(scene, OrderingScene) and scene.order != right
        assert sorted(scene.order) == sorted(right)


def test_arrows_move_a_step_and_focus_goes_with_it(allkinds: Pack) -> None:
    opened = game(allkinds, "order")
    scene = opened.scene
    assert isinstance(scene, OrderingScene)
    last = scene.order[-1]
    opened.pilot.click(f"step:{last}:up")
    assert scene.order.index(last) == len(scene.order) - 2
    opened.pilot.press("return")
    assert scene.order.index(last) == len(scene.order) - 3
    assert scene.focus.focused_id == f"step:{last}:up"
    first = scene.order[0]
    opened.pilot.click(f"step:{first}:up")
    assert scene.order[0] == first


def test_pairs_are_made_from_either_side_and_can_be_remade(allkinds: Pack) -> None:
    opened = game(allkinds, "match")
    scene = opened.scene
    assert isinstance(scene, MatchingScene)
    assert scene.shown != [0, 1, 2, 3]
    opened.pilot.click("left:0")
    opened.pilot.click("right:2")
    opened.pilot.click("right:1")
    opened.pilot.click("left:3")
    assert scene.pairs == {0: 2, 3: 1}
    # when: another left takes right 2, and left 0 is left without a partner
    opened.pilot.click("left:1")
    opened.pilot.click("right:2")
    assert scene.pairs == {3: 1, 1: 2}
    assert len(scene.lines) == 2
    assert opened.pilot.widget("right:2").tag.text == "2"  # type: ignore[attr-defined]


def test_a_picked_text_is_put_down_when_chosen_again(allkinds: Pack) -> None:
    opened = game(allkinds, "match")
    opened.pilot.click("left:2")
    opened.pilot.click("left:2")
    assert opened.scene.picked is None  # type: ignore[attr-defined]
    assert selected(opened) == []


def test_each_item_goes_in_the_category_chosen_last(allkinds: Pack) -> None:
    opened = game(allkinds, "sort")
    opened.pilot.click("item:0:unsafe")
    opened.pilot.click("item:0:safe")
    assert opened.scene.sorted == {0: "safe"}  # type: ignore[attr-defined]
    assert selected(opened) == ["item:0:safe"]


def test_checking_is_by_the_check_button_only(allkinds: Pack) -> None:
    opened = game(allkinds, "tf")
    opened.pilot.click("answer:false")
    assert opened.answers == []
    opened.pilot.click(CHECK_ID)
    assert [a.correct for a in opened.answers] == [True]


def test_a_wrong_answers_message_is_said_again_when_the_settings_change(allkinds: Pack) -> None:
    opened = game(allkinds, "mc")
    scene, ctx = opened.scene, opened.scene.ctx
    opened.pilot.click("option:bend")
    opened.pilot.click(CHECK_ID)
    assert scene.message is not None and "bend" not in scene.message.text  # said under it
    ctx.settings.text_scale = 200  # no room under the options any more
    scene.settings_changed()
    assert scene.message is not None and "after a bend" in scene.message.text
    ctx.settings.lang = "lt"
    scene.settings_changed()
    assert scene.message is not None and "Už posūkio" in scene.message.text
