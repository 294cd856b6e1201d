"""Scene tests: one headless display for the whole session, and a fresh game context per test."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pygame
import pytest

from escape_room import paths
from escape_room.content.pack import Pack, load_pack
from escape_room.ui.context import GameContext, Settings


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
