"""The debrief: how the team did, page by page — rooms and score, learning objectives, and the
explanation of every puzzle they missed — then back to the title."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from escape_room.scenes.common import draw_heading, format_time
from escape_room.scenes.debrief_data import DebriefData, Missed, ObjectiveLine
from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.scene import Scene
from escape_room.ui.widgets import Button

_BODY = pygame.Rect(100, 120, 1080, 480)
_OBJECTIVES_PER_PAGE = 7
_MISSED_PER_PAGE = 2
Page = Callable[[pygame.Surface], None]


class DebriefScene(Scene):
    def __init__(self, ctx: GameContext, data: DebriefData, finish: Callable[[], None]) -> None:
        super().__init__(ctx)
        self.data, self.finish = data, finish
        self.page = 0

    @property
    def pages(self) -> list[Page]:
        objectives = _chunks(self.data.objectives, _OBJECTIVES_PER_PAGE) or [[]]
        missed = _chunks(self.data.missed, _MISSED_PER_PAGE) or [[]]
        return [
            self._summary,
            *[lambda s, chunk=chunk: self._objectives(s, chunk) for chunk in objectives],
            *[lambda s, chunk=chunk: self._missed(s, chunk) for chunk in missed],
        ]

    def settings_changed(self) -> None:
        t = self.ctx.t
        last = len(self.pages) - 1
        self.items = [
            Button(
                "debrief:back",
                t("common.back"),
                (100, 620, 260, 76),
                lambda: self._turn(-1),
                "quiet",
                enabled=self.page > 0,
            ),
            Button(
                "debrief:next",
                t("common.next"),
                (400, 620, 260, 76),
                lambda: self._turn(1),
                enabled=self.page < last,
            ),
            Button("debrief:finish", t("debrief.to_title"), (880, 620, 300, 76), self.finish),
        ]
        self.focus.set("debrief:finish" if self.page == last else "debrief:next")

    def _turn(self, step: int) -> None:
        self.page = max(0, min(len(self.pages) - 1, self.page + step))
        self.settings_changed()

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(theme.BACKDROP)
        pages = self.pages
        draw_heading(surface, self.ctx, self.ctx.t("debrief.title"), top=20)
        self.look.panel(surface, _BODY.inflate(40, 20), theme.PAPER)
        pages[self.page](surface)
        counter = self.ctx.t("debrief.page", page=self.page + 1, pages=len(pages))
        self.look.text(surface, counter, pygame.Rect(680, 620, 180, 76), style="bar.small")
        self.draw_widgets(surface)

    def _summary(self, surface: pygame.Surface) -> None:
        look, t, data = self.look, self.ctx.t, self.data
        look.text(
            surface,
            t("debrief.team", name=data.team),
            _row(0, 70),
            style="body.bold",
            size=theme.HEADING,
        )
        y = 90
        for room in data.rooms:
            key = "debrief.escaped" if room.escaped else "debrief.not_escaped"
            colour = theme.GOOD if room.escaped else theme.BAD
            look.text(
                surface,
                t(key, room=room.title, time=format_time(room.seconds)),
                _row(y, 60),
                style="body.bold",
                colour=colour,
            )
            y += 70
        score = t("debrief.score", score=data.score, max_score=data.max_score)
        look.text(surface, score, _row(y + 20, 70), style="body.bold", size=theme.HEADING)
        first_try = t("debrief.first_try_all", right=data.first_try, total=data.answered)
        look.text(surface, first_try, _row(y + 110, 50), style="body")
        look.text(surface, t("debrief.hints", count=data.hints), _row(y + 170, 50), style="body")

    def _objectives(self, surface: pygame.Surface, lines: list[ObjectiveLine]) -> None:
        look, t = self.look, self.ctx.t
        look.text(
            surface, t("debrief.objectives"), _row(0, 56), style="body.bold", size=theme.HEADING
        )
        for i, line in enumerate(lines):
            top = 64 + i * 60
            look.text(surface, line.title, _row(top, 56, 0, 500), style="label")
            look.text(surface, self._result(line), _row(top, 56, 520, 560), style="debrief.figure")

    def _result(self, line: ObjectiveLine) -> str:
        t = self.ctx.t
        puzzles = (
            t("debrief.first_try", right=line.first_try, total=line.puzzles)
            if line.puzzles
            else t("debrief.no_puzzles")
        )
        if line.before is None and line.after is None:
            return puzzles
        before, after = (f"{p[0]}/{p[1]}" if p else "—" for p in (line.before, line.after))
        check = t("debrief.check", before=before, after=after)
        if line.gain is not None:
            check = f"{check} · {t('debrief.gain', gain=line.gain)}"
        return f"{puzzles}\n{check}"

    def _missed(self, surface: pygame.Surface, missed: list[Missed]) -> None:
        look, t = self.look, self.ctx.t
        look.text(surface, t("debrief.missed"), _row(0, 56), style="body.bold", size=theme.HEADING)
        if not missed:
            look.text(
                surface,
                t("debrief.none_missed"),
                _row(80, 100),
                style="body.bold",
                colour=theme.GOOD,
            )
        for i, item in enumerate(missed):
            top = 64 + i * 210
            look.text(surface, item.title, _row(top, 44), style="body.bold")
            look.text(surface, item.explanation, _row(top + 46, 156), style="body")


def _row(top: int, height: int, left: int = 0, width: int | None = None) -> pygame.Rect:
    return pygame.Rect(_BODY.x + left, _BODY.y + top, width or _BODY.width - left, height)


def _chunks(items: list, size: int) -> list[list]:  # type: ignore[type-arg]
    return [items[i : i + size] for i in range(0, len(items), size)]
