"""A code lock: a display with one slot per digit, a keypad (0–9, delete, clear) to click, and
the digits the team has found so far. Digits can be typed anywhere; Backspace deletes; Enter
checks the code (Space presses the focused key)."""

from __future__ import annotations

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
from escape_room.ui.look import Look
from escape_room.ui.widgets import Action, Button, Widget

CODE_ID = "code"
_KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "delete"]
_KEYPAD_WIDTH = 450
_SLOT = 90
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
        self.found_area = pygame.Rect(0, 0, 0, 0)

    def build_body(self, area: pygame.Rect) -> list[Widget]:
        left, keypad = layout.split(
            area, area.width - _KEYPAD_WIDTH - 3 * layout.GAP, 3 * layout.GAP
        )
        slot = min(_SLOT, (left.width - (self.length - 1) * layout.GAP) // self.length)
        width = self.length * (slot + layout.GAP) - layout.GAP
        display = pygame.Rect(left.centerx - width // 2, left.y + 52, width, 110)
        self.found_area = pygame.Rect(
            left.x,
            display.bottom + 2 * layout.GAP,
            left.width,
            left.bottom - display.bottom - 2 * layout.GAP,
        )
        code = CodeDisplay(self.ctx.t("puzzle.code"), display, self.length, self.code)
        cells = layout.grid(keypad, len(_KEYS), 3, tallest=90, across=True)
        return [code, *(self._key(name, cell) for name, cell in zip(_KEYS, cells, strict=True))]

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
        look, t = self.look, self.ctx.t
        look.text(
            surface, t("puzzle.code"), pygame.Rect(area.x, area.y, 400, 44), style="puzzle.caption"
        )
        digits = [e.digit for e in self.host.inventory if e.kind == "digit" and e.digit]
        found = self.found_area
        look.panel(surface, found, theme.PANEL, theme.PANEL_EDGE)
        inner = found.inflate(-2 * theme.SPACE, -2 * theme.SPACE)
        text = t("puzzle.digits_found") if digits else t("puzzle.no_digits")
        look.text(surface, text, pygame.Rect(inner.x, inner.y, inner.width, 40), style="body.bold")
        for index, digit in enumerate(digits):
            tile = pygame.Rect(inner.x + index * 76, inner.y + 52, 64, 64)
            if tile.bottom <= inner.bottom and tile.right <= inner.right:
                draw_icon(surface, "digit", tile, digit)

    def answer_actions(self, correct: bool) -> list[PilotAction]:
        room = self.room
        assert room is not None, "a code lock belongs to a room of the pack"
        code = expected_code(room, self.puzzle.digits_from)
        if not correct:
            code = code[:-1] + str((int(code[-1]) + 1) % 10)
        return [Click("key:clear"), *(Click(f"key:{d}") for d in code), Click(CHECK_ID)]
