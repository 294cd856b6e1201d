"""Props a student carries or wears: a helmet, a reflector, a phone, a backpack, a hi-vis vest.

Each painter draws in a design box 100 units tall; its width is given with the prop in `props.py`.
"""

from __future__ import annotations

import math

from escape_room.art import palette as c
from escape_room.art.pen import Pen, Point


def _shell_arc(scale: float, start: float, stop: float, steps: int = 8) -> list[Point]:
    """Points on the helmet's shell curve, shrunk by `scale`, from `start` to `stop` degrees."""
    angles = [math.radians(start + (stop - start) * i / steps) for i in range(steps + 1)]
    return [(62 + 56 * scale * math.cos(a), 66 - 56 * scale * math.sin(a)) for a in angles]


def helmet(pen: Pen) -> None:
    """A bicycle helmet from the side, visor to the right, with vents and a strap (130 × 100)."""
    pen.stroke([(36, 66), (60, 94), (86, 66)], c.CHARCOAL, 3.5)
    pen.rect(54, 88, 12, 9, c.CHARCOAL, radius=2)
    pen.poly([(4, 76), *_shell_arc(1, 168, 0, 24), (118, 70), (20, 74)], c.GREEN)
    for start, stop in ((150, 126), (108, 82), (64, 40)):
        pen.tube(_shell_arc(0.74, start, stop), c.CHARCOAL, 6)
    pen.stroke(_shell_arc(0.9, 160, 20, 16), c.GREEN_DARK, 2.5)
    pen.poly([(100, 54), (126, 58), (124, 68), (100, 64)], c.CHARCOAL)
    pen.rect(10, 64, 108, 10, c.CHARCOAL, radius=4)
    pen.rect(18, 67, 14, 4, c.WHITE, radius=1, ink=False)


def reflector(pen: Pen) -> None:
    """A hanging pedestrian reflector on a cord, flashing back the light that hits it (84 × 100)."""
    x, y = 36, 60
    pen.stroke([(x - 8, 2), (x, 20), (x + 8, 2)], c.RED, 2.5)
    pen.rect(x - 5, 18, 10, 9, c.METAL, radius=2)
    pen.circle(x, y, 33, c.WHITE)
    pen.circle(x, y, 28, c.REFLECTOR)
    for r in (21, 13):
        pen.circle(x, y, r, c.REFLECTOR_DARK, ink=False)
        pen.circle(x, y, r - 2.5, c.REFLECTOR, ink=False)
    pen.circle(x, y, 4, c.REFLECTOR_DARK, ink=False)
    pen.poly(
        [(x - 18, y - 8), (x - 4, y - 22), (x + 2, y - 20), (x - 15, y - 2)], c.WHITE, ink=False
    )
    for angle in (-40, -10, 20):
        a = math.radians(angle)
        pen.tube([(x + r * math.cos(a), y + r * math.sin(a)) for r in (38, 45)], c.YELLOW, 3.5)


def phone(pen: Pen) -> None:
    """A smartphone with message bubbles on its screen (54 × 100)."""
    pen.rect(2, 2, 50, 96, c.CHARCOAL, radius=9)
    pen.rect(6, 11, 42, 77, c.SCREEN, radius=3, ink=False)
    pen.circle(27, 6.5, 1.8, c.METAL_DARK, ink=False)
    pen.rect(20, 91, 14, 2.5, c.METAL, radius=1, ink=False)
    for y, x, w, colour in (
        (17, 10, 28, c.WHITE),
        (31, 18, 26, c.LIGHT_GREEN),
        (45, 10, 22, c.WHITE),
        (59, 20, 24, c.LIGHT_GREEN),
    ):
        pen.rect(x, y, w, 10, colour, radius=4, ink=False)
    pen.circle(44, 12, 5, c.RED)


def backpack(pen: Pen) -> None:
    """A school backpack with a reflective strip on its pocket (80 × 100)."""
    pen.arc(40, 14, 11, 0, 180, c.CHARCOAL, 3.5)
    pen.rect(6, 12, 68, 86, c.PURPLE, radius=20)
    pen.rect(6, 12, 68, 30, c.PURPLE_DARK, radius=20)
    pen.rect(14, 52, 52, 40, c.PURPLE_DARK, radius=11)
    pen.stroke([(20, 60), (60, 60)], c.INK, 1.5)
    pen.rect(38, 57, 5, 8, c.METAL, radius=1.5)
    pen.rect(14, 70, 52, 8, c.RAIL_SHINE)
    pen.rect(20, 72, 14, 2.5, c.WHITE, radius=1, ink=False)


def vest(pen: Pen) -> None:
    """A high-visibility vest with reflective stripes (80 × 100)."""
    body = [
        (16, 4),
        (30, 4),
        (40, 42),
        (50, 4),
        (64, 4),
        (64, 26),
        (76, 40),
        (76, 96),
        (4, 96),
        (4, 40),
        (16, 26),
    ]
    pen.poly(body, c.REFLECTOR)
    for y in (60, 78):
        pen.rect(4, y, 72, 8, c.RAIL_SHINE)
        pen.rect(8, y + 2.5, 14, 2.5, c.WHITE, radius=1, ink=False)
    for x in (18, 52):
        pen.rect(x, 4, 10, 22, c.RAIL_SHINE)
    pen.stroke([(40, 44), (40, 96)], c.REFLECTOR_DARK, 2)
