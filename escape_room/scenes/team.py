"""Team setup: a team name, one to five nicknames (never real names: the screen says so), and the
language. The team is saved in the score store when it starts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame

from escape_room.scenes.common import draw_heading
from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.scene import Scene
from escape_room.ui.widgets import Button, Options, TextInput

MAX_PLAYERS = 5


@dataclass(frozen=True)
class TeamChoice:
    name: str
    nicknames: list[str]
    lang: str


Starter = Callable[[TeamChoice], str | None]
"""Starts the team; returns a problem to show, or None when it worked."""


class TeamScene(Scene):
    def __init__(self, ctx: GameContext, start: Starter, back: Callable[[], None]) -> None:
        super().__init__(ctx)
        self.start, self.back = start, back
        self.name = TextInput("team:name", "", (140, 200, 480, 64), max_length=24)
        self.players = [
            TextInput(f"team:player{n}", "", (700, 200 + (n - 1) * 74, 440, 60), max_length=16)
            for n in range(1, MAX_PLAYERS + 1)
        ]
        self.message = ""

    def settings_changed(self) -> None:
        t = self.ctx.t
        self.name.label = self.name.placeholder = t("team.name")
        for number, box in enumerate(self.players, start=1):
            box.label = box.placeholder = t("team.player", number=number)
        languages = [(code, t(f"lang.{code}")) for code in self.ctx.languages]
        lang = Options("team:lang", languages, (140, 370, 480, 64), self.ctx.lang, self._lang)
        self.items = [
            self.name,
            *self.players,
            *lang.widgets,
            Button("team:start", t("team.start"), (700, 600, 440, 76), self._start),
            Button("team:back", t("common.back"), (140, 600, 300, 76), self.back, "quiet"),
        ]

    def _lang(self, lang: str) -> None:
        self.ctx.settings.lang = lang
        self.stack.settings_changed()

    def _start(self) -> None:
        nicknames = [box.value.strip() for box in self.players if box.value.strip()]
        if not self.name.value.strip():
            self.message = self.ctx.t("team.need_name")
        elif not nicknames:
            self.message = self.ctx.t("team.need_player")
        else:
            self.message = (
                self.start(TeamChoice(self.name.value.strip(), nicknames, self.ctx.lang)) or ""
            )

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(theme.BACKDROP)
        look, t = self.look, self.ctx.t
        draw_heading(surface, self.ctx, t("team.title"), top=20)
        for text, rect in (
            (t("team.name"), (140, 150, 480, 44)),
            (t("team.language"), (140, 320, 480, 44)),
            (t("team.nicknames"), (700, 120, 440, 74)),
        ):
            look.text(
                surface, text, pygame.Rect(rect), theme.BODY, theme.BAR_TEXT, True, "left", "bottom"
            )
        privacy = pygame.Rect(140, 460, 480, 110)
        look.panel(surface, privacy, theme.WARN, theme.WARN)
        look.text(
            surface,
            t("team.privacy"),
            privacy.inflate(-24, -16),
            theme.BODY,
            theme.INK,
            True,
            "left",
            "middle",
        )
        self.draw_widgets(surface)
        if self.message:
            look.text(
                surface,
                self.message,
                pygame.Rect(140, 690, 1000, 30),
                theme.SMALL,
                theme.WARN,
                True,
                "center",
            )
