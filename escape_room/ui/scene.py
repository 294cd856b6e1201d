"""Scenes and the scene stack: one screen at a time, modal scenes on top returning typed results.

Lifecycle: the stack calls `enter()` when a scene is put on it and `exit()` when it is taken
off. Each frame the top scene gets the input events (`handle`), scenes get `update(dt)`, and
the visible scenes `draw(surface)` on the 1280×720 canvas. A :class:`ModalScene` ends itself
with `dismiss(result)`; the stack takes it off and hands the result to the `on_result` given to
`push`. Modal scenes are drawn over the scene below, dimmed.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, overload

import pygame

from escape_room.motion import Shake
from escape_room.ui import theme
from escape_room.ui.focus import Focus
from escape_room.ui.look import Look
from escape_room.ui.widgets import Widget

if TYPE_CHECKING:
    from escape_room.ui.context import GameContext

T = TypeVar("T")


class Scene:
    """One screen. Subclasses override the lifecycle methods they need.

    Class flags: `pausable` — Esc opens the pause menu over it; `keeps_time` — it still gets
    `update(dt)` while a modal scene covers it (the room's clock runs on while a puzzle is open);
    `pauses_below` — while it is shown, no scene below it gets `update` (the pause menu).
    """

    modal: ClassVar[bool] = False
    pausable: ClassVar[bool] = False
    keeps_time: ClassVar[bool] = False
    pauses_below: ClassVar[bool] = False

    def __init__(self, ctx: GameContext) -> None:
        self.ctx = ctx
        self.focus = Focus()
        self.items: list[Widget] = []
        """The widgets `widgets()` offers unless a scene says otherwise; rebuilt on settings."""
        self._stack: SceneStack | None = None
        self.shake = Shake()
        """Moves the scene sideways for a moment after a wrong answer (see `shake_now`)."""

    @property
    def stack(self) -> SceneStack:
        if self._stack is None:
            raise RuntimeError(f"{type(self).__name__} is not on a scene stack")
        return self._stack

    @property
    def look(self) -> Look:
        return self.ctx.look

    def enter(self) -> None:
        """Put on the stack: build widgets (by default through `settings_changed`)."""
        self.settings_changed()

    def exit(self) -> None:
        """Taken off the stack."""

    def settings_changed(self) -> None:
        """The language or text size changed: rebuild what shows text."""

    def handle(self, event: pygame.event.Event) -> bool:
        """One input event (mouse positions already on the canvas); True when used."""
        return self.focus.handle(event, self.widgets())

    def update(self, dt: float) -> None:
        """Let `dt` seconds pass."""

    def spoken(self) -> str:
        """What reading aloud says about this screen besides its widgets' labels (a
        puzzle's title, prompt and feedback, say); empty by default."""
        return ""

    def shake_now(self) -> None:
        """Shake the scene (a wrong answer), unless the players asked for reduced motion."""
        if not self.ctx.settings.reduced_motion:
            self.shake.start()

    def draw(self, surface: pygame.Surface) -> None:
        """Draw the scene on the canvas; by default its widgets."""
        self.draw_widgets(surface)

    def widgets(self) -> list[Widget]:
        """The scene's widgets, in focus order (later ones are on top for the mouse)."""
        return self.items

    def still_key(self) -> Hashable | None:
        """While a modal scene covers this one: a value that changes whenever this scene would
        draw differently, so the stack can keep its picture; None (the default) redraws it
        every frame."""
        return None

    def draw_covered(self, surface: pygame.Surface) -> None:
        """Drawn over everything while a modal scene covers this one and time runs (the
        room's time left and points, above an open puzzle)."""

    def draw_widgets(self, surface: pygame.Surface) -> None:
        widgets = self.widgets()
        self.focus.sync(widgets)
        for widget in widgets:
            widget.draw(surface, self.look)


class ModalScene(Scene, Generic[T]):
    """A scene shown over another, ending with a result of type `T` for whoever pushed it."""

    modal = True

    def dismiss(self, result: T) -> None:
        """Close this scene and hand `result` to the `on_result` given when it was pushed."""
        self.stack.dismiss(self, result)

    def escape_result(self) -> tuple[T] | None:
        """The result Esc closes this scene with (in a 1-tuple), or None when Esc does not."""
        return None

    def handle(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            closing = self.escape_result()
            if closing is not None:
                self.dismiss(closing[0])
                return True
        return super().handle(event)


class SceneStack:
    """The scenes on screen, bottom first; input goes to the top one."""

    def __init__(self) -> None:
        self.scenes: list[Scene] = []
        self._on_result: dict[int, Callable[[Any], None]] = {}
        self.quit_requested = False
        self._dim: pygame.Surface | None = None
        self._under: pygame.Surface | None = None
        self._under_key: Hashable | None = None
        self._shaken: pygame.Surface | None = None
        self._over: pygame.Surface | None = None
        self._over_key: Hashable | None = None

    @property
    def top(self) -> Scene:
        if not self.scenes:
            raise RuntimeError("the scene stack is empty")
        return self.scenes[-1]

    @overload
    def push(self, scene: ModalScene[T], on_result: Callable[[T], None] | None = None) -> None: ...

    @overload
    def push(self, scene: Scene) -> None: ...

    def push(self, scene: Scene, on_result: Callable[[Any], None] | None = None) -> None:
        """Put a scene on top; a modal scene's result goes to `on_result`."""
        scene._stack = self
        if on_result is not None:
            self._on_result[id(scene)] = on_result
        self.scenes.append(scene)
        scene.enter()

    def pop(self) -> Scene:
        """Take the top scene off (without a result)."""
        scene = self.scenes.pop()
        self._on_result.pop(id(scene), None)
        scene.exit()
        scene._stack = None
        return scene

    def dismiss(self, scene: Scene, result: Any) -> None:
        """Take `scene` (the top one) off and hand its result on."""
        if not self.scenes or self.scenes[-1] is not scene:
            raise RuntimeError(f"{type(scene).__name__} is not the top scene; it cannot dismiss")
        callback = self._on_result.pop(id(scene), None)
        self.pop()
        if callback is not None:
            callback(result)

    def replace(self, scene: Scene) -> None:
        """Swap the top scene for another."""
        if self.scenes:
            self.pop()
        self.push(scene)

    def reset(self, scene: Scene) -> None:
        """Take every scene off, top first, and start again with `scene`."""
        while self.scenes:
            self.pop()
        self.push(scene)

    def quit(self) -> None:
        """Ask the app to close after this frame."""
        self.quit_requested = True

    def handle(self, event: pygame.event.Event) -> bool:
        return bool(self.scenes) and self.top.handle(event)

    def update(self, dt: float) -> None:
        """Update the top scene, and the time-keeping scenes below it unless a pause covers them."""
        paused = False
        for depth, scene in enumerate(reversed(list(self.scenes))):
            if scene._stack is not self:
                continue
            if depth == 0 or (scene.keeps_time and not paused):
                scene.shake.advance(dt)
                scene.update(dt)
            paused = paused or scene.pauses_below

    def draw(self, surface: pygame.Surface) -> None:
        """Draw the topmost full scene and the modal scenes above it, each over a dimmed layer.

        What lies under the top modal scene is drawn once and kept while every scene in it
        keeps its :meth:`Scene.still_key`, and so is the top scene over it while it keeps its
        own. Then, unless the top scene pauses the game, what the
        covered scenes keep in view (:meth:`Scene.draw_covered`) is drawn over it all.
        """
        start = max((i for i, s in enumerate(self.scenes) if not s.modal), default=0)
        shown = self.scenes[start:]
        self._draw_shown(surface, shown)
        if len(shown) > 1 and not shown[-1].pauses_below:
            for scene in shown[:-1]:
                scene.draw_covered(surface)

    def _draw_shown(self, surface: pygame.Surface, shown: list[Scene]) -> None:
        if len(shown) < 2:
            self._draw_layers(surface, shown, dim_first=bool(shown) and shown[0].modal)
            return
        keys = tuple(scene.still_key() for scene in shown[:-1])
        if any(key is None for key in keys):
            self._draw_layers(surface, shown, dim_first=shown[0].modal)
            return
        key = (id(shown[0]), surface.get_size(), keys)
        if self._under is None or self._under.get_size() != surface.get_size():
            self._under, self._under_key = pygame.Surface(surface.get_size()), None
        if key != self._under_key:
            self._under.blit(surface, (0, 0))
            self._draw_layers(self._under, shown[:-1], dim_first=shown[0].modal)
            self._under.blit(self._dimmer(surface.get_size()), (0, 0))
            self._under_key = key
        self._draw_top(surface, shown[-1], key)

    def _draw_top(self, surface: pygame.Surface, top: Scene, under: Hashable) -> None:
        """The top scene over what lies under it, kept as one picture while the top scene too
        keeps its :meth:`Scene.still_key`: then a frame costs one blit."""
        assert self._under is not None
        still = top.still_key()
        if still is None:
            surface.blit(self._under, (0, 0))
            self._draw_scene(surface, top)
            return
        key = (under, still)
        if self._over is None or self._over.get_size() != surface.get_size():
            self._over, self._over_key = pygame.Surface(surface.get_size()), None
        if key != self._over_key:
            self._over.blit(self._under, (0, 0))
            self._draw_scene(self._over, top)
            self._over_key = key
        surface.blit(self._over, (0, 0))

    def _draw_layers(self, surface: pygame.Surface, scenes: list[Scene], dim_first: bool) -> None:
        for index, scene in enumerate(scenes):
            if index > 0 or dim_first:
                surface.blit(self._dimmer(surface.get_size()), (0, 0))
            self._draw_scene(surface, scene)

    def _draw_scene(self, surface: pygame.Surface, scene: Scene) -> None:
        """Draw one scene, moved sideways while it shakes."""
        offset = scene.shake.offset
        if not offset:
            scene.draw(surface)
            return
        if self._shaken is None or self._shaken.get_size() != surface.get_size():
            self._shaken = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        self._shaken.fill((0, 0, 0, 0))
        scene.draw(self._shaken)
        surface.blit(self._shaken, (offset, 0))

    def settings_changed(self) -> None:
        for scene in list(self.scenes):
            scene.settings_changed()

    def _dimmer(self, size: tuple[int, int]) -> pygame.Surface:
        if self._dim is None or (self._dim.get_size(), self._dim.get_alpha()) != (
            size,
            theme.DIM_ALPHA,
        ):
            self._dim = pygame.Surface(size)
            self._dim.set_alpha(theme.DIM_ALPHA)
        return self._dim
