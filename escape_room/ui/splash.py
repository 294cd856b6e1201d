"""The first frame: the window opens at once with a traffic light and "Loading…", before the pack
is read and checked (which takes a moment on a slow classroom computer)."""

from __future__ import annotations

import pygame

from escape_room.ui import theme
from escape_room.ui.fonts import font

_LIGHTS = ((220, 40, 40), (255, 190, 0), (40, 180, 90))


def open_window(fullscreen: bool, title: str) -> pygame.Surface:
    """Start pygame's display and fonts and open the game window."""
    pygame.display.init()
    pygame.font.init()
    pygame.display.set_caption(title)
    if fullscreen:
        return pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
    return pygame.display.set_mode((theme.WIDTH, theme.HEIGHT), pygame.RESIZABLE)


def show_splash(window: pygame.Surface, text: str) -> None:
    """Draw the splash in the middle of the window and present it."""
    window.fill(theme.BACKDROP)
    centre_x, centre_y = window.get_width() // 2, window.get_height() // 2
    body = pygame.Rect(0, 0, 90, 250)
    body.center = (centre_x, centre_y - 60)
    pygame.draw.rect(window, theme.BAR, body, border_radius=22)
    for i, colour in enumerate(_LIGHTS):
        pygame.draw.circle(window, colour, (centre_x, body.top + 45 + i * 80), 30)
    label = font(40, bold=True).render(text, True, theme.BAR_TEXT)
    window.blit(label, label.get_rect(center=(centre_x, body.bottom + 60)))
    pygame.display.flip()
