"""The room's background from a drawn scene or the pack's picture, the countdown's format, and
the top bar's title beside the time at every text size."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pygame
import pytest

from escape_room.content.models import Image
from escape_room.content.pack import Pack
from escape_room.i18n import LANGUAGES
from escape_room.scenes.common import format_time
from escape_room.scenes.room_view import background, draw_hud
from escape_room.ui.context import GameContext
from escape_room.ui.look import Drawn, recording
from escape_room.ui.settings import TEXT_SCALES, Settings
from tests.scenes.conftest import fixed_now


def with_picture(pack: Pack, name: str) -> object:
    room = pack.rooms[0]
    model = room.model.model_copy(update={"background": Image(image={"en": name, "lt": name})})
    return dataclasses.replace(room, model=model)


def test_a_pack_picture_is_scaled_to_the_scene_once(mini_pack: Pack, tmp_path: Path) -> None:
    picture = pygame.Surface((640, 360))
    picture.fill((200, 30, 30))
    pygame.image.save(picture, tmp_path / "yard.png")
    room = with_picture(mini_pack, "yard.png")
    shown = background(room, tmp_path, "en")  # type: ignore[arg-type]
    assert shown.get_size() == (1280, 720)
    assert shown.get_at((640, 360))[:3] == (200, 30, 30)
    assert background(room, tmp_path, "en") is shown, "kept, not loaded every frame"  # type: ignore[arg-type]


def test_a_missing_picture_shows_a_plain_backdrop(mini_pack: Pack, tmp_path: Path) -> None:
    shown = background(with_picture(mini_pack, "gone.png"), tmp_path, "en")  # type: ignore[arg-type]
    assert shown.get_size() == (1280, 720)


def test_a_drawn_scene_is_one_kept_surface(mini_pack: Pack, tmp_path: Path) -> None:
    room = mini_pack.rooms[0]
    assert background(room, tmp_path, "en") is background(room, tmp_path, "lt")


def test_the_countdown_rounds_up_to_whole_seconds() -> None:
    assert [format_time(s) for s in (1200, 61, 60.2, 0.01, 0)] == [
        "20:00",
        "1:01",
        "1:01",
        "0:01",
        "0:00",
    ]


def _bar(ctx: GameContext, room_index: int, left: float) -> list[Drawn]:
    with recording() as texts:
        draw_hud(pygame.Surface((1280, 720)), ctx, ctx.pack.rooms[room_index], left, 45)
    return texts


@pytest.mark.parametrize("scale", TEXT_SCALES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_room_title_is_whole_beside_the_time_and_stays_put_in_the_last_minute(
    bundled_pack: Pack, lang: str, scale: int
) -> None:
    ctx = GameContext(bundled_pack, Settings(lang, text_scale=scale), random.Random(1), fixed_now)
    for index, room in enumerate(bundled_pack.rooms):
        title = ctx.text(room.model.title)
        calm, last = _bar(ctx, index, 300.0), _bar(ctx, index, 30.0)
        for texts, left in ((calm, 300.0), (last, 30.0)):
            assert not [t.text for t in texts if t.cut]
            assert format_time(left) in [t.text for t in texts]
            small = [(t.text, t.pixels) for t in texts if t.pixels < ctx.look.min_text]
            assert small == [], f"the bar grows with the text size: {scale} %"
            shown = next(t.covered for t in texts if t.text == title)
            others = [t.covered for t in texts if t.text != title]
            assert shown.collidelist(others) == -1, f"{title!r} meets the time or the points"
            assert shown.right < 640 - 50, "the time stays in the middle"
        assert [t for t in calm if t.text == title] == [t for t in last if t.text == title]
