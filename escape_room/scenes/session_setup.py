"""For the teacher: start a class session with a class label; the screen shows its code."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from escape_room.scenes.common import draw_heading
from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.scene import Scene
from escape_room.ui.widgets import Button, TextInput

Starter = Callable[[str], str | None]
"""Starts a session for a class label; returns a problem to show, or None when it worked."""


class SessionSetupScene(Scene):
    def __init__(self, ctx: GameContext, start: Starter, back: Callable[[], None]) -> None:
        super().__init__(ctx)
        self.start, self.back = start, back
        self.label = TextInput("session:label", "", (340, 330, 600, 70), max_length=32)
        self.label.on_submit = self._create
        self.message = ""

    def settings_changed(self) -> None:
        t = self.ctx.t
        self.label.label = t("session.class_label")
        self.items = [
            self.label,
            Button("session:create", t("session.create"), (340, 420, 600, 70), self._create),
            Button("session:back", t("common.back"), (340, 620, 600, 64), self.back, "quiet"),
        ]

    def _create(self) -> None:
        if not self.label.value.strip():
            self.message = self.ctx.t("session.need_label")
            return
        problem = self.start(self.label.value)
        self.message = problem or ""
        if problem is None:
            self.focus.set("session:back")

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(theme.BACKDROP)
        look, t, ctx = self.look, self.ctx.t, self.ctx
        draw_heading(surface, ctx, t("session.title"))
        look.text(
            surface,
            t("session.explain"),
            pygame.Rect(240, 140, 800, 120),
            theme.BODY,
            theme.BAR_TEXT,
        )
        look.text(
            surface,
            t("session.class_label"),
            pygame.Rect(340, 280, 600, 44),
            theme.BODY,
            theme.BAR_TEXT,
            True,
        )
        self.draw_widgets(surface)
        if ctx.session is not None and not self.message:
            code = t("session.code", code=ctx.session.code)
            look.heading(surface, code, pygame.Rect(240, 500, 800, 60), theme.WARN)
            note = t("session.note", code=ctx.session.code, label=ctx.session.class_label)
            look.text(
                surface,
                note,
                pygame.Rect(240, 560, 800, 56),
                theme.SMALL,
                theme.BAR_TEXT,
                False,
                "center",
            )
        elif self.message:
            look.text(
                surface,
                self.message,
                pygame.Rect(240, 500, 800, 110),
                theme.BODY,
                theme.WARN,
                True,
                "center",
            )
