"""Every text a puzzle screen draws fits its box whole, in Lithuanian at the large text size:
before answering, after a wrong answer with every hint taken, and once solved."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from escape_room import paths
from escape_room.content.pack import Pack, load_pack
from escape_room.model.answers import correct_response
from escape_room.scenes.contracts import HINT_ID
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


def open_in_large_lithuanian(pack: Pack, puzzle_id: str) -> Opened:
    ctx = GameContext(pack, Settings("lt", text_scale=100), random.Random(7), fixed_now)
    game = open_puzzle(ctx, puzzle_id)
    room = room_of(pack, puzzle_id)
    for needed in getattr(room.puzzles[puzzle_id], "digits_from", []):
        game.run.answer(needed, correct_response(room.puzzles[needed], room))
    return game


def every_puzzle(pack: Pack) -> list[str]:
    return [puzzle_id for room in pack.rooms for puzzle_id in room.puzzles]


def test_puzzle_texts_fit_whole_in_large_lithuanian(pack: Pack, drawn: list[Drawn]) -> None:
    problems: dict[str, list[str]] = {}
    for puzzle_id in every_puzzle(pack):
        game = open_in_large_lithuanian(pack, puzzle_id)
        for state in ("start", "wrong", "solved"):
            if state == "wrong":
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
