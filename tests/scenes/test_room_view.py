"""The room's background from a drawn scene or the pack's picture, and the countdown's format."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pygame

from escape_room.content.models import Image
from escape_room.content.pack import Pack
from escape_room.scenes.common import format_time
from escape_room.scenes.room_view import background


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
