"""Where things go on a puzzle's panel, and the colours puzzle screens add to the theme.

The panel covers the 1280×720 canvas but a strip at the top, where the room's time left and
points stay in view (a puzzle is read from the back of a classroom): a title row with the
button to leave, the prompt, a strip for hints when the puzzle
has any, the puzzle's body, and a bottom row with Hint, the message area and Check.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from escape_room.ui import theme

STATUS_HEIGHT = 44
"""The strip above the panel where the room's time left and points stay in view."""
PANEL = pygame.Rect(24, STATUS_HEIGHT + 4, 1232, 720 - STATUS_HEIGHT - 10)
LEFT, WIDTH = 48, 1184
TITLE = pygame.Rect(LEFT, PANEL.y + 10, 852, 60)
CLOSE = pygame.Rect(912, PANEL.y + 10, 320, 60)
PROMPT = pygame.Rect(LEFT, TITLE.bottom + 6, WIDTH, 78)
PICTURE = pygame.Rect(LEFT, PROMPT.y - 4, 124, 90)
"""Where a question's drawn sign or object goes: left of the prompt, which moves over."""
HINTS_HEIGHT = 56
BODY_BOTTOM = 612
HINT_BUTTON = pygame.Rect(LEFT, 626, 270, 76)
CHECK_BUTTON = pygame.Rect(962, 626, 270, 76)
MESSAGE = pygame.Rect(334, 626, 612, 76)
GAP = 12

WRONG_TINT: theme.Colour = (255, 226, 226)
NOTE_TINT: theme.Colour = (255, 243, 196)
HINT_TINT: theme.Colour = (255, 236, 153)
RESULT_TINT: theme.Colour = (222, 244, 230)
TAGS: tuple[theme.Colour, ...] = (
    (38, 84, 166),
    (150, 40, 120),
    (0, 112, 112),
    (160, 82, 0),
    (100, 60, 170),
    (70, 100, 20),
)
"""Colours that tell pairs and categories apart, all dark enough for white text on them."""


@dataclass(frozen=True)
class Regions:
    """The parts of the panel a puzzle fills: prompt, hints (when it has any), body."""

    prompt: pygame.Rect
    hints: pygame.Rect | None
    body: pygame.Rect

    @property
    def below_prompt(self) -> pygame.Rect:
        """Hints and body together: where the result shows once the puzzle is solved."""
        top = self.hints.top if self.hints is not None else self.body.top
        return pygame.Rect(self.body.left, top, self.body.width, self.body.bottom - top)


@dataclass(frozen=True)
class Bottom:
    """The bottom row of a puzzle's panel: Hint, the message area and Check."""

    hint: pygame.Rect
    message: pygame.Rect
    check: pygame.Rect

    @property
    def body_bottom(self) -> int:
        """Where the body above the row ends."""
        return self.message.top - (HINT_BUTTON.top - BODY_BOTTOM)


def bottom_row(text_scale: int) -> Bottom:
    """The bottom row at a text size: taller for larger text (76 px at 100 %, 100 at 200 %)."""
    height = HINT_BUTTON.height + max(0, text_scale - 100) * 24 // 100
    top = HINT_BUTTON.bottom - height
    return Bottom(
        pygame.Rect(HINT_BUTTON.x, top, HINT_BUTTON.width, height),
        pygame.Rect(MESSAGE.x, top, MESSAGE.width, height),
        pygame.Rect(CHECK_BUTTON.x, top, CHECK_BUTTON.width, height),
    )


def regions(
    has_hints: bool,
    prompt_height: int = PROMPT.height,
    *,
    picture: bool = False,
    hints_height: int = HINTS_HEIGHT,
    body_bottom: int = BODY_BOTTOM,
) -> Regions:
    """The usual regions: the prompt across the top (right of the `picture` when there is one;
    taller when its text needs it), hints under it (`hints_height` tall), the body below down
    to `body_bottom`."""
    prompt = pygame.Rect(PROMPT.x, PROMPT.y, PROMPT.width, max(PROMPT.height, prompt_height))
    if picture:
        prompt = pygame.Rect(PICTURE.right + 2 * GAP, PROMPT.y, 0, prompt.height)
        prompt.width = PROMPT.right - prompt.x
    top = prompt.bottom + GAP // 2
    hints = pygame.Rect(LEFT, top, WIDTH, hints_height) if has_hints else None
    body_top = hints.bottom + GAP if hints is not None else top
    return Regions(prompt, hints, pygame.Rect(LEFT, body_top, WIDTH, body_bottom - body_top))


def caption(area: pygame.Rect, height: int = 40) -> tuple[pygame.Rect, pygame.Rect]:
    """A line at the top of `area` for a short instruction, and the rest of `area` below it."""
    line = pygame.Rect(area.x, area.y, area.width, height)
    rest = pygame.Rect(
        area.x, line.bottom + GAP // 2, area.width, area.bottom - line.bottom - GAP // 2
    )
    return line, rest


TALLEST = 96
"""The tallest a row of a puzzle's body gets unless its text needs more."""


def rows(
    area: pygame.Rect, count: int, gap: int = GAP, tallest: int = TALLEST
) -> list[pygame.Rect]:
    """`count` rows one under the other in `area`, none taller than `tallest`."""
    height = min(tallest, (area.height - gap * (count - 1)) // max(1, count))
    return [
        pygame.Rect(area.x, area.y + i * (height + gap), area.width, height) for i in range(count)
    ]


def grid(
    area: pygame.Rect,
    count: int,
    columns: int,
    gap: int = GAP,
    tallest: int = TALLEST,
    across: bool = False,
) -> list[pygame.Rect]:
    """`count` cells filling `area` column by column (top to bottom, then the next column), or
    row by row when `across` (as on a keypad)."""
    per_column = -(-count // columns)
    width = (area.width - gap * (columns - 1)) // columns
    table: list[list[pygame.Rect]] = []
    for column in range(columns):
        strip = pygame.Rect(area.x + column * (width + gap), area.y, width, area.height)
        table.append(rows(strip, per_column, gap, tallest))
    groups = zip(*table, strict=True) if across else table
    cells = [cell for group in groups for cell in group]
    return cells[:count]


def split(area: pygame.Rect, left_width: int, gap: int = GAP) -> tuple[pygame.Rect, pygame.Rect]:
    """`area` cut into a left part `left_width` wide and the rest, with a gap between."""
    left = pygame.Rect(area.x, area.y, left_width, area.height)
    right = pygame.Rect(left.right + gap, area.y, area.width - left_width - gap, area.height)
    return left, right
