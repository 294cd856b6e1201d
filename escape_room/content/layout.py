"""Checks of a room's layout and pace: hotspots on the 1280×720 scene, and the time limit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from escape_room.content.messages import Key
from escape_room.content.models import SCENE_HEIGHT, SCENE_WIDTH, Shape
from escape_room.content.report import Reporter

if TYPE_CHECKING:
    from escape_room.content.pack import Room

SECONDS_BY_DIFFICULTY = {1: 60, 2: 75, 3: 90}
_SAMPLES = 24  # grid points per side when testing whether two shapes overlap


def lint_layout(room: Room, report: Reporter) -> None:
    """Warn about areas outside the scene, areas that overlap, hotspots nobody can see on a
    drawn scene, and a time limit too short."""
    areas = _areas(room)
    for key, name, shape in areas:
        if not _on_scene(shape):
            message = f"{name} reaches outside the {SCENE_WIDTH}×{SCENE_HEIGHT} scene"
            report.warning(room.path, key, message)
    for index, other_index in _touching([shape.bounds() for _, _, shape in areas]):
        (key, name, shape), (_, other_name, other) = areas[index], areas[other_index]
        if overlap(shape, other):
            report.warning(room.path, key, f"{name} overlaps {other_name}")
    _unseen(room, report)
    _time_limit(room, report)


def _unseen(room: Room, report: Reporter) -> None:
    """On a scene the game draws, a hotspot without a prop shows nothing to click."""
    if room.model.background.scene is None:
        return
    for index, hotspot in enumerate(room.model.hotspots):
        if hotspot.prop is None:
            message = (
                f"the hotspot '{hotspot.id}' has no 'prop', so nothing shows it on the drawn "
                "scene; add one, e.g. 'prop: poster'"
            )
            report.warning(room.path, ("hotspots", index), message)


Bounds = tuple[float, float, float, float]


def _touching(bounds: list[Bounds]) -> list[tuple[int, int]]:
    """Pairs (later, earlier) of areas whose enclosing rectangles share some area."""
    pairs = []
    for index, (x, y, w, h) in enumerate(bounds):
        for other, (ox, oy, ow, oh) in enumerate(bounds[:index]):
            if x < ox + ow and ox < x + w and y < oy + oh and oy < y + h:
                pairs.append((index, other))
    return pairs


def _areas(room: Room) -> list[tuple[Key, str, Shape]]:
    areas: list[tuple[Key, str, Shape]] = [
        (("hotspots", i, "shape"), f"the hotspot '{h.id}'", h.shape)
        for i, h in enumerate(room.model.hotspots)
    ]
    return [*areas, (("exit", "shape"), "the exit", room.model.exit.shape)]


def _on_scene(shape: Shape) -> bool:
    x, y, width, height = shape.bounds()
    return x >= 0 and y >= 0 and x + width <= SCENE_WIDTH and y + height <= SCENE_HEIGHT


def overlap(one: Shape, other: Shape) -> bool:
    """Whether two shapes share some area (tested on a grid over their common bounds)."""
    ax, ay, aw, ah = one.bounds()
    bx, by, bw, bh = other.bounds()
    left, top = max(ax, bx), max(ay, by)
    width, height = min(ax + aw, bx + bw) - left, min(ay + ah, by + bh) - top
    if width <= 0 or height <= 0:
        return False
    for i in range(_SAMPLES):
        for j in range(_SAMPLES):
            x = left + (i + 0.5) * width / _SAMPLES
            y = top + (j + 0.5) * height / _SAMPLES
            if one.contains(x, y) and other.contains(x, y):
                return True
    return False


def estimate_seconds(room: Room) -> int:
    """About how long a class needs for the room's puzzles: 60, 75 or 90 s each by difficulty."""
    return sum(SECONDS_BY_DIFFICULTY[p.difficulty] for p in room.puzzles.values())


def _time_limit(room: Room, report: Reporter) -> None:
    needed = estimate_seconds(room)
    limit = room.model.time_limit
    if limit < needed:
        count = len(room.puzzles)
        message = (
            f"{limit} s may be too short: {count} puzzles take about {needed} s "
            f"(60 s easy, 75 s medium, 90 s hard each); give at least {needed}"
        )
        report.warning(room.path, ("time_limit",), message)
