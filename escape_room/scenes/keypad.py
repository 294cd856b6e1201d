"""The code keypad of the exit door: type the digits or click them; returns whether it opened.

Beside the keys, the digits the code needs are listed in the lock's order, each with where it
comes from (or that it is still missing), and every clue found can be opened again from here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame

from escape_room.ui import layout, theme
from escape_room.ui.context import GameContext
from escape_room.ui.scene import ModalScene
from escape_room.ui.widgets import Button, TextInput, Widget

_PANEL = pygame.Rect(60, 56, 1160, 640)
_KEYS_WIDTH = 420
"""The keys' column at normal text size; it grows when a key's word needs more room."""
_KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "delete", "0", "open"]


@dataclass(frozen=True)
class Source:
    """One line of the list beside the keys: a digit of the code (or a clue) and where it
    comes from; `open` shows it again (None while the digit is still to be found)."""

    id: str
    text: str
    open: Callable[[], None] | None


class KeypadScene(ModalScene[bool]):
    """`try_code(code)` says whether the code opens the door; a wrong code clears the display.

    Digits typed anywhere go into the code, Backspace deletes, Enter tries the code.
    """

    def __init__(
        self,
        ctx: GameContext,
        length: int,
        try_code: Callable[[str], bool],
        sources: Callable[[], list[Source]] | None = None,
    ) -> None:
        super().__init__(ctx)
        self.try_code = try_code
        self.sources = sources or list
        self.code = TextInput(
            "keypad:code", "", (0, 0, 0, 0), max_length=length, allowed=str.isdigit
        )
        self.code.on_submit = self._open
        self.wrong = False
        self.settings_changed()

    def _halves(self) -> tuple[pygame.Rect, pygame.Rect]:
        """The keys' column and the sources' column, under the title."""
        inner = layout.top(layout.inset(_PANEL, 2 * theme.SPACE, theme.SPACE), 64)[1]
        key_height = _keys(inner)[1][0].height
        width = max(_KEYS_WIDTH, 3 * self._key_width(key_height) + 2 * layout.GAP)
        keys, sources = layout.columns(
            inner, (width, inner.width - width - 2 * theme.SPACE), 2 * theme.SPACE
        )
        return keys, sources

    def _key_width(self, height: int) -> int:
        """How wide a key must be for the Delete and Open words to read on one line (they are
        long in some languages)."""
        width = round((_KEYS_WIDTH - 2 * layout.GAP) / 3)
        for name in ("delete", "open"):
            while not self._key(name, pygame.Rect(0, 0, width, height)).reads_on_one_line(
                self.look
            ):
                width += 4
        return width

    def settings_changed(self) -> None:
        t = self.ctx.t
        self.code.label = t("keypad.code")
        keys_area, self.sources_area = self._halves()
        self.code.rect, cells, cancel = _keys(keys_area)
        keys = [self._key(name, cell) for name, cell in zip(_KEYS, cells, strict=True)]
        close = Button(
            "keypad:close", t("common.cancel"), cancel, lambda: self.dismiss(False), "quiet"
        )
        self.items = [self.code, *keys, close, *self._source_buttons(self.sources_area)]

    def _source_buttons(self, area: pygame.Rect) -> list[Widget]:
        """A button per source, all as tall as two lines; when they do not all fit, each only
        as tall as its text needs, as many as fit."""
        rest = layout.top(area, self.look.px(theme.BODY) + 16)[1]
        sources = self.sources()
        tallest = max(56, self.look.px(theme.SMALL) * 2 + 20)
        heights = [tallest] * len(sources)
        if layout.fits(rest, tallest) < len(sources):
            heights = [min(tallest, self._source_height(s.text, rest.width)) for s in sources]
        buttons: list[Widget] = []
        for source, height in zip(sources, heights, strict=True):
            box = pygame.Rect(rest.x, rest.y, rest.width, height)
            if buttons:
                box.top = buttons[-1].rect.bottom + layout.GAP
            if box.bottom > rest.bottom:
                break
            buttons.append(
                Button(
                    f"keypad:{source.id}",
                    source.text,
                    box,
                    source.open,
                    "quiet",
                    enabled=source.open is not None,
                    pixels=theme.SMALL,
                )
            )
        return buttons

    def _source_height(self, text: str, width: int) -> int:
        """How tall a source's button must be for its text at the readable size."""
        inner = width - theme.SPACE
        need = self.look.needed_height(text, inner, style="button", size=theme.SMALL)
        return max(56, need + theme.SPACE)

    def _key(self, name: str, rect: pygame.Rect) -> Button:
        if name == "delete":
            return Button(
                "keypad:delete",
                self.ctx.t("keypad.delete"),
                rect,
                self._delete,
                "quiet",
                pixels=theme.SMALL,
            )
        if name == "open":
            return Button(
                "keypad:open", self.ctx.t("keypad.open"), rect, self._open, pixels=theme.SMALL
            )
        return Button(
            f"keypad:{name}", name, rect, lambda: self._press(name), "quiet", pixels=theme.HEADING
        )

    def _press(self, digit: str) -> None:
        self.wrong = False
        self.code.text_input(digit)

    def _delete(self) -> None:
        self.code.value = self.code.value[:-1]

    def _open(self) -> None:
        if self.try_code(self.code.value):
            self.dismiss(True)
            return
        self.wrong = True
        self.code.value = ""
        self.ctx.audio.play("wrong")
        self.shake_now()

    def escape_result(self) -> tuple[bool]:
        return (False,)

    def spoken(self) -> str:
        return self.ctx.t("keypad.wrong" if self.wrong else "keypad.title")

    def handle(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.TEXTINPUT:
            self.wrong = False
            return self.code.text_input(event.text)
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            focused = self.focus.focused(self.widgets())
            if focused is not None and focused.id.startswith("keypad:source"):
                focused.activate()
            else:
                self._open()
            return True
        if event.type == pygame.KEYDOWN and event.key == pygame.K_BACKSPACE:
            self._delete()
            return True
        return super().handle(event)

    def draw(self, surface: pygame.Surface) -> None:
        look, t = self.look, self.ctx.t
        look.panel(surface, _PANEL, theme.PAPER)
        title = layout.top(layout.inset(_PANEL, 2 * theme.SPACE, theme.SPACE), 64)[0]
        if self.wrong:
            look.text(surface, t("keypad.wrong"), title, style="feedback.wrong")
        else:
            look.heading(surface, t("keypad.title"), title)
        caption = layout.top(self.sources_area, look.px(theme.BODY) + 16)[0]
        look.text(surface, t("keypad.sources"), caption, style="label")
        self.draw_widgets(surface)


def _keys(column: pygame.Rect) -> tuple[pygame.Rect, list[pygame.Rect], pygame.Rect]:
    """The code box, the twelve keys and the Cancel button in the keys' column."""
    code, rest = layout.top(column, 70, theme.SPACE)
    cancel, grid = layout.bottom(rest, 64, theme.SPACE)
    cells = [cell for row in layout.rows(grid, 4) for cell in layout.columns(row, (1, 1, 1))]
    return code, cells, cancel
