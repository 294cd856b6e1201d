"""Props that move people: a school bus, a car, a bicycle, a child car seat and an e-scooter.

Each painter draws in a design box 100 units tall; its width is given with the prop in `props.py`.
"""

from __future__ import annotations

import math

from escape_room.art import palette as c
from escape_room.art.figures import wheel
from escape_room.art.pen import Pen


def bus(pen: Pen) -> None:
    """A yellow school bus from the side, facing right (240 × 100)."""
    pen.rect(4, 12, 232, 70, c.YELLOW, radius=12)
    pen.rect(4, 60, 232, 6, c.RED, ink=False)
    for x in range(16, 160, 36):
        pen.rect(x, 22, 28, 26, c.GLASS, radius=4)
        pen.poly([(x + 3, 40), (x + 18, 25), (x + 24, 25), (x + 7, 44)], c.WINDOW_SHINE, ink=False)
    pen.rect(166, 22, 30, 56, c.GLASS, radius=3)
    pen.stroke([(181, 23), (181, 77)], c.INK, 1.2)
    pen.poly([(206, 22), (226, 22), (234, 48), (206, 48)], c.GLASS)
    pen.rect(222, 62, 12, 8, c.SUN, radius=3)
    pen.rect(4, 74, 232, 10, c.CHARCOAL, radius=5)
    for x in (52, 196):
        pen.circle(x, 82, 17, c.CHARCOAL, ink=False)
        wheel(pen, x, 84, 14)


def car(pen: Pen) -> None:
    """A small red car from the side, facing right (200 × 100)."""
    pen.poly([(38, 52), (62, 20), (136, 20), (164, 52)], c.RED)
    pen.poly([(52, 50), (68, 27), (96, 27), (96, 50)], c.GLASS)
    pen.poly([(103, 50), (103, 27), (131, 27), (150, 50)], c.GLASS)
    pen.rect(4, 46, 192, 36, c.RED, radius=14)
    pen.stroke([(100, 52), (100, 76)], c.RED_DARK, 1.4)
    pen.rect(110, 58, 12, 3.5, c.RED_DARK, radius=1.5, ink=False)
    pen.rect(182, 54, 12, 8, c.SUN, radius=3)
    pen.rect(6, 54, 8, 10, c.RED_DARK, radius=3)
    pen.rect(2, 72, 196, 10, c.CHARCOAL, radius=5)
    for x in (46, 154):
        pen.circle(x, 80, 21, c.CHARCOAL, ink=False)
        wheel(pen, x, 81, 17)


def bicycle(pen: Pen) -> None:
    """A bicycle with a bell, lights and red and orange reflectors (160 × 100)."""
    for x in (33, 127):
        _bike_wheel(pen, x, 66, 30)
    rear, crank, seat, head, fork = (33, 66), (78, 68), (68, 32), (114, 30), (118, 42)
    pen.tube([rear, crank, seat, rear], c.BLUE, 4.5)
    pen.tube([seat, head], c.BLUE, 4.5)
    pen.tube([crank, fork], c.BLUE, 4.5)
    pen.tube([head, fork, (127, 66)], c.METAL_DARK, 4)
    pen.circle(78, 68, 7, c.METAL_DARK)
    pen.tube([(72, 78), (84, 58)], c.CHARCOAL, 3)
    pen.tube([seat, (66, 24)], c.METAL_DARK, 3.5)
    pen.poly([(54, 22), (74, 19), (80, 23), (60, 27)], c.CHARCOAL)
    pen.tube([head, (112, 18), (100, 15)], c.METAL_DARK, 3.5)
    pen.rect(52, 26, 8, 6, c.LIGHT_RED, radius=2)
    pen.rect(116, 20, 8, 7, c.SUN, radius=2)
    pen.circle(108, 14, 3, c.YELLOW)


def _bike_wheel(pen: Pen, x: float, y: float, r: float) -> None:
    for i in range(8):
        a = math.pi * i / 8
        dx, dy = math.cos(a) * (r - 5), math.sin(a) * (r - 5)
        pen.stroke([(x - dx, y - dy), (x + dx, y + dy)], c.METAL_DARK, 0.9)
    pen.ring(x, y, r - 2.5, c.TYRE, 5)
    pen.rect(x + 9, y - 17, 5, 8, c.ORANGE, radius=1.5)
    pen.circle(x, y, 4, c.METAL_DARK)


def child_seat(pen: Pen) -> None:
    """A child car seat from the front, with a five-point harness (80 × 100)."""
    pen.rect(8, 78, 64, 20, c.CHARCOAL, radius=6)
    pen.rect(14, 2, 52, 32, c.BLUE_DARK, radius=12)
    pen.rect(12, 24, 56, 60, c.BLUE_DARK, radius=10)
    for x in (2, 62):
        pen.rect(x, 50, 16, 36, c.BLUE, radius=7)
    pen.rect(22, 10, 36, 70, c.BLUE, radius=10)
    pen.rect(28, 14, 24, 14, c.POWDER, radius=6, ink=False)
    for x in (31, 49):
        pen.stroke([(x, 36), (40, 66)], c.CHARCOAL, 4)
    pen.stroke([(26, 58), (54, 58)], c.CHARCOAL, 3.5)
    pen.stroke([(40, 66), (40, 80)], c.CHARCOAL, 4)
    pen.rect(35, 62, 10, 9, c.RED, radius=2)


def e_scooter(pen: Pen) -> None:
    """An electric scooter from the side, facing right: low deck, two small wheels, the stem up
    to the handlebar, and a front light (110 × 100)."""
    pen.tube([(90, 86), (80, 12)], c.METAL_DARK, 6)
    pen.rect(66, 6, 30, 8, c.CHARCOAL, radius=4)
    pen.circle(86, 30, 4, c.SUN)
    pen.rect(10, 74, 78, 10, c.CHARCOAL, radius=5)
    pen.rect(16, 70, 60, 6, c.GREEN, radius=3)
    pen.tube([(10, 80), (6, 70)], c.METAL_DARK, 4)
    for x in (16, 92):
        pen.circle(x, 88, 10, c.TYRE)
        pen.circle(x, 88, 4, c.METAL, ink=False)
