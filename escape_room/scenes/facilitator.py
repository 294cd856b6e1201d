"""For the facilitator: the class results of the current session (or the latest one), page by
page — the class overview, each learning objective, each team — with the same figures as the
exports, and a button that saves the printable report and the CSV tables in the data folder.

The figures come from :func:`escape_room.scoring.classview.class_view`; this scene only lays
them out. Tab and the arrows move between the buttons, Enter presses; Page Up / Page Down and
the mouse wheel turn the pages; Esc goes back to the title.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from escape_room.i18n import local_numbers
from escape_room.scenes import facilitator_table as tables
from escape_room.scenes.common import Card
from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.fonts import font
from escape_room.ui.pager import Paged, Pager
from escape_room.ui.scene import Scene
from escape_room.ui.widgets import Button

if TYPE_CHECKING:
    from pathlib import Path

    from escape_room.scoring.classview import ClassView
    from escape_room.scoring.records import Session

ROWS_PER_PAGE = 8
"""Table rows on a page at normal text size (fewer, taller rows at larger sizes)."""
_BACK, _NEXT, _EXPORT, _CLOSE = (
    "facilitator:back",
    "facilitator:next",
    "facilitator:export",
    "facilitator:close",
)
PANEL = pygame.Rect(40, 104, 1200, 504)
"""The panel at normal text size; at larger sizes a taller footer takes some of its height."""
BODY = PANEL.inflate(-48, -24)
_SESSION_HEIGHT = 36
"""The session's line under the heading, at normal size (taller at larger sizes)."""
_FOOTER_BOTTOM, _FOOTER_HEIGHT = 698, 76
_SAVE_WIDTH, _CLOSE_WIDTH = 330, 250
"""The save and close buttons' widths at normal size; the pager has the rest of the row."""
_HEADER_TOP = BODY.y + 56
_HEADER_HEIGHT = 50
_ROW_HEIGHT = (BODY.bottom - _HEADER_TOP - _HEADER_HEIGHT - 4) // ROWS_PER_PAGE
_TILE_HEIGHT, _TILE_VALUE = 138, 60
_GAP = 12
_STRIPE: theme.Colour = (236, 239, 245)
_TILES = (
    "teams",
    "escaped",
    "mean_score",
    "mean_time",
    "first_try",
    "before",
    "after",
    "gain",
)
_OBJECTIVE_COLUMNS = (
    ("col_objective", 436),
    ("col_first_try", 180),
    ("col_before", 180),
    ("col_after", 180),
    ("col_gain", 128),
)
_TEAM_COLUMNS = (
    ("col_team", 300),
    ("col_escaped", 104),
    ("col_score", 130),
    ("col_time", 96),
    ("col_before", 168),
    ("col_after", 168),
    ("col_gain", 156),
)
"""Each table's columns: the text key of the header and the width; they fill the panel."""


@dataclass(frozen=True)
class Page:
    """One page: the overview, or a slice of the objective or team rows."""

    kind: str
    rows: list[tuple[str, ...]]
    part: tables.Part | None = None
    """A table's columns shown on this page (a wide table is shown in parts)."""


class FacilitatorScene(Paged, Scene):
    def __init__(self, ctx: GameContext, back: Callable[[], None]) -> None:
        super().__init__(ctx)
        self.back = back
        self.view: ClassView | None = None
        self.problem = ""
        self.pager = Pager(
            "facilitator",
            pygame.Rect(BODY.x, _FOOTER_BOTTOM - _FOOTER_HEIGHT, 548, _FOOTER_HEIGHT),
            on_turn=self._turned,
            t=self.ctx.t,
        )
        self.pages: list[Page] = []
        self.saved: list[Path] = []

    # --- the figures ---------------------------------------------------------------------

    def enter(self) -> None:
        self.view, self.problem = self._read()
        self.settings_changed()
        self.focus.set(_NEXT if len(self.pages) > 1 else _CLOSE)

    def _read(self) -> tuple[ClassView | None, str]:
        """The class view of the session shown, or the problem to show instead."""
        from escape_room.scoring.classview import class_view
        from escape_room.scoring.errors import StoreError

        ctx, scores = self.ctx, self.ctx.scores
        if scores is None or not scores.saving:
            return None, ctx.t("common.not_saved")
        try:
            outcome = scores.class_outcome()
        except (StoreError, LookupError) as error:
            return None, ctx.t("facilitator.read_failed", problem=error)
        if outcome is None:
            return None, ctx.t("facilitator.no_session")
        return class_view(outcome, self._titles(outcome.session)), ""

    def _titles(self, session: Session) -> dict[str, str]:
        pack = self.ctx.pack.model
        if session.pack_id != pack.id:
            return {}
        return {objective.id: self.ctx.text(objective.title) for objective in pack.objectives}

    # --- pages and buttons ---------------------------------------------------------------

    def settings_changed(self) -> None:
        self.pages = self._pages()
        t = self.ctx.t
        self.pager.set_count(len(self.pages))
        can_save = self.view is not None and not self.view.empty
        self.pager.rect, save, close = self._footer()
        self.items = [
            *self.pager.widgets(),
            Button(_EXPORT, t("facilitator.export"), save, self.export, enabled=can_save),
            Button(_CLOSE, t("facilitator.close"), close, self.back, "quiet"),
        ]

    def _footer(self) -> tuple[pygame.Rect, pygame.Rect, pygame.Rect]:
        """The pager's, the save button's and the close button's boxes: the buttons each wide
        enough for its words on two lines, the pager the rest of the row. At larger text the
        row is taller."""
        top, height = self._footer_top(), _FOOTER_BOTTOM - self._footer_top()
        save = max(_SAVE_WIDTH, self._button_width(self.ctx.t("facilitator.export")))
        close = max(_CLOSE_WIDTH, self._button_width(self.ctx.t("facilitator.close")))
        pager = BODY.width - save - close - 2 * _GAP
        left = BODY.x + pager + _GAP
        return (
            pygame.Rect(BODY.x, top, pager, height),
            pygame.Rect(left, top, save, height),
            pygame.Rect(left + save + _GAP, top, close, height),
        )

    def _button_width(self, label: str) -> int:
        """How wide a button must be for `label` on two lines."""
        return tables.width_on_lines(label, self._button_font()) + 2 * theme.SPACE

    def _footer_top(self) -> int:
        """The top of the footer: tall enough for two lines of a button's label."""
        lines = 2 * self._button_font().get_linesize() + theme.SPACE // 2
        return _FOOTER_BOTTOM - max(_FOOTER_HEIGHT, lines)

    def _button_font(self) -> pygame.font.Font:
        """A button's label at the readable size, in bold (a little over it: text shrinks in
        steps, which may pass over the size itself)."""
        return font(self.look.min_text + 2, bold=True)

    def _bottom(self) -> int:
        """The bottom of what the panel holds: higher than at normal size when the footer is
        taller."""
        return BODY.bottom - (_FOOTER_BOTTOM - _FOOTER_HEIGHT - self._footer_top())

    def _pages(self) -> list[Page]:
        view = self.view
        if view is None or view.empty:
            return [Page("message", [])]
        lang = self.ctx.lang
        objectives = [tuple(local_numbers(c, lang) for c in r.cells()) for r in view.objectives]
        teams = [tuple(local_numbers(c, lang) for c in r.cells()) for r in view.teams]
        across = self._tiles_across()
        tiles: list[tuple[str, ...]] = [(name,) for name in _TILES]
        explain = [] if self._note_fits() else [Page("explain", [])]
        return [
            *(Page("overview", chunk) for chunk in _chunks(tiles, 2 * across)),
            *explain,
            *self._table_pages("objectives", _OBJECTIVE_COLUMNS, objectives),
            *self._table_pages("teams", _TEAM_COLUMNS, teams),
        ]

    def _table_pages(
        self, kind: str, columns: tuple[tuple[str, int], ...], rows: list[tuple[str, ...]]
    ) -> list[Page]:
        """A table's rows page by page; a table in parts shows each page's rows in each part."""
        header = [self.ctx.t(f"facilitator.{key}") for key, _ in columns]
        shares = [width for _, width in columns]
        parts = tables.parts(self.look, header, rows, shares, BODY.width)
        return [
            Page(kind, chunk, part)
            for chunk in _chunks(rows, self._rows_per_page())
            for part in parts
        ]

    # --- sizes at the chosen text size -----------------------------------------------------

    def _lines(self, count: int) -> int:
        """The height of `count` lines of text at the readable size, with a margin."""
        return count * font(self.look.min_text).get_linesize() + 8

    def _row_height(self) -> int:
        """A table row: at larger text, two lines of readable text (a long name, a figure
        that wraps)."""
        return _ROW_HEIGHT if self.look.text_scale == 100 else max(_ROW_HEIGHT, self._lines(2))

    def _header_height(self) -> int:
        return (
            _HEADER_HEIGHT if self.look.text_scale == 100 else max(_HEADER_HEIGHT, self._lines(2))
        )

    def _rows_top(self) -> int:
        return _HEADER_TOP + self._header_height() + 4

    def _rows_per_page(self) -> int:
        return max(1, (self._bottom() - self._rows_top()) // self._row_height())

    def _tiles_across(self) -> int:
        """Overview tiles in a row: four, or two when two rows of four do not fit."""
        return 4 if 2 * (self._tile_height(4) + _GAP) <= self._bottom() - _HEADER_TOP else 2

    def _tile_height(self, across: int | None = None) -> int:
        """An overview tile: its figure, and its caption at the readable size."""
        across = across or self._tiles_across()
        width = (BODY.width - (across - 1) * _GAP) // across - 20
        captions = [self.ctx.t(f"facilitator.{name}") for name in _TILES]
        caption = max(self.look.height(c, width, style="tile.caption") for c in captions)
        return max(_TILE_HEIGHT, _TILE_VALUE + 14 + min(caption, self._lines(3)))

    def _note_area(self) -> pygame.Rect:
        top = _HEADER_TOP + 2 * (self._tile_height() + _GAP)
        return pygame.Rect(BODY.x, top, BODY.width, self._bottom() - top)

    def _note_fits(self) -> bool:
        """Whether the explanation fits under all the tiles (else it has a page of its own)."""
        area, text = self._note_area(), self.ctx.t("facilitator.explain")
        fits = self.look.height(text, area.width, style="small") <= area.height
        return fits and self._tiles_across() == len(_TILES) // 2

    def turn(self, step: int) -> None:
        """Show the page `step` pages on (back when negative), staying within the pages."""
        self.pager.turn(step)

    def _turned(self) -> None:
        self.settings_changed()
        focused = self.focus.focused_id
        if focused == _NEXT and not self._enabled(_NEXT):  # the last page: saving comes next
            self.focus.set(_EXPORT if self._enabled(_EXPORT) else _CLOSE)
        elif focused == _BACK and not self._enabled(_BACK):
            self.focus.set(_NEXT)

    def _enabled(self, widget_id: str) -> bool:
        return any(w.id == widget_id and w.enabled for w in self.items)

    def export(self) -> None:
        """Save the report and the CSV tables in `exports/` of the data folder; say where."""
        from escape_room.scoring.errors import StoreError

        ctx, view = self.ctx, self.view
        if ctx.scores is None or view is None:
            return
        try:
            folder, self.saved = ctx.scores.save_class_files(view.session.uuid, ctx.pack)
        except (OSError, StoreError, LookupError) as error:
            problem = ctx.t("facilitator.save_failed", problem=error)
            self.stack.push(Card(ctx, ctx.t("facilitator.save_failed_title"), problem))
            return
        names = "\n".join(f"• {path.name}" for path in self.saved)
        body = f"{ctx.t('facilitator.saved', folder=folder)}\n{names}"
        self.stack.push(Card(ctx, ctx.t("facilitator.saved_title"), body))

    # --- input ---------------------------------------------------------------------------

    def handle(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key in _TURN_KEYS:
            self.turn(_TURN_KEYS[event.key])
            return True
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.back()
            return True
        if event.type == pygame.MOUSEWHEEL:
            self.turn(-1 if event.y > 0 else 1)
            return True
        return super().handle(event)

    # --- drawing -------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        look, t = self.look, self.ctx.t
        surface.fill(theme.BACKDROP)
        below = max(_SESSION_HEIGHT, font(look.min_text).get_linesize())
        heading = pygame.Rect(80, 6, theme.WIDTH - 160, PANEL.y - 10 - below)
        look.text(surface, t("facilitator.title"), heading, style="bar.clock", valign="top")
        if self.view is not None:
            line = pygame.Rect(80, PANEL.y - 4 - below, theme.WIDTH - 160, below)
            look.text(surface, self._session_line(), line, style="bar.small", valign="top")
        panel = PANEL.copy()
        panel.height += self._bottom() - BODY.bottom
        look.panel(surface, panel, theme.PAPER)
        page = self.pages[self.page]
        {
            "message": self._message,
            "overview": self._overview,
            "explain": self._explain,
            "objectives": self._objectives,
            "teams": self._teams,
        }[page.kind](surface, page)
        self.pager.draw(surface, look)
        self.draw_widgets(surface)

    def _session_line(self) -> str:
        assert self.view is not None
        session = self.view.session
        date = session.created.astimezone().strftime("%Y-%m-%d %H:%M")
        return self.ctx.t(
            "facilitator.session", label=session.class_label, code=session.code, date=date
        )

    def _page_title(self, surface: pygame.Surface, key: str) -> None:
        box = pygame.Rect(BODY.x, BODY.y, BODY.width, 48)
        self.look.text(surface, self.ctx.t(key), box, style="body.bold", size=theme.HEADING - 6)

    def _message(self, surface: pygame.Surface, _: Page) -> None:
        text = self.problem or self.ctx.t("facilitator.nothing_yet")
        box = pygame.Rect(BODY.x, BODY.y, BODY.width, self._bottom() - BODY.y).inflate(-80, -80)
        self.look.text(surface, text, box, style="puzzle.option")

    def _overview(self, surface: pygame.Surface, page: Page) -> None:
        assert self.view is not None
        look, t = self.look, self.ctx.t
        self._page_title(surface, "facilitator.overview")
        cells = {k: local_numbers(v, self.ctx.lang) for k, v in self.view.overview.cells().items()}
        across = self._tiles_across()
        width = (BODY.width - (across - 1) * _GAP) // across
        for index, (name,) in enumerate(page.rows):
            x, height = BODY.x + (index % across) * (width + _GAP), self._tile_height()
            tile = pygame.Rect(x, _HEADER_TOP + (index // across) * (height + _GAP), width, height)
            look.panel(surface, tile, theme.PANEL)
            inner = tile.inflate(-20, -12)
            value = pygame.Rect(inner.x, inner.y, inner.width, _TILE_VALUE)
            look.text(
                surface,
                cells[name],
                value,
                style="heading",
                colour=_tile_colour(name, cells[name]),
                valign="top",
            )
            below = _TILE_VALUE + 2
            caption = pygame.Rect(inner.x, inner.y + below, inner.width, inner.height - below)
            look.text(surface, t(f"facilitator.{name}"), caption, style="tile.caption")
        if self._note_fits():
            look.text(surface, t("facilitator.explain"), self._note_area(), style="small")

    def _explain(self, surface: pygame.Surface, _: Page) -> None:
        """What the figures mean, on a page of its own when it does not fit under them."""
        self._page_title(surface, "facilitator.overview")
        area = pygame.Rect(BODY.x, _HEADER_TOP, BODY.width, self._bottom() - _HEADER_TOP)
        self.look.text(surface, self.ctx.t("facilitator.explain"), area, style="small")

    def _objectives(self, surface: pygame.Surface, page: Page) -> None:
        self._page_title(surface, "facilitator.objectives")
        self._table(surface, _OBJECTIVE_COLUMNS, page)

    def _teams(self, surface: pygame.Surface, page: Page) -> None:
        self._page_title(surface, "facilitator.teams")
        self._table(surface, _TEAM_COLUMNS, page)

    def _table(
        self, surface: pygame.Surface, columns: tuple[tuple[str, int], ...], page: Page
    ) -> None:
        """A header row and the page's rows, in the page's part of the table: the first column
        left, the figures centred."""
        part = page.part
        assert part is not None
        header = [self.ctx.t(f"facilitator.{columns[i][0]}") for i in part.columns]
        heads = _cells(_HEADER_TOP, self._header_height(), part.widths, header)
        self._draw_cells(surface, [heads], style="table.head", gain=False)
        height, rows = self._row_height(), []
        for number, row in enumerate(page.rows):
            top = self._rows_top() + number * height
            if number % 2 == 0:
                stripe = pygame.Rect(BODY.x - 8, top, BODY.width + 16, height)
                pygame.draw.rect(surface, _STRIPE, stripe, border_radius=6)
            cells = _cells(top, height, part.widths, [row[i] for i in part.columns])
            rows.append([(box.inflate(0, -6), text, first) for box, text, first in cells])
        gain = part.columns[-1] == len(columns) - 1
        self._draw_cells(surface, rows, style="table.cell", gain=gain)

    def _draw_cells(
        self, surface: pygame.Surface, rows: list[list[_Cell]], *, style: str, gain: bool
    ) -> None:
        """The cells of `rows`, each at the largest size at which it fits whole (headings all
        at one size); the first column left and (in the rows) bold, the gain (last, when
        `gain`) in colour."""
        look, cell = self.look, style == "table.cell"

        def fitting(box: pygame.Rect, text: str, first: bool) -> int:
            figure, bold = cell and not first, cell and first
            return tables.size_for(look, text, box, style=style, bold=bold, figure=figure)

        heading = None if cell else min(fitting(*texts) for texts in rows[0])
        for texts in rows:
            for index, (box, text, first) in enumerate(texts):
                last = gain and index == len(texts) - 1
                look.text(
                    surface,
                    text,
                    box,
                    style=style,
                    size=heading or fitting(box, text, first),
                    colour=_gain_colour(text) if last else None,
                    bold=cell and first,
                    align="left" if first else "center",
                )


_TURN_KEYS = {pygame.K_PAGEDOWN: 1, pygame.K_PAGEUP: -1}


_Cell = tuple[pygame.Rect, str, bool]
"""A text's box in a table, the text, and whether it is in the first column."""


def _cells(top: int, height: int, widths: Sequence[int], texts: list[str]) -> list[_Cell]:
    """Each text's box along a row of the table, and whether it is the first column."""
    boxes, x = [], BODY.x
    gap = (BODY.width - sum(widths)) // (len(widths) - 1)
    for index, (width, text) in enumerate(zip(widths, texts, strict=True)):
        boxes.append((pygame.Rect(x, top, width, height), text, index == 0))
        x += width + gap
    return boxes


def _gain_colour(text: str) -> theme.Colour:
    """A gain in colour: green when something was learnt, red when fewer were right after."""
    if text.startswith("−"):
        return theme.BAD
    return theme.GOOD if text.startswith("+") and text not in ("+0.00", "+0,00") else theme.INK


def _tile_colour(name: str, text: str) -> theme.Colour:
    return _gain_colour(text) if name == "gain" else theme.INK


def _chunks(rows: list[tuple[str, ...]], size: int) -> list[list[tuple[str, ...]]]:
    return [rows[i : i + size] for i in range(0, len(rows), size)]
