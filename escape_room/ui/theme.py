"""Colours, spacing and type sizes of the game's screens, chosen for a projector in a lit room.

Text is dark on light panels or white on deep blue (contrast ratios above 7:1), sizes are large,
and the focus ring is a thick orange outline that shows on both.
"""

from __future__ import annotations

from typing import Literal

Colour = tuple[int, int, int]
TextSize = Literal["small", "normal", "large"]

WIDTH, HEIGHT = 1280, 720
"""The logical canvas every scene draws on; the window shows it scaled and letterboxed."""
HUD_HEIGHT = 70
INVENTORY_HEIGHT = 110

INK: Colour = (24, 30, 44)
MUTED_INK: Colour = (70, 78, 96)
PAPER: Colour = (250, 248, 240)
PANEL: Colour = (255, 255, 255)
PANEL_EDGE: Colour = (150, 158, 176)
BACKDROP: Colour = (30, 52, 96)
BAR: Colour = (22, 34, 60)
BAR_TEXT: Colour = (255, 255, 255)
LETTERBOX: Colour = (0, 0, 0)
BUTTON: Colour = (38, 84, 166)
BUTTON_HOVER: Colour = (30, 104, 204)
BUTTON_TEXT: Colour = (255, 255, 255)
BUTTON_QUIET: Colour = (226, 230, 240)
BUTTON_DISABLED: Colour = (160, 166, 178)
SELECTED: Colour = (16, 128, 76)
FOCUS: Colour = (255, 140, 0)
GOOD: Colour = (16, 128, 76)
BAD: Colour = (190, 30, 40)
WARN: Colour = (255, 204, 0)
DIM_ALPHA = 150

SPACE = 16
"""The basic gap between things, in logical pixels."""
RADIUS = 10
FOCUS_WIDTH = 4

TEXT_SCALES: dict[str, float] = {"small": 0.85, "normal": 1.0, "large": 1.2}
TEXT_SIZES: tuple[TextSize, ...] = ("small", "normal", "large")

BODY = 26
"""Body text size in pixels at text size 'normal'."""
HEADING = 40
TITLE = 60
SMALL = 21
MIN_TEXT = 12
"""The smallest size text is shrunk to before it is cut with an ellipsis."""
