"""The app: a resizable window showing the 1280×720 canvas letterboxed, and the frame loop.

`App.step(events, dt)` does one frame: input to the top scene (mouse positions turned into
canvas coordinates first), F11 for fullscreen, Esc (when the top scene does not use it) for the
pause menu while a pausable scene is on the stack,
then `update(dt)`, `draw` and present. `App.run(max_frames)` loops with the injected clock.
A `driver` (the demo mode) may post input events before each frame.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Protocol

import pygame

from escape_room.ui import theme
from escape_room.ui.clock import FrameClock
from escape_room.ui.scene import SceneStack
from escape_room.ui.viewport import Viewport

if TYPE_CHECKING:
    from escape_room.audio.reader import Reader

_MOUSE_EVENTS = (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP)
_ACTIVATE_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE)


class Driver(Protocol):
    """Something that feeds input to the app, frame by frame: the demo mode."""

    def before_frame(self, app: App, dt: float) -> None: ...


class App:
    """One window, one canvas, one scene stack."""

    def __init__(
        self,
        stack: SceneStack,
        clock: FrameClock,
        fullscreen: bool = False,
        on_escape: Callable[[], None] | None = None,
        driver: Driver | None = None,
        title: str = "Escape room",
    ) -> None:
        self.stack = stack
        self.clock = clock
        self.on_escape = on_escape
        self.driver = driver
        self.frame = 0
        self.on_activate: Callable[[], None] | None = None
        """Called when a click or Enter / Space was used by the top scene (a click sound)."""
        self.reader: Reader | None = None
        """Reads the screen aloud (F2, or as it changes with the read-aloud setting)."""
        self.fullscreen = fullscreen
        self.windowed_size = (theme.WIDTH, theme.HEIGHT)
        self.canvas = pygame.Surface((theme.WIDTH, theme.HEIGHT))
        self._scaled: pygame.Surface | None = None
        self._bars_drawn = False
        self.overlay: Callable[[pygame.Surface], None] | None = None
        """Drawn over every scene, e.g. the LRS sign."""
        pygame.display.set_caption(title)
        self.window = self._open_window()
        self._viewport = Viewport(self.window.get_size())
        pygame.key.set_repeat(400, 40)
        pygame.key.start_text_input()

    def _open_window(self) -> pygame.Surface:
        if self.fullscreen:
            return pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        return pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE)

    def toggle_fullscreen(self) -> None:
        if not self.fullscreen:
            self.windowed_size = self.window.get_size()
        self.fullscreen = not self.fullscreen
        self.window = self._open_window()
        self._follow_window()
        self._bars_drawn = False

    @property
    def viewport(self) -> Viewport:
        """Where the canvas sits in the window as it is now (it may have been resized)."""
        self._follow_window()
        return self._viewport

    @property
    def quit_requested(self) -> bool:
        return self.stack.quit_requested

    def run(self, max_frames: int | None = None) -> int:
        """Play until the game quits (or `max_frames` frames); returns the frames run."""
        start = self.frame
        while not self.quit_requested and (max_frames is None or self.frame - start < max_frames):
            dt = self.clock.tick()
            if self.driver is not None:
                self.driver.before_frame(self, dt)
            self.step(pygame.event.get(), dt)
        return self.frame - start

    def step(self, events: Iterable[pygame.event.Event], dt: float) -> None:
        """One frame: handle `events`, let `dt` seconds pass, draw and present."""
        for event in events:
            self.dispatch(event)
        self.stack.update(dt)
        if self.reader is not None:
            self.reader.frame(self.stack)
        self.canvas.fill(theme.BACKDROP)
        self.stack.draw(self.canvas)
        if self.overlay is not None:
            self.overlay(self.canvas)
        self.present()
        self.frame += 1

    def dispatch(self, event: pygame.event.Event) -> None:
        """Route one event: window events here, input to the top scene."""
        if event.type == pygame.QUIT:
            self.stack.quit()
        elif event.type == pygame.KEYDOWN and event.key == pygame.K_F11:
            self.toggle_fullscreen()
        elif event.type == pygame.KEYDOWN and event.key == pygame.K_F2 and self.reader:
            self.reader.read_all(self.stack)
        elif event.type in _MOUSE_EVENTS:
            self._used(event, self.stack.handle(self.to_canvas(event)))
        else:
            used = self.stack.handle(event)
            if not used and self._is_escape(event) and self.on_escape:
                self.on_escape()
            self._used(event, used)

    def _used(self, event: pygame.event.Event, used: bool) -> None:
        activation = (event.type == pygame.MOUSEBUTTONUP and event.button == 1) or (
            event.type == pygame.KEYDOWN and event.key in _ACTIVATE_KEYS
        )
        if used and activation and self.on_activate is not None:
            self.on_activate()

    def _is_escape(self, event: pygame.event.Event) -> bool:
        return (
            event.type == pygame.KEYDOWN
            and event.key == pygame.K_ESCAPE
            and any(scene.pausable for scene in self.stack.scenes)
        )

    def to_canvas(self, event: pygame.event.Event) -> pygame.event.Event:
        """A mouse event with its position in canvas coordinates."""
        data = dict(event.dict)
        data["pos"] = self.viewport.to_logical(event.pos)
        if "rel" in data:
            scale = self.viewport.scale or 1.0
            data["rel"] = (round(event.rel[0] / scale), round(event.rel[1] / scale))
        return pygame.event.Event(event.type, data)

    def _follow_window(self) -> None:
        surface = pygame.display.get_surface()
        if surface is not None and surface.get_size() != self._viewport.window:
            self.window = surface
            self._viewport = Viewport(surface.get_size())
            self._scaled = None
            self._bars_drawn = False

    def present(self) -> None:
        """Show the canvas in the window, scaled to fit with black bars."""
        area = self.viewport.area
        if not self._bars_drawn:
            self.window.fill(theme.LETTERBOX)
            self._bars_drawn = True
        if area.size == self.canvas.get_size():
            self.window.blit(self.canvas, area.topleft)
        else:
            if self._scaled is None:
                self._scaled = pygame.Surface(area.size)
            pygame.transform.smoothscale(self.canvas, area.size, self._scaled)
            self.window.blit(self._scaled, area.topleft)
        pygame.display.flip()
