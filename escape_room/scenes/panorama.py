"""The panorama room: a room whose scene is wider than the screen and wraps around, which the
team looks around in.

It is the room scene with a turning view: the team turns by dragging the picture, with the left
and right arrow keys, with the buttons at the screen's edges and by clicking the compass strip.
Hotspots and the exit are placed in panorama pixels; each frame they are moved to where the
view shows them (the copy nearest the middle, so one that crosses the seam works in any
heading). Tab goes round the hotspots in panorama order and turns to the one it reaches; after
the team turns away, focus moves to what is on screen. Turns glide, or snap with reduced motion.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame

from escape_room.content.models import Shape
from escape_room.content.pack import Room
from escape_room.content.panorama import shifted, turn_between
from escape_room.model.run import RoomRun
from escape_room.pilot import Click, PilotAction
from escape_room.scenes.contracts import PuzzleFactory
from escape_room.scenes.panorama_view import (
    COMPASS_RECT,
    EDGE_MARGIN,
    EDGE_SIZE,
    MIDDLE,
    Compass,
    EdgeButton,
    Mark,
    Turning,
    draw_panorama,
    panorama_picture,
)
from escape_room.scenes.room import RoomScene
from escape_room.scenes.room_widgets import Hotspot, shape_rect
from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.widgets import Widget

KEY_STEP = 160
"""Pixels one press of an arrow key turns (15° of a drawn panorama)."""
EDGE_STEP = 480
"""Pixels one click of an edge button turns (45° of a drawn panorama)."""
DRAG_SLOP = 8
"""Pixels the pointer moves before a press becomes a drag (and no longer a click)."""
_SAFE = pygame.Rect(
    EDGE_MARGIN + EDGE_SIZE[0],
    COMPASS_RECT.bottom,
    theme.WIDTH - 2 * (EDGE_MARGIN + EDGE_SIZE[0]),
    theme.HEIGHT - theme.INVENTORY_HEIGHT - COMPASS_RECT.bottom,
)
"""The part of the screen clear of the compass, the edge buttons and the inventory bar."""
_TURN_KEYS = {pygame.K_LEFT: -1, pygame.K_RIGHT: 1}


@dataclass
class _Drag:
    start: int
    last: int
    moving: bool = False


class PanoramaRoomScene(RoomScene):
    """A room with a `panorama`; :class:`RoomScene` makes one of these for such a room."""

    def __init__(
        self,
        ctx: GameContext,
        room: Room,
        puzzles: PuzzleFactory,
        on_done: Callable[[RoomRun], None],
    ) -> None:
        super().__init__(ctx, room, puzzles, on_done)
        panorama = room.model.panorama
        if panorama is None:
            raise ValueError(f"the room '{room.id}' has no panorama")
        self.panorama = panorama
        self.turning = Turning.facing(panorama.width, panorama.start)
        self.homes: dict[str, Shape] = {}
        self.compass = Compass("", [], self.turning, self._face)
        self.controls: list[Widget] = []
        self._drag: _Drag | None = None
        self._placed_for: float | None = None
        self._turned = False

    # --- building -------------------------------------------------------------------------

    def settings_changed(self) -> None:
        super().settings_changed()
        model, t = self.room.model, self.ctx.t
        homes = {f"hotspot:{h.id}": h.shape for h in model.hotspots}
        self.homes = {**homes, "exit": model.exit.shape}
        self.things.sort(key=lambda thing: _middle(self.homes[thing.id]))
        self.compass.marks = self._marks()
        self.compass.fit(self.look)
        self.controls = [
            EdgeButton("panorama:left", t("panorama.turn_left"), -1, lambda: self.turn(-EDGE_STEP)),
            self.compass,
            EdgeButton("panorama:right", t("panorama.turn_right"), 1, lambda: self.turn(EDGE_STEP)),
        ]
        self._placed_for = None

    def _marks(self) -> list[Mark]:
        if self.panorama.landmarks:
            return [(m.at, self.ctx.text(m.label)) for m in self.panorama.landmarks]
        quarter = self.panorama.width / 4
        names = ("north", "east", "south", "west")
        return [(i * quarter, self.ctx.t(f"panorama.{name}")) for i, name in enumerate(names)]

    def warning_top(self) -> int:
        """Under the compass, which stays in view and takes clicks."""
        return self.compass.rect.bottom

    def widgets(self) -> list[Widget]:
        things = [t for t in self.things if not self._picked(t.id)]
        return [*things, *self.controls, *self.inventory_slots()]

    # --- turning ----------------------------------------------------------------------------

    @property
    def glides(self) -> bool:
        """Whether turns glide: not when the players asked for reduced motion."""
        return not self.ctx.settings.reduced_motion

    def turn(self, by: float) -> None:
        """Turn `by` panorama pixels (positive: to the right)."""
        self.turning.turn(by, glide=self.glides)
        self._turned = True

    def _face(self, x: float) -> None:
        self.turning.face(x, glide=self.glides)
        self._turned = True

    def face(self, x: float) -> None:
        """Turn at once until panorama x is in the middle of the screen (focus follows)."""
        self.turning.face(x, glide=False)
        self._place()
        self._keep_focus_in_view()

    def update(self, dt: float) -> None:
        super().update(dt)
        self.turning.update(dt)
        self._place()
        if self._turned and self.turning.settled and self._drag is None:
            self._turned = False
            self._keep_focus_in_view()

    def _place(self) -> None:
        """Move each hotspot and the exit to where the view shows them now."""
        if self._placed_for == self.turning.heading:
            return
        self._placed_for = self.turning.heading
        for thing in self.things:
            home = self.homes[thing.id]
            shape = shifted(home, self.turning.screen_x(_middle(home)) - _middle(home))
            if isinstance(thing, Hotspot):
                thing.shape = shape
            thing.rect = shape_rect(shape)
        self.compass.label = self.ctx.t("panorama.compass", place=self.compass.facing())

    def _keep_focus_in_view(self) -> None:
        """Unless a hotspot in view has focus, focus the one nearest the middle (if any)."""
        focused = next((t for t in self.things if t.id == self.focus.focused_id), None)
        if focused is not None and _SAFE.colliderect(focused.rect):
            return
        if self.focus.focused_id is not None and focused is None:
            return  # a turning control or an inventory slot keeps focus
        seen = [t for t in self.things if _SAFE.colliderect(t.rect)]
        if seen:
            self.focus.set(min(seen, key=lambda t: abs(t.rect.centerx - MIDDLE)).id)

    def _reveal(self, widget_id: str | None) -> None:
        """Turn to a hotspot that focus reached, unless it is already in full view."""
        thing = next((t for t in self.things if t.id == widget_id), None)
        if thing is not None and not _SAFE.contains(thing.rect):
            self.turning.face(_middle(self.homes[thing.id]), glide=self.glides)

    # --- input ------------------------------------------------------------------------------

    def handle(self, event: pygame.event.Event) -> bool:
        if self._turning_input(event):
            return True
        before = self.focus.focused_id
        used = super().handle(event)
        if event.type == pygame.KEYDOWN and self.focus.focused_id != before:
            self._reveal(self.focus.focused_id)
        return used

    def _turning_input(self, event: pygame.event.Event) -> bool:
        """Arrow keys, a click on the compass, and dragging; True when the event was used."""
        if event.type == pygame.KEYDOWN and event.key in _TURN_KEYS:
            self.turn(_TURN_KEYS[event.key] * KEY_STEP)
            return True
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            if self.compass.rect.collidepoint(event.pos):
                self._face(self.compass.heading_at(event.pos[0]))
                return True
            if not any(c.contains(event.pos) for c in self.controls):
                self._drag = _Drag(event.pos[0], event.pos[0])
            return False
        if event.type == pygame.MOUSEMOTION and self._drag is not None:
            return self._dragged(event.pos[0])
        if event.type == pygame.MOUSEBUTTONUP and event.button == 1 and self._drag is not None:
            moving, self._drag = self._drag.moving, None
            if moving:
                self.focus.pressed_id = None
            return moving
        return False

    def _dragged(self, x: int) -> bool:
        drag = self._drag
        assert drag is not None
        if not drag.moving and abs(x - drag.start) > DRAG_SLOP:
            drag.moving = True
            self.focus.pressed_id = None
        if drag.moving:
            self.turning.turn(drag.last - x, glide=False)
            self._turned = True
            self._place()
        drag.last = x
        return drag.moving

    # --- the demo mode ----------------------------------------------------------------------

    def aim(self, actions: list[PilotAction]) -> list[PilotAction]:
        """Turn towards what the first click aims at until it is near the middle, then click;
        nothing while the view still glides."""
        first = actions[0] if actions else None
        if not isinstance(first, Click) or first.target not in self.homes:
            return actions
        if not self.turning.settled:
            return []
        gap = turn_between(
            self.turning.heading, _middle(self.homes[first.target]), self.turning.width
        )
        if abs(gap) <= EDGE_STEP / 2:
            return actions
        return [Click("panorama:right" if gap > 0 else "panorama:left")]

    # --- drawing ----------------------------------------------------------------------------

    def draw_widgets(self, surface: pygame.Surface) -> None:
        """The widgets, leaving out the hotspots the view does not show (and their labels)."""
        widgets = self.widgets()
        self.focus.sync(widgets)
        screen = surface.get_rect()
        for widget in widgets:
            if widget not in self.things or screen.colliderect(widget.rect):
                widget.draw(surface, self.look)

    def draw_scene(self, surface: pygame.Surface) -> None:
        self._place()
        picture = panorama_picture(self.panorama, self.ctx.pack.assets_dir, self.ctx.lang)
        draw_panorama(surface, picture, self.turning.left)


def _middle(shape: Shape) -> float:
    x, _, width, _ = shape.bounds()
    return x + width / 2
