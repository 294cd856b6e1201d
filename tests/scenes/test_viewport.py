"""The canvas is scaled into any window with black bars, and mouse positions map both ways."""

from __future__ import annotations

import pytest

from escape_room.ui.viewport import Viewport


def test_a_window_of_the_canvas_size_maps_positions_unchanged() -> None:
    viewport = Viewport((1280, 720))
    assert viewport.area.topleft == (0, 0) and viewport.area.size == (1280, 720)
    assert viewport.to_logical((640, 360)) == (640, 360)
    assert viewport.to_window((640, 360)) == (640, 360)


def test_a_taller_window_gets_bars_above_and_below() -> None:
    viewport = Viewport((1280, 1024))
    assert viewport.area.size == (1280, 720)
    assert viewport.area.top == 152
    assert viewport.to_logical((0, 152)) == (0, 0)
    assert viewport.to_logical((10, 100))[1] < 0, "a click in the bar lies outside the canvas"


def test_a_wider_window_gets_bars_left_and_right() -> None:
    viewport = Viewport((2000, 720))
    assert viewport.area.size == (1280, 720)
    assert viewport.area.left == 360
    assert viewport.to_logical((360 + 1279, 719)) == (1279, 719)


@pytest.mark.parametrize("window", [(1920, 1080), (800, 450), (1024, 768), (1366, 768), (640, 900)])
def test_canvas_points_survive_the_round_trip_through_the_window(window: tuple[int, int]) -> None:
    viewport = Viewport(window)
    for point in [(0, 0), (1279, 719), (640, 360), (123, 456), (1000, 70)]:
        back = viewport.to_logical(viewport.to_window(point))
        tolerance = max(1, round(1 / viewport.scale))
        assert abs(back[0] - point[0]) <= tolerance and abs(back[1] - point[1]) <= tolerance


def test_a_scaled_window_maps_the_centre_to_the_centre() -> None:
    viewport = Viewport((1920, 1080))
    assert viewport.scale == 1.5
    assert viewport.to_logical((960, 540)) == (640, 360)
