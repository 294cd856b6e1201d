"""Pieces several screens share: the time format, a page heading, a plain backdrop scene, and a
dismissable card (clues, items, messages)."""

from __future__ import annotations

import pygame

from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.scene import ModalScene, Scene
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
    """A card with a title and a text, closed with its button, Enter or Esc."""

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
        self.title, self.body, self.icon, self.rect = title, body, icon, rect
        label = button or ctx.t("common.close")
        close = pygame.Rect(0, 0, 320, 64)
        close.midbottom = (rect.centerx, rect.bottom - theme.SPACE * 2)
        self.close = Button("card:close", label, close, lambda: self.dismiss(None))

    def escape_result(self) -> tuple[None]:
        return (None,)

    def spoken(self) -> str:
        return f"{self.title}. {self.body}"

    def widgets(self) -> list[Widget]:
        return [self.close]

    def draw(self, surface: pygame.Surface) -> None:
        look = self.look
        look.panel(surface, self.rect, theme.PAPER)
        inner = self.rect.inflate(-4 * theme.SPACE, -4 * theme.SPACE)
        text_left = inner.left
        if self.icon is not None:
            from escape_room.art.icons import draw_icon

            draw_icon(
                surface, self.icon[0], pygame.Rect(inner.left, inner.top, 80, 80), self.icon[1]
            )
            text_left += 80 + theme.SPACE
        title = pygame.Rect(text_left, inner.top, inner.right - text_left, 80)
        look.text(surface, self.title, title, style="heading.left")
        body_top = inner.top + 80 + theme.SPACE
        body = pygame.Rect(
            inner.left, body_top, inner.width, self.close.rect.top - body_top - theme.SPACE
        )
        look.text(surface, self.body, body, style="body")
        self.draw_widgets(surface)
