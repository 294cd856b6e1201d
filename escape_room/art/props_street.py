"""Props that stand in the street: signs, lights, crossings, stops, barriers, benches, trees,
lamps, a mailbox, a ticket machine and a poster.

Each painter draws in a design box 100 units tall; its width is given with the prop in `props.py`.
"""

from __future__ import annotations

import math

from escape_room.art import palette as c
from escape_room.art.figures import tree as _tree_figure
from escape_room.art.figures import walker
from escape_room.art.pen import Pen
from escape_room.art.signs import paint_sign


def sign(pen: Pen, kind: str = "pedestrian-crossing") -> None:
    """A traffic sign of the given kind on a pole (46 × 100)."""
    pen.rect(19.5, 40, 7, 58, c.METAL)
    pen.rect(14, 94, 18, 5, c.METAL_DARK, radius=2)
    paint_sign(pen.sub(0, 0, 46), kind)


def traffic_light(pen: Pen) -> None:
    """A three-lamp traffic light showing red (40 × 100)."""
    pen.rect(16, 58, 8, 40, c.METAL)
    pen.rect(10, 94, 20, 5, c.METAL_DARK, radius=2)
    pen.rect(3, 1, 34, 62, c.CHARCOAL, radius=7)
    for row, lit in enumerate((c.LIGHT_RED, c.LIGHT_OFF, c.LIGHT_OFF)):
        pen.circle(20, 13 + row * 19, 7.5, lit)
    pen.circle(17.5, 10.5, 2.2, c.WHITE, ink=False)


def crosswalk(pen: Pen) -> None:
    """A zebra crossing seen from the pavement, stripes running into the distance (140 × 100)."""
    pen.poly([(28, 8), (112, 8), (138, 84), (2, 84)], c.ASPHALT)

    def across(u: float, y: float) -> tuple[float, float]:
        left, right = 28 - 26 * (y - 8) / 76, 112 + 26 * (y - 8) / 76
        return (left + (right - left) * u, y)

    for i in range(5):
        u = 0.07 + i * 0.19
        pen.poly(
            [across(u, 14), across(u + 0.1, 14), across(u + 0.1, 80), across(u, 80)],
            c.PAINT,
            ink=False,
        )
    pen.rect(0, 82, 140, 16, c.PAVEMENT, radius=3)
    pen.rect(50, 84, 40, 6, c.TACTILE, radius=2, ink=False)


def bus_stop(pen: Pen) -> None:
    """A bus shelter with a bench and a bus-stop sign on its roof (130 × 100)."""
    pen.rect(2, 90, 126, 8, c.PAVEMENT, radius=3)
    pen.rect(14, 30, 98, 52, c.GLASS)
    pen.poly([(24, 70), (54, 36), (66, 36), (36, 70)], c.WINDOW_SHINE, ink=False)
    for x in (10, 110):
        pen.rect(x, 24, 6, 68, c.METAL_DARK)
    pen.rect(30, 66, 60, 6, c.WOOD)
    for x in (36, 80):
        pen.rect(x, 72, 4, 18, c.METAL_DARK)
    pen.rect(4, 20, 122, 10, c.BLUE_DARK, radius=4)
    _bus_sign(pen.sub(48, 0, 24))


def _bus_sign(pen: Pen) -> None:
    pen.rect(0, 0, 100, 90, c.SIGN_BLUE, radius=10)
    pen.rect(16, 18, 68, 46, c.WHITE, radius=10, ink=False)
    pen.rect(24, 26, 22, 16, c.SIGN_BLUE, radius=3, ink=False)
    pen.rect(54, 26, 22, 16, c.SIGN_BLUE, radius=3, ink=False)
    pen.circle(32, 66, 8, c.WHITE, ink=False)
    pen.circle(68, 66, 8, c.WHITE, ink=False)


def railway_crossing(pen: Pen) -> None:
    """A level crossing: St Andrew's cross, two red lamps and a striped barrier (140 × 100)."""
    pen.rect(26, 22, 8, 74, c.METAL)
    pen.rect(18, 94, 24, 5, c.METAL_DARK, radius=2)
    for angle in (30, -30):
        _cross_board(pen, 30, 21, angle)
    pen.rect(6, 42, 48, 19, c.CHARCOAL, radius=9)
    pen.circle(16, 51.5, 6.5, c.LIGHT_RED)
    pen.circle(14, 49.5, 2, c.WHITE, ink=False)
    pen.circle(44, 51.5, 6.5, c.LIGHT_OFF)
    _barrier(pen)


def _cross_board(pen: Pen, x: float, y: float, angle: float) -> None:
    def board(length: float, width: float) -> list[tuple[float, float]]:
        a = math.radians(angle)
        dx, dy = math.cos(a) * length / 2, -math.sin(a) * length / 2
        nx, ny = math.sin(a) * width / 2, math.cos(a) * width / 2
        return [
            (x - dx + nx, y - dy + ny),
            (x + dx + nx, y + dy + ny),
            (x + dx - nx, y + dy - ny),
            (x - dx - nx, y - dy - ny),
        ]

    pen.poly(board(62, 12), c.SIGN_RED)
    pen.poly(board(57, 6), c.WHITE, ink=False)


def _barrier(pen: Pen) -> None:
    pen.rect(52, 68, 78, 7, c.WHITE, radius=3)
    for x in range(60, 124, 16):
        pen.rect(x, 68.6, 8, 5.8, c.SIGN_RED, ink=False)
    pen.rect(42, 62, 14, 34, c.METAL_DARK, radius=3)
    pen.circle(49, 71, 3.5, c.METAL)


def bench(pen: Pen) -> None:
    """A park bench with wooden slats (200 × 100)."""
    for x in (30, 162):
        pen.rect(x, 12, 8, 84, c.CHARCOAL, radius=2)
        pen.rect(x - 5, 92, 18, 5, c.CHARCOAL, radius=2)
    pen.rect(14, 14, 172, 14, c.WOOD, radius=4)
    pen.rect(14, 34, 172, 14, c.WOOD, radius=4)
    pen.rect(6, 62, 188, 10, c.WOOD_DARK, radius=4)
    pen.rect(4, 56, 192, 10, c.WOOD, radius=4)


def tree(pen: Pen) -> None:
    """A round leafy tree (80 × 100)."""
    _tree_figure(pen, 40, 98, 96)


def lamp_post(pen: Pen) -> None:
    """An old-town street lamp (40 × 100)."""
    pen.rect(12, 90, 16, 8, c.CHARCOAL, radius=2)
    pen.rect(17, 28, 6, 64, c.CHARCOAL)
    pen.rect(14, 26, 12, 5, c.CHARCOAL, radius=2)
    pen.poly([(9, 8), (31, 8), (27, 26), (13, 26)], c.SUN)
    pen.stroke([(20, 9), (20, 25)], c.CHARCOAL, 2)
    pen.poly([(5, 9), (20, 1), (35, 9)], c.CHARCOAL)
    pen.circle(20, 1.5, 2, c.CHARCOAL, ink=False)


def mailbox(pen: Pen) -> None:
    """A yellow post box with an envelope on it, on a post (60 × 100)."""
    pen.rect(26, 52, 8, 44, c.METAL_DARK)
    pen.rect(17, 94, 26, 5, c.CHARCOAL, radius=2)
    pen.rect(3, 4, 54, 52, c.YELLOW, radius=9)
    pen.rect(3, 4, 54, 10, c.YELLOW_DARK, radius=5)
    pen.rect(14, 20, 32, 5, c.CHARCOAL, radius=2)
    pen.rect(17, 32, 26, 16, c.WHITE, radius=2)
    pen.stroke([(18, 33), (30, 42), (42, 33)], c.INK, 1.4)


def poster(pen: Pen) -> None:
    """A safety poster pinned on a board (76 × 100)."""
    pen.rect(0, 0, 76, 100, c.WOOD_DARK, radius=4)
    pen.rect(6, 6, 64, 88, c.PAPER, radius=2)
    pen.rect(11, 11, 54, 12, c.RED, radius=3, ink=False)
    pen.rect(17, 15.5, 42, 3, c.WHITE, radius=1, ink=False)
    pen.rect(18, 28, 40, 40, c.POWDER, radius=3)
    pen.rect(19, 56, 38, 11, c.ASPHALT, ink=False)
    for x in range(22, 56, 8):
        pen.rect(x, 58, 4, 7, c.PAINT, ink=False)
    walker(pen, 36, 58, 24, c.INK)
    for row, width in enumerate((50, 44, 36)):
        pen.rect(13, 74 + row * 6.5, width, 3, c.PAVEMENT_LINE, radius=1.5, ink=False)
    for x, y in ((10, 9), (66, 9)):
        pen.circle(x, y, 2.4, c.RED)


def barrier(pen: Pen) -> None:
    """A lowered red-and-white boom barrier with a lamp on its arm (220 × 100)."""
    pen.rect(196, 50, 8, 46, c.METAL_DARK)
    pen.rect(190, 92, 20, 6, c.CHARCOAL, radius=2)
    pen.rect(24, 40, 190, 12, c.WHITE, radius=5)
    for x in range(44, 200, 32):
        pen.rect(x, 41, 16, 10, c.SIGN_RED, ink=False)
    pen.circle(120, 36, 6, c.LIGHT_RED)
    pen.rect(6, 22, 30, 76, c.METAL_DARK, radius=6)
    pen.rect(2, 92, 38, 6, c.CHARCOAL, radius=2)
    pen.circle(21, 46, 5, c.METAL)


def ticket_machine(pen: Pen) -> None:
    """A ticket machine with a screen, keys, a card slot and a ticket coming out (56 × 100)."""
    pen.rect(2, 2, 52, 94, c.BLUE, radius=6)
    pen.rect(8, 10, 40, 24, c.SCREEN, radius=3)
    for row, width in enumerate((26, 18)):
        pen.rect(13, 16 + row * 8, width, 3.5, c.WHITE, radius=1.5, ink=False)
    for row in range(3):
        for col in range(3):
            pen.rect(10 + col * 8, 40 + row * 7, 6, 5, c.METAL, radius=1.5)
    pen.rect(38, 40, 10, 3, c.CHARCOAL, radius=1)
    pen.rect(12, 66, 32, 5, c.CHARCOAL, radius=2)
    pen.rect(18, 68, 20, 20, c.PAPER, radius=2)
    pen.rect(22, 74, 12, 2.5, c.RED, radius=1, ink=False)
    pen.rect(22, 79, 9, 2.5, c.METAL, radius=1, ink=False)
