"""What the room draws besides its widgets: the background, the bar at the top (room, countdown,
points, a warning when scores are not saved) and the inventory bar at the bottom."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pygame

from escape_room.content.pack import Room
from escape_room.content.text import resolve
from escape_room.scenes.common import format_time
from escape_room.ui import theme
from escape_room.ui.context import GameContext

CAPTION_WIDTH = 150
LOW_TIME = 60
"""Seconds left from which the countdown turns yellow."""


def draw_hud(
    surface: pygame.Surface, ctx: GameContext, room: Room, left: float, score: int
) -> None:
    """The top bar: the room's title, the time left, the points and any saving warning."""
    look, t, white = ctx.look, ctx.t, theme.BAR_TEXT
    surface.fill(theme.BAR, pygame.Rect(0, 0, theme.WIDTH, theme.HUD_HEIGHT))
    title = pygame.Rect(16, 8, 470, 54)
    look.text(surface, ctx.text(room.model.title), title, style="bar")
    caption, clock = pygame.Rect(500, 4, 280, 24), pygame.Rect(500, 26, 280, 42)
    look.text(surface, t("room.time_left"), caption, style="bar.small")
    colour = theme.WARN if left < LOW_TIME else white
    look.text(surface, format_time(left), clock, style="heading", colour=colour)
    points = pygame.Rect(800, 6, 464, 32)
    look.text(surface, t("room.points", score=score), points, style="bar.points")
    warning = saving_warning(ctx)
    if warning:
        where = pygame.Rect(800, 40, 464, 26)
        look.text(surface, warning, where, style="bar.warning")


def saving_warning(ctx: GameContext) -> str:
    """What the top bar says about saving: not saved, saving failed, or nothing."""
    scores = ctx.scores
    if scores is None or not scores.saving:
        return ctx.t("common.not_saved")
    return ctx.t("common.save_failed", problem="") if scores.problem else ""


def draw_inventory_bar(surface: pygame.Surface, ctx: GameContext, empty: bool) -> None:
    """The bottom bar's backdrop and caption; the slots are widgets drawn on top."""
    look = ctx.look
    top = theme.HEIGHT - theme.INVENTORY_HEIGHT
    surface.fill(theme.BAR, pygame.Rect(0, top, theme.WIDTH, theme.INVENTORY_HEIGHT))
    caption = pygame.Rect(theme.SPACE, top + 10, CAPTION_WIDTH, 90)
    look.text(surface, ctx.t("room.inventory"), caption, style="bar")
    if empty:
        left = CAPTION_WIDTH + 2 * theme.SPACE
        hint = pygame.Rect(left, top + 10, theme.WIDTH - left - theme.SPACE, 90)
        look.text(surface, ctx.t("room.inventory_empty"), hint, style="bar.plain")


def background(room: Room, assets: Path, lang: str) -> pygame.Surface:
    """The room's 1280×720 background: a drawn scene, or the pack's picture (loaded once)."""
    picture = room.model.background
    if picture is None:
        raise ValueError(f"the room '{room.id}' has a panorama, not a background")
    if picture.scene is not None:
        from escape_room.art.scenes import scene_surface

        return scene_surface(picture.scene)
    return scaled_picture(assets, resolve(picture.image, lang))


@lru_cache(maxsize=8)
def scaled_picture(assets: Path, name: str, width: int = theme.WIDTH) -> pygame.Surface:
    """The pack's picture `name` scaled to `width` × 720 (a plain backdrop when it is missing)."""
    surface = pygame.Surface((width, theme.HEIGHT))
    surface.fill(theme.BACKDROP)
    try:
        image = pygame.image.load(assets / name)
    except (OSError, pygame.error):
        return surface
    return pygame.transform.smoothscale(image.convert(), (width, theme.HEIGHT))
