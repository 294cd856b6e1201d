"""Team setup: a team name, one to five nicknames (never real names: the screen says so), the
language, and which rooms to play: all of them, or those the pack writes for one age group (a
room's `age`). The team is saved in the score store when it starts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from escape_room.scenes.common import draw_heading
from escape_room.ui import layout, theme
from escape_room.ui.context import GameContext
from escape_room.ui.scene import Scene
from escape_room.ui.widgets import Button, Options, TextInput

if TYPE_CHECKING:
    from escape_room.content.pack import Pack

MAX_PLAYERS = 5
ALL_ROOMS = "all"
_TOP, _FIRST, _BUTTONS = 108, 200, 600
"""Below the heading; the top of the first fields (lower when a caption needs more lines);
the top of the Back and Start buttons."""
_MARGINS = (140, 100, 60, 40)
"""The form's side margins, widest first: the form widens when its texts need it."""


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


@dataclass(frozen=True)
class _Form:
    """Where the parts of the team screen go, for the texts at the current size."""

    captions: list[tuple[str, pygame.Rect]]
    name: pygame.Rect
    language: pygame.Rect
    rooms: pygame.Rect | None
    privacy: pygame.Rect
    players: list[pygame.Rect]
    back: pygame.Rect
    start: pygame.Rect

    @property
    def fits(self) -> bool:
        """Whether the left column ends above the buttons."""
        return self.privacy.bottom + theme.SPACE <= self.back.top


class TeamScene(Scene):
    def __init__(self, ctx: GameContext, start: Starter, back: Callable[[], None]) -> None:
        super().__init__(ctx)
        self.start, self.back = start, back
        self.name = TextInput("team:name", "", (0, 0, 0, 0), max_length=24)
        self.players = [
            TextInput(f"team:player{n}", "", (0, 0, 0, 0), max_length=16)
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
        self.form = form = self._form()
        self.name.label = self.name.placeholder = t("team.name")
        self.name.rect = form.name
        for number, (box, rect) in enumerate(zip(self.players, form.players, strict=True), 1):
            box.label = box.placeholder = t("team.player", number=number)
            box.rect = rect
        languages = [(code, t(f"lang.{code}")) for code in self.ctx.languages]
        lang = Options("team:lang", languages, form.language, self.ctx.lang, self._lang)
        groups = age_groups(self.ctx.pack)
        choices = [(ALL_ROOMS, t("team.all_rooms"))]
        choices += [(key, key.replace("-", "–")) for key in groups]
        chosen = next((k for k, ids in groups.items() if ids == self.ctx.rooms), ALL_ROOMS)
        rooms = Options("team:rooms", choices, form.rooms or form.language, chosen, self._rooms)
        self.items = [
            self.name,
            *self.players,
            *lang.widgets,
            *(rooms.widgets if form.rooms else []),
            Button("team:start", t("team.start"), form.start, self._start),
            Button("team:back", t("common.back"), form.back, self.back, "quiet"),
        ]

    def _form(self) -> _Form:
        """The form with the widest margins at which its texts fit, the left column level
        with the nicknames if it can be (the narrowest, highest form if none fits)."""
        forms = [self._form_within(m, raised=r) for m in _MARGINS for r in (False, True)]
        return next((form for form in forms if form.fits), forms[-1])

    def _form_within(self, margin: int, *, raised: bool) -> _Form:
        """The form between side margins `margin` wide, each caption and the privacy line as
        tall as they need (never less than at normal size); `raised`: the left column starts
        right under the heading."""
        t = self.ctx.t
        area = pygame.Rect(margin, 0, theme.WIDTH - 2 * margin, 0)
        left, right = layout.columns(area, (480, 440), 80)

        def caption(key: str, column: pygame.Rect, least: int, bottom: int) -> pygame.Rect:
            """The box of a caption in `column` ending at `bottom`."""
            need = self.look.needed_height(t(key), column.width, style="bar")
            height = max(least, need)
            return pygame.Rect(column.x, bottom - height, column.width, height)

        nicknames = caption("team.nicknames", right, 74, _FIRST - 6)
        name = caption("team.name", left, 44, _FIRST - 6)
        first = _FIRST + max(0, _TOP - min(nicknames.top, name.top))
        nicknames.top += first - _FIRST
        name.top = _TOP if raised else name.top + first - _FIRST
        captions = [(t("team.name"), name), (t("team.nicknames"), nicknames)]
        y = name.bottom + 6 + 64 + 14

        def group(key: str) -> pygame.Rect:
            """A caption at `y` and the box of its options under it."""
            nonlocal y
            box = caption(key, left, 36, 0)
            captions.append((t(key), box.move(0, y - box.top)))
            options = pygame.Rect(left.x, y + box.height + 4, left.width, 56)
            y = options.bottom + 10
            return options

        language = group("team.language")
        rooms = group("team.rooms") if age_groups(self.ctx.pack) else None
        privacy = self.look.needed_height(t("team.privacy"), left.width - 24, style="label")
        fields = pygame.Rect(right.x, first, right.width, _BUTTONS - theme.SPACE - first)
        return _Form(
            captions=captions,
            name=pygame.Rect(left.x, name.bottom + 6, left.width, 64),
            language=language,
            rooms=rooms,
            privacy=pygame.Rect(left.x, y + 6, left.width, max(88, privacy + 16)),
            players=layout.rows(fields, MAX_PLAYERS, 14, tallest=60),
            back=pygame.Rect(left.x, _BUTTONS, 300, 76),
            start=pygame.Rect(right.x, _BUTTONS, right.width, 76),
        )

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
        look, t, form = self.look, self.ctx.t, self.form
        draw_heading(surface, self.ctx, t("team.title"), top=20)
        for text, rect in form.captions:
            look.text(surface, text, rect, style="bar", valign="bottom")
        look.panel(surface, form.privacy, theme.WARN, theme.WARN)
        look.text(surface, t("team.privacy"), form.privacy.inflate(-24, -16), style="label")
        self.draw_widgets(surface)
        if self.message:
            top = form.back.bottom + 4
            box = pygame.Rect(form.back.left, top, form.start.right - form.back.left, 0)
            box.height = theme.HEIGHT - top
            look.text(surface, self.message, box, style="bar.warning", align="center", valign="top")
