"""The small sign in a corner that says whether scores are reaching the class's LRS: a filled dot
when live, a half dot with the number waiting, an empty dot when offline (shape and words, not
colour alone)."""

from __future__ import annotations

import pygame

from escape_room.scoring.live import LiveSender
from escape_room.ui import theme
from escape_room.ui.context import GameContext

_DOT = {"live": "●", "waiting": "◐", "offline": "○"}


def draw_live_badge(surface: pygame.Surface, ctx: GameContext, live: LiveSender) -> None:
    status = live.status
    words = ctx.t(f"live.{status.state}", waiting=status.waiting)
    height = ctx.look.px(theme.SMALL) + 8  # the box grows with the text size
    box = pygame.Rect(4, theme.HEIGHT - height - 4, height * 12, height)
    ctx.look.panel(surface, box, theme.BAR, theme.PANEL_EDGE)
    text = f"{_DOT[status.state]} {words}"
    ctx.look.text(surface, text, box.inflate(-16, -4), style="bar", size=theme.SMALL)
