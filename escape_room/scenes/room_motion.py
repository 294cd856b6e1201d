"""The room's motion: traffic passing in the street behind the props, things found flying into
the inventory, and the door swinging open; all on the room's frame time, and none of it with
the reduced motion setting."""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

import pygame

from escape_room.model.run import InventoryEntry
from escape_room.motion import STREET_TRAFFIC, Flight, Point, Swing, Walker, along
from escape_room.ui import theme
from escape_room.ui.widgets import Widget

_TRAFFIC = {"street": STREET_TRAFFIC}
_ICON = 56


class RoomMotion:
    """What moves in one room. `advance` lets time pass (traffic and flights only while the
    room is on top, so they wait under a puzzle); `draw_behind` and `draw_over` draw it."""

    def __init__(self, scene: str | None, reduced: Callable[[], bool]) -> None:
        self.reduced = reduced
        self.traffic: tuple[Walker, ...] = _TRAFFIC.get(scene or "", ())
        self.flights: list[Flight] = []
        self.swing: Swing | None = None
        self.time = 0.0

    def found(self, entry: InventoryEntry, start: Point) -> None:
        """Something was found at `start`: it flies to its slot once the room is on top."""
        if not self.reduced():
            slot_id = f"inventory:{entry.kind}:{entry.id}"
            self.flights.append(Flight(slot_id, start, entry.kind, entry.digit))

    def door_opens(self) -> None:
        if not self.reduced():
            self.swing = Swing()

    def advance(self, dt: float, on_top: bool) -> None:
        if self.swing is not None:
            self.swing.advance(dt)
        if on_top:
            self.time += dt
            for flight in self.flights:
                flight.advance(dt)
            self.flights = [f for f in self.flights if not f.done]

    @property
    def busy(self) -> bool:
        """Whether something is moving that a still picture of the room would miss."""
        return bool(self.flights) or (self.swing is not None and self.swing.opened < 1)

    def draw_behind(self, surface: pygame.Surface) -> None:
        """The traffic, drawn over the background and under the props."""
        if self.reduced():
            return
        for walker in self.traffic:
            x = along(walker, self.time, theme.WIDTH)
            picture = _walker_picture(walker.kind, round(walker.size), walker.speed < 0)
            bob = round(2 * abs(math.sin(self.time * 8 + walker.start))) * (walker.kind != "car")
            rect = picture.get_rect(midbottom=(round(x), round(walker.y) - bob))
            surface.blit(picture, rect)

    def draw_over(self, surface: pygame.Surface, slots: list[Widget], door: pygame.Rect) -> None:
        """The door's leaf while it swings open, and the things flying to their slots."""
        if self.reduced():
            return
        if self.swing is not None and self.swing.opened < 1:
            width = round(door.width * (1 - self.swing.opened))
            if width > 0:
                leaf = pygame.transform.scale(_shut_door(door.size), (width, door.height))
                surface.blit(leaf, door.topleft)
        targets = {slot.id: slot.rect for slot in slots}
        for flight in self.flights:
            slot = targets.get(flight.slot_id)
            if slot is None:
                continue
            end = (slot.x + 6 + _ICON / 2, slot.y + 6 + _ICON / 2)
            (x, y), size = flight.where(end)
            icon = _flying_icon(flight.kind, flight.digit, round(_ICON * size))
            surface.blit(icon, icon.get_rect(center=(round(x), round(y))))


@lru_cache(maxsize=16)
def _walker_picture(kind: str, height: int, leftwards: bool) -> pygame.Surface:
    from escape_room.art.props import PROPS, draw_prop

    ratio = PROPS[kind][0][0] / PROPS[kind][0][1]
    picture = pygame.Surface((round(height * ratio), height), pygame.SRCALPHA)
    draw_prop(picture, kind, picture.get_rect())
    return pygame.transform.flip(picture, True, False) if leftwards else picture


@lru_cache(maxsize=4)
def _shut_door(size: tuple[int, int]) -> pygame.Surface:
    from escape_room.art.props import draw_door

    picture = pygame.Surface(size, pygame.SRCALPHA)
    draw_door(picture, picture.get_rect(), True)
    return picture


@lru_cache(maxsize=32)
def _flying_icon(kind: str, digit: str | None, size: int) -> pygame.Surface:
    from escape_room.art.icons import draw_icon

    picture = pygame.Surface((size, size), pygame.SRCALPHA)
    draw_icon(picture, kind, picture.get_rect(), digit)
    return picture
