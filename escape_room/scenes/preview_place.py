"""Placing things in the author's preview: a grid, the pointer's scene coordinates, and dragging
a hotspot or the exit to move or resize it, then copying its numbers or writing them into the
room file (keeping the teacher's comments and layout), with undo of the last write.

G turns the grid on and with it placing: while the grid shows, a press on a thing drags it
(its bottom-right corner resizes it) instead of opening it. C copies the new shape, W writes it
into the file, U undoes the last write. The shape arithmetic and the file edit are pure
(:mod:`escape_room.content.placing`); this module holds the keys, the pointer and the drawing.
A panorama room shows the pointer's panorama coordinates only.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pygame

from escape_room.content.placing import Drag, Placement
from escape_room.content.problems import ContentError
from escape_room.content.yamledit import Written, undo
from escape_room.scenes.panorama import PanoramaRoomScene
from escape_room.scenes.room import RoomScene
from escape_room.ui import theme
from escape_room.ui.context import GameContext

_WHITE = (255, 255, 255)
GRID = 40
"""Scene pixels between grid lines; every fifth line is stronger and numbered."""
_STYLE = "bar.small"
_TAG_WIDTH = 380


class Placer:
    """The placing tools of one preview; it outlives the room scenes a reload replaces, so the
    grid stays on and the last write can still be undone."""

    def __init__(self, ctx: GameContext) -> None:
        self.ctx = ctx
        self.grid = False
        self.pointer = (0, 0)
        self.drag: Drag | None = None
        self.dragged = ""
        self.placed: Placement | None = None
        self.placed_box: tuple[int, int, int, int] = (0, 0, 0, 0)
        self.placed_in: Path | None = None
        self.written: Written | None = None
        self.message = ""
        self._keys: dict[int, Callable[[RoomScene], None]] = {
            pygame.K_g: self.toggle_grid,
            pygame.K_c: self.copy,
            pygame.K_w: self.write,
            pygame.K_u: self.undo,
        }

    # --- input ---------------------------------------------------------------------------

    def handle(self, event: pygame.event.Event, room: RoomScene) -> bool:
        """Use the event when it is the placer's; True when used."""
        if event.type == pygame.KEYDOWN and event.key in self._keys:
            self._keys[event.key](room)
            return True
        if event.type == pygame.MOUSEMOTION:
            self.pointer = event.pos
            if self.drag is not None:
                self._follow(room, event.pos)
                return True
            return False
        if not self.grid or event.type not in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
            return False
        if event.button == 1 and event.type == pygame.MOUSEBUTTONDOWN:
            self._grab(room, event.pos)
        elif event.button == 1 and self.drag is not None:
            self._follow(room, event.pos)
            self.drag = None
        return True  # while placing, a press never opens a thing

    def _grab(self, room: RoomScene, pos: tuple[int, int]) -> None:
        shown = [t for t in room.widgets() if t in room.things]  # not an item picked up
        thing = next((t for t in reversed(shown) if t.rect.collidepoint(pos)), None)
        if thing is not None:
            box = (thing.rect.x, thing.rect.y, thing.rect.width, thing.rect.height)
            self.drag, self.dragged, self.pointer = Drag.grab(box, pos), thing.id, pos

    def _follow(self, room: RoomScene, pos: tuple[int, int]) -> None:
        if self.drag is None:
            return
        box = self.drag.to(pos)
        thing = next(t for t in room.things if t.id == self.dragged)
        thing.rect = pygame.Rect(box)
        self.placed = Placement.of(room.room.model, self.dragged, box)
        self.placed_box, self.placed_in, self.message = box, room.room.path, ""

    # --- actions -------------------------------------------------------------------------

    def toggle_grid(self, _: RoomScene) -> None:
        self.grid, self.drag = not self.grid, None

    def copy(self, _: RoomScene) -> None:
        """Put the new shape on the clipboard, or say to copy it by hand."""
        if self.placed is None:
            self.message = self.ctx.t("preview.nothing_placed")
            return
        shape = self.placed.text
        try:
            pygame.scrap.put_text(shape)
        except (pygame.error, AttributeError, NotImplementedError):
            self.message = self.ctx.t("preview.copy_by_hand", shape=shape)
            return
        self.message = self.ctx.t("preview.copied", shape=shape)

    def write(self, room: RoomScene) -> None:
        """Write the new shape into the room file; the preview reloads when it sees the save.
        Where it goes is looked up again in the room as now loaded, as the file may have
        changed since the drag."""
        placed = self.placed
        if placed is None or self.placed_in != room.room.path:
            self.message = self.ctx.t("preview.nothing_placed")
            return
        try:
            placement = Placement.of(room.room.model, placed.thing, self.placed_box)
            self.written, line = placement.write(room.room.path)
        except KeyError:
            self.message = self.ctx.t("preview.nothing_placed")
            return
        except ContentError as error:
            self._refused(error)
            return
        self.message = self.ctx.t("preview.written", file=room.room.path.name, line=line)

    def undo(self, _: RoomScene) -> None:
        """Put the file back as it was before the last write."""
        if self.written is None:
            self.message = self.ctx.t("preview.nothing_to_undo")
            return
        try:
            undo(self.written)
        except ContentError as error:
            self._refused(error)
            return
        self.written, self.placed = None, None
        self.message = self.ctx.t("preview.undone")

    def _refused(self, error: ContentError) -> None:
        problem = error.problems[0]
        self.message = f"{problem.path}: {problem.message}"
        print(problem, file=sys.stderr)

    # --- drawing -------------------------------------------------------------------------

    def lines(self) -> list[str]:
        """What the placer says: where the pointer is, what to do or what was placed, and the
        outcome of the last copy, write or undo."""
        t = self.ctx.t
        where = t("preview.pointer", x=self.pointer[0], y=self.pointer[1])
        if not self.grid:
            return [f"{where} · {t('preview.grid_hint')}"]
        lines = [f"{where} · {t('preview.grid_off')}"]
        if self.placed is None:
            lines.append(t("preview.place_help"))
        else:
            lines.append(t("preview.placed", thing=self.placed.thing, shape=self.placed.text))
        return [*lines, self.message] if self.message else lines

    def draw(self, surface: pygame.Surface) -> None:
        """The grid and the placing panel while placing; else the pointer's coordinates."""
        look, lines = self.ctx.look, self.lines()
        if not self.grid:
            height = look.height(lines[0], _TAG_WIDTH - 16, style=_STYLE) + 8
            tag = pygame.Rect(
                theme.WIDTH - _TAG_WIDTH - 8, theme.HUD_HEIGHT + 6, _TAG_WIDTH, height
            )
            pygame.draw.rect(surface, theme.BAR, tag, border_radius=theme.RADIUS)
            look.text(surface, lines[0], tag.inflate(-16, -4), style=_STYLE, align="left")
            return
        surface.blit(_grid_picture(surface.get_size()), (0, 0))
        if self.drag is not None:
            pygame.draw.rect(surface, theme.WARN, pygame.Rect(self.drag.to(self.pointer)), width=2)
        width = theme.WIDTH - 24
        heights = [look.height(line, width, style=_STYLE) for line in lines]
        total = max(theme.INVENTORY_HEIGHT, sum(heights) + 4 * len(lines) + 8)
        y = theme.HEIGHT - total
        surface.fill(theme.BAR, pygame.Rect(0, y, theme.WIDTH, total))
        y += (total - sum(heights) - 4 * len(lines)) // 2
        for line, height in zip(lines, heights, strict=True):
            look.text(surface, line, pygame.Rect(12, y, width, height), style=_STYLE, align="left")
            y += height + 4

    def draw_tag(self, surface: pygame.Surface, text: str, top: int = theme.HUD_HEIGHT) -> None:
        """A small dark tag at the top right, under the clock (or what is below it)."""
        look = self.ctx.look
        height = look.height(text, _TAG_WIDTH - 16, style=_STYLE) + 8
        tag = pygame.Rect(theme.WIDTH - _TAG_WIDTH - 8, top + 6, _TAG_WIDTH, height)
        pygame.draw.rect(surface, theme.BAR, tag, border_radius=theme.RADIUS)
        look.text(surface, text, tag.inflate(-16, -4), style=_STYLE, align="left")


@lru_cache(maxsize=2)
def _grid_picture(size: tuple[int, int]) -> pygame.Surface:
    """Thin lines every GRID pixels, stronger ones every fifth, numbered along the top and left."""
    from escape_room.ui.fonts import font

    picture = pygame.Surface(size, pygame.SRCALPHA)
    width, height = size
    label = font(14, True)
    for x in range(0, width, GRID):
        strong = x % (5 * GRID) == 0
        pygame.draw.line(picture, (255, 255, 255, 150 if strong else 70), (x, 0), (x, height))
        if strong and x:
            picture.blit(label.render(str(x), True, _WHITE, theme.BAR), (x + 3, 74))
    for y in range(0, height, GRID):
        strong = y % (5 * GRID) == 0
        pygame.draw.line(picture, (255, 255, 255, 150 if strong else 70), (0, y), (width, y))
        if strong and 0 < y < height - theme.INVENTORY_HEIGHT - 20:
            picture.blit(label.render(str(y), True, _WHITE, theme.BAR), (3, y + 3))
    return picture


class PlacingRoomScene(RoomScene):
    """The room as the preview shows it: played as usual, with the placer's tools on top."""

    placer: Placer

    def handle(self, event: pygame.event.Event) -> bool:
        return self.placer.handle(event, self) or super().handle(event)

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        self.placer.draw(surface)


class PointingPanoramaScene(PanoramaRoomScene):
    """A panorama room in the preview: played as usual, with the pointer's panorama coordinates
    (x from 0 to the panorama's width, whichever way the view faces). It turns, so nothing is
    dragged here."""

    placer: Placer

    def handle(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.MOUSEMOTION:
            x = (self.turning.left + event.pos[0]) % self.panorama.width
            self.placer.pointer = (int(x), event.pos[1])
        return super().handle(event)

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        x, y = self.placer.pointer
        where = self.ctx.t("preview.pointer", x=x, y=y)
        self.placer.draw_tag(surface, where, top=self.compass.rect.bottom)
