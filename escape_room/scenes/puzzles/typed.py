"""The shared part of puzzles answered by typing (a number, a word): one big box to type in,
with a unit after it when there is one. Typing goes into the box wherever the focus is; Enter
in the box checks the answer."""

from __future__ import annotations

from typing import TypeVar

import pygame

from escape_room.content.models import PuzzleBase
from escape_room.pilot import Click, PilotAction, Press, Type
from escape_room.scenes.contracts import PuzzleHost
from escape_room.scenes.puzzles.frame import PuzzleScene
from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.widgets import Label, TextInput, Widget

P = TypeVar("P", bound=PuzzleBase)
ANSWER_ID = "answer"
_BOX = (640, 88)


class TypedScene(PuzzleScene[P]):
    """A puzzle answered in a text box; subclasses say which characters it takes."""

    max_length = 40

    def __init__(self, puzzle: P, ctx: GameContext, host: PuzzleHost) -> None:
        super().__init__(puzzle, ctx, host)
        self.box = TextInput(
            ANSWER_ID,
            "",
            (0, 0, *_BOX),
            max_length=self.max_length,
            on_change=self._typed,
            on_submit=self.check,
            allowed=self.takes,
        )
        self.focus.set(ANSWER_ID)

    def takes(self, char: str) -> bool:
        """Whether the box takes this typed character."""
        return True

    def unit(self) -> str:
        """Shown after the box (a number's unit), or empty."""
        return ""

    def _typed(self, _: str) -> None:
        if self.message is not None:
            self.changed()

    def handle(self, event: pygame.event.Event) -> bool:
        """Typing goes into the box wherever the focus is."""
        if event.type == pygame.TEXTINPUT and not self.solved:
            self.focus.set(ANSWER_ID)
        return super().handle(event)

    def build_body(self, area: pygame.Rect) -> list[Widget]:
        t = self.ctx.t
        self.box.label = t("puzzle.your_answer")
        self.box.placeholder = t("puzzle.type_answer")
        self.box.rect = pygame.Rect((0, 0), _BOX)
        self.box.rect.midleft = (area.x + (area.width - _BOX[0]) // 2 - 80, area.centery)
        widgets: list[Widget] = [self.box]
        if self.unit():
            unit = pygame.Rect(0, 0, 240, 56)
            unit.midleft = (self.box.rect.right + theme.SPACE, self.box.rect.centery)
            widgets.append(Label("puzzle:unit", self.unit(), unit, theme.HEADING, bold=True))
        caption = pygame.Rect(self.box.rect.x, self.box.rect.y - 52, 800, 44)
        return [
            Label("puzzle:how", self.box.label, caption, theme.BODY, theme.MUTED_INK, bold=True),
            *widgets,
        ]

    def typed_actions(self, text: str) -> list[PilotAction]:
        """Click the box, empty it, type `text` and press Enter."""
        clear: list[PilotAction] = [Press("backspace")] * len(self.box.value)
        return [Click(ANSWER_ID), *clear, Type(text), Press("return")]
