"""Multiple choice: the options as boxes to tick. With one right option, choosing one clears the
others (round markers); with several, the team is told to choose all that apply (square ones).
After a wrong answer, the options chosen wrongly are marked with their own feedback."""

from __future__ import annotations

from typing import Any

import pygame

from escape_room.content.models import Option
from escape_room.kinds.multiple_choice import MultipleChoice
from escape_room.pilot import Click, PilotAction
from escape_room.scenes.contracts import PuzzleHost
from escape_room.scenes.puzzles import layout
from escape_room.scenes.puzzles.choices import Choice, Marker
from escape_room.scenes.puzzles.frame import CHECK_ID, Incomplete, PuzzleScene
from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.fonts import font
from escape_room.ui.text import layout as text_layout
from escape_room.ui.widgets import Action, Widget

_MARKED = 2 * theme.SPACE + 30 + theme.SPACE + 4
"""The width an option's margins and marker take from its text."""


class MultipleChoiceScene(PuzzleScene[MultipleChoice], kind="multiple_choice"):
    def __init__(self, puzzle: MultipleChoice, ctx: GameContext, host: PuzzleHost) -> None:
        super().__init__(puzzle, ctx, host)
        self.options = list(puzzle.options)
        if puzzle.shuffle:
            ctx.rng.shuffle(self.options)
        self.single = sum(o.correct for o in puzzle.options) == 1
        self.chosen: set[str] = set()
        self.marked: set[str] = set()

    def build_body(self, area: pygame.Rect) -> list[Widget]:
        how = self.ctx.t("puzzle.choose_one" if self.single else "puzzle.choose_all")
        label, rest = self.caption(area, how)
        cells = self._grid(rest)
        if cells[0].height >= self._need(cells[0].width, notes=False):
            notes = cells[0].height >= self._need(cells[0].width, notes=True)
            pairs = zip(self.options, cells, strict=True)
            return [label, *(self._choice(o.id, c, notes) for o, c in pairs)]
        lines = -(-self._need(rest.width, notes=False) // font(self.look.min_text).get_linesize())
        shown, rows, turns = self.paged_rows(rest, len(self.options), lines=lines)
        paged = zip(shown, rows, strict=True)
        return [label, *(self._choice(self.options[i].id, r, False) for i, r in paged), *turns]

    def _grid(self, area: pygame.Rect) -> list[pygame.Rect]:
        """The options in one column, or two when there are more than four."""
        return layout.grid(area, len(self.options), 1 if len(self.options) <= 4 else 2)

    def _need(self, width: int, *, notes: bool) -> int:
        """How tall a box `width` wide must be for the longest option (with its feedback under
        it when `notes`) at the readable size."""
        size, inner = self.look.min_text, width - _MARKED

        def height(option: Option) -> int:
            texts = [option.text, option.feedback if notes else None]
            return sum(
                text_layout(self.ctx.text(t), inner, 100_000, size, True, size).height
                for t in texts
                if t
            )

        return max(height(o) for o in self.options) + theme.SPACE

    def _notes_shown(self) -> bool:
        """Whether each wrong option's feedback fits under it (else the message says it)."""
        rest = self.caption(self.regions().body, "")[1]
        cell = self._grid(rest)[0]
        return cell.height >= self._need(cell.width, notes=True)

    def _choice(self, option_id: str, rect: pygame.Rect, notes: bool) -> Choice:
        option = next(o for o in self.options if o.id == option_id)
        wrong = option_id in self.marked
        note = self.ctx.text(option.feedback) if wrong and notes else ""
        marker: Marker = "radio" if self.single else "check"
        return Choice(
            f"option:{option_id}",
            self.ctx.text(option.text),
            rect,
            self._toggle(option_id),
            marker,
            option_id in self.chosen,
            note=note,
            wrong=wrong,
        )

    def _toggle(self, option_id: str) -> Action:
        def toggle() -> None:
            if option_id in self.chosen:
                self.chosen.discard(option_id)
            else:
                self.chosen = {option_id} if self.single else self.chosen | {option_id}
            self.marked.clear()
            self.changed()

        return toggle

    def response(self) -> Any:
        if not self.chosen:
            return Incomplete(self.ctx.t("puzzle.need_choice"))
        return frozenset(self.chosen)

    def feedback(self, response: Any) -> str:
        """The puzzle's general feedback when the options chosen wrongly say their own under
        them; their own when there is no room for it under them (large text)."""
        own = [o.feedback for o in self.options if o.id in response and not o.correct]
        if not any(own):
            return super().feedback(response)
        if not self._notes_shown():
            return " ".join(self.ctx.text(text) for text in own if text)
        return self.ctx.text(self.puzzle.feedback.incorrect) or self.ctx.t("puzzle.not_quite")

    def after_wrong(self, response: Any) -> None:
        self.marked = {o.id for o in self.options if o.id in response and not o.correct}

    def answer_actions(self, correct: bool) -> list[PilotAction]:
        right = {o.id for o in self.options if o.correct}
        wanted = right if correct else {next(o.id for o in self.options if not o.correct)}
        if self.single:
            clicks = [] if self.chosen == wanted else sorted(wanted)
        else:
            clicks = sorted(self.chosen ^ wanted)
        actions: list[PilotAction] = []
        page, order = self.pager.page, [o.id for o in self.options]
        for option_id in clicks:
            actions += [*self.turns_to(order.index(option_id), page), Click(f"option:{option_id}")]
            page = self.row_page(order.index(option_id))
        return [*actions, Click(CHECK_ID)]
