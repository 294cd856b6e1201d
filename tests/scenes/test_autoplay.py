"""Demo mode plays a whole team through the real screens with posted input events."""

from __future__ import annotations

from pathlib import Path

import pytest

from escape_room.app import GameOptions, build_game
from escape_room.autoplay import Autoplay
from escape_room.content.pack import Pack
from escape_room.model.events import AnswerGiven, CheckAnswered, HintTaken, RoomEnded
from escape_room.scenes.debrief import DebriefScene
from tests.scenes.fakes import fake_checks, fake_puzzles


def autoplayed(pack: Pack, data_dir: Path, seed: int, lang: str = "en") -> tuple[list, Autoplay]:  # type: ignore[type-arg]
    driver = Autoplay(fast=True)
    options = GameOptions(lang=lang, data_dir=str(data_dir), frames=1, seed=seed)
    game = build_game(pack, options, fake_puzzles, fake_checks, driver)
    game.app.run(max_frames=5000)
    assert driver.finished, f"stopped on {type(game.app.stack.top).__name__}"
    assert isinstance(game.app.stack.top, DebriefScene)
    ctx = game.ctx
    assert ctx.scores.store is not None and ctx.session is not None and ctx.team is not None
    events = [s.event for s in ctx.scores.store.events(ctx.session.uuid)[ctx.team.id]]
    ctx.scores.store.close()
    return events, driver


@pytest.mark.parametrize("lang", ["en", "lt"])
def test_autoplay_reaches_the_debrief_and_records_like_a_team(
    mini_pack: Pack, tmp_path: Path, lang: str
) -> None:
    events, _ = autoplayed(mini_pack, tmp_path, seed=3, lang=lang)
    answers = [e for e in events if isinstance(e, AnswerGiven)]
    assert {a.puzzle_id for a in answers if a.correct} == {"mc", "num", "order"}
    assert sum(isinstance(e, CheckAnswered) for e in events) == 2 * 3, "3 players, 1 item, twice"
    ended = [e for e in events if isinstance(e, RoomEnded)]
    assert len(ended) == 1 and ended[0].escaped


def test_autoplay_is_the_same_for_the_same_seed_and_varies_with_it(
    mini_pack: Pack, tmp_path: Path
) -> None:
    def story(seed: int, folder: str) -> list[tuple[str, str, bool]]:
        events, _ = autoplayed(mini_pack, tmp_path / folder, seed)
        return [
            (type(e).__name__, getattr(e, "puzzle_id", ""), getattr(e, "correct", True))
            for e in events
            if isinstance(e, (AnswerGiven, HintTaken, CheckAnswered))
        ]

    assert story(5, "a") == story(5, "b")
    stories = {tuple(story(seed, f"s{seed}")) for seed in range(6)}
    assert len(stories) > 1, "wrong first tries and hints vary with the seed"
