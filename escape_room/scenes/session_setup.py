"""For the teacher: start a class session with a class label, or join one started on another
computer by typing its code. The screen shows the session's code once it is chosen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame

from escape_room.scenes.common import draw_heading
from escape_room.ui import layout, theme
from escape_room.ui.context import GameContext
from escape_room.ui.scene import Scene
from escape_room.ui.widgets import Button, TextInput

Starter = Callable[[str], str | None]
"""Starts (or joins) a session from what was typed; returns a problem to show, or None."""

_LEFT, _RIGHT, _WIDTH = 100, 680, 500
_CODE_CHARACTERS = set("ACDEFGHJKMNPQRTUVWXY234679acdefghjkmnpqrtuvwxy- ")
_CODE_HEIGHT = 60
_SAMPLE_CODE = "K7M-2QX"


@dataclass(frozen=True)
class _Places:
    """Where Back goes, how far up the rest moves, and the box under the buttons for the
    session's code and note, or a problem."""

    back: pygame.Rect
    raised: int
    below: pygame.Rect


_PLACES = (
    _Places(pygame.Rect(340, 630, 600, 60), 0, pygame.Rect(140, 490, 1000, 130)),
    _Places(pygame.Rect(340, 652, 600, 60), 20, pygame.Rect(140, 470, 1000, 172)),
    _Places(pygame.Rect(40, 28, 240, 64), 20, pygame.Rect(60, 470, 1160, 242)),
)
"""Back under everything; then with everything else raised for a longer note; then beside the
heading, leaving the rest of the screen to the note (large text)."""


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
        self.places = places = self._places()
        up = -places.raised
        self.label.label = t("session.class_label")
        self.code.label = t("session.join_code")
        self.label.rect = pygame.Rect(_LEFT, 330, _WIDTH, 64).move(0, up)
        self.code.rect = pygame.Rect(_RIGHT, 330, _WIDTH, 64).move(0, up)
        create, join = (pygame.Rect(x, 410 + up, _WIDTH, 64) for x in (_LEFT, _RIGHT))
        self.items = [
            self.label,
            Button("session:create", t("session.create"), create, self._create),
            self.code,
            Button("session:join", t("session.join"), join, self._join),
            Button("session:back", t("common.back"), places.back, self.back, "quiet"),
        ]

    def _places(self) -> _Places:
        """The first places at which the note and any problem fit (the longest note too, so
        that nothing moves when a session starts); the last when none do."""
        notes = [self.ctx.t("session.note_joined", code=_SAMPLE_CODE), self._note()]

        def fits(places: _Places) -> bool:
            below = places.below
            room = below.height - _CODE_HEIGHT
            return all(
                self.look.needed_height(note, below.width, style="screen.note") <= room
                for note in notes
                if note
            ) and (
                not self.message
                or self.look.needed_height(self.message, below.width, style="feedback.note")
                <= below.height
            )

        return next((places for places in _PLACES if fits(places)), _PLACES[-1])

    def _note(self) -> str:
        """What the session's code is for, once a session is chosen."""
        session, t = self.ctx.session, self.ctx.t
        if session is None:
            return ""
        if session.class_label:
            return t("session.note", code=session.code, label=session.class_label)
        return t("session.note_joined", code=session.code)

    def _create(self) -> None:
        if not self.label.value.strip():
            self._say(self.ctx.t("session.need_label"))
            return
        self._done(self.start(self.label.value))

    def _join(self) -> None:
        self._done(self.join(self.code.value))

    def _done(self, problem: str | None) -> None:
        self._say(problem or "")
        if problem is None:
            self.focus.set("session:back")

    def _say(self, message: str) -> None:
        """Show a problem (none: ""), with room for it."""
        self.message = message
        self.settings_changed()

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(theme.BACKDROP)
        look, t, places = self.look, self.ctx.t, self.places
        up = -places.raised
        draw_heading(surface, self.ctx, t("session.title"), top=40 + up)
        explain = pygame.Rect(140, 125 + up, 1000, 90)
        look.text(surface, t("session.explain"), explain, style="screen.text", align="center")
        for left, caption in ((_LEFT, "session.class_label"), (_RIGHT, "session.join_code")):
            box = pygame.Rect(left, 230 + up, _WIDTH, 90)
            look.text(surface, t(caption), box, style="screen.text", bold=True)
        self.draw_widgets(surface)
        below = places.below
        if self.ctx.session is not None and not self.message:
            code = t("session.code", code=self.ctx.session.code)
            heading, note = layout.top(below, _CODE_HEIGHT, 0)
            look.heading(surface, code, heading.inflate(-200, 0), theme.WARN)
            look.text(surface, self._note(), note, style="screen.note", valign="top")
        elif self.message:
            look.text(
                surface, self.message, below, style="feedback.note", colour=theme.WARN, valign="top"
            )
