"""Typed answers (numbers with a decimal comma or point, words with Lithuanian letters) and the
code lock's keypad."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from escape_room.content.pack import Pack, load_pack
from escape_room.scenes.puzzles.code_lock import CODE_ID, CodeLockScene
from escape_room.scenes.puzzles.frame import CHECK_ID
from escape_room.scenes.puzzles.numeric import format_number, parse_number
from escape_room.scenes.puzzles.typed import ANSWER_ID
from escape_room.ui.context import GameContext, Settings
from tests.scenes.conftest import fixed_now
from tests.scenes.puzzle_harness import Opened, open_puzzle

ALLKINDS = Path(__file__).parent.parent / "fixtures" / "allkinds"


@pytest.fixture(scope="module")
def allkinds() -> Pack:
    return load_pack(ALLKINDS)


def game(pack: Pack, puzzle_id: str, lang: str = "en") -> Opened:
    return open_puzzle(GameContext(pack, Settings(lang), random.Random(7), fixed_now), puzzle_id)


@pytest.mark.parametrize(
    ("text", "value"),
    [("36", 36.0), ("2,5", 2.5), ("2.5", 2.5), ("-4", -4.0), (",5", 0.5), (" 150 ", 150.0)],
)
def test_numbers_are_read_with_a_comma_or_a_point(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "-", ",", "1,2,3", "1.2.3", "5-", "--5", "1,2.3"])
def test_what_is_not_a_number_is_not_read(text: str) -> None:
    assert parse_number(text) is None


def test_numbers_are_written_as_people_write_them() -> None:
    assert [format_number(v, "lt") for v in (150.0, 2.5, -0.25)] == ["150", "2,5", "-0,25"]
    assert format_number(2.5, "en") == "2.5"


def test_the_number_box_takes_digits_one_separator_and_minus_only(allkinds: Pack) -> None:
    opened = game(allkinds, "num")
    opened.pilot.type("1a5 0,x")
    assert opened.pilot.widget(ANSWER_ID).value == "150,"  # type: ignore[attr-defined]


def test_a_lithuanian_decimal_answer_is_checked(allkinds: Pack) -> None:
    opened = game(allkinds, "num", "lt")
    opened.pilot.type("140,5")
    opened.pilot.press("return")
    assert [(a.correct, a.response) for a in opened.answers] == [(True, "140.5")]


def test_a_bad_number_gets_a_friendly_message_and_is_no_attempt(allkinds: Pack) -> None:
    opened = game(allkinds, "num", "lt")
    opened.pilot.type("1,2,3")
    opened.pilot.press("return")
    assert opened.answers == []
    assert opened.scene.message is not None
    assert (
        opened.scene.message.text
        == "Įrašykite skaičių skaitmenimis (dešimtąsias dalis atskirkite kableliu)."
    )
    opened.pilot.type("4")
    assert opened.scene.message is None


def test_the_unit_is_shown_after_the_box(allkinds: Pack) -> None:
    assert game(allkinds, "num", "lt").pilot.widget("puzzle:unit").label == "metrų"


def test_typed_lithuanian_letters_count_and_accents_are_forgiven(allkinds: Pack) -> None:
    opened = game(allkinds, "word", "lt")
    opened.pilot.type("Atšvaitą")
    assert opened.pilot.widget(ANSWER_ID).value == "Atšvaitą"  # type: ignore[attr-defined]
    opened.pilot.click(CHECK_ID)
    assert [(a.correct, a.response) for a in opened.answers] == [(True, "Atšvaitą")]


def test_typing_goes_into_the_box_wherever_the_focus_is(allkinds: Pack) -> None:
    opened = game(allkinds, "word")
    opened.pilot.press("tab")
    assert opened.scene.focus.focused_id != ANSWER_ID
    opened.pilot.type("reflector")
    opened.pilot.press("return")
    assert [a.correct for a in opened.answers] == [True]


def test_an_answer_without_accents_is_right_too(allkinds: Pack) -> None:
    opened = game(allkinds, "word", "lt")
    opened.pilot.type("  ATSVAITAS ")
    opened.pilot.press("return")
    assert [a.correct for a in opened.answers] == [True]


@pytest.fixture
def lock(allkinds: Pack) -> Opened:
    opened = game(allkinds, "lock")
    opened.run.answer("mc", frozenset({"zebra", "underpass"}))
    opened.events.clear()
    opened.pilot.advance()
    return opened


def lock_scene(opened: Opened) -> CodeLockScene:
    assert isinstance(opened.scene, CodeLockScene)
    return opened.scene


def test_the_lock_shows_the_digits_found_so_far(lock: Opened) -> None:
    digits = [e.digit for e in lock_scene(lock).host.inventory if e.kind == "digit"]
    assert digits == ["3"]


def test_the_keypad_types_deletes_and_clears(lock: Opened) -> None:
    for key in ("key:3", "key:9", "key:7", "key:delete"):
        lock.pilot.click(key)
    assert lock_scene(lock).code == "3"
    lock.pilot.click("key:clear")
    assert lock_scene(lock).code == ""


def test_typed_digits_and_enter_try_the_code(lock: Opened) -> None:
    # given: focus on the display, as when the lock opens
    assert lock.scene.focus.focused_id == CODE_ID
    lock.pilot.type("39")
    lock.pilot.press("backspace")
    lock.pilot.type("8")
    lock.pilot.press("return")
    assert [(a.correct, a.response) for a in lock.answers] == [(True, "38")]


def test_a_wrong_code_is_cleared_for_the_next_try(lock: Opened) -> None:
    lock.pilot.type("12")
    lock.pilot.press("return")
    assert [a.correct for a in lock.answers] == [False] and lock_scene(lock).code == ""


def test_space_presses_the_focused_key_and_enter_there_tries_the_code(lock: Opened) -> None:
    lock.pilot.press("tab")
    lock.pilot.press("space")
    assert lock.scene.focus.focused_id == "key:1" and lock_scene(lock).code == "1"
    lock.pilot.press("return")
    assert lock.answers == [] and lock.scene.message is not None
    assert lock.scene.message.text == "The code has 2 digits."
