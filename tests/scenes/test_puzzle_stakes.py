"""A puzzle says what it is worth and what a wrong try costs before either happens, says what
a wrong try cost after it, and never says "Right! +0 points" without saying why."""

from __future__ import annotations

import random

from escape_room.content.pack import Pack
from escape_room.ui.context import GameContext, Settings
from tests.scenes.conftest import fixed_now
from tests.scenes.puzzle_harness import open_puzzle, play


def test_the_stakes_show_before_an_answer_and_the_cost_after_a_wrong_one(
    mini_pack: Pack,
) -> None:
    opened = open_puzzle(GameContext(mini_pack, Settings("en"), random.Random(1), fixed_now), "num")
    points = mini_pack.room("lab").puzzles["num"].points
    assert (
        opened.scene.stakes_text() == f"Worth {points} points now. A wrong try costs {points // 4}."
    )
    play(opened, correct=False)
    assert (
        opened.scene.message is not None and f"(−{points // 4} points)" in opened.scene.message.text
    )
    assert opened.scene.stakes_text().startswith(f"Worth {points - points // 4} points")


def test_right_with_no_points_left_says_why(mini_pack: Pack) -> None:
    opened = open_puzzle(GameContext(mini_pack, Settings("en"), random.Random(1), fixed_now), "num")
    for _ in range(4):
        play(opened, correct=False)
    assert opened.scene.stakes_text().endswith("Wrong tries cost nothing more.")
    play(opened, correct=True)
    heading = opened.scene.result_text().heading
    assert "+0" not in heading and "used them up" in heading
