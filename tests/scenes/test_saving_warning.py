"""When scores cannot be saved, the room's top bar says why in plain words (a full disk, a file
another program holds, a deleted session or folder), in the game's language."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from escape_room.content.pack import Pack
from escape_room.model.events import HotspotOpened
from escape_room.scenes.room_view import draw_hud, saving_warning, why_not_saved
from escape_room.scoring.service import ScoreService
from escape_room.scoring.store import ScoreStore
from escape_room.ui.context import GameContext, Settings
from escape_room.ui.look import recording
from tests.scenes.conftest import fixed_now


@pytest.fixture(params=["en", "lt"])
def ctx(mini_pack: Pack, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[GameContext]:
    ctx = GameContext(mini_pack, Settings(request.param), random.Random(1), fixed_now)
    ctx.scores = ScoreService.open(tmp_path / "data", fixed_now)
    ctx.scores.start_session("5B", mini_pack.model.id, "hash", request.param)
    ctx.scores.start_team("Lapės", ["Fox"], mini_pack.model.id, "hash", request.param)
    yield ctx
    ctx.scores.close()


def _play(ctx: GameContext, events: int) -> None:
    assert ctx.scores is not None
    for n in range(events):
        ctx.scores.record(HotspotOpened("lab", f"spot{n}", float(n)))


def _bar_texts(ctx: GameContext) -> list[str]:
    room = ctx.pack.rooms[0]
    with recording() as texts:
        draw_hud(pygame.Surface((1280, 720)), ctx, room, 300.0, 10)
    assert not [t.text for t in texts if t.cut]
    return [t.text for t in texts]


def test_nothing_is_said_while_scores_are_saved(ctx: GameContext) -> None:
    _play(ctx, 2)
    assert saving_warning(ctx) == ""


def test_a_session_deleted_while_playing_is_named_on_the_bar(ctx: GameContext) -> None:
    assert ctx.scores is not None and ctx.session is not None
    with ScoreStore.open(ctx.scores.store.path.parent) as other:  # type: ignore[union-attr]
        other.delete_session(ctx.session.code)
    _play(ctx, 1)
    why = ctx.t("saving.session_deleted")
    assert saving_warning(ctx) == ctx.t("saving.not_saving", why=why)
    assert saving_warning(ctx) in _bar_texts(ctx)


def test_a_full_disk_is_named_on_the_bar(ctx: GameContext) -> None:
    assert ctx.scores is not None and ctx.scores.store is not None
    _play(ctx, 1)
    pages = ctx.scores.store.read("PRAGMA page_count")[0][0]
    ctx.scores.store.read(f"PRAGMA max_page_count = {pages}")
    _play(ctx, 60)
    why = ctx.t("saving.disk_full")
    assert saving_warning(ctx) == ctx.t("saving.not_yet", why=why)
    assert saving_warning(ctx) in _bar_texts(ctx)


@pytest.mark.parametrize(
    ("problem", "why"),
    [
        ("/d/scores.sqlite3: the disk is full. Free some space and try again.", "disk_full"),
        ("/d/scores.sqlite3: the score database is busy: another program has held it", "locked"),
        ("/d/scores.sqlite3: this team is no longer in the score database", "session_deleted"),
        ("/d/scores.sqlite3: cannot write the score database here (readonly)", "read_only"),
        ("/d: cannot create the data folder (No such file or directory)", "folder_gone"),
        ("/d/scores.sqlite3: could not be used (disk I/O error)", "folder_gone"),
        ("/d/scores.sqlite3: could not be used (something new)", "other"),
    ],
)
def test_each_problem_of_the_store_has_its_plain_reason(problem: str, why: str) -> None:
    assert why_not_saved(problem) == why
