"""The pause menu (resume, settings, quit to title) and the settings (text size, language)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, cast

import pygame

from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.scene import ModalScene
from escape_room.ui.widgets import Button, Options, Widget

PauseChoice = Literal["resume", "settings", "quit"]
_PANEL = pygame.Rect(390, 130, 500, 460)


class PauseScene(ModalScene[PauseChoice]):
    """Stops the room's clock while shown; Esc resumes."""

    pauses_below = True

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.buttons: list[Widget] = []
        self.settings_changed()

    def settings_changed(self) -> None:
        choices: list[PauseChoice] = ["resume", "settings", "quit"]
        self.buttons = [
            Button(f"pause:{choice}", self.ctx.t(f"pause.{choice}"), rect, self._chooser(choice))
            for choice, rect in zip(choices, _column(_PANEL, 110, 3), strict=True)
        ]

    def _chooser(self, choice: PauseChoice) -> Callable[[], None]:
        return lambda: self.dismiss(choice)

    def escape_result(self) -> tuple[PauseChoice]:
        return ("resume",)

    def widgets(self) -> list[Widget]:
        return self.buttons

    def draw(self, surface: pygame.Surface) -> None:
        self.look.panel(surface, _PANEL, theme.PAPER)
        title = pygame.Rect(_PANEL.x + 20, _PANEL.y + 20, _PANEL.width - 40, 70)
        self.look.heading(surface, self.ctx.t("pause.title"), title)
        self.draw_widgets(surface)


def _column(panel: pygame.Rect, top: int, count: int) -> list[pygame.Rect]:
    return [
        pygame.Rect(panel.x + 60, panel.y + top + i * 100, panel.width - 120, 76)
        for i in range(count)
    ]


class SettingsScene(ModalScene[None]):
    """Text size and language; each change shows at once on every screen."""

    pauses_below = True
    _panel = pygame.Rect(240, 110, 800, 500)

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.settings_changed()

    def settings_changed(self) -> None:
        t, panel = self.ctx.t, self._panel
        sizes = [(size, t(f"settings.{size}")) for size in theme.TEXT_SIZES]
        languages = [(code, t(f"lang.{code}")) for code in self.ctx.languages]
        size_row = pygame.Rect(panel.x + 40, panel.y + 160, panel.width - 80, 70)
        lang_row = pygame.Rect(panel.x + 40, panel.y + 300, panel.width - 80, 70)
        size = Options("settings:size", sizes, size_row, self.ctx.settings.text_size, self._size)
        lang = Options("settings:lang", languages, lang_row, self.ctx.settings.lang, self._lang)
        done = pygame.Rect(0, 0, 300, 70)
        done.midbottom = (panel.centerx, panel.bottom - 30)
        self.items = [
            *size.widgets,
            *lang.widgets,
            Button("settings:done", t("settings.done"), done, lambda: self.dismiss(None)),
        ]

    def _size(self, size: str) -> None:
        self.ctx.settings.text_size = cast(theme.TextSize, size)
        self.stack.settings_changed()

    def _lang(self, lang: str) -> None:
        self.ctx.settings.lang = lang
        self.stack.settings_changed()

    def escape_result(self) -> tuple[None]:
        return (None,)

    def draw(self, surface: pygame.Surface) -> None:
        look, t, panel = self.look, self.ctx.t, self._panel
        look.panel(surface, panel, theme.PAPER)
        title = pygame.Rect(panel.x + 20, panel.y + 20, panel.width - 40, 70)
        look.heading(surface, t("settings.title"), title)
        for text, top in ((t("settings.text_size"), 110), (t("settings.language"), 250)):
            caption = pygame.Rect(panel.x + 40, panel.y + top, panel.width - 80, 44)
            look.text(surface, text, caption, theme.BODY, theme.INK, True, "left", "middle")
        self.draw_widgets(surface)
