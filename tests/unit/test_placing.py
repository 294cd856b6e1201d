"""The preview's drag arithmetic: moving and resizing a box, and a shape's numbers after it."""

from __future__ import annotations

from escape_room.content.models import Shape
from escape_room.content.placing import Drag, reshaped, shape_text


def test_a_press_inside_moves_and_a_press_on_the_corner_resizes() -> None:
    box = (100, 200, 60, 40)
    assert Drag.grab(box, (120, 210)).mode == "move"
    assert Drag.grab(box, (158, 238)).mode == "resize"
    assert Drag.grab(box, (120, 210)).to((150, 190)) == (130, 180, 60, 40)
    assert Drag.grab(box, (160, 240)).to((200, 260)) == (100, 200, 100, 60)


def test_a_drag_keeps_the_box_on_the_scene_and_never_too_small() -> None:
    assert Drag.grab((100, 200, 60, 40), (120, 210)).to((-500, 2000)) == (0, 680, 60, 40)
    assert Drag.grab((100, 200, 60, 40), (160, 240)).to((0, 0)) == (100, 200, 8, 8)


def test_each_kind_of_shape_gets_its_own_numbers() -> None:
    rect = Shape(rect=(0, 0, 10, 10))
    circle = Shape(circle=(50, 50, 20))
    polygon = Shape(polygon=[(0, 0), (10, 0), (10, 20)])
    assert reshaped(rect, (5, 6, 7, 8)) == [5, 6, 7, 8]
    assert reshaped(circle, (100, 100, 60, 40)) == [130, 120, 20]
    assert reshaped(polygon, (100, 100, 20, 20)) == [100, 100, 120, 100, 120, 120]
    assert shape_text(polygon, [1, 2, 3, 4, 5, 6]) == "polygon: [[1, 2], [3, 4], [5, 6]]"
    assert shape_text(circle, [1, 2, 3]) == "circle: [1, 2, 3]"
