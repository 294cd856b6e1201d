"""One pager for every screen that shows its content page by page (the debrief, the class
results, the settings): Back and Next buttons and the "page 2 of 5" counter between them."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from escape_room.ui import layout
from escape_room.ui.fonts import font
from escape_room.ui.look import Look
from escape_room.ui.widgets import Button, Widget


class Pager:
    """Which page of `count` is shown; `widgets` are the Back and Next buttons.

    `on_turn` is called after the page changed (the scene rebuilds what it shows); `t` says the
    game's words in its language now (Back, Next, "Page 2 of 5"); `style` is the counter's text
    style (light, for the backdrop, unless told).
    """

    def __init__(
        self,
        id: str,
        rect: pygame.Rect,
        *,
        on_turn: Callable[[], None],
        t: Callable[..., str],
        style: str = "bar.small",
    ) -> None:
        self.id, self.rect, self.on_turn, self.style, self.t = id, rect, on_turn, style, t
        self.page, self.count = 0, 1
        self.stacked = False
        """Whether Back goes over Next (in a column beside what is paged)."""

    @property
    def labels(self) -> tuple[str, str]:
        """The words on Back and Next."""
        return self.t("common.back"), self.t("common.next")

    @property
    def back_id(self) -> str:
        return f"{self.id}:back"

    @property
    def next_id(self) -> str:
        return f"{self.id}:next"

    def set_count(self, count: int) -> None:
        """The number of pages changed (text size, new content): stay within them."""
        self.count = max(1, count)
        self.page = max(0, min(self.page, self.count - 1))

    @property
    def last(self) -> bool:
        return self.page == self.count - 1

    def turn(self, step: int) -> None:
        """Show the page `step` pages on (back when negative), staying within the pages."""
        page = max(0, min(self.count - 1, self.page + step))
        if page != self.page:
            self.page = page
            self.on_turn()

    def _parts(self) -> list[pygame.Rect]:
        """Back, the counter and Next side by side; or Back over Next, with no counter, when
        `stacked`."""
        if not self.stacked:
            return layout.columns(self.rect, (1.0, 0.8, 1.0))
        back, forward = layout.rows(self.rect, 2)
        return [back, pygame.Rect(back.x, back.bottom, back.width, 0), forward]

    def widgets(self) -> list[Widget]:
        back, _, forward = self._parts()
        return [
            Button(
                self.back_id,
                self.labels[0],
                back,
                lambda: self.turn(-1),
                "quiet",
                enabled=self.page > 0,
            ),
            Button(
                self.next_id,
                self.labels[1],
                forward,
                lambda: self.turn(1),
                enabled=self.page < self.count - 1,
            ),
        ]

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        """The counter between the buttons (the buttons draw themselves as widgets)."""
        middle = self._parts()[1]
        if not middle.height:
            return
        text = self.t("common.page", page=self.page + 1, pages=self.count)
        if font(look.min_text).size(text)[0] > middle.width:
            text = f"{self.page + 1}/{self.count}"
        look.text(surface, text, middle, style=self.style)


class Paged:
    """For a scene with a :class:`Pager`: `page` is the page shown."""

    pager: Pager

    @property
    def page(self) -> int:
        return self.pager.page

    @page.setter
    def page(self, value: int) -> None:
        self.pager.page = value
