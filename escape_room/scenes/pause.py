"""The pause menu (resume, settings, quit to title) and the settings screen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import pygame

from escape_room.ui import layout, theme
from escape_room.ui.context import GameContext
from escape_room.ui.pager import Pager
from escape_room.ui.scene import ModalScene
from escape_room.ui.settings import TEXT_SCALES, VOLUMES
from escape_room.ui.widgets import Button, Options

PauseChoice = Literal["resume", "settings", "quit"]
_PANEL = pygame.Rect(390, 130, 500, 460)


class PauseScene(ModalScene[PauseChoice]):
    """Stops the room's clock while shown; Esc resumes. Quitting asks first: the team's
    progress in the room is lost."""

    pauses_below = True

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.confirming = False
        self.settings_changed()

    def settings_changed(self) -> None:
        t = self.ctx.t
        rows = layout.rows(self._buttons_area(), 3, theme.SPACE, tallest=90)
        if self.confirming:
            self.items = [
                Button("pause:keep", t("pause.keep"), rows[1], self._keep),
                Button("pause:confirm", t("pause.confirm"), rows[2], self._quit, "danger"),
            ]
            return
        choices: list[PauseChoice] = ["resume", "settings", "quit"]
        self.items = [
            Button(f"pause:{choice}", t(f"pause.{choice}"), rect, self._chooser(choice))
            for choice, rect in zip(choices, rows, strict=True)
        ]

    def _buttons_area(self) -> pygame.Rect:
        return layout.top(layout.inset(_PANEL, 60, 30), 90)[1]

    def _chooser(self, choice: PauseChoice) -> Callable[[], None]:
        if choice == "quit":
            return self._ask
        return lambda: self.dismiss(choice)

    def _ask(self) -> None:
        self.confirming = True
        self.settings_changed()
        self.focus.set("pause:keep")

    def _keep(self) -> None:
        self.confirming = False
        self.settings_changed()
        self.focus.set("pause:quit")

    def _quit(self) -> None:
        self.dismiss("quit")

    def escape_result(self) -> tuple[PauseChoice]:
        return ("resume",)

    def draw(self, surface: pygame.Surface) -> None:
        self.look.panel(surface, _PANEL, theme.PAPER)
        title = layout.top(layout.inset(_PANEL, 20, 20), 90)[0]
        self.look.heading(surface, self.ctx.t("pause.title"), title)
        if self.confirming:
            question = layout.rows(self._buttons_area(), 3, theme.SPACE, tallest=90)[0]
            self.look.text(surface, self.ctx.t("pause.lose"), question, style="feedback.note")
        self.draw_widgets(surface)


@dataclass(frozen=True)
class _Row:
    """One setting: its name, its choices (value, label) and the value chosen now."""

    name: str
    choices: list[tuple[str, str]]
    value: str


@dataclass(frozen=True)
class _Placed:
    """A setting's row on its page: where its caption and its options go."""

    row: _Row
    caption: pygame.Rect
    options: pygame.Rect


class SettingsScene(ModalScene[None]):
    """Every setting, one row each (paged when the text is large); each change shows at once
    on every screen and is kept for the next run. A row's caption stands beside its options,
    or above them when they would not each read on one line beside it."""

    pauses_below = True
    _panel = pygame.Rect(120, 30, 1040, 660)

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.pager = Pager(
            "settings:page",
            pygame.Rect(0, 0, 0, 0),
            on_turn=self.settings_changed,
            t=self.ctx.t,
            style="tile.caption",
        )
        self.shown: list[_Placed] = []
        self.noted = ""
        self.settings_changed()

    def _rows(self) -> list[_Row]:
        t, settings = self.ctx.t, self.ctx.settings
        on_off = [("off", t("settings.off")), ("on", t("settings.on"))]

        def switch(name: str) -> _Row:
            return _Row(name, on_off, "on" if getattr(settings, name) else "off")

        return [
            _Row("lang", [(c, t(f"lang.{c}")) for c in self.ctx.languages], settings.lang),
            _Row("text_scale", [(str(s), f"{s} %") for s in TEXT_SCALES], str(settings.text_scale)),
            switch("contrast"),
            switch("colour_blind"),
            switch("reduced_motion"),
            _Row("volume", [(str(v), f"{v} %") for v in VOLUMES], str(settings.volume)),
            switch("muted"),
            switch("read_aloud"),
        ]

    def _regions(self) -> tuple[pygame.Rect, pygame.Rect, pygame.Rect, pygame.Rect]:
        """The title, the rows, the note of a problem above the bottom strip (no height when
        there is none) and the bottom strip (pager and Done)."""
        inner = layout.inset(self._panel, 2 * theme.SPACE, theme.SPACE)
        title, rest = layout.top(inner, self.look.px(theme.HEADING) + 24)
        foot, rest = layout.bottom(rest, max(70, self.look.px(theme.BODY) + 36), theme.SPACE)
        need = self.look.needed_height(self.noted, rest.width, style="small") if self.noted else 0
        note, rows = layout.bottom(rest, min(need, rest.height // 3), layout.GAP if need else 0)
        return title, rows, note, foot

    def _problem(self) -> str:
        """Why a setting does not work (saving them, reading aloud), or ""."""
        speech = self.ctx.speech.problem if self.ctx.settings.read_aloud else None
        return self.ctx.settings_problem or speech or ""

    def update(self, dt: float) -> None:
        """A problem can come up at any time (the speech engine starts off the frame): make
        room for it."""
        if self._problem() != self.noted:
            self.settings_changed()

    def _row_height(self) -> int:
        return max(60, self.look.px(theme.BODY) * 2)

    def settings_changed(self) -> None:
        t = self.ctx.t
        self.noted = self._problem()
        _, area, _, foot = self._regions()
        pages = self._pages(area)
        self.pager.set_count(len(pages))
        self.shown = pages[self.pager.page]
        pager_box, done = layout.columns(foot, (2.2, 1.0), theme.SPACE)
        self.pager.rect = pager_box
        self.items = []
        for placed in self.shown:
            row = placed.row
            options = Options(
                f"settings:{row.name}",
                row.choices,
                placed.options,
                row.value,
                self._setter(row.name),
            )
            self.items += options.widgets
        if self.pager.count > 1:
            self.items += self.pager.widgets()
        self.items.append(
            Button("settings:done", t("settings.done"), done, lambda: self.dismiss(None))
        )

    def _pages(self, area: pygame.Rect) -> list[list[_Placed]]:
        """The rows placed one under the other, a new page where the next would not fit."""
        pages: list[list[_Placed]] = [[]]
        y = area.y
        for row in self._rows():
            caption, options = self._place(row, area.width)
            if pages[-1] and y + options.bottom > area.bottom:
                pages.append([])
                y = area.y
            pages[-1].append(_Placed(row, caption.move(area.x, y), options.move(area.x, y)))
            y += options.bottom + layout.GAP
        return pages

    def _place(self, row: _Row, width: int) -> tuple[pygame.Rect, pygame.Rect]:
        """The caption's and the options' boxes of a row `width` wide, from its top left;
        options under the caption are one line tall, so that no label breaks in two."""
        caption = self.ctx.t(f"settings.{row.name}")
        height = self._row_height()
        beside, options = layout.columns(pygame.Rect(0, 0, width, height), (1.0, 1.6), theme.SPACE)
        fits = self.look.needed_height(caption, beside.width, style="label") <= beside.height
        if fits and self._one_line(row, options):
            return beside, options
        above = pygame.Rect(0, 0, width, self.look.height(caption, width, style="label"))
        one_line = max(56, self.look.px(theme.BODY) + 28)
        return above, pygame.Rect(0, above.bottom + layout.GAP, width, one_line)

    def _one_line(self, row: _Row, rect: pygame.Rect) -> bool:
        """Whether every option of `row` in `rect` reads on one line, even when chosen."""
        options = Options("", row.choices, rect, row.value)
        return all(button.reads_on_one_line(self.look, ticked=True) for button in options.buttons)

    def _setter(self, name: str) -> Callable[[str], None]:
        return lambda value: self.change(name, value)

    def change(self, name: str, value: str) -> None:
        """Set one setting from its chosen option, show it everywhere and keep it."""
        settings = self.ctx.settings
        current = getattr(settings, name)
        if isinstance(current, bool):
            setattr(settings, name, value == "on")
        elif isinstance(current, int):
            setattr(settings, name, int(value))
        else:
            setattr(settings, name, value)
        self.ctx.apply_settings()
        self.stack.settings_changed()

    def escape_result(self) -> tuple[None]:
        return (None,)

    def draw(self, surface: pygame.Surface) -> None:
        look, t = self.look, self.ctx.t
        look.panel(surface, self._panel, theme.PAPER)
        look.heading(surface, t("settings.title"), self._regions()[0])
        for placed in self.shown:
            look.text(surface, t(f"settings.{placed.row.name}"), placed.caption, style="label")
        if self.pager.count > 1:
            self.pager.draw(surface, look)
        if self.noted:
            look.text(surface, self.noted, self._regions()[2], style="small")
        self.draw_widgets(surface)
