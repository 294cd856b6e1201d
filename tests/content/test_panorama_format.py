"""A room may be a panorama: exactly one of background and panorama, hotspots placed in its
pixels (x wrapping at its width), and overlaps found across the seam, each with file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from packtools import ROOM, edit, messages

from escape_room.content.models import Shape
from escape_room.content.panorama import contains, placement_problem, shifted, turn_between


def _panorama(data: Any, **extra: Any) -> None:
    del data["background"]
    data["panorama"] = {"scene": "crossroads", **extra}


def _hotspot(data: Any, hotspot_id: str) -> dict[str, Any]:
    return next(h for h in data["hotspots"] if h["id"] == hotspot_id)


def _line_of(root: Path, text: str, after: int = 0) -> int:
    lines = (root / ROOM).read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if n > after and text in line)


def _shape_line(root: Path, hotspot_id: str) -> int:
    return _line_of(root, "shape:", after=_line_of(root, f"id: {hotspot_id}"))


def test_a_panorama_room_of_the_starter_pack_is_valid(starter: Path) -> None:
    edit(starter / ROOM, _panorama)
    assert messages(starter) == []
    assert messages(starter, "warning") == []


@pytest.mark.parametrize("both", [True, False], ids=["both", "neither"])
def test_a_room_gives_exactly_one_of_background_and_panorama(starter: Path, both: bool) -> None:
    def room(data: Any) -> None:
        if both:
            data["panorama"] = {"scene": "crossroads"}
        else:
            del data["background"]

    edit(starter / ROOM, room)
    assert any(
        m.startswith("rooms/first-room.yaml:1: ")
        and "exactly one of 'background' or 'panorama'" in m
        for m in messages(starter)
    ), messages(starter)


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({"width": 5000}, "a drawn panorama is 3840 wide: leave out 'width'"),
        ({"start": 3840}, "x 3840 lies beyond the panorama, which runs from 0 to 3840"),
        ({"landmarks": [{"at": 4000, "label": "Far"}]}, "x 4000 lies beyond the panorama"),
        ({"image": "wide.png"}, "give exactly one of 'image' or 'scene'"),
    ],
    ids=["width", "start", "landmark", "image-and-scene"],
)
def test_a_panorama_that_does_not_fit_together_is_an_error(
    starter: Path, extra: dict[str, Any], expected: str
) -> None:
    edit(starter / ROOM, lambda data: _panorama(data, **extra))
    line = _line_of(starter, "panorama:")
    found = messages(starter)
    assert any(m.startswith(f"rooms/first-room.yaml:{line}") and expected in m for m in found), (
        found
    )


def test_a_panorama_picture_must_be_in_the_assets_folder(starter: Path) -> None:
    def room(data: Any) -> None:
        del data["background"]
        data["panorama"] = {"image": "crossroads-360.jpg", "width": 4096}

    edit(starter / ROOM, room)
    assert any("there is no picture 'crossroads-360.jpg'" in m for m in messages(starter))


def test_a_hotspot_outside_the_panorama_or_wider_than_the_screen_is_an_error(starter: Path) -> None:
    def room(data: Any) -> None:
        _panorama(data)
        _hotspot(data, "car")["shape"] = {"rect": [3900, 452, 220, 112]}
        _hotspot(data, "bicycle")["shape"] = {"rect": [-40, 500, 170, 108]}
        _hotspot(data, "poster")["shape"] = {"rect": [1500, 305, 1300, 116]}

    edit(starter / ROOM, room)
    found = messages(starter)
    car = _shape_line(starter, "car")
    assert (
        f"rooms/first-room.yaml:{car}: the hotspot 'car' starts at x 3900, outside the panorama: "
        "x runs from 0 to 3840, and a shape may run on past 3840 across the seam"
    ) in found
    assert any("the hotspot 'bicycle' starts at x -40, outside the panorama" in m for m in found)
    assert any(
        "the hotspot 'poster' is 1300 wide, wider than the screen (1280)" in m for m in found
    )


def test_shapes_that_overlap_across_the_seam_are_a_warning(starter: Path) -> None:
    def room(data: Any) -> None:
        _panorama(data)
        _hotspot(data, "car")["shape"] = {"rect": [3700, 452, 220, 112]}
        _hotspot(data, "backpack")["shape"] = {"circle": [40, 500, 30]}

    edit(starter / ROOM, room)
    backpack = _shape_line(starter, "backpack")
    assert messages(starter, "warning") == [
        f"rooms/first-room.yaml:{backpack}: the hotspot 'backpack' overlaps the hotspot 'car' "
        "across the panorama's seam"
    ]
    assert messages(starter) == []


def test_shapes_on_either_side_of_the_seam_that_do_not_meet_are_fine(starter: Path) -> None:
    def room(data: Any) -> None:
        _panorama(data)
        _hotspot(data, "car")["shape"] = {"rect": [3700, 452, 180, 112]}
        _hotspot(data, "backpack")["shape"] = {"circle": [100, 500, 30]}

    edit(starter / ROOM, room)
    assert messages(starter, "warning") == []


def test_a_point_is_in_a_shape_on_either_side_of_the_seam() -> None:
    across = Shape(rect=(3800, 100, 100, 50))
    assert contains(across, 3850, 120, 3840)
    assert contains(across, 30, 120, 3840), "60 px of it lie past the seam, at 0 to 60"
    assert contains(across, 30 + 3840, 120, 3840)
    assert not contains(across, 70, 120, 3840)
    assert not contains(across, 3790, 120, 3840)


def test_turns_take_the_shorter_way_and_shapes_move_whole() -> None:
    assert turn_between(3700, 100, 3840) == 240
    assert turn_between(100, 3700, 3840) == -240
    assert turn_between(0, 1920, 3840) == -1920
    polygon = Shape(polygon=[(0, 0), (10, 0), (5, 8)])
    assert shifted(polygon, 100).polygon == [(100, 0), (110, 0), (105, 8)]
    assert shifted(Shape(circle=(5, 5, 2)), -10).circle == (-5, 5, 2)
    assert placement_problem(Shape(rect=(3839, 0, 10, 10)), 3840) is None
