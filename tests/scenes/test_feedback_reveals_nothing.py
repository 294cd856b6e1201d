"""No message the game writes itself gives away an answer: not the hint for a missing number,
not the notes after a wrong try, for any puzzle of the bundled pack, in either language."""

from __future__ import annotations

import random
import re

import pytest

from escape_room.content.pack import Pack
from escape_room.i18n import TABLES
from escape_room.model.answers import correct_response
from escape_room.model.codes import expected_code
from escape_room.scenes.puzzles.numeric import format_number
from escape_room.ui.context import GameContext, Settings
from tests.scenes.conftest import fixed_now
from tests.scenes.puzzle_harness import open_puzzle, play

_FEEDBACK_KEYS = re.compile(r"^(puzzle|keypad|room)\.")


def written(right: object) -> set[str]:
    """An answer as a team would type it (a number in either language's way), or nothing."""
    if isinstance(right, (int, float)) and not isinstance(right, bool):
        return {format_number(float(right), lang) for lang in ("en", "lt")}
    return {right} if isinstance(right, str) else set()


def typed_answers(pack: Pack) -> set[str]:
    """Every answer a team types (numbers, words, codes) in the pack."""
    answers: set[str] = set()
    for room in pack.rooms:
        for puzzle in room.puzzles.values():
            answers |= written(correct_response(puzzle, room))
        if room.model.exit.lock.code_from:
            answers.add(expected_code(room, room.model.exit.lock.code_from))
    return answers


def words(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:[.,]\d+)?|\w+", text))


@pytest.mark.parametrize("lang", ["en", "lt"])
def test_no_screen_text_about_answers_holds_an_answer_of_the_pack(
    bundled_pack: Pack, lang: str
) -> None:
    answers = typed_answers(bundled_pack)
    assert "36" in answers
    texts = {k: v for k, v in TABLES[lang].items() if _FEEDBACK_KEYS.match(k)}
    leaks = {key: answers & words(text) for key, text in texts.items() if answers & words(text)}
    assert not leaks


@pytest.mark.parametrize("lang", ["en", "lt"])
def test_no_message_after_a_wrong_or_missing_answer_holds_the_answer(
    bundled_pack: Pack, lang: str
) -> None:
    leaks = {}
    for room in bundled_pack.rooms:
        for puzzle_id, puzzle in room.puzzles.items():
            ctx = GameContext(bundled_pack, Settings(lang), random.Random(3), fixed_now)
            opened = open_puzzle(ctx, puzzle_id)
            opened.scene.check()  # nothing entered yet
            said = [opened.scene.message.text if opened.scene.message else ""]
            play(opened, correct=False)
            said.append(opened.scene.message.text if opened.scene.message else "")
            given = written(correct_response(puzzle, room)) & words(" ".join(said))
            if given:
                leaks[puzzle_id] = given
    assert not leaks
