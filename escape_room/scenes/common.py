"""Pieces several screens share: the time format, a page heading, a plain backdrop scene, and a
dismissable card (clues, items, messages)."""

from __future__ import annotations

import pygame

from escape_room.scenes.puzzles.layout import STATUS_HEIGHT
from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.fonts import font
from escape_room.ui.pager import Pager
from escape_room.ui.scene import ModalScene, Scene
from escape_room.ui.text import layout
from escape_room.ui.widgets import Button, Widget

CARD_RECT = pygame.Rect(190, 120, 900, 480)


def format_time(seconds: float) -> str:
    """Seconds as m:ss, rounded up so 0:00 shows only when time is up."""
    whole = max(0, int(-(-seconds // 1)))
    return f"{whole // 60}:{whole % 60:02d}"


def draw_heading(surface: pygame.Surface, ctx: GameContext, text: str, top: int = 40) -> None:
    """A screen's title, centred near the top."""
    rect = pygame.Rect(80, top, theme.WIDTH - 160, 80)
    ctx.look.heading(surface, text, rect, theme.BAR_TEXT)


class Backdrop(Scene):
    """A plain screen with the pack's title, shown under scenes that cover only part of it."""

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(theme.BACKDROP)
        draw_heading(surface, self.ctx, self.ctx.text(self.ctx.pack.model.title))


class Card(ModalScene[None]):
    """A card with a title and a text, closed with its button, Enter or Esc.

    When the text does not fit at the chosen text size, the card takes the whole screen (below
    the strip with time and points), and if it still does not fit its text is shown page by page,
    with Back and Next beside the card's own button.
    """

    def __init__(
        self,
        ctx: GameContext,
        title: str,
        body: str,
        button: str | None = None,
        icon: tuple[str, str | None] | None = None,
        rect: pygame.Rect = CARD_RECT,
    ) -> None:
        super().__init__(ctx)
        self.title, self.body, self.icon, self.home = title, body, icon, rect
        self.label = button or ctx.t("common.close")
        self.pager = Pager(
            "card",
            pygame.Rect(0, 0, 0, 0),
            on_turn=self._turned,
            t=ctx.t,
            style="small",
        )
        self.settings_changed()

    def settings_changed(self) -> None:
        """Lay the card out for the text size: its size, its pages and its buttons."""
        self.rect = self.home
        if len(self._pages(self.home)) > 1:
            self.rect = _WHOLE_SCREEN
        self.pages = self._pages(self.rect)
        self.pager.set_count(len(self.pages))
        inner = self.rect.inflate(-4 * theme.SPACE, -4 * theme.SPACE)
        close = pygame.Rect(0, 0, self._button_width(), _BUTTON_HEIGHT)
        if len(self.pages) == 1:
            close.midbottom = (self.rect.centerx, self.rect.bottom - theme.SPACE * 2)
        else:
            close.bottomright = inner.bottomright
            width = close.left - inner.left - 2 * theme.SPACE
            self.pager.rect = pygame.Rect(inner.left, close.top, width, _BUTTON_HEIGHT)
        self.close = Button("card:close", self.label, close, lambda: self.dismiss(None))

    def _turned(self) -> None:
        """On the last page, Enter closes the card: the focus moves to its button."""
        if self.pager.last:
            self.focus.set("card:close")

    def _button_width(self) -> int:
        """The card's button: wide enough for its label on one line at the text size."""
        words = font(self.look.px(theme.BODY), bold=True).size(self.label)[0]
        return max(_BUTTON_WIDTH, min(words + 3 * theme.SPACE, self.rect.width // 2))

    def _boxes(self, rect: pygame.Rect) -> tuple[pygame.Rect, pygame.Rect]:
        """Where the title and the text go on a card of `rect`."""
        inner = rect.inflate(-4 * theme.SPACE, -4 * theme.SPACE)
        text_left = inner.left + (_ICON + theme.SPACE if self.icon is not None else 0)
        tall = max(
            _ICON,
            self.look.needed_height(self.title, inner.right - text_left, style="heading.left"),
        )
        title = pygame.Rect(text_left, inner.top, inner.right - text_left, tall)
        body_top = title.bottom + theme.SPACE
        bottom = rect.bottom - 3 * theme.SPACE - _BUTTON_HEIGHT
        return title, pygame.Rect(inner.left, body_top, inner.width, bottom - body_top)

    def _pages(self, rect: pygame.Rect) -> list[str]:
        """The text cut into pages that each fit the card's text box at the text size."""
        body = self._boxes(rect)[1]
        size = self.look.px(theme.STYLES["body"].size)
        fitted = layout(self.body, body.width, 100_000, size)
        per_page = max(1, body.height // fitted.line_height)
        lines = fitted.lines
        return ["\n".join(lines[i : i + per_page]) for i in range(0, len(lines), per_page)] or [""]

    def escape_result(self) -> tuple[None]:
        return (None,)

    def spoken(self) -> str:
        return f"{self.title}. {self.body}"

    def widgets(self) -> list[Widget]:
        paging = self.pager.widgets() if len(self.pages) > 1 else []
        return [*paging, self.close]

    def draw(self, surface: pygame.Surface) -> None:
        look = self.look
        look.panel(surface, self.rect, theme.PAPER)
        title, body = self._boxes(self.rect)
        if self.icon is not None:
            from escape_room.art.icons import draw_icon

            mark = pygame.Rect(body.left, title.top, _ICON, _ICON)
            draw_icon(surface, self.icon[0], mark, self.icon[1])
        look.text(surface, self.title, title, style="heading.left")
        look.text(surface, self.pages[self.pager.page], body, style="body")
        if len(self.pages) > 1:
            self.pager.draw(surface, look)
        self.draw_widgets(surface)


_ICON = 80
_BUTTON_WIDTH, _BUTTON_HEIGHT = 320, 64
_WHOLE_SCREEN = pygame.Rect(
    theme.SPACE, STATUS_HEIGHT + theme.SPACE // 2, theme.WIDTH - 2 * theme.SPACE,
    theme.HEIGHT - STATUS_HEIGHT - theme.SPACE,
)  # fmt: skip
"""A card whose text does not fit the usual card: the screen below the time and points."""
