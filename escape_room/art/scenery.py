"""Pieces the scenes are built from: sky, houses, the school front, a flag, far trees, fences.

All take a :class:`Pen` whose units are the scene's 1280 × 720 logical pixels.
"""

from __future__ import annotations

import math

from escape_room.art import palette as c
from escape_room.art.figures import window
from escape_room.art.pen import Pen

WIDTH, HEIGHT = 1280, 720


def sky(
    pen: Pen, horizon: float, width: float = WIDTH, sun: tuple[float, float] = (1150, 122)
) -> None:
    """A vertical gradient from `SKY_TOP` at the top to `SKY_LOW` at the horizon, and the sun."""
    bands = 48
    for i in range(bands):
        f = i / (bands - 1)
        colour = tuple(round(a + (b - a) * f) for a, b in zip(c.SKY_TOP, c.SKY_LOW, strict=True))
        top = horizon * i / bands
        pen.rect(0, top, width, horizon / bands + 1, (colour[0], colour[1], colour[2]))
    pen.circle(*sun, 42, c.SUN)
    pen.circle(*sun, 34, (255, 236, 160))


def house(
    pen: Pen, x: float, base: float, width: float, floors: int, wall: c.Colour, gable: bool
) -> None:
    """A town house `floors` high with a grid of windows and a gable or a flat roof."""
    height = floors * 62 + 14
    top = base - height
    pen.rect(x, top, width, height, wall)
    if gable:
        pen.poly(
            [(x - 10, top + 2), (x + width / 2, top - width * 0.38), (x + width + 10, top + 2)],
            c.ROOF,
        )
        pen.rect(x - 10, top - 2, width + 20, 8, c.ROOF_DARK)
    else:
        pen.rect(x - 6, top - 12, width + 12, 14, c.ROOF_GREY)
    columns = max(1, int(width // 62))
    gap = width / columns
    for floor in range(floors):
        for col in range(columns):
            window(pen, x + col * gap + gap / 2 - 14, top + 20 + floor * 62, 28, 34)
    pen.rect(x, base - 10, width, 10, _darker(wall))


def _darker(colour: c.Colour, amount: float = 0.85) -> c.Colour:
    return (round(colour[0] * amount), round(colour[1] * amount), round(colour[2] * amount))


def school_front(pen: Pen, x: float, base: float, width: float, floors: int) -> None:
    """The school: cream walls on a brick base, rows of windows, a name board over the door and
    the Lithuanian flag on the roof."""
    height = floors * 64 + 30
    top = base - height
    middle = x + width / 2
    pen.rect(x - 8, top - 14, width + 16, 16, c.BRICK_DARK)
    pen.rect(x, top, width, height, c.CREAM)
    pen.rect(x, base - 34, width, 34, c.BRICK)
    columns = int(width // 66)
    gap = width / columns
    for floor in range(floors):
        for col in range(columns):
            left = x + col * gap + gap / 2 - 17
            if floor == 0 or abs(left + 17 - middle) > gap:
                window(pen, left, top + 22 + floor * 64, 34, 38)
    entrance(pen, middle, base)
    sign_board(pen, middle, base - 156, "MOKYKLA")
    flag(pen, middle, top - 88, 64, pole=74)


def entrance(pen: Pen, x: float, base: float) -> None:
    """A double glass door under a canopy, with two steps, centred on x."""
    pen.rect(x - 70, base - 12, 140, 12, c.PAVEMENT_LINE)
    pen.rect(x - 58, base - 22, 116, 10, c.PAVEMENT)
    pen.rect(x - 40, base - 94, 80, 72, c.WOOD_DARK)
    for left in (x - 34, x + 2):
        pen.rect(left, base - 88, 32, 66, c.WINDOW)
        pen.rect(left + 4, base - 84, 8, 36, c.WINDOW_SHINE)
    pen.rect(x - 74, base - 108, 148, 14, c.BRICK_DARK)


def sign_board(pen: Pen, x: float, y: float, words: str) -> None:
    """A blue name board with white capitals, centred on x with its top at y."""
    pen.rect(x - 92, y, 184, 40, c.SIGN_BLUE, radius=6)
    pen.text(words, x, y + 20, 20, c.WHITE, max_width=164)


def flag(pen: Pen, x: float, top: float, width: float, pole: float) -> None:
    """The Lithuanian flag (yellow, green, red) flying right from a pole `pole` long at x."""
    stripe = width * 0.2
    for i, colour in enumerate((c.LT_YELLOW, c.LT_GREEN, c.LT_RED)):
        pen.rect(x + 3, top + 4 + i * stripe, width, stripe + 0.5, colour)
    pen.rect(x - 3, top, 6, pole, c.METAL_DARK)
    pen.circle(x, top, 5, c.YELLOW_DARK)


def far_trees(pen: Pen, left: float, right: float, ground: float, size: float) -> None:
    """A row of round tree tops along the ground line, sizes varying in a fixed pattern."""
    x, i = left, 0
    while x < right:
        r = size * (0.8 + 0.25 * math.sin(i * 2.3) + 0.12 * math.sin(i * 5.1))
        pen.circle(x, ground - r * 0.7, r, c.FOLIAGE_FAR)
        pen.circle(x + r * 0.3, ground - r * 0.5, r * 0.6, c.GRASS_FAR)
        x += r * 1.3
        i += 1


def fence(pen: Pen, left: float, right: float, top: float, bottom: float) -> None:
    """A green metal bar fence from `left` to `right`, with brick pillars at both ends."""
    x = left + 8
    while x < right:
        pen.rect(x, top + 6, 5, bottom - top - 6, c.GREEN_DARK)
        x += 17
    pen.rect(left, top + 10, right - left, 5, c.GREEN_DARK)
    pen.rect(left, bottom - 12, right - left, 5, c.GREEN_DARK)
    x = left + 102
    while x < right - 60:
        pen.rect(x - 4, top, 9, bottom - top, c.GREEN)
        x += 102
    for x in (left - 12, right - 12):
        pen.rect(x, top - 14, 24, bottom - top + 14, c.BRICK)
        pen.rect(x - 3, top - 18, 30, 7, c.BRICK_DARK)


def street_lamp(pen: Pen, x: float, base: float) -> None:
    """A tall street light on a pavement, its arm reaching over the road."""
    pen.rect(x - 4, base - 190, 8, 190, c.METAL_DARK)
    pen.stroke([(x, base - 186), (x + 12, base - 200), (x + 44, base - 200)], c.METAL_DARK, 6)
    pen.rect(x + 30, base - 204, 34, 10, c.CHARCOAL, radius=4)
    pen.rect(x + 34, base - 195, 26, 4, c.SUN, radius=2)


def paving(pen: Pen, top: float, bottom: float, step: float, width: float = WIDTH) -> None:
    """Joint lines of a paved surface between `top` and `bottom`."""
    x = step / 2
    while x < width:
        pen.rect(x, top, 2, bottom - top, c.PAVEMENT_LINE)
        x += step
