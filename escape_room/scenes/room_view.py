"""What the room draws besides its widgets: the background, the bar at the top (room, countdown,
points), a warning under it when scores are not saved, and the inventory bar at the bottom."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pygame

from escape_room.content.pack import Room
from escape_room.content.text import resolve
from escape_room.scenes.common import format_time
from escape_room.scenes.puzzles.layout import STATUS_HEIGHT
from escape_room.ui import layout, theme
from escape_room.ui.context import GameContext
from escape_room.ui.fonts import font

CAPTION_WIDTH = 150
LOW_TIME = 60
"""Seconds left from which the countdown turns yellow."""


_EDGE = 16
"""The gap between the bar's texts and the canvas' left and right edges."""
_TITLE_TOP, _TITLE_HEIGHT = 8, 54
_CAPTION, _CLOCK = pygame.Rect(500, 2, 280, 26), pygame.Rect(500, 29, 280, 40)
_MARK, _BIG_MARK = 36, 48
"""The warning mark beside the time; the clock or mark beside it when text is large."""
_POINTS_LEFT = 800


def draw_hud(
    surface: pygame.Surface, ctx: GameContext, room: Room, left: float | None, score: int
) -> None:
    """The top bar: the room's title, the time left (None: not shown, as while a puzzle's
    strip shows it) and the points."""
    look, t = ctx.look, ctx.t
    surface.fill(theme.BAR, pygame.Rect(0, 0, theme.WIDTH, theme.HUD_HEIGHT))
    title = ctx.text(room.model.title)
    centre = _time_area(ctx, room, title)
    if left is not None:
        _draw_time(surface, ctx, left, centre)
    space = pygame.Rect(_EDGE, _TITLE_TOP, centre.left - theme.SPACE - _EDGE, _TITLE_HEIGHT)
    look.text(surface, title, space, style="bar")
    points = pygame.Rect(_POINTS_LEFT, 0, theme.WIDTH - _EDGE - _POINTS_LEFT, theme.HUD_HEIGHT)
    look.text(surface, t("room.points", score=score), points, style="bar.points")


def draw_saving_warning(
    surface: pygame.Surface, ctx: GameContext, top: int = theme.HUD_HEIGHT
) -> None:
    """When scores are not being saved, a strip from `top` (under the top bar, or under what
    the room keeps there) says why, in full at any text size, over the scene and its hotspots."""
    warning = saving_warning(ctx)
    if not warning:
        return
    look = ctx.look
    left = _EDGE + _MARK + theme.SPACE
    width = theme.WIDTH - left - _EDGE
    height = look.height(warning, width, style="bar.warning") + theme.SPACE
    strip = pygame.Rect(0, top, theme.WIDTH, height)
    surface.fill(theme.BAR, strip)
    _icon(surface, "warning", pygame.Rect(_EDGE, strip.centery - _MARK // 2, _MARK, _MARK))
    text = pygame.Rect(left, strip.y, width, height)
    look.text(surface, warning, text, style="bar.warning", align="left")


def _time_area(ctx: GameContext, room: Room, title: str) -> pygame.Rect:
    """The middle of the bar: as wide as its widest caption, or the longest time with the
    warning mark on either side, so the title beside it never moves as time runs. Centred,
    unless the title would be cut there: then it moves right, as far as the points allow."""
    look = ctx.look
    longest = format_time(room.model.time_limit)
    if _stacked(ctx):
        caption = max(look.fit(text, _CAPTION, style="bar.small").width for text in _whens(ctx))
        clock = look.fit(longest, _CLOCK, style="bar.clock").width
        width = max(caption, clock + 2 * (_MARK + theme.SPACE // 2)) + 2
    else:
        line = pygame.Rect(0, 0, theme.WIDTH, theme.HUD_HEIGHT)
        width = look.fit(longest, line, style="bar").width + _BIG_MARK + theme.SPACE // 2 + 2
    area = pygame.Rect(0, 0, width, theme.HUD_HEIGHT)
    area.centerx = theme.WIDTH // 2
    free = area.left - theme.SPACE - _EDGE
    if look.fit(title, pygame.Rect(0, 0, free, _TITLE_HEIGHT), style="bar").cut:
        needed = font(look.min_text, bold=True).size(title)[0] - free
        area.x += max(0, min(needed, _POINTS_LEFT - theme.SPACE - area.right))
    return area


def _whens(ctx: GameContext) -> tuple[str, str]:
    return ctx.t("room.time_left"), ctx.t("room.last_minute")


def _stacked(ctx: GameContext) -> bool:
    """Whether the caption fits above the time at its full size (at normal text size); with
    larger text a clock stands for the caption, beside the time."""
    look = ctx.look
    fitted = [look.fit(when, _CAPTION, style="bar.small") for when in _whens(ctx)]
    return all(f.pixels == look.px(theme.STYLES["bar.small"].size) for f in fitted)


def _draw_time(surface: pygame.Surface, ctx: GameContext, left: float, area: pygame.Rect) -> None:
    """The caption above the time left in `area`, or a clock beside it; in the last minute in
    yellow, with a warning mark to the left (in place of the clock)."""
    look, low = ctx.look, left < LOW_TIME
    ink = theme.WARN if low else theme.BAR_TEXT
    if _stacked(ctx):
        when = ctx.t("room.last_minute" if low else "room.time_left")
        caption = pygame.Rect(area.x, _CAPTION.y, area.width, _CAPTION.height)
        clock = pygame.Rect(area.x, _CLOCK.y, area.width, _CLOCK.height)
        look.text(surface, when, caption, style="bar.small", colour=ink)
        look.text(surface, format_time(left), clock, style="bar.clock", colour=ink)
        mark = pygame.Rect(area.x, clock.centery - _MARK // 2, _MARK, _MARK)
    else:
        beside = _BIG_MARK + theme.SPACE // 2
        line = pygame.Rect(area.x + beside, area.y, area.width - beside, area.height)
        look.text(surface, format_time(left), line, style="bar", colour=ink, align="center")
        mark = pygame.Rect(area.x, area.centery - _BIG_MARK // 2, _BIG_MARK, _BIG_MARK)
        if not low:
            _icon(surface, "clock", mark)
    if low:
        _icon(surface, "warning", mark)


def draw_status(surface: pygame.Surface, ctx: GameContext, left: float, score: int) -> None:
    """The strip above a puzzle or a card: time left (with the last-minute warning, a
    triangle and words as well as colour) and points."""
    look, t = ctx.look, ctx.t
    strip = pygame.Rect(0, 0, theme.WIDTH, STATUS_HEIGHT)
    surface.fill(theme.BAR, strip)
    low = left < LOW_TIME
    when = t("room.last_minute" if low else "room.time_left")
    time_box, points_box = layout.columns(layout.inset(strip, theme.SPACE, 2), (1.0, 1.0))
    if low:
        mark = pygame.Rect(time_box.x, strip.centery - 16, 32, 32)
        _icon(surface, "warning", mark)
        time_box = layout.columns(time_box, (32.0, time_box.width - 40.0))[1]
    colour = theme.WARN if low else theme.BAR_TEXT
    look.text(surface, f"{when} {format_time(left)}", time_box, style="bar", colour=colour)
    look.text(surface, t("room.points", score=score), points_box, style="bar.points")


def _icon(surface: pygame.Surface, kind: str, rect: pygame.Rect) -> None:
    from escape_room.art.icons import draw_icon

    draw_icon(surface, kind, rect)


_FOR_GOOD = ("session_deleted", "folder_gone", "damaged")
"""Reasons that will not pass by themselves: scores are not being saved any more."""


def saving_warning(ctx: GameContext) -> str:
    """What the top bar says about saving: not saved and why, not saved yet and why, or
    nothing."""
    scores = ctx.scores
    if scores is None or (not scores.saving and not scores.problem):
        return ctx.t("common.not_saved")
    if not scores.problem:
        return ""
    why = scores.reason or "other"
    lasting = not scores.saving or not scores.recording or why in _FOR_GOOD
    return ctx.t("saving.not_saving" if lasting else "saving.not_yet", why=ctx.t(f"saving.{why}"))


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
