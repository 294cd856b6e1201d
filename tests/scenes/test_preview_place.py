"""Placing things in the preview: the grid and the pointer's coordinates, dragging a hotspot or
the exit, copying or writing its numbers into the room file (comments kept), and undo."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame
import pytest

from escape_room.pilot import Pilot
from escape_room.scenes.preview import build_preview
from escape_room.scenes.preview_place import PlacingRoomScene, PointingPanoramaScene
from escape_room.ui.app import App
from escape_room.ui.look import Drawn, recording

FIXTURES = Path(__file__).parent.parent / "fixtures"
POLL_FRAMES = 32
COMMENT = "# the hotspots, left to right\n"


@pytest.fixture
def room_file(tmp_path: Path) -> Path:
    pack = tmp_path / "allkinds"
    shutil.copytree(FIXTURES / "allkinds", pack)
    path = pack / "rooms" / "yard.yaml"
    path.write_text(path.read_text().replace("hotspots:\n", "hotspots:\n" + COMMENT))
    return path


def opened(room_file: Path) -> tuple[App, Pilot]:
    app = build_preview(room_file, None, "en", replay=True)
    pilot = Pilot(app)
    pilot.advance()
    pilot.click("card:close")
    assert isinstance(app.stack.top, PlacingRoomScene)
    return app, pilot


def room(app: App) -> PlacingRoomScene:
    scene = app.stack.top
    assert isinstance(scene, PlacingRoomScene)
    return scene


def drag(pilot: Pilot, start: tuple[int, int], end: tuple[int, int]) -> None:
    """Press at `start`, move in two steps to `end`, release: as a hand does."""
    middle = ((start[0] + end[0]) // 2, (start[1] + end[1]) // 2)
    events = [
        (pygame.MOUSEMOTION, {"pos": start, "rel": (0, 0), "buttons": (0, 0, 0)}),
        (pygame.MOUSEBUTTONDOWN, {"pos": start, "button": 1}),
        (pygame.MOUSEMOTION, {"pos": middle, "rel": (0, 0), "buttons": (1, 0, 0)}),
        (pygame.MOUSEMOTION, {"pos": end, "rel": (0, 0), "buttons": (1, 0, 0)}),
        (pygame.MOUSEBUTTONUP, {"pos": end, "button": 1}),
    ]
    for kind, data in events:
        pygame.event.post(pygame.event.Event(kind, data))
    pilot.advance()


def test_the_pointer_s_scene_coordinates_are_always_known(room_file: Path) -> None:
    app, pilot = opened(room_file)
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=(321, 456), rel=(0, 0)))
    pilot.advance()
    assert room(app).placer.pointer == (321, 456)


def test_without_the_grid_a_press_opens_the_hotspot_as_in_play(room_file: Path) -> None:
    app, pilot = opened(room_file)
    drag(pilot, (70, 360), (70, 360))
    assert not isinstance(app.stack.top, PlacingRoomScene)
    assert room_file.read_text().count("[40, 300, 60, 120]") == 1


def test_dragging_moves_a_hotspot_and_writing_changes_only_its_four_numbers(
    room_file: Path,
) -> None:
    # given
    before = room_file.read_text()
    app, pilot = opened(room_file)
    pilot.press("g")
    # when: the sign is dragged 30 right and 20 down, then written
    drag(pilot, (70, 360), (100, 380))
    placed = room(app).placer.placed
    assert placed is not None and placed.text == "rect: [70, 320, 60, 120]"
    assert room(app).placer.dragged == "hotspot:h-mc"
    pilot.press("w")
    # then: the file differs only in those numbers, and its comment stays
    after = room_file.read_text()
    assert after == before.replace("[40, 300, 60, 120]", "[70, 320, 60, 120]")
    assert COMMENT in after
    assert "line 12" in room(app).placer.message
    # and the preview reloads with the hotspot in its new place
    pilot.advance(POLL_FRAMES)
    pilot.click("card:close")
    sign = pilot.widget("hotspot:h-mc")
    assert tuple(sign.rect) == (70, 320, 60, 120)


def test_dragging_the_corner_resizes_and_undo_puts_the_file_back(room_file: Path) -> None:
    before = room_file.read_text()
    app, pilot = opened(room_file)
    pilot.press("g")
    drag(pilot, (1259, 459), (1239, 419))  # the exit's bottom-right corner
    placed = room(app).placer.placed
    assert placed is not None and placed.text == "rect: [1150, 200, 90, 220]"
    pilot.press("w")
    assert "rect: [1150, 200, 90, 220]" in room_file.read_text()
    pilot.press("u")
    assert room_file.read_text() == before
    assert room(app).placer.message == "The last write is undone."


def test_while_placing_a_press_opens_nothing(room_file: Path) -> None:
    app, pilot = opened(room_file)
    pilot.press("g")
    drag(pilot, (70, 360), (70, 360))
    assert isinstance(app.stack.top, PlacingRoomScene)


def test_copying_puts_the_shape_on_the_clipboard_or_shows_it_to_copy(room_file: Path) -> None:
    app, pilot = opened(room_file)
    pilot.press("c")
    assert room(app).placer.message == "Drag a thing first."
    pilot.press("g")
    drag(pilot, (70, 360), (80, 360))
    pilot.press("c")
    message = room(app).placer.message
    if message.startswith("Copied"):
        assert message == "Copied: rect: [50, 300, 60, 120]"
        assert pygame.scrap.get_text() == "rect: [50, 300, 60, 120]"
    else:
        assert message == "No clipboard here: copy rect: [50, 300, 60, 120] by hand."


def test_a_file_that_cannot_be_written_gives_a_message_not_a_traceback(
    room_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = room_file.read_text()
    app, pilot = opened(room_file)
    pilot.press("g")
    drag(pilot, (70, 360), (80, 360))
    opened_file = Path.open

    def refusing(self: Path, mode: str = "r", *args: object, **kwargs: object) -> object:
        if "+" in mode:
            raise PermissionError(13, "Permission denied", str(self))
        return opened_file(self, mode, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refusing)
    pilot.press("w")
    monkeypatch.undo()
    message = room(app).placer.message
    assert message.startswith(f"{room_file}: cannot write the file (Permission denied)")
    assert room_file.read_text() == before
    pilot.press("u")
    assert room(app).placer.message == "Nothing to undo."


@pytest.mark.parametrize("lang", ["en", "lt"])
@pytest.mark.parametrize("scale", [100, 200])
def test_the_placing_texts_are_never_cut_in_either_language_at_any_text_size(
    room_file: Path, lang: str, scale: int
) -> None:
    # given a placed hotspot, a message and the grid, in the language and text size
    app = build_preview(room_file, None, lang, replay=True)
    app.stack.scenes[0].ctx.settings.text_scale = scale
    pilot = Pilot(app)
    pilot.advance()
    pilot.click("card:close")
    placer = room(app).placer
    drawn: list[list[Drawn]] = []
    for step in ("coordinates", "placing"):
        if step == "placing":
            pilot.press("g")
            drag(pilot, (70, 360), (1000, 500))
            pilot.press("c")
        # when drawn
        with recording() as texts:
            placer.draw(pygame.Surface((1280, 720)))
        drawn.append(texts)
    # then every text shows whole
    assert [len(texts) for texts in drawn] == [1, 3]
    assert not [t.text for texts in drawn for t in texts if t.cut]


def test_a_panorama_shows_the_pointer_s_panorama_coordinates(tmp_path: Path) -> None:
    # given a panorama room facing x 480, so the screen's left edge is at x 3680 (of 3840)
    pack = tmp_path / "panorama"
    shutil.copytree(FIXTURES / "panorama", pack)
    app = build_preview(pack / "rooms" / "deck.yaml", None, "en", replay=True)
    pilot = Pilot(app)
    pilot.advance()
    pilot.click("card:close")
    scene = app.stack.top
    assert isinstance(scene, PointingPanoramaScene)
    # when the pointer is 100 pixels from the left edge and 400 down
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=(100, 400), rel=(0, 0)))
    pilot.advance()
    # then it is across the seam, at panorama x 3780
    assert scene.placer.pointer == (3780, 400)


def test_a_write_after_the_file_changed_goes_to_the_dragged_hotspot_where_it_now_is(
    room_file: Path,
) -> None:
    # given the sign dragged, then a hotspot added before it in the file and the preview reloaded
    _, pilot = opened(room_file)
    pilot.press("g")
    drag(pilot, (70, 360), (80, 360))
    text = room_file.read_text()
    new = (
        "  - {id: h-new, label: New, prop: tree, shape: {rect: [700, 200, 40, 60]},"
        " opens: {clue: x}}\n"
    )
    save_text = text.replace(COMMENT, COMMENT + new)
    room_file.write_text(save_text)
    pilot.advance(POLL_FRAMES)
    pilot.click("card:close")
    # when written
    pilot.press("w")
    # then the sign's numbers change, not the new hotspot's
    assert room_file.read_text() == save_text.replace("[40, 300, 60, 120]", "[50, 300, 60, 120]")


def test_an_item_picked_up_is_not_dragged_where_it_no_longer_shows(room_file: Path) -> None:
    # given the reflector hotspot gives the whistle, and the team has picked it up
    text = room_file.read_text().replace("opens: {puzzle: word}", "opens: {item: whistle}")
    room_file.write_text(text)
    app, pilot = opened(room_file)
    pilot.click("hotspot:h-word")
    pilot.advance()
    while not isinstance(app.stack.top, PlacingRoomScene):
        pilot.press("escape")
    assert "hotspot:h-word" not in pilot.ids()
    # when a drag starts where it was
    pilot.press("g")
    drag(pilot, (1030, 400), (1030, 300))
    # then nothing moves
    assert room(app).placer.placed is None
