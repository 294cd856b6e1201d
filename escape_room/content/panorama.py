"""Geometry of a panorama: x wraps around at its width, so a shape may cross the seam.

A panorama is `width` pixels for the full turn; x = `width` is x = 0 again. A shape is placed
with its left edge in 0 … `width` and may run on past `width`, across the seam. Pure: the room
view and the layout checks both use it.
"""

from __future__ import annotations

from escape_room.content.models import SCENE_WIDTH, Shape

TURNS = (-1, 0, 1)
"""Turns of the panorama to look at for a shape's copies: one to the left, none, one right."""


def wrap(x: float, width: float) -> float:
    """`x` brought into 0 … `width`."""
    return x % width


def turn_between(start: float, end: float, width: float) -> float:
    """The shortest signed turn from heading `start` to heading `end` (positive: to the right)."""
    half = width / 2
    return (end - start + half) % width - half


def shifted(shape: Shape, dx: float) -> Shape:
    """The same shape moved `dx` pixels to the right."""
    if dx == 0:
        return shape
    if shape.rect is not None:
        x, y, w, h = shape.rect
        return Shape(rect=(x + dx, y, w, h))
    if shape.circle is not None:
        x, y, r = shape.circle
        return Shape(circle=(x + dx, y, r))
    return Shape(polygon=[(x + dx, y) for x, y in shape.polygon or []])


def contains(shape: Shape, x: float, y: float, width: float) -> bool:
    """Whether the panorama point (x, y) lies in the shape, on either side of the seam."""
    return any(shape.contains(wrap(x, width) + turn * width, y) for turn in (0, 1))


def placement_problem(shape: Shape, width: float) -> str | None:
    """Why `shape` cannot be placed on a panorama `width` wide, or None when it can."""
    x, _, w, _ = shape.bounds()
    if not 0 <= x < width:
        return (
            f"starts at x {x:g}, outside the panorama: x runs from 0 to {width:g}, and a shape "
            f"may run on past {width:g} across the seam"
        )
    if w > SCENE_WIDTH:
        return f"is {w:g} wide, wider than the screen ({SCENE_WIDTH}), so it is never seen whole"
    return None
