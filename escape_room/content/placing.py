"""Moving and resizing a hotspot or the exit on the scene, as the preview's drag does it.

A drag starts on a box (the shape's bounds) and follows the pointer: from inside the box it
moves the box, from its bottom-right corner it resizes it. :func:`reshaped` turns the new box into
the shape's own numbers (a rect's, a circle's or a polygon's), and :func:`shape_key` says where
those numbers are written in the room file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from escape_room.content.models import SCENE_HEIGHT, SCENE_WIDTH, RoomFile, Shape
from escape_room.content.yamledit import Written, replace_numbers
from escape_room.content.yamlread import PathKey, read_yaml

CORNER = 16
"""How near the bottom-right corner (in scene pixels) a drag resizes instead of moving."""
SMALLEST = 8
"""The smallest width or height a drag leaves."""

Box = tuple[int, int, int, int]
"""x, y, width, height in scene pixels."""


@dataclass(frozen=True)
class Drag:
    """A drag of a box that started at `start`: moving it, or resizing it by its corner."""

    box: Box
    start: tuple[int, int]
    mode: Literal["move", "resize"]

    @classmethod
    def grab(cls, box: Box, pos: tuple[int, int]) -> Drag:
        """The drag that pressing at `pos` on `box` starts."""
        x, y, width, height = box
        near = abs(pos[0] - (x + width)) <= CORNER and abs(pos[1] - (y + height)) <= CORNER
        return cls(box, pos, "resize" if near else "move")

    def to(self, pos: tuple[int, int]) -> Box:
        """The box with the pointer at `pos`, kept on the scene."""
        x, y, width, height = self.box
        dx, dy = pos[0] - self.start[0], pos[1] - self.start[1]
        if self.mode == "resize":
            width = max(SMALLEST, min(width + dx, SCENE_WIDTH - x))
            height = max(SMALLEST, min(height + dy, SCENE_HEIGHT - y))
            return (x, y, width, height)
        x = max(0, min(x + dx, SCENE_WIDTH - width))
        y = max(0, min(y + dy, SCENE_HEIGHT - height))
        return (x, y, width, height)


def reshaped(shape: Shape, box: Box) -> list[int]:
    """The shape's numbers, in the order the file writes them, for the shape fitted to `box`:
    `[x, y, width, height]` for a rect, `[x, y, radius]` for a circle (as large as fits), and
    every corner `x, y` in turn for a polygon (moved and stretched with its bounds)."""
    x, y, width, height = box
    if shape.rect is not None:
        return [x, y, width, height]
    if shape.circle is not None:
        radius = max(1, min(width, height) // 2)
        return [x + width // 2, y + height // 2, radius]
    old_x, old_y, old_width, old_height = shape.bounds()
    numbers: list[int] = []
    for px, py in shape.polygon or []:
        numbers.append(round(x + (px - old_x) * width / (old_width or 1)))
        numbers.append(round(y + (py - old_y) * height / (old_height or 1)))
    return numbers


def shape_text(shape: Shape, numbers: list[int]) -> str:
    """The shape as a teacher writes it in the file, e.g. `rect: [146, 297, 78, 142]`."""
    if shape.rect is not None:
        return f"rect: [{', '.join(map(str, numbers))}]"
    if shape.circle is not None:
        return f"circle: [{', '.join(map(str, numbers))}]"
    corners = [f"[{numbers[i]}, {numbers[i + 1]}]" for i in range(0, len(numbers), 2)]
    return f"polygon: [{', '.join(corners)}]"


def shape_key(room: RoomFile, thing: str) -> PathKey:
    """Where in the room file the numbers of `thing` ('hotspot:<id>' or 'exit') are written;
    KeyError when the room has no such thing."""
    if thing == "exit":
        return ("exit", "shape", _kind(room.exit.shape))
    index = _hotspot_index(room, thing)
    return ("hotspots", index, "shape", _kind(room.hotspots[index].shape))


def shape_of(room: RoomFile, thing: str) -> Shape:
    """The shape of `thing` ('hotspot:<id>' or 'exit'); KeyError when there is none."""
    return room.exit.shape if thing == "exit" else room.hotspots[_hotspot_index(room, thing)].shape


def _hotspot_index(room: RoomFile, thing: str) -> int:
    hotspot_id = thing.removeprefix("hotspot:")
    for index, hotspot in enumerate(room.hotspots):
        if hotspot.id == hotspot_id:
            return index
    raise KeyError(thing)


def _kind(shape: Shape) -> str:
    return "rect" if shape.rect is not None else "circle" if shape.circle is not None else "polygon"


@dataclass(frozen=True)
class Placement:
    """Where a drag left a thing of the room: its new numbers and where they go in the file."""

    thing: str
    shape: Shape
    numbers: list[int]
    key: PathKey

    @classmethod
    def of(cls, room: RoomFile, thing: str, box: Box) -> Placement:
        shape = shape_of(room, thing)
        return cls(thing, shape, reshaped(shape, box), shape_key(room, thing))

    @property
    def text(self) -> str:
        """The shape as the teacher writes it, to copy into the file."""
        return shape_text(self.shape, self.numbers)

    def write(self, path: Path) -> tuple[Written, int]:
        """Write the numbers into the room file at `path`, keeping everything else; returns
        what to undo it with and the line written. Raises ContentError when it cannot."""
        written = replace_numbers(path, self.key, self.numbers)
        return written, read_yaml(path).position(self.key)[0]
