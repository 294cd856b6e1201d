"""Hotspot: find the targets in a picture. A mark on a target circles it and lists its label; a
mark on nothing shows a red cross for a moment and is not an attempt. Once `find` targets are
found, they are submitted (the response is the ids found).

Keyboard: Tab gives the picture focus and shows a crosshair; arrows move it (Shift: further),
Enter marks. Tabbing from target to target would give the answer away, so there is none.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import pygame

from escape_room.content.models import SCENE_HEIGHT, SCENE_WIDTH
from escape_room.kinds.hotspot import HotspotPuzzle
from escape_room.pilot import PilotAction, Press
from escape_room.scenes.contracts import PuzzleHost
from escape_room.scenes.puzzles import chrome, layout
from escape_room.scenes.puzzles.chrome import Message
from escape_room.scenes.puzzles.frame import PuzzleScene
from escape_room.scenes.puzzles.picture import (
    BIG_STEP,
    STEP,
    Found,
    Miss,
    PictureView,
    Point,
    puzzle_picture,
)
from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.widgets import Widget

PICTURE_ID = "picture"
PICTURE = pygame.Rect(layout.LEFT, layout.TITLE.bottom + 8, 800, 450)
"""Where the picture goes at 100 % text size (smaller at larger sizes, to leave room for text)."""
_MISS_SECONDS = 1.2


class HotspotScene(PuzzleScene[HotspotPuzzle], kind="hotspot"):
    has_check = False

    def __init__(self, puzzle: HotspotPuzzle, ctx: GameContext, host: PuzzleHost) -> None:
        super().__init__(puzzle, ctx, host)
        self.found: list[str] = []
        self.misses: list[Miss] = []
        self.cross = [SCENE_WIDTH / 2, SCENE_HEIGHT / 2]
        self.need = puzzle.find or len(puzzle.targets)
        picture = puzzle_picture(puzzle, ctx.pack.assets_dir, ctx.lang)
        self.drawing = picture
        self.picture = pygame.transform.smoothscale(picture, PICTURE.size)

    def _picture_box(self) -> pygame.Rect:
        """The picture, as large as leaves room under it for the keyboard help line (as wide
        as the picture: a few rounds find the size)."""
        box, text, bottom = PICTURE.copy(), self.ctx.t("puzzle.hotspot_keys"), self.bottom()
        for _ in range(4):
            keys = chrome.needed_height(self.look, text, box.width, "small.muted")
            height = min(PICTURE.height, bottom.body_bottom - PICTURE.y - 8 - keys)
            box.size = (height * PICTURE.width // PICTURE.height, height)
        return box

    def _side(self) -> pygame.Rect:
        """The column right of the picture, as tall as it."""
        picture = self._picture_box()
        right = layout.LEFT + layout.WIDTH
        return pygame.Rect(
            picture.right + 16, picture.y, right - picture.right - 16, picture.height
        )

    def regions(self) -> layout.Regions:
        """The prompt, the hints and the list of what was found, down the side of the picture,
        each as tall as its text needs (the prompt and hints at least as tall as at 100 %)."""
        look, side = self.look, self._side()
        need = chrome.needed_height(look, self.ctx.text(self.puzzle.prompt), side.width, "body")
        prompt = pygame.Rect(side.x, side.y, side.width, max(150, need))
        hints = (
            pygame.Rect(
                side.x,
                prompt.bottom + 8,
                side.width,
                max(112, chrome.hints_height(look, side.width, self._hint_text())),
            )
            if self.puzzle.hints
            else None
        )
        top = (hints or prompt).bottom + layout.GAP
        return layout.Regions(
            prompt, hints, pygame.Rect(side.x, top, side.width, side.bottom - top)
        )

    def result_area(self, regions: layout.Regions) -> pygame.Rect:
        return pygame.Rect(layout.LEFT, PICTURE.y, layout.WIDTH, self._side().height)

    def build_body(self, area: pygame.Rect) -> list[Widget]:
        box = self._picture_box()
        if self.picture.get_size() != box.size:
            self.picture = pygame.transform.smoothscale(self.drawing, box.size)
        view = PictureView(
            PICTURE_ID,
            self.ctx.t("puzzle.picture"),
            box,
            self.picture,
            self.mark,
            lambda: self.focus.pointer,
            self.cross,
        )
        targets = {t.id: t for t in self.puzzle.targets}
        view.found = [Found(n, targets[i].shape) for n, i in enumerate(self.found, 1)]
        view.misses = self.misses
        return [view]

    def mark(self, point: Point) -> None:
        """A mark at `point` of the picture: a target found, or a miss."""
        target = next((t for t in self.puzzle.targets if t.shape.contains(*point)), None)
        if target is None:
            self.misses.append(Miss(point, _MISS_SECONDS))
            self.message = Message("note", self.ctx.t("puzzle.miss"))
        elif target.id not in self.found:
            self.found.append(target.id)
            self.message = None
        self.refresh()
        if len(self.found) >= self.need:
            self.submit(frozenset(self.found))

    def update(self, dt: float) -> None:
        for miss in self.misses:
            miss.seconds_left -= dt
        self.misses[:] = [m for m in self.misses if m.seconds_left > 0]

    def response(self) -> Any:
        return frozenset(self.found)

    def still_key(self) -> Hashable | None:
        """As any puzzle, with where the cross is and what was found; None while a miss fades."""
        key = super().still_key()
        if key is None or self.misses:
            return None
        return (key, tuple(self.cross), tuple(self.found))

    def draw_body(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        look, t = self.look, self.ctx.t
        picture = self._picture_box()
        below = self.bottom().body_bottom - picture.bottom - 8
        keys = pygame.Rect(picture.x, picture.bottom + 8, picture.width, below)
        look.text(surface, t("puzzle.hotspot_keys"), keys, style="small.muted")
        found = t("puzzle.found", found=len(self.found), find=self.need)
        tall = max(40, chrome.needed_height(look, found, area.width, "body.bold"))
        heading = pygame.Rect(area.x, area.y, area.width, tall)
        look.text(surface, found, heading, style="body.bold", colour=theme.GOOD)
        listing = pygame.Rect(
            area.x, heading.bottom + 4, area.width, area.bottom - heading.bottom - 4
        )
        look.text(surface, self.result_details(), listing, style="small")

    def result_details(self) -> str:
        """The targets found, numbered as in the picture."""
        labels = {target.id: self.ctx.text(target.label) for target in self.puzzle.targets}
        return "\n".join(f"{n}. {labels[i]}" for n, i in enumerate(self.found, 1))

    # --- the demo mode -------------------------------------------------------------------

    def answer_actions(self, correct: bool) -> list[PilotAction]:
        actions = self._tabs_to_picture()
        cross = (self.cross[0], self.cross[1])
        goals = (
            [self._spot_in(target_id, cross) for target_id in self._to_find()]
            if correct
            else [self._spot_outside(cross)]
        )
        for goal in goals:
            actions += [*_moves(cross, goal), Press("return")]
            cross = goal
        return actions

    def _to_find(self) -> list[str]:
        left = [t.id for t in self.puzzle.targets if t.id not in self.found]
        return left[: self.need - len(self.found)]

    def _tabs_to_picture(self) -> list[PilotAction]:
        ring = [w.id for w in self.widgets() if w.can_focus]
        here = self.focus.focused(self.widgets())
        start = ring.index(here.id) if here is not None else 0
        return [Press("tab")] * ((ring.index(PICTURE_ID) - start) % len(ring))

    def _spot_in(self, target_id: str, cross: Point) -> Point:
        """The point of the target the crosshair reaches in the fewest presses (near its middle)."""
        shape = next(t.shape for t in self.puzzle.targets if t.id == target_id)
        x, y, width, height = shape.bounds()
        centre = (x + width / 2, y + height / 2)
        spots = [p for p in _reachable(cross) if shape.contains(*p)]
        return min(spots, key=lambda p: (_presses(cross, p), _distance(p, centre)))

    def _spot_outside(self, cross: Point) -> Point:
        """The nearest point on no target: where a wrong mark goes."""
        spots = [
            p
            for p in _reachable(cross)
            if not any(t.shape.contains(*p) for t in self.puzzle.targets)
        ]
        return min(spots, key=lambda p: (_presses(cross, p), _distance(p, cross)))


def _reachable(cross: Point) -> list[Point]:
    """The points the crosshair can reach from `cross` (whole steps, on the picture)."""
    columns = range(-int(cross[0] // STEP), int((SCENE_WIDTH - 1 - cross[0]) // STEP) + 1)
    rows = range(-int(cross[1] // STEP), int((SCENE_HEIGHT - 1 - cross[1]) // STEP) + 1)
    return [(cross[0] + i * STEP, cross[1] + j * STEP) for i in columns for j in rows]


def _distance(a: Point, b: Point) -> float:
    return float((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2)


def _presses(cross: Point, goal: Point) -> int:
    return sum(sum(divmod(round(abs(d) / STEP), BIG_STEP // STEP)) for d in _deltas(cross, goal))


def _deltas(cross: Point, goal: Point) -> tuple[float, float]:
    return goal[0] - cross[0], goal[1] - cross[1]


def _moves(cross: Point, goal: Point) -> list[PilotAction]:
    """Arrow presses taking the crosshair from `cross` to `goal`: long moves first."""
    presses: list[PilotAction] = []
    for delta, (minus, plus) in (
        (goal[0] - cross[0], ("left", "right")),
        (goal[1] - cross[1], ("up", "down")),
    ):
        steps = round(abs(delta) / STEP)
        key = plus if delta > 0 else minus
        big, small = divmod(steps, BIG_STEP // STEP)
        presses += [Press(f"shift+{key}")] * big + [Press(key)] * small
    return presses
