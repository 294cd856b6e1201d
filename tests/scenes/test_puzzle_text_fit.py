"""Every text a puzzle screen draws fits its box whole, in English and Lithuanian at every text
size the settings offer (100 to 200 %): before answering, after a wrong answer with every hint
taken, and once solved (every card of a result too long for one). At double text size, lists
that do not fit are paged (every page whole) and a long message covers them until asked to go."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from escape_room import paths
from escape_room.content.pack import Pack, load_pack
from escape_room.model.answers import correct_response
from escape_room.scenes.contracts import CONTINUE_ID, HINT_ID
from escape_room.scenes.puzzles.chrome import ResultText, RewardLine, result_cards
from escape_room.scenes.puzzles.code_lock import CodeLockScene
from escape_room.scenes.puzzles.frame import AGAIN_ID
from escape_room.tools.screenshots import problems as screen_problems
from escape_room.ui.context import GameContext, Settings
from tests.scenes.conftest import fixed_now
from tests.scenes.puzzle_harness import Opened, open_puzzle, play, room_of
from tests.scenes.textcheck import Drawn, misfits

PACKS = {
    "allkinds": Path(__file__).parent.parent / "fixtures" / "allkinds",
    "bundled": paths.bundled_pack(),
}


@pytest.fixture(scope="module", params=list(PACKS))
def pack(request: pytest.FixtureRequest) -> Pack:
    return load_pack(PACKS[request.param])


def open_at(pack: Pack, puzzle_id: str, lang: str, text_scale: int) -> Opened:
    ctx = GameContext(pack, Settings(lang, text_scale=text_scale), random.Random(7), fixed_now)
    game = open_puzzle(ctx, puzzle_id)
    room = room_of(pack, puzzle_id)
    for needed in getattr(room.puzzles[puzzle_id], "digits_from", []):
        game.run.answer(needed, correct_response(room.puzzles[needed], room))
    return game


def every_puzzle(pack: Pack) -> list[str]:
    return [puzzle_id for room in pack.rooms for puzzle_id in room.puzzles]


@pytest.mark.parametrize("lang", ["en", "lt"])
@pytest.mark.parametrize("text_scale", [100, 125, 150, 175, 200])
def test_puzzle_texts_fit_whole_at_normal_and_large_text(
    pack: Pack, lang: str, text_scale: int, drawn: list[Drawn]
) -> None:
    problems: dict[str, list[str]] = {}
    for puzzle_id in every_puzzle(pack):
        game = open_at(pack, puzzle_id, lang, text_scale)
        for state in ("start", "wrong", "solved", "rest of the result"):
            if state == "rest of the result":
                if game.scene.result_page + 1 >= len(game.scene._result_pages()):
                    continue
                game.pilot.click(CONTINUE_ID)
            elif state == "wrong":
                while game.pilot.widget(HINT_ID).enabled if HINT_ID in game.pilot.ids() else False:
                    game.pilot.click(HINT_ID)
                play(game, correct=False)
            elif state == "solved":
                play(game, correct=True)
            drawn.clear()
            game.pilot.advance()
            assert len(drawn) > 3
            if found := misfits(drawn):
                problems[f"{puzzle_id} {state}"] = found
    assert not problems


def test_at_double_text_size_steps_are_paged_and_a_long_message_covers_them(
    bundled_pack: Pack,
) -> None:
    # given the crossing routine in Lithuanian at 200 %: its steps do not fit on one page
    game = open_at(bundled_pack, "cross-routine", "lt", 200)
    assert game.scene.pager.count > 1
    assert "puzzle:page:next" in game.pilot.ids()
    # when a wrong order is checked, its long feedback covers the steps until they are asked for
    play(game, correct=False)
    assert game.scene.carded and AGAIN_ID in game.pilot.ids()
    assert not any(i.startswith("step:") for i in game.pilot.ids())
    # then the demo's answer turns the pages as it moves the steps, and solves it
    play(game, correct=True)
    assert game.scene.solved


@pytest.mark.parametrize("lang", ["en", "lt"])
def test_steps_items_and_pairs_fit_whole_on_every_page_at_double_text_size(
    pack: Pack, lang: str, drawn: list[Drawn]
) -> None:
    problems: dict[str, list[str]] = {}
    arranged = [
        puzzle_id
        for room in pack.rooms
        for puzzle_id, puzzle in room.puzzles.items()
        if puzzle.type in ("ordering", "categorize", "matching")
    ]
    assert arranged
    for puzzle_id in arranged:
        # given a puzzle that orders, sorts or pairs texts, at 200 %
        game = open_at(pack, puzzle_id, lang, 200)
        for page in range(game.scene.pager.count):
            # when each of its pages is shown
            drawn.clear()
            game.pilot.advance()
            # then every text on it is whole and readable
            if found := misfits(drawn):
                problems[f"{puzzle_id} page {page + 1}"] = found
            if page + 1 < game.scene.pager.count:
                game.pilot.click(game.scene.pager.next_id)
    assert not problems


@pytest.mark.parametrize("lang", ["en", "lt"])
@pytest.mark.parametrize("text_scale", [100, 125, 150, 175, 200])
def test_a_code_lock_shows_every_digit_found_and_nothing_overlaps_at_every_text_size(
    pack: Pack, lang: str, text_scale: int
) -> None:
    locks = [
        puzzle_id
        for room in pack.rooms
        for puzzle_id, puzzle in room.puzzles.items()
        if puzzle.type == "code_lock"
    ]
    assert locks
    for puzzle_id in locks:
        # given a code lock opened with the digits it asks for found
        game = open_at(pack, puzzle_id, lang, text_scale)
        scene = game.scene
        assert isinstance(scene, CodeLockScene)
        game.pilot.advance()
        # then each digit found is shown, and no text is cut or over another or a button
        found = [e for e in scene.host.inventory if e.kind == "digit"]
        assert found and len(scene.tiles()) == len(found)
        assert not screen_problems(scene), puzzle_id


@pytest.mark.parametrize("lang", ["en", "lt"])
def test_at_double_text_size_every_result_is_whole_on_each_of_its_cards(
    pack: Pack, lang: str, drawn: list[Drawn]
) -> None:
    problems: dict[str, list[str]] = {}
    for puzzle_id in every_puzzle(pack):
        # given each puzzle solved at 200 %
        game = open_at(pack, puzzle_id, lang, 200)
        play(game, correct=True)
        pages = len(game.scene._result_pages())
        for page in range(pages):
            # when each card of its result is shown
            drawn.clear()
            game.pilot.advance()
            # then all of its text is whole and readable
            if found := misfits(drawn):
                problems[f"{puzzle_id} card {page + 1} of {pages}"] = found
            if page + 1 < pages:
                game.pilot.click(CONTINUE_ID)
    assert not problems


def test_a_long_result_is_spread_over_cards_sentence_by_sentence_in_order() -> None:
    # given a result whose explanation runs over several cards (one that holds two sentences)
    reward = RewardLine("clue", None, "A clue")
    result = ResultText(
        "Right!",
        "Well done.",
        "Stop. Look left.\nSince 2018 m. Lithuania bans it. Wait.",
        (reward,),
    )

    def fits(card: ResultText) -> bool:
        said = " ".join((card.feedback, card.explanation)).replace("\n", " ")
        return said.count(".") - said.count(" m.") + len(card.rewards) <= 2

    # when it is spread over cards
    cards = result_cards(result, fits)
    # then each card has the heading, and together they say everything once, in order
    assert all(card.heading == "Right!" for card in cards)
    assert [(c.feedback, c.explanation, c.rewards) for c in cards] == [
        ("Well done.", "Stop.", ()),
        ("", "Look left.\nSince 2018 m. Lithuania bans it.", ()),
        ("", "Wait.", (reward,)),
    ]
