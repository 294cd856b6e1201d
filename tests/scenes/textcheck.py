"""Checking drawn texts: each fits its box whole, stays readable and stays on the canvas."""

from __future__ import annotations

import pygame

from escape_room.ui import theme
from escape_room.ui.text import ELLIPSIS, layout

READABLE = theme.MIN_TEXT
"""The smallest type size (in canvas pixels) a text may shrink to at text size 100 %."""
Drawn = tuple[str, pygame.Rect, int, bool, int]
"""A text drawn through the look: the text, its box, its size, whether it is bold, and the
smallest size it may shrink to (the readable minimum at the chosen text size)."""


def misfits(texts: list[Drawn]) -> list[str]:
    """What is wrong with the drawn texts: cut short, shrunk below READABLE, or off the canvas."""
    canvas = pygame.Rect(0, 0, 1280, 720)
    problems = []
    for text, rect, pixels, bold, smallest in texts:
        if not text.strip():
            continue
        fitted = layout(text, rect.width, rect.height, pixels, bold, smallest)
        if not fitted.lines or fitted.lines[-1].endswith(ELLIPSIS):
            problems.append(f"cut: {text[:60]!r} in {rect}")
        elif fitted.pixels < smallest:
            problems.append(f"{fitted.pixels}px: {text[:60]!r} in {rect}")
        elif not canvas.contains(rect):
            problems.append(f"off the screen: {text[:60]!r} in {rect}")
    return problems
