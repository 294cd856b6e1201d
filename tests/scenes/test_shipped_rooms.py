"""Every shipped room is played to the debrief in every language of the pack, by the demo mode
through the real puzzle scenes, and escapes with every puzzle solved."""

from __future__ import annotations

from pathlib import Path

import pytest

from escape_room import paths
from escape_room.app import GameOptions, build_game
from escape_room.autoplay import Autoplay
from escape_room.content.pack import load_pack
from escape_room.model.events import AnswerGiven, RoomEnded
from escape_room.scenes.debrief import DebriefScene

PACK = load_pack(paths.bundled_pack())
CASES = [(room.id, lang) for room in PACK.rooms for lang in PACK.model.languages]


@pytest.mark.parametrize(("room_id", "lang"), CASES)
def test_the_demo_escapes_every_room_in_every_language(
    room_id: str, lang: str, tmp_path: Path
) -> None:
    driver = Autoplay(fast=True)
    options = GameOptions(lang=lang, data_dir=str(tmp_path), frames=1, seed=11, room=room_id)
    game = build_game(PACK, options, driver=driver)
    game.app.run(max_frames=20000)
    assert driver.finished, f"the demo stopped on {type(game.app.stack.top).__name__}"
    debrief = game.app.stack.top
    assert isinstance(debrief, DebriefScene) and debrief.data.rooms[0].escaped
    ctx = game.ctx
    assert ctx.scores.store is not None and ctx.session is not None and ctx.team is not None
    events = [s.event for s in ctx.scores.store.events(ctx.session.uuid)[ctx.team.id]]
    ctx.scores.store.close()
    solved = {e.puzzle_id for e in events if isinstance(e, AnswerGiven) and e.correct}
    assert solved == set(PACK.room(room_id).puzzles)
    assert [(e.room_id, e.escaped) for e in events if isinstance(e, RoomEnded)] == [(room_id, True)]
