"""A word or short phrase to type (any letter, Lithuanian ones too); the rules ignore case,
spaces and accents when they check it."""

from __future__ import annotations

from typing import Any

from escape_room.content.text import normalise, resolve
from escape_room.kinds.text import TextAnswer
from escape_room.pilot import PilotAction
from escape_room.scenes.puzzles.frame import Incomplete
from escape_room.scenes.puzzles.typed import TypedScene


class TextAnswerScene(TypedScene[TextAnswer], kind="text"):
    def response(self) -> Any:
        text = self.box.value.strip()
        return text if text else Incomplete(self.ctx.t("puzzle.need_text"))

    def answer_actions(self, correct: bool) -> list[PilotAction]:
        answer = resolve(self.puzzle.answer, self.ctx.lang)
        if correct:
            return self.typed_actions(answer)
        accepted = {
            normalise(resolve(a, self.ctx.lang)) for a in [self.puzzle.answer, *self.puzzle.accept]
        }
        guess = answer[:-1] or "?"
        return self.typed_actions(guess + "x" if normalise(guess) in accepted else guess)
