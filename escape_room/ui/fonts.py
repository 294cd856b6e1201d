"""The bundled fonts (DejaVu Sans, regular and bold: they have every Lithuanian letter), cached."""

from __future__ import annotations

from functools import lru_cache

import pygame

from escape_room import paths

_FILES = {False: "DejaVuSans.ttf", True: "DejaVuSans-Bold.ttf"}


@lru_cache(maxsize=128)
def font(pixels: int, bold: bool = False) -> pygame.font.Font:
    """The bundled font at `pixels` size; each size is opened once."""
    if not pygame.font.get_init():
        pygame.font.init()
    return pygame.font.Font(paths.assets_dir() / "fonts" / _FILES[bold], max(1, pixels))
