"""The code keypad of the exit door: type the digits or click them; returns whether it opened."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.scene import ModalScene
from escape_room.ui.widgets import Button, TextInput

_PANEL = pygame.Rect(390, 80, 500, 600)
_KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "delete", "0", "open"]


class KeypadScene(ModalScene[bool]):
    """`try_code(code)` says whether the code opens the door; a wrong code clears the display.

    Digits typed anywhere go into the code, Backspace deletes, Enter tries the code.
    """

    def __init__(self, ctx: GameContext, length: int, try_code: Callable[[str], bool]) -> None:
        super().__init__(ctx)
        self.try_code = try_code
        self.code = TextInput(
            "keypad:code",
            "",
            (_PANEL.x + 40, _PANEL.y + 90, _PANEL.width - 80, 70),
            max_length=length,
            allowed=str.isdigit,
        )
        self.code.on_submit = self._open
        self.wrong = False
        self.settings_changed()

    def settings_changed(self) -> None:
        t = self.ctx.t
        self.code.label = t("keypad.code")
        keys = [self._key(name, i) for i, name in enumerate(_KEYS)]
        cancel = Button(
            "keypad:close",
            t("common.cancel"),
            (_PANEL.x + 40, _PANEL.bottom - 84, _PANEL.width - 80, 64),
            lambda: self.dismiss(False),
            "quiet",
        )
        self.items = [self.code, *keys, cancel]

    def _key(self, name: str, index: int) -> Button:
        row, col = divmod(index, 3)
        rect = (_PANEL.x + 40 + col * 144, _PANEL.y + 180 + row * 80, 132, 68)
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
            self._open()
            return True
        if event.type == pygame.KEYDOWN and event.key == pygame.K_BACKSPACE:
            self._delete()
            return True
        return super().handle(event)

    def draw(self, surface: pygame.Surface) -> None:
        look, t = self.look, self.ctx.t
        look.panel(surface, _PANEL, theme.PAPER)
        title = pygame.Rect(_PANEL.x + 20, _PANEL.y + 16, _PANEL.width - 40, 64)
        if self.wrong:
            look.text(surface, t("keypad.wrong"), title, style="feedback.wrong", size=theme.SMALL)
        else:
            look.heading(surface, t("keypad.title"), title)
        self.draw_widgets(surface)
