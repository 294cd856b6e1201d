"""The title screen: the pack's title, start playing, settings, quit, and for the teacher a new
class session and the class results. When the score store cannot be opened it says why and
offers to play unsaved (and shows no class results). When more than one pack is installed,
arrows either side of the title choose the pack to play."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.look import Look
from escape_room.ui.scene import Scene
from escape_room.ui.widgets import Button, ButtonStyle, Widget

if TYPE_CHECKING:
    from escape_room.content.pack import Pack
    from escape_room.scenes.flow import Flow
    from escape_room.scoring.records import Session

_COLUMN = pygame.Rect(440, 246, 400, 344)
_BANNER = pygame.Rect(140, 40, 1000, 190)
_STATUS = pygame.Rect(_BANNER.x + 20, _BANNER.bottom - 56, _BANNER.width - 40, 44)
"""The line under the pack's title: the class session, or why scores are not saved."""
_ARROW = 64
_FOOTER = pygame.Rect(140, 600, 1000, 100)
_WHY_LEFT = _FOOTER.right - 15 - 220
"""Where the footer's "Why?" button starts, when scores cannot be saved."""
_GAP = 10
_Row = tuple[str, str, Callable[[], None], ButtonStyle]
"""A button of the column: its id, text, action and style."""
_SIGNS = (
    ("warning", 180, 250),
    ("give-way", 180, 370),
    ("stop", 180, 490),
    ("pedestrian-crossing", 1000, 250),
    ("mandatory", 1000, 370),
    ("priority-road", 1000, 490),
)
"""Traffic signs either side of the buttons: kind, and where their 100-pixel boxes sit."""


class TitleScene(Scene):
    def __init__(self, ctx: GameContext, flow: Flow) -> None:
        super().__init__(ctx)
        self.flow = flow
        self.buttons: list[Widget] = []
        self.pack_problem = ""
        self.choices: list[Path] = []

    def settings_changed(self) -> None:
        t, flow = self.ctx.t, self.flow
        saved = self.saving
        start = (
            ("title:start", t("title.start"))
            if saved
            else ("title:unsaved", t("title.play_unsaved"))
        )
        results: list[_Row] = [("title:results", t("title.results"), self._results, "quiet")]
        rows: list[_Row] = [
            (*start, flow.new_team, "primary"),
            ("title:session", t("title.new_session"), flow.new_session, "quiet"),
            *(results if saved else []),
            ("title:settings", t("title.settings"), flow.settings, "quiet"),
            ("title:quit", t("title.quit"), self.stack.quit, "quiet"),
        ]
        step = _COLUMN.height // len(rows)
        self.buttons = [
            Button(
                id,
                label,
                (_COLUMN.x, _COLUMN.y + i * step, _COLUMN.width, step - _GAP),
                action,
                style,
            )
            for i, (id, label, action, style) in enumerate(rows)
        ]
        self.buttons[1].enabled = saved
        if not saved and self._store_reason():
            self.buttons.append(self._why_button())
        self.choices = self._choices()
        if len(self.choices) > 1:
            self.buttons += self._arrows()

    # --- choosing the pack ---------------------------------------------------------------

    def _choices(self) -> list[Path]:
        """The packs offered: the installed ones, and the one being played."""
        folders = [*self.ctx.packs, self.ctx.pack_root]
        return list({folder.resolve(): folder for folder in folders}.values())

    def _arrows(self) -> list[Widget]:
        t, y = self.ctx.t, _title_box(arrows=False).centery - _ARROW // 2
        return [
            _PackArrow(
                "title:pack-previous",
                t("title.pack_previous"),
                -1,
                (_BANNER.x + 16, y, _ARROW, _ARROW),
                lambda: self._choose(-1),
            ),
            _PackArrow(
                "title:pack-next",
                t("title.pack_next"),
                1,
                (_BANNER.right - 16 - _ARROW, y, _ARROW, _ARROW),
                lambda: self._choose(1),
            ),
        ]

    def _choose(self, step: int) -> None:
        """Play the pack `step` places on from this one (the list wraps round), passing over
        a pack with errors and saying so."""
        from escape_room import paths
        from escape_room.content.cache import load_for_play
        from escape_room.content.problems import ContentError

        choices = [folder.resolve() for folder in self.choices]
        here = choices.index(self.ctx.pack_root.resolve())
        self.pack_problem = ""
        for offset in range(1, len(choices)):
            folder = self.choices[(here + step * offset) % len(choices)]
            try:
                pack = load_for_play(folder, paths.cache_dir())
            except (ContentError, OSError):
                self.pack_problem = self.ctx.t("title.pack_problem", pack=folder.name)
                continue
            self._play(pack)
            return

    def _play(self, pack: Pack) -> None:
        ctx = self.ctx
        ctx.pack, ctx.rooms = pack, []
        if ctx.scores is not None:
            ctx.scores.switch_pack(pack.model.id)
        if ctx.settings.lang not in ctx.languages:
            ctx.settings.lang = ctx.languages[0]
        self.settings_changed()

    def _store_reason(self) -> str | None:
        """Why the scores cannot be saved, in a word (None when they are off on purpose)."""
        scores = self.ctx.scores
        return scores.reason if scores is not None else None

    def _why_button(self) -> Widget:
        """Beside the footer's plain reason: a card with the store's whole message, which
        names the file and what to do."""
        ctx = self.ctx
        detail = ctx.scores.problem if ctx.scores is not None else None

        def explain() -> None:
            from escape_room.scenes.common import Card

            self.stack.push(Card(ctx, ctx.t("title.why_title"), detail or ""))

        rect = (_WHY_LEFT, _FOOTER.y + 8, _FOOTER.right - 15 - _WHY_LEFT, _FOOTER.height - 16)
        return Button("title:why", ctx.t("title.why"), rect, explain, "quiet")

    def _results(self) -> None:
        from escape_room.scenes.facilitator import FacilitatorScene

        self.stack.reset(FacilitatorScene(self.ctx, self.flow.title))

    def widgets(self) -> list[Widget]:
        return self.buttons

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(theme.BACKDROP)
        _draw_signs(surface)
        look, ctx = self.look, self.ctx
        banner = _BANNER
        look.panel(surface, banner, theme.BAR, theme.BAR)
        title = _title_box(arrows=len(self.choices) > 1)
        look.text(surface, ctx.text(ctx.head.title), title, style="title")
        status = _STATUS
        look.text(
            surface,
            self._status(),
            status,
            style="bar.small",
            colour=theme.BAR_TEXT if self.saving else theme.WARN,
        )
        self._draw_footer(surface)
        self.draw_widgets(surface)

    def _draw_footer(self, surface: pygame.Surface) -> None:
        """The strip at the bottom: a problem, when there is one, else the keys to use."""
        look, t, ctx = self.look, self.ctx.t, self.ctx
        look.panel(surface, _FOOTER, theme.BAR, theme.BAR)
        box = _FOOTER.inflate(-30, -16)
        if any(w.id == "title:why" for w in self.buttons):
            box.width = _WHY_LEFT - theme.SPACE - box.x
        reason = self._store_reason()
        if self.pack_problem:
            look.text(surface, self.pack_problem, box, style="small", colour=theme.WARN)
        elif not self.saving:
            problem = t("title.store_problem", problem=t(f"saving.{reason}"))
            shown = problem if reason else t("common.not_saved")
            look.text(surface, shown, box, style="small", colour=theme.WARN)
        elif ctx.settings_problem:
            note = t("title.settings_problem", problem=ctx.settings_problem)
            look.text(surface, note, box, style="small", colour=theme.WARN)
        elif ctx.session is None and (elsewhere := self._elsewhere()):
            note = t("title.session_elsewhere_help", code=elsewhere.code)
            look.text(surface, note, box, style="bar.small")
        else:
            look.text(surface, t("title.keys"), box, style="bar.small")

    @property
    def saving(self) -> bool:
        """Whether the game saves scores (else it offers to play unsaved); taken to be so while
        the scores are still being opened."""
        scores = self.ctx.scores
        return self.ctx.scores_opening or (scores is not None and scores.saving)

    def _status(self) -> str:
        ctx = self.ctx
        if ctx.scores_opening:
            return ""
        if not self.saving:
            return ctx.t("common.not_saved")
        elsewhere = self._elsewhere()
        if ctx.session is None and elsewhere is not None:
            return ctx.t("title.session_elsewhere", code=elsewhere.code)
        if ctx.session is None:
            return ctx.t("title.no_session")
        session = ctx.session
        if not session.class_label:  # joined by code on this computer
            return ctx.t("title.session_joined", code=session.code)
        return ctx.t("title.session", code=session.code, label=session.class_label)

    def _elsewhere(self) -> Session | None:
        """The latest class session set aside for a pack not played now."""
        scores = self.ctx.scores
        return scores.set_aside[0] if scores is not None and scores.set_aside else None


def _draw_signs(surface: pygame.Surface) -> None:
    from escape_room.art.signs import draw_sign

    for kind, x, y in _SIGNS:
        draw_sign(surface, kind, pygame.Rect(x, y, 100, 100))


def _title_box(*, arrows: bool) -> pygame.Rect:
    """Where the pack's title is written in the banner: between the arrows when they are shown."""
    top = _BANNER.y + 10
    box = pygame.Rect(_BANNER.x + 20, top, _BANNER.width - 40, _STATUS.top - 4 - top)
    return box.inflate(-2 * (_ARROW + 20), 0) if arrows else box


class _PackArrow(Button):
    """A button with an arrow beside the pack's title; its label says what it does (read aloud)."""

    def __init__(
        self,
        id: str,
        label: str,
        step: int,
        rect: tuple[int, int, int, int],
        action: Callable[[], None],
    ) -> None:
        super().__init__(id, label, rect, action, "quiet")
        self.step = step

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        label, self.label = self.label, ""
        try:
            super().draw(surface, look)
        finally:
            self.label = label
        box = self.rect.inflate(-self.rect.width // 2, -self.rect.height // 2)
        tip, back = (box.right, box.left) if self.step > 0 else (box.left, box.right)
        points = [(back, box.top), (tip, box.centery), (back, box.bottom)]
        pygame.draw.polygon(surface, self.colours()[1], points)
