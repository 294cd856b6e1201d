"""The panorama room: turning by drag, arrow keys, edge buttons and compass; hotspots that
work in any heading and across the seam; Tab turning to what it focuses; the picture wrapping."""

from __future__ import annotations

import random
from pathlib import Path

import pygame
import pytest

from escape_room.content.pack import Pack, load_pack
from escape_room.pilot import Click, Pilot
from escape_room.scenes.panorama import EDGE_STEP, KEY_STEP, PanoramaRoomScene
from escape_room.scenes.panorama_view import MIDDLE, Turning, draw_panorama
from escape_room.scenes.room import RoomScene
from escape_room.ui.app import App
from escape_room.ui.clock import FixedClock
from escape_room.ui.context import GameContext, Settings
from escape_room.ui.scene import SceneStack
from tests.scenes.conftest import fixed_now
from tests.scenes.fakes import FakePuzzle, fake_puzzles

FIXTURE = Path(__file__).parent.parent / "fixtures" / "panorama"
WIDTH = 3840


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(FIXTURE)


def _app(pack: Pack, reduced_motion: bool = False) -> tuple[App, PanoramaRoomScene]:
    settings = Settings("en", reduced_motion=reduced_motion)
    ctx = GameContext(pack, settings, random.Random(1), fixed_now)
    stack = SceneStack()
    scene = RoomScene(ctx, pack.room("deck"), fake_puzzles, lambda run: None)
    assert isinstance(scene, PanoramaRoomScene)
    stack.push(scene)
    app = App(stack, FixedClock())
    Pilot(app).click("card:close")
    return app, scene


@pytest.fixture
def room(pack: Pack) -> tuple[Pilot, PanoramaRoomScene]:
    app, scene = _app(pack)
    return Pilot(app), scene


def settle(pilot: Pilot, scene: PanoramaRoomScene) -> None:
    for _ in range(600):
        if scene.turning.settled:
            return
        pilot.advance()
    raise AssertionError("the view never stopped turning")


def heading(scene: PanoramaRoomScene) -> float:
    return scene.turning.heading % WIDTH


# --- turning by each input ------------------------------------------------------------------


def test_a_room_with_a_panorama_is_shown_by_the_panorama_view(
    room: tuple[Pilot, PanoramaRoomScene],
) -> None:
    _, scene = room
    assert heading(scene) == 480, "it starts facing the panorama's 'start'"


def test_arrow_keys_turn_by_a_step_gliding_there(room: tuple[Pilot, PanoramaRoomScene]) -> None:
    pilot, scene = room
    pilot.press("right")
    assert 480 < heading(scene) < 480 + KEY_STEP, "part of the way after one frame"
    settle(pilot, scene)
    assert heading(scene) == 480 + KEY_STEP
    pilot.press("left")
    pilot.press("left")
    settle(pilot, scene)
    assert heading(scene) == 480 - KEY_STEP


def test_with_reduced_motion_a_turn_snaps_at_once(pack: Pack) -> None:
    app, scene = _app(pack, reduced_motion=True)
    Pilot(app).press("right")
    assert scene.turning.settled and heading(scene) == 480 + KEY_STEP


def test_the_edge_buttons_turn_left_and_right(room: tuple[Pilot, PanoramaRoomScene]) -> None:
    pilot, scene = room
    pilot.click("panorama:right")
    settle(pilot, scene)
    assert heading(scene) == 480 + EDGE_STEP
    pilot.click("panorama:left")
    pilot.click("panorama:left")
    settle(pilot, scene)
    assert heading(scene) == (480 - EDGE_STEP) % WIDTH


def test_clicking_the_compass_turns_to_that_heading(room: tuple[Pilot, PanoramaRoomScene]) -> None:
    pilot, scene = room
    compass = pilot.widget("panorama:compass")
    three_eighths_right = (compass.rect.centerx + compass.rect.width * 3 // 8, compass.rect.centery)
    _click_at(pilot, three_eighths_right)
    settle(pilot, scene)
    assert heading(scene) == pytest.approx(480 + WIDTH * 3 / 8)
    assert compass.label == "Compass: facing South", "north, east, south, west a quarter apart"


def test_enter_on_the_compass_turns_to_the_next_place_to_the_right(
    room: tuple[Pilot, PanoramaRoomScene],
) -> None:
    pilot, scene = room
    scene.focus.set("panorama:compass")
    pilot.press("return")
    settle(pilot, scene)
    assert heading(scene) == WIDTH / 4, "from 480 the next mark is east, at 960"


def test_dragging_the_picture_turns_the_other_way_and_opens_nothing(
    room: tuple[Pilot, PanoramaRoomScene],
) -> None:
    pilot, scene = room
    sign = pilot.widget("hotspot:h-mc").target
    _drag(pilot, sign, (sign[0] - 300, sign[1]))
    assert heading(scene) == 480 + 300
    assert pilot.scene is scene, "a drag that began on a hotspot does not open it"


def _click_at(pilot: Pilot, pos: tuple[int, int]) -> None:
    for kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
        pygame.event.post(pygame.event.Event(kind, pos=pos, button=1))
    pilot.advance()


def _drag(pilot: Pilot, start: tuple[int, int], end: tuple[int, int]) -> None:
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=start, button=1))
    for step in range(1, 11):
        x = start[0] + (end[0] - start[0]) * step // 10
        pos = (x, start[1])
        pygame.event.post(
            pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(1, 0, 0))
        )
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=end, button=1))
    pilot.advance()


# --- hotspots in any heading and across the seam -----------------------------------------------


@pytest.mark.parametrize("facing", [3840 - 20, 0, 60, 3500, 200])
def test_a_hotspot_across_the_seam_is_clicked_in_any_heading_that_shows_it(
    pack: Pack, facing: float
) -> None:
    app, scene = _app(pack)
    pilot = Pilot(app)
    scene.face(facing)
    pilot.advance()
    bag = pilot.widget("hotspot:h-key")
    assert 0 < bag.target[0] < 1280
    pilot.click("hotspot:h-key")
    assert scene.run.holds("key")


def test_the_same_screen_point_hits_different_hotspots_as_the_view_turns(
    room: tuple[Pilot, PanoramaRoomScene],
) -> None:
    pilot, scene = room
    scene.face(740)
    pilot.advance()
    _click_at(pilot, (640, 375))
    assert isinstance(pilot.scene, FakePuzzle) and pilot.scene.puzzle.id == "mc"
    pilot.click("puzzle:right")
    pilot.click("puzzle:continue")
    scene.face(1600)
    pilot.advance()
    _click_at(pilot, (640, 500))
    assert isinstance(pilot.scene, FakePuzzle) and pilot.scene.puzzle.id == "num"


def test_a_hotspot_out_of_view_is_not_under_the_pointer(
    room: tuple[Pilot, PanoramaRoomScene],
) -> None:
    pilot, scene = room
    scene.face(2400)
    pilot.advance()
    sign = pilot.widget("hotspot:h-mc")
    assert not pygame.Rect(0, 0, 1280, 720).colliderect(sign.rect)


# --- keyboard focus -----------------------------------------------------------------------------


def test_tab_goes_round_in_panorama_order_and_turns_to_each_hotspot(
    room: tuple[Pilot, PanoramaRoomScene],
) -> None:
    pilot, scene = room
    order = [w.id for w in scene.things]
    assert order == [
        "hotspot:h-mc",
        "hotspot:h-num",
        "exit",
        "hotspot:h-box",
        "hotspot:h-note",
        "hotspot:h-key",
    ]
    scene.focus.set("hotspot:h-mc")
    for expected in order[1:]:
        pilot.press("tab")
        settle(pilot, scene)
        assert scene.focus.focused_id == expected
        focused = pilot.widget(expected)
        assert focused.rect.left >= 0 and focused.rect.right <= 1280, expected
    pilot.press("return")
    assert scene.run.holds("key"), "Enter opens the focused hotspot, across the seam"


def test_turning_away_moves_focus_to_a_hotspot_in_view(
    room: tuple[Pilot, PanoramaRoomScene],
) -> None:
    pilot, scene = room
    scene.focus.set("hotspot:h-mc")
    for _ in range(6):
        pilot.press("right")
    settle(pilot, scene)
    pilot.advance()
    assert scene.focus.focused_id == "hotspot:h-num"


# --- the picture ---------------------------------------------------------------------------------


def test_the_picture_wraps_without_a_seam() -> None:
    picture = pygame.Surface((WIDTH, 720))
    for x in range(0, WIDTH, 10):
        picture.fill((x % 256, x // 256 * 10, 0), pygame.Rect(x, 0, 10, 720))
    screen = pygame.Surface((1280, 720))
    draw_panorama(screen, picture, WIDTH - 300)
    assert screen.get_at((0, 5)) == picture.get_at((WIDTH - 300, 5))
    assert screen.get_at((299, 5)) == picture.get_at((WIDTH - 1, 5))
    assert screen.get_at((300, 5)) == picture.get_at((0, 5))
    assert screen.get_at((1279, 5)) == picture.get_at((979, 5))


def test_the_drawn_crossroads_joins_up_at_its_edges() -> None:
    from escape_room.art.panorama import panorama_surface

    picture = panorama_surface("crossroads")
    assert picture.get_size() == (WIDTH, 720)
    for y in range(80, 720, 40):
        left, right = picture.get_at((0, y)), picture.get_at((WIDTH - 1, y))
        assert sum(abs(a - b) for a, b in zip(left[:3], right[:3], strict=True)) < 60, y


def test_turning_takes_the_shorter_way_round() -> None:
    turning = Turning.facing(WIDTH, 100)
    turning.face(3700, glide=False)
    assert turning.heading == 100 - 240
    assert turning.screen_x(3700) == MIDDLE
    assert turning.screen_x(100) == MIDDLE + 240


def test_the_demo_mode_turns_before_it_clicks(room: tuple[Pilot, PanoramaRoomScene]) -> None:
    pilot, scene = room
    scene.face(700)
    assert scene.aim([Click("hotspot:h-mc")]) == [Click("hotspot:h-mc")], "already near the middle"
    assert scene.aim([Click("hotspot:h-box")]) == [Click("panorama:right")]
    assert scene.aim([Click("hotspot:h-note")]) == [Click("panorama:left")]
    pilot.click("panorama:left")
    assert scene.aim([Click("hotspot:h-note")]) == [], "wait while the view glides"


# --- preview and the demo mode -------------------------------------------------------------------


def test_the_preview_shows_a_panorama_room_that_turns() -> None:
    from escape_room.scenes.preview import build_preview

    app = build_preview(FIXTURE / "rooms" / "deck.yaml", None, "lt", replay=True)
    pilot = Pilot(app)
    pilot.advance()
    pilot.click("card:close")
    scene = app.stack.top
    assert isinstance(scene, PanoramaRoomScene)
    pilot.click("panorama:right")
    settle(pilot, scene)
    assert heading(scene) == 480 + EDGE_STEP
    assert scene.compass.label == "Kompasas: kryptis – Rytai"


def test_the_demo_mode_plays_through_the_panorama_room_to_the_debrief(
    pack: Pack, tmp_path: Path
) -> None:
    from escape_room.app import GameOptions, build_game
    from escape_room.autoplay import Autoplay
    from escape_room.model.events import AnswerGiven, RoomEnded
    from escape_room.scenes.debrief import DebriefScene
    from tests.scenes.fakes import fake_checks

    driver = Autoplay(fast=True)
    options = GameOptions(lang="en", data_dir=str(tmp_path), frames=1, seed=4)
    game = build_game(pack, options, fake_puzzles, fake_checks, driver)
    game.app.run(max_frames=8000)
    assert driver.finished and isinstance(game.app.stack.top, DebriefScene)
    ctx = game.ctx
    assert ctx.scores.store is not None and ctx.session is not None and ctx.team is not None
    events = [s.event for s in ctx.scores.store.events(ctx.session.uuid)[ctx.team.id]]
    ctx.scores.store.close()
    solved = {e.puzzle_id for e in events if isinstance(e, AnswerGiven) and e.correct}
    assert solved == {"mc", "num", "order"}, "the box behind the seam-crossing bag too"
    ended = [e for e in events if isinstance(e, RoomEnded)]
    assert len(ended) == 1 and ended[0].escaped


def test_a_pack_panorama_picture_is_scaled_to_the_panorama_width(tmp_path: Path) -> None:
    from escape_room.content.models import Panorama
    from escape_room.scenes.panorama_view import panorama_picture

    picture = pygame.Surface((1000, 180))
    picture.fill((200, 30, 30))
    pygame.image.save(picture, tmp_path / "wide.png")
    shown = panorama_picture(Panorama(image="wide.png", width=2560), tmp_path, "en")
    assert shown.get_size() == (2560, 720)
    assert shown.get_at((2000, 400))[:3] == (200, 30, 30)
