"""Signs and objects drawn beside a puzzle's prompt, and the rooms a team setup offers by age."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest

from escape_room.content.models import AgeRange
from escape_room.content.pack import Pack, load_pack
from escape_room.scenes.puzzles import layout
from escape_room.scenes.team import age_groups
from escape_room.ui.context import GameContext, Settings
from tests.scenes.conftest import fixed_now
from tests.scenes.puzzle_harness import open_puzzle


@pytest.fixture(scope="module")
def allkinds_pack() -> Pack:
    return load_pack(Path(__file__).parent.parent / "fixtures" / "allkinds")


def test_a_puzzle_with_a_drawn_prop_shows_it_left_of_the_prompt(allkinds_pack: Pack) -> None:
    ctx = GameContext(allkinds_pack, Settings("lt"), random.Random(1), fixed_now)
    opened = open_puzzle(ctx, "tf")
    picture = opened.pilot.widget("picture")
    assert picture.label == "Šviesoforas, degantis žaliai"
    assert picture.rect == layout.PICTURE
    assert opened.scene.regions().prompt.left > layout.PICTURE.right


def test_a_puzzle_without_a_drawn_picture_keeps_the_whole_prompt_row(allkinds_pack: Pack) -> None:
    ctx = GameContext(allkinds_pack, Settings("en"), random.Random(1), fixed_now)
    opened = open_puzzle(ctx, "mc")
    assert "picture" not in [w.id for w in opened.scene.widgets()]
    assert opened.scene.regions().prompt == layout.PROMPT


def test_rooms_group_by_the_age_they_are_written_for(allkinds_pack: Pack) -> None:
    assert age_groups(allkinds_pack) == {}
    room = allkinds_pack.rooms[0]
    aged = room.model.model_copy(update={"age": AgeRange(min=10, max=12)})
    rooms = [dataclasses.replace(room, model=aged)]
    pack = Pack(allkinds_pack.model, rooms, allkinds_pack.root)
    assert age_groups(pack) == {"10-12": [room.id]}
