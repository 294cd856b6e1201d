"""Widgets: things on a screen that can be pointed at, focused and activated.

Every interactive widget has an `id` (what the pilot and tests target, e.g. "title:start") and
an accessible `label` (what it says, also used for targeting and focus). A scene keeps its
widgets and returns them from `Scene.widgets()`; :class:`~escape_room.ui.focus.Focus` moves
keyboard focus between them and passes clicks, keys and typed text on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, Literal

import pygame

from escape_room.ui import theme
from escape_room.ui.look import Look
from escape_room.ui.text import Align, VAlign, layout

Action = Callable[[], None]
RectLike = pygame.Rect | tuple[int, int, int, int]
ButtonStyle = Literal["primary", "quiet", "danger"]


class Widget:
    """Base of every widget: where it is, what it is called, and its pointer and focus state."""

    focusable: ClassVar[bool] = True

    def __init__(self, id: str, label: str, rect: RectLike, enabled: bool = True) -> None:
        self.id = id
        self.label = label
        self.rect = pygame.Rect(rect)
        self.enabled = enabled
        self.hovered = False
        self.focused = False
        self.pressed = False

    @property
    def can_focus(self) -> bool:
        return self.focusable and self.enabled

    def contains(self, pos: tuple[int, int]) -> bool:
        """Whether a canvas position points at this widget."""
        return self.rect.collidepoint(pos)

    @property
    def target(self) -> tuple[int, int]:
        """The canvas point a click on this widget aims at."""
        return self.rect.center

    def activate(self) -> None:
        """Clicked, or Enter or Space pressed while focused."""

    def key(self, event: pygame.event.Event) -> bool:
        """A key pressed while focused; True when the widget used it."""
        return False

    def text_input(self, text: str) -> bool:
        """Text typed while focused; True when the widget used it."""
        return False

    def scroll(self, steps: int) -> bool:
        """The mouse wheel turned over the widget; True when it used it."""
        return False

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        """Draw the widget; the focus ring is drawn around focused widgets."""


class Label(Widget):
    """Text in a box, wrapped and shrunk to fit; optionally on a panel. Not focusable."""

    focusable = False

    def __init__(
        self,
        id: str,
        text: str,
        rect: RectLike,
        pixels: int = theme.BODY,
        colour: theme.Colour = theme.INK,
        bold: bool = False,
        align: Align = "left",
        panel: bool = False,
    ) -> None:
        super().__init__(id, text, rect)
        self.pixels, self.colour, self.bold, self.align, self.panel = (
            pixels,
            colour,
            bold,
            align,
            panel,
        )

    @property
    def text(self) -> str:
        return self.label

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        box = self.rect
        if self.panel:
            look.panel(surface, self.rect)
            box = self.rect.inflate(-2 * theme.SPACE, -2 * theme.SPACE)
        valign: VAlign = "middle" if self.align == "center" else "top"
        look.text(
            surface,
            self.label,
            box,
            style="body",
            size=self.pixels,
            colour=self.colour,
            bold=self.bold,
            align=self.align,
            valign=valign,
        )


class Button(Widget):
    """A button: click it, or focus it and press Enter or Space; `selected` marks a choice
    with a tick as well as a colour."""

    def __init__(
        self,
        id: str,
        label: str,
        rect: RectLike,
        on_click: Action | None = None,
        style: ButtonStyle = "primary",
        selected: bool = False,
        enabled: bool = True,
        pixels: int = theme.BODY,
    ) -> None:
        super().__init__(id, label, rect, enabled)
        self.on_click = on_click
        self.style = style
        self.selected = selected
        self.pixels = pixels

    def activate(self) -> None:
        if self.enabled and self.on_click is not None:
            self.on_click()

    def colours(self) -> tuple[theme.Colour, theme.Colour]:
        """Fill and text colour for the current state."""
        if not self.enabled:
            return theme.BUTTON_DISABLED, theme.INK
        if self.selected:
            return theme.SELECTED, theme.BUTTON_TEXT
        if self.style == "quiet":
            return (theme.PANEL if self.hovered else theme.BUTTON_QUIET), theme.INK
        if self.style == "danger":
            return theme.BAD, theme.BUTTON_TEXT
        return (theme.BUTTON_HOVER if self.hovered else theme.BUTTON), theme.BUTTON_TEXT

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        fill, ink = self.colours()
        rect = self.rect.move(0, 2) if self.pressed else self.rect
        pygame.draw.rect(surface, fill, rect, border_radius=theme.RADIUS)
        pygame.draw.rect(surface, theme.INK, rect, width=2, border_radius=theme.RADIUS)
        inner = _inside(rect)
        label = self._shown(self.selected)
        bold = look.fits_bold(label, inner, self.pixels)
        look.text(surface, label, inner, style="button", size=self.pixels, colour=ink, bold=bold)
        if self.focused:
            look.focus_ring(surface, rect)

    def reads_on_one_line(self, look: Look, *, ticked: bool = False) -> bool:
        """Whether the label is drawn whole on one line (`ticked`: also with the tick it has
        when chosen)."""
        label, inner = self._shown(self.selected or ticked), _inside(self.rect)
        bold = look.fits_bold(label, inner, self.pixels)
        size = look.px(self.pixels)
        fitted = layout(label, inner.width, inner.height, size, bold, min(size, look.min_text))
        return len(fitted.lines) == 1 and not fitted.cut

    def _shown(self, ticked: bool) -> str:
        return f"✔ {self.label}" if ticked else self.label


def _inside(rect: pygame.Rect) -> pygame.Rect:
    """Where a button's label goes."""
    return rect.inflate(-theme.SPACE, -theme.SPACE // 2)


class Toggle(Button):
    """A button that switches a setting on or off, showing a tick when on."""

    def __init__(
        self,
        id: str,
        label: str,
        rect: RectLike,
        value: bool = False,
        on_change: Callable[[bool], None] | None = None,
    ) -> None:
        super().__init__(id, label, rect, style="quiet")
        self.value = value
        self.on_change = on_change

    def activate(self) -> None:
        self.value = not self.value
        if self.on_change is not None:
            self.on_change(self.value)

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        self.selected = self.value
        super().draw(surface, look)


class TextInput(Widget):
    """A box to type in: typed text (any letter, Lithuanian too) goes in, Backspace takes out.

    Enter calls `on_submit` when given. `allowed` limits which characters are taken.
    """

    def __init__(
        self,
        id: str,
        label: str,
        rect: RectLike,
        value: str = "",
        max_length: int = 24,
        on_change: Callable[[str], None] | None = None,
        on_submit: Action | None = None,
        allowed: Callable[[str], bool] | None = None,
        placeholder: str = "",
    ) -> None:
        super().__init__(id, label, rect)
        self.value = value[:max_length]
        self.max_length = max_length
        self.on_change = on_change
        self.on_submit = on_submit
        self.allowed = allowed
        self.placeholder = placeholder

    def text_input(self, text: str) -> bool:
        taken = "".join(
            c for c in text if c.isprintable() and (not self.allowed or self.allowed(c))
        )
        room = self.max_length - len(self.value)
        if taken and room > 0:
            self._set(self.value + taken[:room])
        return True

    def key(self, event: pygame.event.Event) -> bool:
        if event.key == pygame.K_BACKSPACE:
            self._set(self.value[:-1])
            return True
        if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER) and self.on_submit is not None:
            self.on_submit()
            return True
        return bool(event.key == pygame.K_SPACE)

    def _set(self, value: str) -> None:
        if value != self.value:
            self.value = value
            if self.on_change is not None:
                self.on_change(value)

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        edge = theme.FOCUS if self.focused else theme.PANEL_EDGE
        pygame.draw.rect(surface, theme.PANEL, self.rect, border_radius=theme.RADIUS)
        pygame.draw.rect(surface, edge, self.rect, width=3, border_radius=theme.RADIUS)
        inner = self.rect.inflate(-2 * theme.SPACE, -theme.SPACE // 2)
        shown = self.value + ("|" if self.focused else "")
        if not self.value and not self.focused:
            look.text(surface, self.placeholder, inner, style="body.muted")
        else:
            look.text(surface, shown, inner, style="body.middle")
        if self.focused:
            look.focus_ring(surface, self.rect)


class Options:
    """A row or column of option buttons of which one is selected (e.g. language en / lt)."""

    def __init__(
        self,
        id: str,
        choices: Sequence[tuple[str, str]],
        rect: RectLike,
        value: str,
        on_change: Callable[[str], None] | None = None,
        vertical: bool = False,
    ) -> None:
        self.id = id
        self.value = value
        self.on_change = on_change
        self.buttons = [
            Button(f"{id}:{key}", label, cell, self._chooser(key), style="quiet")
            for (key, label), cell in zip(
                choices, _cells(pygame.Rect(rect), len(choices), vertical), strict=True
            )
        ]
        self._mark()

    def _chooser(self, key: str) -> Action:
        def choose() -> None:
            self.value = key
            self._mark()
            if self.on_change is not None:
                self.on_change(key)

        return choose

    def _mark(self) -> None:
        for button in self.buttons:
            button.selected = button.id == f"{self.id}:{self.value}"

    @property
    def widgets(self) -> list[Widget]:
        return list(self.buttons)


def _cells(rect: pygame.Rect, count: int, vertical: bool) -> list[pygame.Rect]:
    """`count` equal cells with gaps filling `rect` side by side (or one under the other)."""
    gap = theme.SPACE // 2
    span = rect.height if vertical else rect.width
    size = (span - gap * (count - 1)) // max(1, count)
    if vertical:
        return [
            pygame.Rect(rect.x, rect.y + i * (size + gap), rect.width, size) for i in range(count)
        ]
    return [pygame.Rect(rect.x + i * (size + gap), rect.y, size, rect.height) for i in range(count)]


class ListView:
    """A scrolling list of rows, each a button; shows as many rows as fit, the wheel scrolls."""

    def __init__(
        self,
        id: str,
        rows: list[tuple[str, str]],
        rect: RectLike,
        on_pick: Callable[[str], None] | None = None,
        row_height: int = 56,
    ) -> None:
        self.id = id
        self.rows = rows
        self.rect = pygame.Rect(rect)
        self.on_pick = on_pick
        self.row_height = row_height
        self.first = 0

    @property
    def visible(self) -> int:
        return max(1, (self.rect.height + theme.SPACE // 2) // (self.row_height + theme.SPACE // 2))

    def scroll_to(self, index: int) -> None:
        """Scroll so row `index` is shown."""
        if index < self.first:
            self.first = index
        elif index >= self.first + self.visible:
            self.first = index - self.visible + 1
        self.first = max(0, min(self.first, len(self.rows) - self.visible))

    @property
    def widgets(self) -> list[Widget]:
        shown = self.rows[self.first : self.first + self.visible]
        step = self.row_height + theme.SPACE // 2
        return [
            _ListRow(
                self,
                self.first + i,
                f"{self.id}:{key}",
                text,
                (self.rect.x, self.rect.y + i * step, self.rect.width, self.row_height),
            )
            for i, (key, text) in enumerate(shown)
        ]


class _ListRow(Button):
    def __init__(self, owner: ListView, index: int, id: str, label: str, rect: RectLike) -> None:
        super().__init__(id, label, rect, style="quiet")
        self.owner = owner
        self.index = index

    def activate(self) -> None:
        if self.owner.on_pick is not None:
            self.owner.on_pick(self.owner.rows[self.index][0])

    def scroll(self, steps: int) -> bool:
        self.owner.first = max(
            0, min(self.owner.first - steps, len(self.owner.rows) - self.owner.visible)
        )
        return True

    def key(self, event: pygame.event.Event) -> bool:
        """Up and Down at the edge of the shown rows scroll the list."""
        owner = self.owner
        if event.key == pygame.K_DOWN and self.index == owner.first + owner.visible - 1:
            return self.scroll(-1) and self.index + 1 < len(owner.rows)
        if event.key == pygame.K_UP and self.index == owner.first and self.index > 0:
            return self.scroll(1)
        return False
