"""Team setup: a team name, one to five nicknames (never real names: the screen says so), the
language, and which rooms to play: all of them, or those the pack writes for one age group (a
room's `age`). The team is saved in the score store when it starts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from escape_room.scenes.common import draw_heading
from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.scene import Scene
from escape_room.ui.widgets import Button, Options, TextInput

if TYPE_CHECKING:
    from escape_room.content.pack import Pack

MAX_PLAYERS = 5
ALL_ROOMS = "all"


def age_groups(pack: Pack) -> dict[str, list[str]]:
    """The pack's rooms by the age group they are written for ('10-12': [...]), youngest first;
    rooms that give no age of their own belong to no group."""
    groups: dict[str, list[str]] = {}
    for room in sorted(pack.rooms, key=lambda r: r.model.age.min if r.model.age else 0):
        if room.model.age is not None:
            groups.setdefault(f"{room.model.age.min}-{room.model.age.max}", []).append(room.id)
    return groups


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
        for box in (self.name, *self.players):
            box.on_change = self._typed
            box.on_submit = self._start

    def _typed(self, _: str) -> None:
        """What was missing may have been typed: the old message no longer applies."""
        self.message = ""

    def settings_changed(self) -> None:
        t = self.ctx.t
        self.name.label = self.name.placeholder = t("team.name")
        for number, box in enumerate(self.players, start=1):
            box.label = box.placeholder = t("team.player", number=number)
        languages = [(code, t(f"lang.{code}")) for code in self.ctx.languages]
        lang = Options("team:lang", languages, (140, 318, 480, 56), self.ctx.lang, self._lang)
        groups = age_groups(self.ctx.pack)
        choices = [(ALL_ROOMS, t("team.all_rooms"))]
        choices += [(key, key.replace("-", "–")) for key in groups]
        chosen = next((k for k, ids in groups.items() if ids == self.ctx.rooms), ALL_ROOMS)
        rooms = Options("team:rooms", choices, (140, 424, 480, 56), chosen, self._rooms)
        self.items = [
            self.name,
            *self.players,
            *lang.widgets,
            *(rooms.widgets if groups else []),
            Button("team:start", t("team.start"), (700, 600, 440, 76), self._start),
            Button("team:back", t("common.back"), (140, 600, 300, 76), self.back, "quiet"),
        ]

    def _rooms(self, key: str) -> None:
        self.ctx.rooms = age_groups(self.ctx.pack).get(key, [])

    def _lang(self, lang: str) -> None:
        self.ctx.settings.lang = lang
        self.ctx.apply_settings()
        self.stack.settings_changed()

    def _start(self) -> None:
        """Start (the button, or Enter in a field); when something is missing, say what and
        put the cursor where it goes."""
        nicknames = [box.value.strip() for box in self.players if box.value.strip()]
        if not self.name.value.strip():
            self.message = self.ctx.t("team.need_name")
            self.focus.set(self.name.id)
        elif not nicknames:
            self.message = self.ctx.t("team.need_player")
            self.focus.set(self.players[0].id)
        else:
            self.message = (
                self.start(TeamChoice(self.name.value.strip(), nicknames, self.ctx.lang)) or ""
            )

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(theme.BACKDROP)
        look, t = self.look, self.ctx.t
        draw_heading(surface, self.ctx, t("team.title"), top=20)
        labels = [
            (t("team.name"), (140, 150, 480, 44)),
            (t("team.language"), (140, 278, 480, 36)),
            (t("team.nicknames"), (700, 120, 440, 74)),
        ]
        if age_groups(self.ctx.pack):
            labels.append((t("team.rooms"), (140, 384, 480, 36)))
        for text, rect in labels:
            look.text(surface, text, pygame.Rect(rect), style="bar", valign="bottom")
        privacy = pygame.Rect(140, 496, 480, 88)
        look.panel(surface, privacy, theme.WARN, theme.WARN)
        look.text(surface, t("team.privacy"), privacy.inflate(-24, -16), style="label")
        self.draw_widgets(surface)
        if self.message:
            look.text(
                surface,
                self.message,
                pygame.Rect(140, 690, 1000, 30),
                style="bar.warning",
                align="center",
                valign="top",
            )
