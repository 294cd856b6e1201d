"""When scores cannot be saved, the room's top bar says why in plain words (a full disk, a file
another program holds, a deleted session or folder), in the game's language."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from escape_room.content.pack import Pack
from escape_room.i18n import LANGUAGES
from escape_room.model.events import HotspotOpened
from escape_room.scenes.room_view import draw_hud, draw_saving_warning, saving_warning
from escape_room.scoring.errors import StoreError
from escape_room.scoring.service import ScoreService
from escape_room.scoring.store import ScoreStore
from escape_room.tools import screenshots
from escape_room.ui.context import GameContext, Settings
from escape_room.ui.look import recording
from escape_room.ui.scene import SceneStack
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
        canvas = pygame.Surface((1280, 720))
        draw_hud(canvas, ctx, room, 300.0, 10)
        draw_saving_warning(canvas, ctx)
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


class _Failing:
    """A connection whose write transactions fail with SQLite's error `failure`."""

    def __init__(self, db: sqlite3.Connection, failure: sqlite3.Error) -> None:
        self._db, self._failure = db, failure

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
        if sql == "BEGIN IMMEDIATE":
            raise self._failure
        return self._db.execute(sql, *args)


@pytest.mark.parametrize(
    ("code", "why"),
    [
        (13, "disk_full"),
        (5, "locked"),
        (6, "locked"),
        (8, "read_only"),
        (14, "read_only"),
        (11, "damaged"),
        (26, "damaged"),
        (1, "damaged"),
        (10, "folder_gone"),
        (21, "other"),
    ],
)
@pytest.mark.parametrize("scale", [100, 200])
def test_each_failure_of_the_store_has_its_plain_reason(
    code: int, why: str, scale: int, ctx: GameContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.settings.text_scale = scale
    assert ctx.scores is not None and ctx.scores.store is not None
    failure = (sqlite3.InterfaceError if why == "other" else sqlite3.OperationalError)("simulated")
    failure.sqlite_errorcode = code
    monkeypatch.setattr(ctx.scores.store, "_db", _Failing(ctx.scores.store._db, failure))
    _play(ctx, 1)
    assert ctx.scores.reason == why
    lasting = why in ("damaged", "folder_gone")
    said = ctx.t("saving.not_saving" if lasting else "saving.not_yet", why=ctx.t(f"saving.{why}"))
    assert saving_warning(ctx) == said and said in _bar_texts(ctx)


def test_saving_again_clears_the_reason(ctx: GameContext) -> None:
    assert ctx.scores is not None and ctx.scores.store is not None
    pages = ctx.scores.store.read("PRAGMA page_count")[0][0]
    ctx.scores.store.read(f"PRAGMA max_page_count = {pages}")
    _play(ctx, 60)
    assert ctx.scores.reason == "disk_full"
    ctx.scores.store.read("PRAGMA max_page_count = 100000")
    _play(ctx, 1)
    assert ctx.scores.reason is None and saving_warning(ctx) == ""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_strip_leaves_a_panorama_s_compass_in_view(
    bundled_pack: Pack, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    turned = screenshots._panorama(0)

    def unsaved(ctx: GameContext, stack: SceneStack) -> None:
        turned(ctx, stack)
        assert ctx.scores is not None
        ctx.scores._note(StoreError("/d/scores.sqlite3: busy", "locked"))

    monkeypatch.setitem(screenshots.SCREENS, "panorama-unsaved", unsaved)
    shot = screenshots.shoot(bundled_pack, "panorama-unsaved", lang, "largest")
    assert shot.problems == []
