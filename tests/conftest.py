"""Shared test set-up: headless SDL before pygame is imported anywhere, and the fixture packs."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
# Checked packs are cached in a folder of the test run, never in the user's cache folder.
os.environ.setdefault("ESCAPE_ROOM_CACHE", tempfile.mkdtemp(prefix="escape-room-cache-"))

os.environ["ESCAPE_ROOM_CONFIG"] = tempfile.mkdtemp(prefix="escape-room-settings-")
"""Tests never read or write the settings kept in the user's config folder."""

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def mini_pack_dir() -> Path:
    return FIXTURES / "mini"
