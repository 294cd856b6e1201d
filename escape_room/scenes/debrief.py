"""The debrief, made to be read by the team: first the team's score and time and, per learning
objective, stars for the puzzles and before/after bars for the quiz; then the explanations of
the puzzles they missed, a few to a page; a printable certificate; back to the title."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pygame

from escape_room.scenes.common import draw_heading, format_time
from escape_room.scenes.debrief_data import DebriefData, Missed, ObjectiveLine
from escape_room.ui import layout, theme
from escape_room.ui.context import GameContext
from escape_room.ui.pager import Paged, Pager
from escape_room.ui.scene import Scene
from escape_room.ui.text import layout as text_layout
from escape_room.ui.widgets import Button

_BODY = pygame.Rect(60, 96, 1160, 512)
_FOOT = pygame.Rect(60, 626, 1160, 76)
_STAR = 30
_ROW_GAP = 2
_COLUMNS = (2.0, 1.1, 1.2, 1.2)
"""Objective, stars, quiz before, quiz after."""
STARS = 3


def stars(line: ObjectiveLine) -> int:
    """0–3 stars for an objective: the share of its puzzles right at the first try (the
    quiz after the game when it had no puzzles)."""
    right, total = (line.first_try, line.puzzles) if line.puzzles else (line.after or (0, 0))
    return round(STARS * right / total) if total else 0


@dataclass(frozen=True)
class Page:
    """One page: the summary with some objectives, or some explanations."""

    objectives: tuple[ObjectiveLine, ...] = ()
    missed: tuple[Missed, ...] = ()
    summary: bool = False


class DebriefScene(Paged, Scene):
    def __init__(self, ctx: GameContext, data: DebriefData, finish: Callable[[], None]) -> None:
        super().__init__(ctx)
        self.data, self.finish = data, finish
        self.pages: list[Page] = []
        self.saved = ""
        self.pager = Pager(
            "debrief",
            _FOOT,
            on_turn=self.settings_changed,
            t=self.ctx.t,
        )

    # --- pages -----------------------------------------------------------------------------

    def _row_height(self) -> int:
        """An objective's row: tall enough for the longest title, wrapped, at a readable size."""
        width = layout.columns(_BODY, _COLUMNS, theme.SPACE)[0].width
        size = self.look.min_text
        titles = [
            text_layout(line.title, width, 100_000, size, True, size).height
            for line in self.data.objectives
        ]
        return max(42, self.look.px(theme.BODY) + 14, max(titles, default=0) + 6)

    def _paginate(self) -> list[Page]:
        """As many objectives as fit under the summary, the rest on pages of their own, then
        the explanations of the puzzles missed."""
        first = layout.fits(self._rows_area(summary=True), self._row_height(), _ROW_GAP)
        more = layout.fits(self._rows_area(summary=False), self._row_height(), _ROW_GAP)
        objectives = self.data.objectives
        pages = [Page(tuple(objectives[:first]), summary=True)]
        pages += [
            Page(tuple(objectives[i : i + more])) for i in range(first, len(objectives), more)
        ]
        return pages + [Page(missed=chunk) for chunk in self._missed_pages()]

    def _missed_pages(self) -> list[tuple[Missed, ...]]:
        """The puzzles missed, as many to a page as fit whole (at least one)."""
        room = self._missed_area().height
        pages: list[list[Missed]] = [[]]
        used = 0
        for item in self.data.missed:
            height = self._missed_height(item)
            if pages[-1] and used + height > room:
                pages.append([])
                used = 0
            pages[-1].append(item)
            used += height + theme.SPACE
        return [tuple(page) for page in pages if page]

    def _missed_height(self, item: Missed) -> int:
        """How tall a missed puzzle's title and explanation are."""
        width = _BODY.width
        return self._title_height() + self.look.height(item.explanation, width, style="body")

    def _title_height(self) -> int:
        return self.look.px(theme.BODY) + 14

    def _missed_area(self) -> pygame.Rect:
        return layout.top(_BODY, self.look.px(theme.HEADING) + 12)[1]

    def settings_changed(self) -> None:
        t = self.ctx.t
        self.pages = self._paginate()
        self.pager.set_count(len(self.pages))
        pager, certificate, copy, finish = layout.columns(_FOOT, (1.8, 1.2, 1.1, 0.8), theme.SPACE)
        self.pager.rect = pager
        self.items = [
            *self.pager.widgets(),
            Button(
                "debrief:certificate",
                t("debrief.certificate"),
                certificate,
                self.certificate,
                "quiet",
            ),
            Button("debrief:copy", t("debrief.copy"), copy, self.save_copy, "quiet"),
            Button("debrief:finish", t("debrief.to_title"), finish, self.finish),
        ]
        self.focus.set("debrief:finish" if self.pager.last else "debrief:next")

    def certificate(self) -> None:
        """Write the team's certificate (HTML, printable, offline) and say where."""
        from escape_room.scenes.certificate import save_certificate

        store = self.ctx.scores.store if self.ctx.scores is not None else None
        folder = store.path.parent if store is not None else None
        try:
            path = save_certificate(self.ctx, self.data, folder)
        except OSError as error:
            self.saved = self.ctx.t("debrief.certificate_failed", problem=error)
            return
        self.saved = self.ctx.t("debrief.certificate_saved", path=path)
        print(self.saved, flush=True)

    def save_copy(self) -> None:
        """Ask where to save a copy of the team's scores (a USB stick) and save it there."""
        from escape_room.scenes.save_copy import SaveCopyScene

        self.stack.push(SaveCopyScene(self.ctx), self._copied)

    def _copied(self, path: Path | None) -> None:
        if path is not None:
            self.saved = self.ctx.t("copy.saved", path=path)

    # --- drawing ---------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(theme.BACKDROP)
        draw_heading(surface, self.ctx, self.ctx.t("debrief.title"), top=8)
        self.look.panel(surface, _BODY.inflate(24, 16), theme.PAPER)
        page = self.pages[self.pager.page]
        if page.summary:
            self._summary(surface)
        if page.objectives:
            self._objectives(surface, page.objectives, page.summary)
        if page.missed or (not page.summary and not page.objectives):
            self._missed(surface, page.missed)
        self.pager.draw(surface, self.look)
        self.draw_widgets(surface)
        if self.saved:
            note = pygame.Rect(_FOOT.x, _FOOT.bottom, _FOOT.width, theme.HEIGHT - _FOOT.bottom)
            self.look.text(surface, self.saved, note, style="screen.note", size=theme.MIN_TEXT)

    def _summary_area(self) -> pygame.Rect:
        return layout.top(_BODY, self.look.px(theme.HEADING) + self.look.px(theme.SMALL) + 28)[0]

    def _summary(self, surface: pygame.Surface) -> None:
        """Three tiles: the team and its rooms, the score, the time."""
        look, t, data = self.look, self.ctx.t, self.data
        escaped = sum(room.escaped for room in data.rooms)
        seconds = sum(room.seconds for room in data.rooms)
        tiles = (
            (
                t("debrief.team", name=data.team),
                t("debrief.rooms", escaped=escaped, rooms=len(data.rooms)),
            ),
            (
                t("debrief.points", score=data.score, max_score=data.max_score),
                t("debrief.score_caption"),
            ),
            (format_time(seconds), t("debrief.time_caption")),
        )
        for (value, caption), tile in zip(
            tiles, layout.columns(self._summary_area(), (1.6, 1, 1), theme.SPACE), strict=True
        ):
            look.panel(surface, tile, theme.PANEL)
            top, bottom = layout.top(layout.inset(tile, 12, 6), look.px(theme.HEADING) + 8, 0)
            look.text(surface, value, top, style="heading")
            look.text(surface, caption, bottom, style="tile.caption")

    def _header_height(self) -> int:
        """Room for the column headings: two lines when the text is large."""
        lines = 2 if self.look.text_scale >= 150 else 1
        return lines * (self.look.px(theme.SMALL) + 6) + 4

    def _rows_area(self, summary: bool) -> pygame.Rect:
        return layout.top(self._objective_area(summary), self._header_height(), _ROW_GAP)[1]

    def _objective_area(self, summary: bool) -> pygame.Rect:
        if not summary:
            return _BODY
        return layout.top(_BODY, self._summary_area().height, theme.SPACE)[1]

    def _objectives(
        self, surface: pygame.Surface, lines: tuple[ObjectiveLine, ...], summary: bool
    ) -> None:
        """A header, then per objective its title, its stars and its quiz bars."""
        look, t = self.look, self.ctx.t
        header = layout.top(self._objective_area(summary), self._header_height())[0]
        heads = ("debrief.objectives", "debrief.stars", "debrief.before", "debrief.after")
        for key, box in zip(heads, layout.columns(header, _COLUMNS, theme.SPACE), strict=True):
            look.text(surface, t(key), box, style="table.head")
        area = self._rows_area(summary)
        rows = layout.rows(area, len(lines), _ROW_GAP, tallest=self._row_height())
        for line, row in zip(lines, rows, strict=True):
            title, star_box, before, after = layout.columns(row, _COLUMNS, theme.SPACE)
            look.text(surface, line.title, title, style="debrief.objective")
            self._stars(surface, star_box, stars(line))
            self._bar(surface, before, line.before, theme.MUTED_INK)
            self._bar(surface, after, line.after, theme.SELECTED)

    def _stars(self, surface: pygame.Surface, box: pygame.Rect, count: int) -> None:
        """Filled stars earned, outlined stars not: the shape tells them apart, not the colour."""
        from escape_room.art.icons import draw_icon

        size = min(box.height, _STAR + 10)
        for i in range(STARS):
            star = pygame.Rect(box.x + i * (size + 4), box.centery - size // 2, size, size)
            if i < count:
                draw_icon(surface, "star", star)
            else:
                pygame.draw.circle(surface, theme.PANEL_EDGE, star.center, size // 2 - 4, width=3)

    def _bar(
        self,
        surface: pygame.Surface,
        box: pygame.Rect,
        share: tuple[int, int] | None,
        ink: theme.Colour,
    ) -> None:
        """A quiz result as a bar and its figures ("3/4"), so no colour is needed to read it."""
        right, total = share or (0, 0)
        if share is None:
            self.look.text(surface, "—", box, style="debrief.figure")
            return
        bar, figure = layout.columns(box, (1.4, 1.0), 8)
        bar = bar.inflate(0, -max(8, bar.height // 3))
        self.look.text(surface, f"{right}/{total}", figure, style="debrief.figure")
        pygame.draw.rect(surface, theme.BUTTON_QUIET, bar, border_radius=4)
        if total:
            filled = pygame.Rect(bar.x, bar.y, round(bar.width * right / total), bar.height)
            pygame.draw.rect(surface, ink, filled, border_radius=4)
        pygame.draw.rect(surface, theme.INK, bar, width=1, border_radius=4)

    def _missed(self, surface: pygame.Surface, missed: tuple[Missed, ...]) -> None:
        look, t = self.look, self.ctx.t
        heading = layout.top(_BODY, look.px(theme.HEADING) + 12)[0]
        rest = self._missed_area()
        look.text(surface, t("debrief.missed"), heading, style="heading.left")
        if not missed:
            look.text(surface, t("debrief.none_missed"), rest, style="body.bold", colour=theme.GOOD)
            return
        for item in missed:
            box, rest = layout.top(rest, self._missed_height(item), theme.SPACE)
            title, text = layout.top(box, self._title_height() - 2, 2)
            look.text(surface, item.title, title, style="body.bold")
            look.text(surface, item.explanation, text, style="body")
