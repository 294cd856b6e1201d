"""Scene tests: one headless display for the whole session, and a fresh game context per test."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pygame
import pytest

from escape_room import paths
from escape_room.content.pack import Pack, load_pack
from escape_room.ui import look as look_module
from escape_room.ui.context import GameContext, Settings
from tests.scenes.textcheck import Drawn


@pytest.fixture(scope="session", autouse=True)
def display() -> Iterator[None]:
    pygame.display.init()
    pygame.font.init()
    pygame.display.set_mode((1280, 720))
    yield
    pygame.quit()


@pytest.fixture(autouse=True)
def fresh_events() -> Iterator[None]:
    pygame.event.clear()
    yield
    pygame.event.clear()


@pytest.fixture(scope="session")
def bundled_pack() -> Pack:
    return load_pack(paths.bundled_pack())


@pytest.fixture(scope="session")
def mini_pack() -> Pack:
    return load_pack(Path(__file__).parent.parent / "fixtures" / "mini")


def fixed_now() -> datetime:
    return datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def ctx(mini_pack: Pack) -> GameContext:
    return GameContext(mini_pack, Settings("en"), random.Random(7), fixed_now)


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Drawn]]:
    """Every text drawn through the look from now on, with its box, size and weight."""
    texts: list[Drawn] = []
    draw = look_module.draw_text

    def spy(
        surface: pygame.Surface, text: str, rect: pygame.Rect, pixels: int, *rest: Any
    ) -> pygame.Rect:
        texts.append((text, rect.copy(), pixels, bool(rest[1]), int(rest[4])))
        return draw(surface, text, rect, pixels, *rest)

    monkeypatch.setattr(look_module, "draw_text", spy)
    yield texts
