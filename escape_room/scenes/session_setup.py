"""For the teacher: start a class session with a class label, or join one started on another
computer by typing its code. The screen shows the session's code once it is chosen."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from escape_room.scenes.common import draw_heading
from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.scene import Scene
from escape_room.ui.widgets import Button, TextInput

Starter = Callable[[str], str | None]
"""Starts (or joins) a session from what was typed; returns a problem to show, or None."""

_LEFT, _RIGHT, _WIDTH = 100, 680, 500
_CODE_CHARACTERS = set("ACDEFGHJKMNPQRTUVWXY234679acdefghjkmnpqrtuvwxy- ")


class SessionSetupScene(Scene):
    def __init__(
        self, ctx: GameContext, start: Starter, join: Starter, back: Callable[[], None]
    ) -> None:
        super().__init__(ctx)
        self.start, self.join, self.back = start, join, back
        self.label = TextInput("session:label", "", (_LEFT, 330, _WIDTH, 64), max_length=32)
        self.label.on_submit = self._create
        self.code = TextInput(
            "session:code",
            "",
            (_RIGHT, 330, _WIDTH, 64),
            max_length=8,
            allowed=lambda c: c in _CODE_CHARACTERS,
            placeholder="K7M-2QX",
        )
        self.code.on_submit = self._join
        self.message = ""

    def settings_changed(self) -> None:
        t = self.ctx.t
        self.label.label = t("session.class_label")
        self.code.label = t("session.join_code")
        self.items = [
            self.label,
            Button("session:create", t("session.create"), (_LEFT, 410, _WIDTH, 64), self._create),
            self.code,
            Button("session:join", t("session.join"), (_RIGHT, 410, _WIDTH, 64), self._join),
            Button("session:back", t("common.back"), (340, 630, 600, 60), self.back, "quiet"),
        ]

    def _create(self) -> None:
        if not self.label.value.strip():
            self.message = self.ctx.t("session.need_label")
            return
        self._done(self.start(self.label.value))

    def _join(self) -> None:
        self._done(self.join(self.code.value))

    def _done(self, problem: str | None) -> None:
        self.message = problem or ""
        if problem is None:
            self.focus.set("session:back")

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(theme.BACKDROP)
        look, t, ctx = self.look, self.ctx.t, self.ctx
        draw_heading(surface, ctx, t("session.title"))
        explain = pygame.Rect(140, 125, 1000, 90)
        look.text(surface, t("session.explain"), explain, style="screen.text", align="center")
        for left, caption in ((_LEFT, "session.class_label"), (_RIGHT, "session.join_code")):
            box = pygame.Rect(left, 230, _WIDTH, 90)
            look.text(surface, t(caption), box, style="screen.text", bold=True)
        self.draw_widgets(surface)
        if ctx.session is not None and not self.message:
            code = t("session.code", code=ctx.session.code)
            look.heading(surface, code, pygame.Rect(240, 490, 800, 60), theme.WARN)
            session = ctx.session
            note = (
                t("session.note", code=session.code, label=session.class_label)
                if session.class_label
                else t("session.note_joined", code=session.code)
            )
            box = pygame.Rect(140, 550, 1000, 70)
            look.text(surface, note, box, style="screen.note", valign="top")
        elif self.message:
            box = pygame.Rect(140, 490, 1000, 130)
            look.text(
                surface, self.message, box, style="feedback.note", colour=theme.WARN, valign="top"
            )
