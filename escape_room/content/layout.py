"""Checks of a room's layout and pace: hotspots on the 1280×720 scene or on the panorama (where
x wraps around, so shapes can overlap across the seam), and the time limit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from escape_room.content.messages import Key
from escape_room.content.models import SCENE_HEIGHT, SCENE_WIDTH, Shape
from escape_room.content.panorama import TURNS, placement_problem, shifted
from escape_room.content.report import Reporter

if TYPE_CHECKING:
    from escape_room.content.pack import Room

SECONDS_BY_DIFFICULTY = {1: 60, 2: 75, 3: 90}
_SAMPLES = 24  # grid points per side when testing whether two shapes overlap


def lint_layout(room: Room, report: Reporter) -> None:
    """Warn about areas outside the scene, areas that overlap, hotspots nobody can see on a
    drawn scene, and a time limit too short; on a panorama, an area whose x is out of range, or
    too wide to be seen whole, is an error."""
    areas = _areas(room)
    turn = room.model.panorama.width if room.model.panorama else None
    for key, name, shape in areas:
        if turn is not None and (problem := placement_problem(shape, turn)):
            report.error(room.path, key, f"{name} {problem}")
        elif not _on_scene(shape, turn):
            message = f"{name} reaches outside the {SCENE_WIDTH}×{SCENE_HEIGHT} scene"
            if turn is not None:
                message = (
                    f"{name} reaches above or below the panorama, which is {SCENE_HEIGHT} high"
                )
            report.warning(room.path, key, message)
    for index, other_index, seam in _touching([shape.bounds() for _, _, shape in areas], turn):
        (key, name, shape), (_, other_name, other) = areas[index], areas[other_index]
        if overlap(shape, shifted(other, seam)):
            across = " across the panorama's seam" if seam else ""
            report.warning(room.path, key, f"{name} overlaps {other_name}{across}")
    _unseen(room, report)
    _time_limit(room, report)


def _unseen(room: Room, report: Reporter) -> None:
    """On a scene the game draws, a hotspot without a prop shows nothing to click."""
    if not room.model.drawn:
        return
    for index, hotspot in enumerate(room.model.hotspots):
        if hotspot.drawn_prop is None:
            message = (
                f"the hotspot '{hotspot.id}' has no 'prop', so nothing shows it on the drawn "
                "scene; add one, e.g. 'prop: poster'"
            )
            report.warning(room.path, ("hotspots", index), message)


Bounds = tuple[float, float, float, float]


def _touching(bounds: list[Bounds], turn: float | None) -> list[tuple[int, int, float]]:
    """Triples (later, earlier, shift) of areas whose enclosing rectangles share some area when
    the earlier one is moved `shift` pixels: 0, or on a panorama `turn` wide, a turn either way."""
    shifts = [0.0] if turn is None else [t * turn for t in TURNS]
    pairs = []
    for index, (x, y, w, h) in enumerate(bounds):
        for other, (ox, oy, ow, oh) in enumerate(bounds[:index]):
            for shift in shifts:
                left = ox + shift
                if x < left + ow and left < x + w and y < oy + oh and oy < y + h:
                    pairs.append((index, other, shift))
    return pairs


def _areas(room: Room) -> list[tuple[Key, str, Shape]]:
    areas: list[tuple[Key, str, Shape]] = [
        (("hotspots", i, "shape"), f"the hotspot '{h.id}'", h.shape)
        for i, h in enumerate(room.model.hotspots)
    ]
    return [*areas, (("exit", "shape"), "the exit", room.model.exit.shape)]


def _on_scene(shape: Shape, turn: float | None) -> bool:
    """Inside the scene; on a panorama (whose x the caller checked) only its height counts."""
    x, y, width, height = shape.bounds()
    inside = turn is not None or (x >= 0 and x + width <= SCENE_WIDTH)
    return inside and y >= 0 and y + height <= SCENE_HEIGHT


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
