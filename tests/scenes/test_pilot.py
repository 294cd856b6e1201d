"""The pilot clicks, presses and types through the real event queue, in any window size."""

from __future__ import annotations

import pygame
import pytest

from escape_room.pilot import Click, Pilot, Press, TargetNotFound, Type, find_widget
from escape_room.ui.app import App
from escape_room.ui.clock import FixedClock
from escape_room.ui.context import GameContext
from escape_room.ui.scene import Scene, SceneStack
from escape_room.ui.widgets import Button, TextInput, Widget


class Form(Scene):
    pausable = True

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.log: list[str] = []
        self.name = TextInput("form:name", "Team name", (400, 200, 480, 60))
        self.items: list[Widget] = [
            self.name,
            Button("form:ok", "OK", (400, 300, 200, 60), lambda: self.log.append("ok")),
            Button(
                "form:corner", "Corner", (1180, 660, 100, 60), lambda: self.log.append("corner")
            ),
        ]

    def widgets(self) -> list[Widget]:
        return self.items


@pytest.fixture
def app(ctx: GameContext) -> App:
    stack = SceneStack()
    stack.push(Form(ctx))
    escapes: list[str] = []
    app = App(stack, FixedClock(), on_escape=lambda: escapes.append("esc"))
    app.escapes = escapes  # type: ignore[attr-defined]
    return app


def test_clicks_find_widgets_by_id_or_label(app: App) -> None:
    pilot = Pilot(app)
    pilot.click("form:ok")
    pilot.click("OK")
    assert app.stack.top.log == ["ok", "ok"]  # type: ignore[attr-defined]


def test_a_missing_target_names_the_widgets_there_are(app: App) -> None:
    with pytest.raises(TargetNotFound, match=r"'form:nope'.*form:name \('Team name'\).*form:ok"):
        Pilot(app).click("form:nope")


def test_typing_goes_into_the_clicked_input(app: App) -> None:
    pilot = Pilot(app)
    pilot.click("form:name")
    pilot.type("Šaunuoliai")
    pilot.press("backspace")
    assert app.stack.top.name.value == "Šaunuolia"  # type: ignore[attr-defined]


def test_keys_move_focus_and_activate(app: App) -> None:
    pilot = Pilot(app)
    pilot.press("tab")
    pilot.press("return")
    pilot.press("shift+tab")
    assert app.stack.top.focus.focused_id == "form:name"
    assert app.stack.top.log == ["ok"]  # type: ignore[attr-defined]


def test_escape_opens_the_pause_menu_on_a_pausable_scene(app: App) -> None:
    Pilot(app).press("escape")
    assert app.escapes == ["esc"]  # type: ignore[attr-defined]


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768), (2560, 1080)])
def test_clicks_land_in_a_scaled_letterboxed_window(app: App, size: tuple[int, int]) -> None:
    pygame.display.set_mode(size, pygame.RESIZABLE)
    try:
        pilot = Pilot(app)
        pilot.click("form:corner")
        pilot.click("form:ok")
        assert app.viewport.window == size
        assert app.stack.top.log == ["corner", "ok"]  # type: ignore[attr-defined]
    finally:
        pygame.display.set_mode((1280, 720))


def test_actions_post_the_same_events_as_the_pilot_methods(app: App) -> None:
    pilot = Pilot(app)
    for action in (Click("form:name"), Type("036"), Press("tab"), Press("return")):
        pilot.do(action)
    form = app.stack.top
    assert form.name.value == "036" and form.log == ["ok"]  # type: ignore[attr-defined]


def test_find_widget_refuses_an_ambiguous_label(ctx: GameContext) -> None:
    scene = Form(ctx)
    scene.items.append(Button("form:ok2", "OK", (0, 0, 10, 10)))
    with pytest.raises(TargetNotFound, match="several widgets"):
        find_widget(scene, "OK")


def test_app_run_stops_after_max_frames_with_a_fixed_clock(app: App) -> None:
    assert app.run(max_frames=5) == 5
    assert app.frame == 5
