"""Scripted input through the real pygame event queue, aimed at widgets by id or label.

`Pilot(app)` drives an :class:`~escape_room.ui.app.App` the way a player does: it finds a widget
of the top scene by its id (or, failing that, its accessible label), converts the widget's centre
to window coordinates, and posts MOUSEMOTION / MOUSEBUTTONDOWN / MOUSEBUTTONUP, KEYDOWN / KEYUP
or TEXTINPUT events; then it runs frames so the game handles them::

    pilot = Pilot(app)
    pilot.click("hotspot:crosswalk")
    pilot.press("return")
    pilot.type("036")
    pilot.advance(frames=10)

The demo mode (:mod:`escape_room.autoplay`) posts its input with the same functions
(:func:`find_widget`, :func:`post_action`), one action every few frames.

Protocol for puzzle and knowledge-check scenes (so the demo mode can play them)
---------------------------------------------------------------------------------
Each puzzle scene (and the knowledge-check scene) offers::

    def autoplay_actions(self, correct: bool) -> list[PilotAction]: ...

returning the clicks, key presses and typing that, from the scene's *current* state, give one
answer — the right one when `correct`, otherwise a wrong one — and submit it. The demo mode posts
them one at a time, two frames apart, and asks again once they are all posted, for as long as the
scene is on top: so from a screen with no question on it (an intro, "pass the keyboard to ...",
a closing page) return the click that moves on. Never return an empty list while on top.

Puzzle scenes also use these widget ids (see :mod:`escape_room.scenes.contracts`): `puzzle:hint`
takes a hint, `puzzle:continue` closes the scene after the puzzle is solved, `puzzle:close`
leaves it unsolved.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from escape_room.ui.scene import Scene
from escape_room.ui.widgets import Widget

if TYPE_CHECKING:
    from escape_room.ui.app import App


@dataclass(frozen=True)
class Click:
    """Click the widget with this id (or label)."""

    target: str


@dataclass(frozen=True)
class Press:
    """Press and release a key, by pygame key name: "return", "tab", "shift+tab", "backspace"."""

    key: str


@dataclass(frozen=True)
class Type:
    """Type text, one TEXTINPUT event per character (any letter, Lithuanian too)."""

    text: str


PilotAction = Click | Press | Type


class TargetNotFound(LookupError):
    """No widget with that id or label in the top scene; the message lists those there are."""


def find_widget(scene: Scene, target: str) -> Widget:
    """The scene's widget with id `target`, else the one whose label is `target`."""
    widgets = scene.widgets()
    for widget in widgets:
        if widget.id == target:
            return widget
    labelled = [w for w in widgets if w.focusable and w.label.casefold() == target.casefold()]
    if len(labelled) == 1:
        return labelled[0]
    available = ", ".join(f"{w.id} ({w.label!r})" for w in widgets if w.focusable) or "none"
    reason = "several widgets are labelled" if labelled else "no widget with id or label"
    raise TargetNotFound(f"{reason} {target!r} in {type(scene).__name__}; available: {available}")


def post_action(app: App, action: PilotAction) -> None:
    """Post the events of one action to the queue; the next frame handles them."""
    if isinstance(action, Click):
        post_click(app, find_widget(app.stack.top, action.target))
    elif isinstance(action, Press):
        post_key(action.key)
    else:
        post_text(action.text)


def post_click(app: App, widget: Widget) -> None:
    """Move the mouse to the widget's centre (in window coordinates), press and release."""
    pos = app.viewport.to_window(widget.target)
    pygame.event.post(
        pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0))
    )
    for kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
        pygame.event.post(pygame.event.Event(kind, pos=pos, button=1))


def post_key(name: str) -> None:
    """Press and release a key given by name, with "shift+", "ctrl+" or "alt+" in front."""
    *modifiers, key_name = name.lower().split("+")
    mod = 0
    for modifier in modifiers:
        mod |= {"shift": pygame.KMOD_SHIFT, "ctrl": pygame.KMOD_CTRL, "alt": pygame.KMOD_ALT}[
            modifier
        ]
    key = pygame.key.key_code(key_name)
    for kind in (pygame.KEYDOWN, pygame.KEYUP):
        pygame.event.post(pygame.event.Event(kind, key=key, mod=mod, unicode="", scancode=0))


def post_text(text: str) -> None:
    """Type `text`: one TEXTINPUT event per character."""
    for char in text:
        pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=char))


class Pilot:
    """Plays the app by posting input and running frames of `dt` seconds."""

    def __init__(self, app: App, dt: float = 1 / 60) -> None:
        self.app = app
        self.dt = dt

    @property
    def scene(self) -> Scene:
        return self.app.stack.top

    def ids(self) -> list[str]:
        """The ids of the top scene's interactive widgets."""
        return [w.id for w in self.scene.widgets() if w.focusable]

    def widget(self, target: str) -> Widget:
        return find_widget(self.scene, target)

    def click(self, target: str, frames: int = 1) -> None:
        """Click a widget of the top scene, then run `frames` frames."""
        post_click(self.app, self.widget(target))
        self.advance(frames)

    def press(self, key: str, frames: int = 1) -> None:
        post_key(key)
        self.advance(frames)

    def type(self, text: str, frames: int = 1) -> None:
        post_text(text)
        self.advance(frames)

    def do(self, action: PilotAction, frames: int = 1) -> None:
        post_action(self.app, action)
        self.advance(frames)

    def advance(self, frames: int = 1) -> None:
        """Run frames, each handling the events in the queue."""
        for _ in range(frames):
            self.app.step(pygame.event.get(), self.dt)
