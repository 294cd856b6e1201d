"""Keyboard focus and pointer state for one scene's widgets.

Tab / Shift-Tab and the arrow keys move focus (arrows only when the focused widget does not use
them); Enter and Space activate the focused widget; a click is a press and a release on the same
widget; typed text goes to the focused widget. Focus and hover are kept by widget id, so a scene
may rebuild its widgets (after a language change, say) without losing them.
"""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from escape_room.ui.widgets import Widget

_NEXT = {pygame.K_DOWN, pygame.K_RIGHT}
_PREVIOUS = {pygame.K_UP, pygame.K_LEFT}
_ACTIVATE = {pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE}


class Focus:
    """Which widget has focus, which the mouse is over, and which is being pressed."""

    def __init__(self) -> None:
        self.focused_id: str | None = None
        self.hovered_id: str | None = None
        self.pressed_id: str | None = None
        self.pointer: tuple[int, int] | None = None

    def handle(self, event: pygame.event.Event, widgets: Sequence[Widget]) -> bool:
        """Pass one input event to the widgets; True when it was used."""
        if event.type == pygame.MOUSEMOTION:
            self.pointer = event.pos
            self.hovered_id = _id(hit(widgets, event.pos))
            return False
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            return self._press(widgets, event.pos)
        if event.type == pygame.MOUSEBUTTONUP and event.button == 1:
            return self._release(widgets, event.pos)
        if event.type == pygame.MOUSEWHEEL and self.pointer is not None:
            target = hit(widgets, self.pointer)
            return target is not None and target.scroll(event.y)
        if event.type == pygame.KEYDOWN:
            return self._key(widgets, event)
        if event.type == pygame.TEXTINPUT:
            focused = self.focused(widgets)
            return focused is not None and focused.text_input(event.text)
        return False

    def _press(self, widgets: Sequence[Widget], pos: tuple[int, int]) -> bool:
        self.pointer = pos
        target = hit(widgets, pos)
        self.pressed_id = _id(target)
        if target is not None and target.can_focus:
            self.focused_id = target.id
        return target is not None

    def _release(self, widgets: Sequence[Widget], pos: tuple[int, int]) -> bool:
        target = hit(widgets, pos)
        pressed, self.pressed_id = self.pressed_id, None
        if target is None or target.id != pressed or not target.enabled:
            return False
        target.activate()
        return True

    def _key(self, widgets: Sequence[Widget], event: pygame.event.Event) -> bool:
        focused = self.focused(widgets)
        if event.key == pygame.K_TAB:
            self.move(widgets, -1 if event.mod & pygame.KMOD_SHIFT else 1)
            return True
        if focused is not None and focused.key(event):
            return True
        if event.key in _ACTIVATE and focused is not None:
            focused.activate()
            return True
        if event.key in _NEXT | _PREVIOUS:
            self.move(widgets, 1 if event.key in _NEXT else -1)
            return True
        return False

    def focused(self, widgets: Sequence[Widget]) -> Widget | None:
        """The focused widget, after making sure focus is on one that can take it."""
        self.sync(widgets)
        return next((w for w in widgets if w.id == self.focused_id), None)

    def move(self, widgets: Sequence[Widget], step: int) -> None:
        """Move focus `step` places along the focusable widgets, wrapping round."""
        ring = [w for w in widgets if w.can_focus]
        if not ring:
            self.focused_id = None
            return
        ids = [w.id for w in ring]
        here = ids.index(self.focused_id) if self.focused_id in ids else (-1 if step > 0 else 0)
        self.focused_id = ids[(here + step) % len(ids)]

    def set(self, widget_id: str | None) -> None:
        """Put focus on the widget with this id (it takes effect when the widget exists)."""
        self.focused_id = widget_id

    def sync(self, widgets: Sequence[Widget]) -> None:
        """Keep focus on a focusable widget and mark each widget's state for drawing."""
        ring = [w.id for w in widgets if w.can_focus]
        if self.focused_id not in ring:
            self.focused_id = ring[0] if ring else None
        for widget in widgets:
            widget.focused = widget.id == self.focused_id
            widget.hovered = widget.id == self.hovered_id and widget.enabled
            widget.pressed = widget.id == self.pressed_id


def hit(widgets: Sequence[Widget], pos: tuple[int, int]) -> Widget | None:
    """The topmost (last drawn) interactive widget at `pos`."""
    for widget in reversed(widgets):
        if widget.focusable and widget.contains(pos):
            return widget
    return None


def _id(widget: Widget | None) -> str | None:
    return widget.id if widget is not None else None
