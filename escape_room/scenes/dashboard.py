"""The live class dashboard for the projector: every team's room, puzzles solved, hints, points,
time left and state (stuck ones stand out), how many have not started, and the learning
objectives most missed so far, in large type.

A thin view: the figures come from a :class:`~escape_room.scoring.classfeed.ClassFeed`, read
once a second (the feed reads the LRS in its own thread, so a frame never waits on the network).
The header says when the data was last read, and that the LRS is unreachable when it is. When
the teams do not fit, the text shrinks (never below the readable size) and then the rows go on
pages that turn by themselves every few seconds (Page Up / Page Down turn them too).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import pygame

from escape_room.content.pack import Pack
from escape_room.content.text import resolve
from escape_room.scenes.dashboard_table import GAP, PAD, Table, lay_out
from escape_room.scoring.classfeed import Snapshot
from escape_room.scoring.classprogress import ClassProgress, TeamProgress, room_plans
from escape_room.scoring.display import MISSING, clock
from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.look import Look, look_for
from escape_room.ui.pager import Paged, Pager
from escape_room.ui.scene import Scene
from escape_room.ui.text import Align

TURN_EVERY = 10.0
"""Seconds each page shows before the next (when the teams need several pages)."""
READ_EVERY = 1.0
_COLUMNS = ("team", "room", "solved", "hints", "score", "time", "status")
_TABLE = pygame.Rect(40, 0, 1200, 0)
_TOP, _BOTTOM = 8, 712
_STATUS_SHARE = 0.36
_PAGER_WIDTH = 440
MAX_TEXT_SCALE = 150
"""The dashboard's type is already sized for the back of the room: a larger text size setting
stops here, so a team's row and the most-missed line still fit on the projector."""
_STUCK_ROW: theme.Colour = (255, 226, 226)
_STRIPE: theme.Colour = (236, 239, 245)


@dataclass(frozen=True)
class Names:
    """Room and objective titles in the dashboard's language (ids show where one is missing)."""

    rooms: dict[str, str] = field(default_factory=dict)
    objectives: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, pack: Pack, lang: str) -> Names:
        first = pack.model.languages[0]
        rooms = {room_id: plan.title for room_id, plan in room_plans(pack, lang).items()}
        return cls(rooms, {o.id: resolve(o.title, lang, first) for o in pack.model.objectives})


class DashboardScene(Paged, Scene):
    def __init__(
        self,
        ctx: GameContext,
        snapshot: Callable[[datetime], Snapshot],
        code: str,
        names: Names,
    ) -> None:
        super().__init__(ctx)
        self.snapshot, self.code, self.names = snapshot, code, names
        self.shown: Snapshot | None = None
        self.rows: list[tuple[str, ...]] = []
        self.table: Table | None = None
        self._since_read = self._since_turn = 0.0
        self.pager = Pager(
            "dashboard",
            pygame.Rect(0, 0, _PAGER_WIDTH, 60),
            on_turn=self._turned,
            t=ctx.t,
        )

    @property
    def look(self) -> Look:
        return look_for(min(self.ctx.look.text_scale, MAX_TEXT_SCALE))

    def enter(self) -> None:
        self.read()

    def read(self) -> None:
        """Take the feed's latest figures and lay them out."""
        self.shown = self.snapshot(self.ctx.now())
        self.settings_changed()

    def settings_changed(self) -> None:
        t = self.ctx.t
        self.rows = [self._cells(team) for team in self._teams()]
        header = [t(f"dashboard.col_{name}") for name in _COLUMNS]
        self.table = lay_out(self.look, header, self.rows, _TABLE.width, self._table_height())
        if len(self.table.pages) > 1 and self.pager.count == 1:  # the pager takes room
            self.pager.set_count(len(self.table.pages))
            self.table = lay_out(self.look, header, self.rows, _TABLE.width, self._table_height())
        self.pager.set_count(len(self.table.pages))
        self.pager.rect = pygame.Rect(_TABLE.right - _PAGER_WIDTH, _BOTTOM - 60, _PAGER_WIDTH, 60)
        self.items = self.pager.widgets() if self.pager.count > 1 else []

    def _teams(self) -> list[TeamProgress]:
        """The teams in the order they joined, the stuck ones first."""
        teams = self.shown.progress.teams if self.shown else []
        return sorted(teams, key=lambda team: team.status != "stuck")

    def _heads(self) -> tuple[pygame.Rect, pygame.Rect, pygame.Rect]:
        """The boxes of the title, the class summary and the update time, each as tall as its
        text wrapped (the summary and the time side by side under the title)."""
        look, t = self.look, self.ctx.t
        title = t("dashboard.title", code=self.code)
        width = _TABLE.width
        title_box = pygame.Rect(
            _TABLE.x, _TOP, width, look.height(title, width, style="heading.left")
        )
        right = round(width * _STATUS_SHARE)
        left = width - right - GAP
        tall = max(
            look.height(self._summary(), left, style="bar"),
            look.height(self._header_line()[0], right, style="bar"),
        )
        summary = pygame.Rect(_TABLE.x, title_box.bottom + PAD // 2, left, tall)
        status = pygame.Rect(summary.right + GAP, summary.y, right, tall)
        return title_box, summary, status

    def _table_top(self) -> int:
        return self._heads()[1].bottom + PAD

    def _table_height(self) -> int:
        return _BOTTOM - self._table_top() - self._missed_height() - PAD

    def _summary(self) -> str:
        progress = self.shown.progress if self.shown else ClassProgress([], [])
        return self.ctx.t(
            "dashboard.summary",
            teams=len(progress.teams),
            stuck=progress.count("stuck"),
            waiting=progress.count("not_started"),
        )

    def _turned(self) -> None:
        self._since_turn = 0.0
        self.items = self.pager.widgets()

    def update(self, dt: float) -> None:
        self._since_read += dt
        self._since_turn += dt
        if self._since_read >= READ_EVERY:
            self._since_read = 0.0
            self.read()
        if self._since_turn >= TURN_EVERY and self.pager.count > 1:
            self.pager.page = (self.pager.page + 1) % self.pager.count
            self._turned()

    def handle(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key in _TURN_KEYS:
            self.pager.turn(_TURN_KEYS[event.key])
            return True
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.stack.quit()
            return True
        return super().handle(event)

    # --- what the cells say --------------------------------------------------------------

    def _cells(self, team: TeamProgress) -> tuple[str, ...]:
        in_room = bool(team.room)
        solved = f"{team.solved} / {team.puzzles}" if team.puzzles else str(team.solved)
        left = clock(team.time_left) if team.time_left is not None else MISSING
        return (
            team.name,
            self.names.rooms.get(team.room, team.room) if in_room else MISSING,
            solved if in_room else MISSING,
            str(team.hints) if in_room else MISSING,
            str(team.score),
            left,
            self.ctx.t(f"dashboard.{_state(team)}"),
        )

    def _header_line(self) -> tuple[str, theme.Colour]:
        t, shown = self.ctx.t, self.shown
        if shown is None or shown.updated is None:
            unread = shown is not None and shown.problem
            return t("dashboard.no_data" if unread else "dashboard.connecting"), theme.WARN
        time = shown.updated.astimezone().strftime("%H:%M")
        if shown.problem:
            return t("dashboard.unreachable", time=time), theme.WARN
        return t("dashboard.updated", time=time), theme.BAR_TEXT

    def _missed_text(self) -> str:
        t = self.ctx.t
        missed = self.shown.progress.missed if self.shown else []
        if not missed:
            return f"{t('dashboard.missed')} {t('dashboard.no_missed')}"
        items = [
            t(
                "dashboard.missed_item",
                title=self.names.objectives.get(m.objective, m.objective),
                wrong=m.wrong,
                answers=m.answers,
            )
            for m in missed
        ]
        return f"{t('dashboard.missed')} " + " · ".join(items)

    def _missed_box(self) -> pygame.Rect:
        width = _TABLE.width + PAD - (_PAGER_WIDTH + GAP if self.pager.count > 1 else -PAD)
        return pygame.Rect(_TABLE.x - PAD, 0, width, 0)

    def _missed_height(self) -> int:
        box = self._missed_box()
        return max(60, self.look.height(self._missed_text(), box.width - 2 * PAD) + 2 * PAD)

    # --- drawing -------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        look, t = self.look, self.ctx.t
        surface.fill(theme.BACKDROP)
        title_box, summary_box, status_box = self._heads()
        look.text(
            surface,
            t("dashboard.title", code=self.code),
            title_box,
            style="heading.left",
            colour=theme.BAR_TEXT,
        )
        line, colour = self._header_line()
        look.text(surface, line, status_box, style="bar", colour=colour, align="right")
        look.text(surface, self._summary(), summary_box, style="bar")
        self._draw_table(surface)
        self._draw_missed(surface)
        if self.pager.count > 1:
            self.pager.draw(surface, look)
        self.draw_widgets(surface)

    def _draw_table(self, surface: pygame.Surface) -> None:
        look, table = self.look, self.table
        top = self._table_top()
        area = pygame.Rect(_TABLE.x - PAD, top, _TABLE.width + 2 * PAD, self._table_height())
        look.panel(surface, area, theme.PAPER)
        if table is None or not self.rows:
            look.text(
                surface, self.ctx.t("dashboard.none"), area.inflate(-80, -80), style="puzzle.option"
            )
            return
        x_of = _lefts(table.widths)
        for index, name in enumerate(_COLUMNS):
            box = pygame.Rect(
                x_of[index], top + PAD // 2, table.widths[index], table.head_height - PAD
            )
            look.text(
                surface,
                self.ctx.t(f"dashboard.col_{name}"),
                box,
                style="table.head",
                size=_unscaled(table.head_pixels, look),
                bold=True,
                align=_align(index),
            )
        top += table.head_height
        teams = self._teams()
        for number, (index, tall) in enumerate(table.pages[self.page]):
            team = teams[index]
            band = pygame.Rect(area.x + 4, top, area.width - 8, tall)
            if team.status == "stuck" or number % 2 == 0:
                fill = _STUCK_ROW if team.status == "stuck" else _STRIPE
                pygame.draw.rect(surface, fill, band, border_radius=6)
            for column, text in enumerate(self.rows[index]):
                box = pygame.Rect(x_of[column], top + PAD, table.widths[column], tall - 2 * PAD)
                look.text(
                    surface,
                    text,
                    box,
                    style="table.cell",
                    size=_unscaled(table.pixels, look),
                    bold=column == 0,
                    colour=_colour(team, column),
                    align=_align(column),
                )
            top += tall

    def _draw_missed(self, surface: pygame.Surface) -> None:
        box = self._missed_box()
        box.height = self._missed_height()
        box.bottom = _BOTTOM
        self.look.panel(surface, box, theme.PANEL)
        self.look.text(
            surface, self._missed_text(), box.inflate(-2 * PAD, -2 * PAD), style="body.middle"
        )


_TURN_KEYS = {pygame.K_PAGEDOWN: 1, pygame.K_PAGEUP: -1, pygame.K_RIGHT: 1, pygame.K_LEFT: -1}


def _state(team: TeamProgress) -> str:
    if team.status == "done":
        return "escaped" if team.escaped else "not_escaped"
    return team.status


def _colour(team: TeamProgress, column: int) -> theme.Colour:
    if column != len(_COLUMNS) - 1:
        return theme.INK
    return {"stuck": theme.BAD, "not_started": theme.MUTED_INK}.get(
        team.status, theme.GOOD if team.escaped else theme.INK
    )


def _unscaled(pixels: int, look: Look) -> int:
    """The size at 100 % that `look` draws at `pixels` (or just over: never smaller)."""
    return -(-pixels * 100 // look.text_scale)


def _align(column: int) -> Align:
    return "left" if column in (0, 1, len(_COLUMNS) - 1) else "center"


def _lefts(widths: tuple[int, ...]) -> list[int]:
    lefts, x = [], _TABLE.x
    for width in widths:
        lefts.append(x)
        x += width + GAP
    return lefts
