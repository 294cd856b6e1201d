"""A code lock: a display with one slot per digit, a keypad (0–9, delete, clear) to click, and
the digits the team has found so far. Digits can be typed anywhere; Backspace deletes; Enter
checks the code (Space presses the focused key).

The digits found go under the display, or beside it when the body is too low for both (large
text); the keypad has four rows of three keys, or three rows (five digits, five digits, Clear
and Delete) when four rows are too low for a key's word."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pygame

from escape_room.art.icons import draw_icon
from escape_room.kinds.code_lock import CodeLock
from escape_room.model.codes import expected_code
from escape_room.pilot import Click, PilotAction
from escape_room.scenes.contracts import PuzzleHost
from escape_room.scenes.puzzles import layout
from escape_room.scenes.puzzles.frame import CHECK_ID, Incomplete, PuzzleScene
from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.fonts import font
from escape_room.ui.look import Look
from escape_room.ui.widgets import Action, Button, Widget

CODE_ID = "code"
_KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "delete"]
_IN_ROWS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "clear", "delete"]
"""The keys in three rows: five digits, five digits, and the two words."""
_KEYPAD_WIDTH = 450
_SLOT = 90
_DISPLAY = (52, 110)
"""The display's least and greatest height."""
_TILE = 64
"""A found digit's tile."""


@dataclass(frozen=True)
class _Parts:
    """Where the left of the lock's body goes: the caption over the display, and the panel of
    the digits found with the height of its words."""

    caption: pygame.Rect
    display: pygame.Rect
    found: pygame.Rect
    words: int


_ENTER = {pygame.K_RETURN, pygame.K_KP_ENTER}


class CodeDisplay(Widget):
    """The code typed so far, one slot per digit; focused, it takes typing and Enter."""

    def __init__(self, label: str, rect: pygame.Rect, length: int, value: str) -> None:
        super().__init__(CODE_ID, label, rect)
        self.length, self.value = length, value

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        width = (self.rect.width - (self.length - 1) * layout.GAP) // self.length
        left = self.rect.centerx - (self.length * (width + layout.GAP) - layout.GAP) // 2
        for index in range(self.length):
            slot = pygame.Rect(
                left + index * (width + layout.GAP), self.rect.y, width, self.rect.height
            )
            current = index == len(self.value)
            look.panel(surface, slot, theme.PANEL, theme.FOCUS if current else theme.INK)
            digit = self.value[index] if index < len(self.value) else ""
            look.text(surface, digit, slot, style="heading", size=theme.TITLE)
        if self.focused:
            look.focus_ring(surface, self.rect)


class CodeLockScene(PuzzleScene[CodeLock], kind="code_lock"):
    def __init__(self, puzzle: CodeLock, ctx: GameContext, host: PuzzleHost) -> None:
        super().__init__(puzzle, ctx, host)
        self.code = ""
        self.length = len(puzzle.digits_from)
        nowhere = pygame.Rect(0, 0, 0, 0)
        self.parts = _Parts(nowhere, nowhere, nowhere, 0)

    def build_body(self, area: pygame.Rect) -> list[Widget]:
        left, keypad = layout.split(
            area, area.width - _KEYPAD_WIDTH - 3 * layout.GAP, 3 * layout.GAP
        )
        self.parts = self._parts(left)
        display = self.parts.display
        slot = min(_SLOT, (display.width - (self.length - 1) * layout.GAP) // self.length)
        width = self.length * (slot + layout.GAP) - layout.GAP
        display = pygame.Rect(display.centerx - width // 2, display.y, width, display.height)
        code = CodeDisplay(self.ctx.t("puzzle.code"), display, self.length, self.code)
        return [code, *(self._key(name, cell) for name, cell in self._keypad(keypad))]

    def _parts(self, left: pygame.Rect) -> _Parts:
        """The caption and the display over the digits found; or, when the body is too low
        for all three, the caption and the display in a column left of the digits found."""
        caption = max(
            44, self.look.height(self.ctx.t("puzzle.code"), left.width, style="puzzle.caption")
        )
        below = caption + 8
        words = self._words_height(left.width)
        under = left.height - below - 2 * layout.GAP - self._found_height(words)
        if under >= _DISPLAY[0]:
            display = pygame.Rect(left.x, left.y + below, left.width, min(_DISPLAY[1], under))
            top = display.bottom + 2 * layout.GAP
            found = pygame.Rect(left.x, top, left.width, left.bottom - top)
            return _Parts(pygame.Rect(left.x, left.y, left.width, caption), display, found, words)
        column, found = layout.split(left, self.length * (_SLOT + layout.GAP), 2 * layout.GAP)
        display = pygame.Rect(column.x, column.y + below, column.width, 0)
        display.height = min(_DISPLAY[1], column.bottom - display.y)
        words = min(self._words_height(found.width), found.height - self._found_height(0))
        return _Parts(pygame.Rect(column.x, column.y, column.width, caption), display, found, words)

    def _found_text(self) -> str:
        digits = self._digits()
        return self.ctx.t("puzzle.digits_found") if digits else self.ctx.t("puzzle.no_digits")

    def _digits(self) -> list[str]:
        return [e.digit for e in self.host.inventory if e.kind == "digit" and e.digit]

    def _words_height(self, width: int) -> int:
        """How tall the words over the digits found are in a panel `width` wide."""
        text, inner = self._found_text(), width - 2 * theme.SPACE
        return max(40, self.look.height(text, inner, style="body.bold"))

    def _found_height(self, words: int) -> int:
        """How tall the panel of the digits found is with words `words` tall (and a row of
        tiles under them)."""
        return 2 * theme.SPACE + words + layout.GAP + _TILE

    def _keypad(self, area: pygame.Rect) -> list[tuple[str, pygame.Rect]]:
        """Each key and its box: four rows of three, or three rows when four are too low for
        a key's word at the readable size."""
        cells = layout.grid(area, len(_KEYS), 3, tallest=90, across=True)
        line = font(self.look.min_text, True).get_linesize() + theme.SPACE // 2
        if cells[0].height >= line:
            return list(zip(_KEYS, cells, strict=True))
        rows = layout.rows(area, 3, tallest=90)
        cells = [
            cell
            for row, count in zip(rows, (5, 5, 2), strict=True)
            for cell in layout.grid(row, count, count)
        ]
        return list(zip(_IN_ROWS, cells, strict=True))

    def _key(self, name: str, rect: pygame.Rect) -> Button:
        if name in ("clear", "delete"):
            action: Action = self._clear if name == "clear" else self._delete
            return Button(f"key:{name}", self.ctx.t(f"puzzle.key_{name}"), rect, action, "quiet")
        return Button(
            f"key:{name}", name, rect, lambda: self._type(name), "quiet", pixels=theme.HEADING
        )

    def _type(self, digits: str) -> None:
        if len(self.code) < self.length:
            self.code = (self.code + digits)[: self.length]
            self.changed()

    def _delete(self) -> None:
        self.code = self.code[:-1]
        self.changed()

    def _clear(self) -> None:
        self.code = ""
        self.changed()

    def handle(self, event: pygame.event.Event) -> bool:
        if self.solved:
            return super().handle(event)
        if event.type == pygame.TEXTINPUT and event.text.isdigit():
            self._type(event.text)
            return True
        if event.type == pygame.KEYDOWN and event.key == pygame.K_BACKSPACE:
            self._delete()
            return True
        if event.type == pygame.KEYDOWN and event.key in _ENTER and self._enter_checks():
            self.check()
            return True
        return super().handle(event)

    def _enter_checks(self) -> bool:
        """Enter checks the code unless a button outside the keypad (Hint, Close) has focus."""
        focused = self.focus.focused(self.widgets())
        return focused is None or focused.id == CODE_ID or focused.id.startswith("key:")

    def response(self) -> Any:
        if len(self.code) < self.length:
            return Incomplete(self.ctx.t("puzzle.code_length", count=self.length))
        return self.code

    def after_wrong(self, response: Any) -> None:
        self.code = ""

    def draw_body(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        look, parts = self.look, self.parts
        look.text(surface, self.ctx.t("puzzle.code"), parts.caption, style="puzzle.caption")
        look.panel(surface, parts.found, theme.PANEL, theme.PANEL_EDGE)
        inner = parts.found.inflate(-2 * theme.SPACE, -2 * theme.SPACE)
        words = pygame.Rect(inner.x, inner.y, inner.width, parts.words)
        look.text(surface, self._found_text(), words, style="body.bold")
        for digit, tile in zip(self._digits(), self.tiles(), strict=False):
            draw_icon(surface, "digit", tile, digit)

    def tiles(self) -> list[pygame.Rect]:
        """The tiles of the digits found that fit in their panel, in a row under its words."""
        inner = self.parts.found.inflate(-2 * theme.SPACE, -2 * theme.SPACE)
        top = inner.y + self.parts.words + layout.GAP
        tiles = [
            pygame.Rect(inner.x + index * (_TILE + layout.GAP), top, _TILE, _TILE)
            for index in range(len(self._digits()))
        ]
        return [tile for tile in tiles if inner.contains(tile)]

    def answer_actions(self, correct: bool) -> list[PilotAction]:
        room = self.room
        assert room is not None, "a code lock belongs to a room of the pack"
        code = expected_code(room, self.puzzle.digits_from)
        if not correct:
            code = code[:-1] + str((int(code[-1]) + 1) % 10)
        return [Click("key:clear"), *(Click(f"key:{d}") for d in code), Click(CHECK_ID)]
