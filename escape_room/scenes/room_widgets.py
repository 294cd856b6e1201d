"""The room's interactive things: hotspots drawn as props, the exit door, and inventory slots."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import pygame

from escape_room.content.models import Shape
from escape_room.model.run import InventoryEntry
from escape_room.ui import theme
from escape_room.ui.fonts import font
from escape_room.ui.look import Look
from escape_room.ui.text import layout as text_layout
from escape_room.ui.widgets import Widget

_BADGE = 30
_TAG_WIDTH = 520


def shape_rect(shape: Shape) -> pygame.Rect:
    x, y, width, height = shape.bounds()
    return pygame.Rect(round(x), round(y), max(1, round(width)), max(1, round(height)))


class Hotspot(Widget):
    """A place in the room: its prop (when the room is a drawn scene), a glow on hover or focus,
    its label shown then, and a tick once it is done."""

    def __init__(
        self,
        id: str,
        label: str,
        shape: Shape,
        prop: str | None,
        on_open: Callable[[], None],
        done: Callable[[], bool],
    ) -> None:
        super().__init__(id, label, shape_rect(shape))
        self.shape, self.prop, self.on_open, self.done = shape, prop, on_open, done

    def contains(self, pos: tuple[int, int]) -> bool:
        return self.shape.contains(*pos)

    @property
    def target(self) -> tuple[int, int]:
        centre = self.rect.center
        if self.contains(centre):
            return centre
        return next((p for p in _grid(self.rect) if self.contains(p)), centre)

    def activate(self) -> None:
        self.on_open()

    @property
    def drawn(self) -> pygame.Rect:
        """The part of the hotspot its prop covers (all of it when there is no prop)."""
        if self.prop is None:
            return self.rect
        return prop_bounds(self.prop, self.rect.size).move(self.rect.topleft)

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        lit = self.hovered or self.focused
        if self.prop is not None:
            from escape_room.art.props import draw_prop

            draw_prop(surface, self.prop, self.rect, lit)
        elif lit:
            pygame.draw.rect(surface, theme.WARN, self.rect, width=4, border_radius=theme.RADIUS)
        drawn = self.drawn
        if self.done():
            draw_tick(surface, (drawn.right - _BADGE // 2, drawn.top - _BADGE // 2))
        if self.focused:
            look.focus_ring(surface, drawn)

    def draw_label(self, surface: pygame.Surface, look: Look) -> None:
        """The label's tag; the room draws it after every prop, so none covers it."""
        draw_tag(surface, look, self.label, self.drawn)


@lru_cache(maxsize=128)
def prop_bounds(prop: str, size: tuple[int, int]) -> pygame.Rect:
    """Where a prop drawn into a box of `size` actually has paint, relative to the box."""
    from escape_room.art.props import draw_prop

    canvas = pygame.Surface(size, pygame.SRCALPHA)
    canvas.fill((0, 0, 0, 0))
    draw_prop(canvas, prop, canvas.get_rect())
    found = pygame.mask.from_surface(canvas, 40).get_bounding_rects()
    return found[0].unionall(found[1:]) if found else canvas.get_rect()


def _grid(rect: pygame.Rect) -> list[tuple[int, int]]:
    return [
        (rect.x + rect.width * i // 6, rect.y + rect.height * j // 6)
        for j in range(1, 6)
        for i in range(1, 6)
    ]


def draw_tick(surface: pygame.Surface, topleft: tuple[int, int]) -> None:
    """A green round badge with a white tick: done."""
    centre = (topleft[0] + _BADGE // 2, topleft[1] + _BADGE // 2)
    pygame.draw.circle(surface, theme.GOOD, centre, _BADGE // 2)
    pygame.draw.circle(surface, theme.PANEL, centre, _BADGE // 2, width=2)
    x, y = topleft
    pygame.draw.lines(
        surface, theme.PANEL, False, [(x + 8, y + 16), (x + 13, y + 21), (x + 23, y + 9)], 4
    )


def draw_tag(surface: pygame.Surface, look: Look, text: str, near: pygame.Rect) -> None:
    """The label of a hotspot in a dark tag above it (below when there is no room above), on
    two lines or more when one is not enough at a readable size."""
    wide = font(look.px(theme.BODY), True).size(text)[0] + 2 * theme.SPACE
    width = max(120, min(_TAG_WIDTH, wide))
    size = look.min_text
    lines = text_layout(text, width - 16, 100_000, size, True, size).height
    tag = pygame.Rect(0, 0, width, max(48, lines + 8))
    tag.midbottom = (near.centerx, near.top - 8)
    if tag.top < theme.HUD_HEIGHT:
        tag.midtop = (near.centerx, near.bottom + 8)
    tag.clamp_ip(pygame.Rect(0, theme.HUD_HEIGHT, theme.WIDTH, theme.HEIGHT - theme.HUD_HEIGHT))
    pygame.draw.rect(surface, theme.BAR, tag, border_radius=theme.RADIUS)
    look.text(surface, text, tag.inflate(-16, -8), style="title", size=theme.BODY)


class Door(Widget):
    """The exit door with its lock: shut with a padlock until it opens."""

    def __init__(
        self, label: str, shape: Shape, on_open: Callable[[], None], is_open: Callable[[], bool]
    ) -> None:
        super().__init__("exit", label, shape_rect(shape))
        self.on_open, self.is_open = on_open, is_open

    def activate(self) -> None:
        self.on_open()

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        from escape_room.art.props import draw_door

        lit = self.hovered or self.focused
        draw_door(surface, self.rect, not self.is_open(), lit)
        if self.focused:
            look.focus_ring(surface, self.rect)

    def draw_label(self, surface: pygame.Surface, look: Look) -> None:
        draw_tag(surface, look, self.label, self.rect)


class InventorySlot(Widget):
    """One thing the team holds, in the bar at the bottom; click it to read it again."""

    def __init__(
        self, entry: InventoryEntry, label: str, rect: pygame.Rect, on_open: Callable[[], None]
    ) -> None:
        super().__init__(f"inventory:{entry.kind}:{entry.id}", label, rect)
        self.entry, self.on_open = entry, on_open

    def activate(self) -> None:
        self.on_open()

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        from escape_room.art.icons import draw_icon, item_icon

        fill = theme.BUTTON_HOVER if self.hovered else theme.BUTTON
        pygame.draw.rect(surface, fill, self.rect, border_radius=theme.RADIUS)
        icon = pygame.Rect(0, 0, 56, 56)
        icon.midleft = (self.rect.x + 6, self.rect.centery)
        kind = item_icon(self.entry.id) if self.entry.kind == "item" else self.entry.kind
        draw_icon(surface, kind, icon, self.entry.digit if kind == "digit" else None)
        text = pygame.Rect(
            icon.right + 8, self.rect.y + 2, self.rect.right - icon.right - 14, self.rect.height - 4
        )
        look.text(surface, self.label, text, style="slot")
        if self.focused:
            look.focus_ring(surface, self.rect)
