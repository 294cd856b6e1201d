"""Matching: the left texts in their order, the right texts shuffled. Choosing one on each side
(either side first), or dragging one onto the other, pairs them; a pair shares a numbered
colour tag and a line joins it.
Choosing a picked text again puts it down. Keyboard: Tab or arrows to a text, Enter picks."""

from __future__ import annotations

from typing import Any, Literal, cast

import pygame

from escape_room.kinds.matching import Matching
from escape_room.pilot import Click, PilotAction
from escape_room.scenes.contracts import PuzzleHost
from escape_room.scenes.puzzles import layout
from escape_room.scenes.puzzles.choices import TAG, Choice, Tag
from escape_room.scenes.puzzles.frame import CHECK_ID, Incomplete, PuzzleScene
from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.widgets import Widget

Side = Literal["left", "right"]
_LINES = 110
"""The space between the columns where the lines of the pairs run."""
_TAGGED = 3 * theme.SPACE + TAG
"""The width a text's margins and its pair's tag take from its box."""


class MatchingScene(PuzzleScene[Matching], kind="matching"):
    def __init__(self, puzzle: Matching, ctx: GameContext, host: PuzzleHost) -> None:
        super().__init__(puzzle, ctx, host)
        count = len(puzzle.pairs)
        self.shown = list(range(count))
        while self.shown == list(range(count)):
            ctx.rng.shuffle(self.shown)
        self.pairs: dict[int, int] = {}
        self.picked: tuple[Side, int] | None = None
        self.lines: list[tuple[pygame.Rect, pygame.Rect, theme.Colour]] = []

    def build_body(self, area: pygame.Rect) -> list[Widget]:
        label, rest = self.caption(area, self.ctx.t("puzzle.match_how"))
        shown, rows, turns = self.paged_rows(rest, len(self.puzzle.pairs), lines=self._lines)
        lefts: dict[int, Choice] = {}
        rights: dict[int, Choice] = {}
        for i, row in zip(shown, rows, strict=True):
            left, right = layout.split(row, (row.width - _LINES) // 2, _LINES)
            lefts[i] = self._box("left", i, left)
            rights[self.shown[i]] = self._box("right", self.shown[i], right)
        self.lines = [
            (lefts[i].rect, rights[k].rect, _colour(i))
            for i, k in self.pairs.items()
            if i in lefts and k in rights
        ]
        return [label, *lefts.values(), *rights.values(), *turns]

    def _lines(self, width: int) -> int:
        """How many lines the longest text takes in a row `width` wide (two at least)."""
        texts = [
            self.ctx.text(text) for pair in self.puzzle.pairs for text in (pair.left, pair.right)
        ]
        return max(2, self.lines_for(texts, (width - _LINES) // 2 - _TAGGED))

    def _box(self, side: Side, index: int, rect: pygame.Rect) -> Choice:
        pair = self.puzzle.pairs[index]
        text = self.ctx.text(pair.left if side == "left" else pair.right)
        partner = _key_of(self.pairs, index) if side == "right" else index
        paired = partner is not None and (side == "right" or index in self.pairs)
        tag = (
            Tag(str(partner + 1), _colour(partner) if paired else theme.MUTED_INK)
            if partner is not None
            else None
        )
        return Choice(
            f"{side}:{index}",
            text,
            rect,
            lambda: self._pick(side, index),
            "none",
            self.picked == (side, index),
            tag=tag,
        )

    def _pick(self, side: Side, index: int) -> None:
        picked, self.picked = self.picked, None
        if picked is None or picked[0] == side:
            self.picked = None if picked == (side, index) else (side, index)
        else:
            left, right = (index, picked[1]) if side == "left" else (picked[1], index)
            self.pairs = {i: k for i, k in self.pairs.items() if k != right}
            self.pairs[left] = right
        self.changed()

    def can_drag(self, widget_id: str) -> bool:
        return widget_id.startswith(("left:", "right:"))

    def drop(self, source_id: str, target_id: str) -> None:
        """A text dropped on one of the other side pairs them."""
        source, target = source_id.split(":"), target_id.split(":")
        if target[0] in ("left", "right") and target[0] != source[0]:
            self.picked = None
            self._pick(cast(Side, source[0]), int(source[1]))
            self._pick(cast(Side, target[0]), int(target[1]))

    def draw_body(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        for left, right, colour in self.lines:
            pygame.draw.line(surface, colour, left.midright, right.midleft, width=6)

    def response(self) -> Any:
        if len(self.pairs) < len(self.puzzle.pairs):
            return Incomplete(self.ctx.t("puzzle.need_pairs"))
        return tuple(self.pairs[i] for i in range(len(self.puzzle.pairs)))

    def wrong_note(self, response: Any) -> str:
        return self.count_note(tuple(response), tuple(range(len(self.puzzle.pairs))))

    def answer_actions(self, correct: bool) -> list[PilotAction]:
        wanted = list(range(len(self.puzzle.pairs)))
        if not correct:
            wanted[0], wanted[1] = wanted[1], wanted[0]
        actions: list[PilotAction] = []
        if self.picked is not None:
            actions.append(Click(f"{self.picked[0]}:{self.picked[1]}"))
        page = self.pager.page
        for left, right in enumerate(wanted):
            if correct and self.pairs.get(left) == right:
                continue
            row = self.shown.index(right)
            actions += [*self.turns_to(left, page), Click(f"left:{left}")]
            actions += [*self.turns_to(row, self.row_page(left)), Click(f"right:{right}")]
            page = self.row_page(row)
        return [*actions, Click(CHECK_ID)]


def _colour(index: int) -> theme.Colour:
    return layout.TAGS[index % len(layout.TAGS)]


def _key_of(pairs: dict[int, int], right: int) -> int | None:
    return next((left for left, k in pairs.items() if k == right), None)
