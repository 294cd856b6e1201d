"""Props that are people: a pedestrian, one looking at a phone, a child chasing a ball, a cyclist.

A person is drawn from a pose: joint positions in a frame 100 units tall with the feet at
y = 100 and the body's middle at x = 0, facing right. Each painter draws in a design box 100
units tall; its width is given with the prop in `props.py`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from escape_room.art import palette as c
from escape_room.art.pen import Pen, Point
from escape_room.art.props_vehicles import bicycle


@dataclass(frozen=True)
class Pose:
    head: Point
    shoulder: Point
    hip: Point
    front_leg: tuple[Point, Point]
    back_leg: tuple[Point, Point]
    front_arm: tuple[Point, Point]
    back_arm: tuple[Point, Point]


WALK = Pose(
    head=(4, 13),
    shoulder=(0, 32),
    hip=(0, 60),
    front_leg=((8, 78), (12, 96)),
    back_leg=((-4, 79), (-12, 95)),
    front_arm=((7, 46), (12, 57)),
    back_arm=((-6, 46), (-11, 56)),
)
LOOKING_DOWN = Pose(
    head=(8, 15),
    shoulder=(1, 33),
    hip=(0, 60),
    front_leg=((8, 78), (12, 96)),
    back_leg=((-4, 79), (-12, 95)),
    front_arm=((8, 50), (16, 38)),
    back_arm=((4, 50), (13, 40)),
)
RUN = Pose(
    head=(12, 15),
    shoulder=(6, 33),
    hip=(0, 60),
    front_leg=((14, 70), (16, 88)),
    back_leg=((-6, 79), (-20, 90)),
    front_arm=((16, 42), (22, 34)),
    back_arm=((-6, 44), (-14, 52)),
)
RIDE = Pose(
    head=(30, 14),
    shoulder=(22, 30),
    hip=(0, 54),
    front_leg=((22, 68), (15, 86)),
    back_leg=((14, 80), (6, 100)),
    front_arm=((28, 42), (27, 53)),
    back_arm=((26, 42), (25, 53)),
)


@dataclass(frozen=True)
class Looks:
    shirt: c.Colour
    hair: c.Colour
    trousers: c.Colour = c.DENIM


def person(pen: Pen, x: float, feet: float, height: float, pose: Pose, looks: Looks) -> None:
    """A person in `pose`, `height` units tall, feet at (x, feet)."""
    k = height / 100

    def at(point: Point) -> Point:
        return (x + point[0] * k, feet + (point[1] - 100) * k)

    shade = tuple(round(v * 0.8) for v in looks.trousers)
    back_trousers = (shade[0], shade[1], shade[2])
    pen.tube([at(pose.hip), *map(at, pose.back_leg)], back_trousers, 10 * k)
    _shoe(pen, at(pose.back_leg[1]), k)
    pen.tube([at(pose.shoulder), *map(at, pose.back_arm)], looks.shirt, 7 * k)
    pen.circle(*at(pose.back_arm[1]), 3.6 * k, c.SKIN)
    pen.tube([at(pose.shoulder), at(pose.hip)], looks.shirt, 19 * k)
    pen.tube([at(pose.hip), *map(at, pose.front_leg)], looks.trousers, 10 * k)
    _shoe(pen, at(pose.front_leg[1]), k)
    pen.tube([at(pose.shoulder), *map(at, pose.front_arm)], looks.shirt, 7 * k)
    pen.circle(*at(pose.front_arm[1]), 3.6 * k, c.SKIN)
    _head(pen, at(pose.head), k, looks.hair)


def _shoe(pen: Pen, foot: Point, k: float) -> None:
    pen.rect(foot[0] - 3 * k, foot[1] - 3 * k, 11 * k, 6 * k, c.CHARCOAL, radius=3 * k)


def _head(pen: Pen, centre: Point, k: float, hair: c.Colour) -> None:
    """A head facing right: face, hair over the top and back, an eye."""
    x, y = centre
    r = 11 * k
    pen.circle(x, y, r, c.SKIN)
    cap = [
        (x + r * math.cos(math.radians(a)), y - r * math.sin(math.radians(a)))
        for a in range(40, 236, 15)
    ]
    pen.poly(cap, hair, ink=False)
    pen.circle(x + 5 * k, y + 1.5 * k, 1.5 * k, c.INK, ink=False)


def pedestrian(pen: Pen) -> None:
    """A person walking (50 × 100)."""
    person(pen, 24, 98, 96, WALK, Looks(c.ORANGE, c.HAIR))


def pedestrian_phone(pen: Pen) -> None:
    """A girl walking with her eyes on her phone (50 × 100)."""
    person(pen, 22, 98, 96, LOOKING_DOWN, Looks(c.PURPLE, c.HAIR_FAIR))
    x, y = 22 + 16 * 0.96, 98 + (38 - 100) * 0.96
    pen.rect(x - 1, y - 9, 7, 11, c.CHARCOAL, radius=1.5)
    pen.rect(x + 0.2, y - 7.5, 4.6, 7.5, c.LIGHT_GREEN, ink=False)


def child_ball(pen: Pen) -> None:
    """A child running after a ball (100 × 100)."""
    for y in (72, 80, 88):
        pen.stroke([(60, y), (70, y)], c.METAL, 2)
    pen.circle(86, 86, 12, c.RED)
    pen.circle(82, 82, 3.5, c.WHITE, ink=False)
    person(pen, 34, 98, 80, RUN, Looks(c.GREEN, c.HAIR))


def cyclist(pen: Pen) -> None:
    """A cyclist in a helmet riding to the right (140 × 120)."""
    bicycle(pen.sub(10, 45, 120, design=160))
    person(pen, 58, 103, 100, RIDE, Looks(c.ORANGE, c.HAIR))
    x, y = 88, 15
    pen.poly(
        [
            (x + 13 * math.cos(math.radians(a)), y - 12 * math.sin(math.radians(a)))
            for a in range(0, 181, 15)
        ],
        c.GREEN,
    )
