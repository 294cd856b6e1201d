"""Objects drawn on hotspots (every `Prop` of the pack format) and the room's exit door.

Each prop keeps its own shape: it is drawn as large as fits inside the rect it is given, centred,
with a margin for the highlight glow, so nothing is drawn outside the rect. Pictures are cached by
prop, size and highlight, so drawing one every frame costs one blit.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, partial

import pygame

from escape_room.art import palette as c
from escape_room.art import props_gear as gear
from escape_room.art import props_people as people
from escape_room.art import props_street as street
from escape_room.art import props_vehicles as vehicles
from escape_room.art.figures import walker
from escape_room.art.pen import Pen, place, render
from escape_room.art.signs import SIGNS

Painter = Callable[[Pen], None]

PROPS: dict[str, tuple[tuple[float, float], Painter]] = {
    "sign": ((46, 100), street.sign),
    "stop-sign": ((46, 100), partial(street.sign, kind="stop")),
    "give-way-sign": ((46, 100), partial(street.sign, kind="give-way")),
    "warning-sign": ((46, 100), partial(street.sign, kind="warning")),
    "prohibitory-sign": ((46, 100), partial(street.sign, kind="prohibitory")),
    "priority-sign": ((46, 100), partial(street.sign, kind="priority-road")),
    "mandatory-sign": ((46, 100), partial(street.sign, kind="mandatory")),
    "traffic-light": ((40, 100), street.traffic_light),
    "crosswalk": ((140, 100), street.crosswalk),
    "bus-stop": ((130, 100), street.bus_stop),
    "bus": ((240, 100), vehicles.bus),
    "car": ((200, 100), vehicles.car),
    "bicycle": ((160, 100), vehicles.bicycle),
    "helmet": ((130, 100), gear.helmet),
    "reflector": ((84, 100), gear.reflector),
    "phone": ((54, 100), gear.phone),
    "backpack": ((80, 100), gear.backpack),
    "poster": ((76, 100), street.poster),
    "railway-crossing": ((140, 100), street.railway_crossing),
    "bench": ((200, 100), street.bench),
    "tree": ((80, 100), street.tree),
    "lamp-post": ((40, 100), street.lamp_post),
    "child-seat": ((80, 100), vehicles.child_seat),
    "e-scooter": ((110, 100), vehicles.e_scooter),
    "mailbox": ((60, 100), street.mailbox),
    "pedestrian": ((50, 100), people.pedestrian),
    "pedestrian-phone": ((50, 100), people.pedestrian_phone),
    "child-ball": ((100, 100), people.child_ball),
    "cyclist": ((140, 120), people.cyclist),
    "vest": ((80, 100), gear.vest),
    "ticket-machine": ((56, 100), street.ticket_machine),
    "barrier": ((220, 100), street.barrier),
}
"""Each prop's design box (width, height) and the function that paints it."""


SIGN_ON_POLE = "sign:"
"""A drawn prop `sign:<name>` is road sign `<name>` on a pole (a hotspot's `sign`)."""


def _painter(prop: str) -> tuple[tuple[float, float], Painter] | None:
    if prop.startswith(SIGN_ON_POLE) and prop.removeprefix(SIGN_ON_POLE) in SIGNS:
        return PROPS["sign"][0], partial(street.sign, kind=prop.removeprefix(SIGN_ON_POLE))
    return PROPS.get(prop)


@lru_cache(maxsize=256)
def _prop_picture(prop: str, size: tuple[int, int], highlight: bool) -> pygame.Surface:
    design, paint = _painter(prop) or PROPS[prop]
    return render(size, design, paint, highlight)


def draw_prop(
    surface: pygame.Surface, prop: str, rect: pygame.Rect, highlight: bool = False
) -> None:
    """Draw `prop` (or `sign:<name>`) as large as fits in `rect`; `highlight` adds a glowing
    outline (hover, focus)."""
    if _painter(prop) is None:
        raise ValueError(f"unknown prop {prop!r}; known: {', '.join(PROPS)}")
    place(surface, _prop_picture(prop, rect.size, highlight), rect.topleft)


def _exit_sign(pen: Pen) -> None:
    pen.rect(10, 0, 50, 16, c.EXIT_GREEN, radius=3)
    walker(pen, 26, 14, 12, c.WHITE)
    pen.poly(
        [(40, 5.5), (48, 5.5), (48, 2.5), (54, 8), (48, 13.5), (48, 10.5), (40, 10.5)],
        c.WHITE,
        ink=False,
    )


def _keypad(pen: Pen, locked: bool) -> None:
    pen.rect(58, 42, 13, 24, c.CHARCOAL, radius=2)
    pen.circle(64.5, 46, 1.8, c.LIGHT_RED if locked else c.LIGHT_GREEN, ink=False)
    for row in range(4):
        for col in range(3):
            pen.rect(60.5 + col * 3.2, 50 + row * 3.8, 2.4, 2.6, c.METAL, ink=False)


def _padlock(pen: Pen, x: float, y: float) -> None:
    pen.arc(x, y, 5.5, 0, 180, c.METAL, 2.4)
    pen.rect(x - 8, y, 16, 13, c.YELLOW_DARK, radius=2)
    pen.circle(x, y + 5, 2, c.INK, ink=False)
    pen.rect(x - 0.8, y + 5, 1.6, 4.5, c.INK, ink=False)


def _door(pen: Pen, locked: bool) -> None:
    _exit_sign(pen)
    pen.rect(4, 20, 52, 79, c.METAL_DARK, radius=2)
    if locked:
        pen.rect(9, 25, 42, 74, c.BLUE)
        pen.rect(14, 31, 32, 26, c.BLUE_DARK, radius=2, ink=False)
        pen.rect(14, 64, 32, 28, c.BLUE_DARK, radius=2, ink=False)
        pen.rect(41, 58, 8, 4, c.METAL)
        _padlock(pen, 30, 38)
    else:
        pen.rect(9, 25, 42, 74, c.SUN)
        pen.poly([(9, 25), (22, 30), (22, 94), (9, 99)], c.BLUE)
        pen.rect(17, 58, 4, 4, c.METAL)
    _keypad(pen, locked)


@lru_cache(maxsize=32)
def _door_picture(size: tuple[int, int], locked: bool, highlight: bool) -> pygame.Surface:
    return render(size, (72, 100), lambda pen: _door(pen, locked), highlight)


def draw_door(
    surface: pygame.Surface, rect: pygame.Rect, locked: bool, highlight: bool = False
) -> None:
    """Draw the exit door with its keypad: shut with a padlock and a red lamp while `locked`,
    open onto daylight with a green lamp once not."""
    place(surface, _door_picture(rect.size, locked, highlight), rect.topleft)
