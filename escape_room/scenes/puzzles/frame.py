"""The frame every puzzle scene shares: title, prompt, hints, the puzzle's body, Check, the
feedback after an answer, the result once solved, and the buttons to leave.

A subclass keeps its own state (what is chosen, in which order ...), builds its body's widgets
from it in `build_body(area)`, says what the team answered in `response()` (or, with
:class:`Incomplete`, why there is nothing to check yet: that is not an attempt), and how to
answer in `autoplay_actions(correct)`. Every answer goes to the room through the puzzle's
:class:`~escape_room.scenes.contracts.PuzzleHost`, which judges, scores and records it.

Esc is left to the app: it opens the pause menu (which stops the room's clock) over the puzzle.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

import pygame

from escape_room.art.icons import item_icon
from escape_room.content.models import Hint, PuzzleBase
from escape_room.content.pack import Room
from escape_room.model.run import AnswerResult
from escape_room.pilot import PilotAction
from escape_room.scenes.contracts import CLOSE_ID, CONTINUE_ID, HINT_ID, PuzzleHost, PuzzleOutcome
from escape_room.scenes.puzzles import chrome, layout
from escape_room.scenes.puzzles.chrome import Message, ResultText, RewardLine
from escape_room.scenes.puzzles.drag import Drag
from escape_room.scenes.shown import shown
from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.scene import ModalScene
from escape_room.ui.widgets import Button, Label, Widget

P = TypeVar("P", bound=PuzzleBase)
CHECK_ID = "puzzle:check"
"""The button that submits the answer."""
SCENES: dict[str, type[PuzzleScene[Any]]] = {}
"""The scene of each puzzle type, filled in as scene classes register (`kind=` on the class)."""


@dataclass(frozen=True)
class Incomplete:
    """There is nothing to check yet; `text` says what is missing. Not an attempt."""

    text: str


class PuzzleScene(ModalScene[PuzzleOutcome], Generic[P]):
    """One open puzzle; ends with `PuzzleOutcome(puzzle_id, solved)`.

    A scene for a puzzle type registers itself by naming the type on its class:
    ``class TrueFalseScene(PuzzleScene[TrueFalse], kind="true_false")``.
    """

    has_check: ClassVar[bool] = True
    """Whether the team submits with Check (a hotspot puzzle submits when all are found)."""

    def __init_subclass__(cls, kind: str | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if kind is not None:
            SCENES[kind] = cls

    def __init__(self, puzzle: P, ctx: GameContext, host: PuzzleHost) -> None:
        super().__init__(ctx)
        self.puzzle = puzzle
        self.host = host
        self.result: AnswerResult | None = None
        self.message: Message | None = None
        self.drag = Drag()

    # --- what a puzzle type fills in ----------------------------------------------------

    def build_body(self, area: pygame.Rect) -> list[Widget]:
        """The body's widgets in focus order, built from the scene's state."""
        raise NotImplementedError

    def response(self) -> Any:
        """The answer as `escape_room.model.answers` wants it, or :class:`Incomplete`."""
        raise NotImplementedError

    def autoplay_actions(self, correct: bool) -> list[PilotAction]:
        """Input giving one answer from the current state (right when `correct`), submitted."""
        raise NotImplementedError

    def after_wrong(self, response: Any) -> None:
        """A wrong answer was given (e.g. mark the options chosen wrongly)."""

    def feedback(self, response: Any) -> str:
        """What the message area says about a wrong answer: the room's feedback for it."""
        assert self.result is not None
        return self.ctx.text(self.result.feedback) or self.ctx.t("puzzle.not_quite")

    def wrong_note(self, response: Any) -> str:
        """Said after a wrong answer's feedback (how many parts were right, say)."""
        return ""

    def count_note(self, given: tuple[Any, ...], right: tuple[Any, ...]) -> str:
        """'3 of 5 are right': how many places of `given` hold what `right` has there."""
        count = sum(a == b for a, b in zip(given, right, strict=True))
        return self.ctx.t("puzzle.some_right", count=count, total=len(right))

    def draw_body(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        """Drawing under the body's widgets (lines between pairs, say)."""

    def can_drag(self, widget_id: str) -> bool:
        """Whether this widget can be picked up and dropped on another (none by default)."""
        return False

    def drop(self, source_id: str, target_id: str) -> None:
        """The widget `source_id` was dragged and dropped on `target_id`."""

    def handle(self, event: pygame.event.Event) -> bool:
        widgets = self.widgets()
        if not self.solved and self.drag.handle(
            event, widgets, self.focus, self.can_drag, self.drop
        ):
            return True
        return super().handle(event)

    def caption(self, area: pygame.Rect, text: str) -> tuple[Label, pygame.Rect]:
        """An instruction line at the top of the body, and the body's area left below it."""
        line, rest = layout.caption(area)
        return Label("puzzle:how", text, line, theme.BODY, theme.MUTED_INK, bold=True), rest

    def regions(self) -> layout.Regions:
        picture = bool(self._picture())
        width = layout.WIDTH - (layout.PICTURE.width + 2 * layout.GAP if picture else 0)
        prompt = self.look.height(self.ctx.text(self.puzzle.prompt), width, style="puzzle.prompt")
        limit = min(prompt, layout.PROMPT.height * 2)
        return layout.regions(bool(self.puzzle.hints), limit, picture=picture)

    def _picture(self) -> list[Widget]:
        """The drawn sign or object shown left of the prompt, if the puzzle has one."""
        image = self.puzzle.image
        return shown(image, self.ctx.text(image.alt) if image else "", layout.PICTURE)

    # --- state ----------------------------------------------------------------------------

    @property
    def solved(self) -> bool:
        return self.result is not None and self.result.correct

    def enter(self) -> None:
        self.refresh()

    def settings_changed(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the widgets from the state; call after every change."""
        if self.solved:
            self.items = [
                *self._picture(),
                Button(
                    CONTINUE_ID, self.ctx.t("common.continue"), layout.CHECK_BUTTON, self._continue
                ),
            ]
            return
        self.items = [*self._picture(), *self.build_body(self.regions().body), *self._buttons()]

    def _buttons(self) -> list[Widget]:
        t = self.ctx.t
        buttons: list[Widget] = []
        if self.has_check:
            buttons.append(Button(CHECK_ID, t("puzzle.check"), layout.CHECK_BUTTON, self.check))
        if self.puzzle.hints:
            buttons.append(self._hint_button())
        buttons.append(Button(CLOSE_ID, t("puzzle.close"), layout.CLOSE, self._close, "quiet"))
        return buttons

    def _hint_button(self) -> Button:
        shown = len(self.host.hints_shown())
        if shown >= len(self.puzzle.hints):
            return Button(
                HINT_ID,
                self.ctx.t("puzzle.no_hints"),
                layout.HINT_BUTTON,
                None,
                "quiet",
                enabled=False,
            )
        cost = self._hint_cost(self.puzzle.hints[shown])
        label = self.ctx.t("puzzle.hint", cost=cost) if cost else self.ctx.t("puzzle.hint_free")
        return Button(HINT_ID, label, layout.HINT_BUTTON, self.take_hint, "quiet")

    def _hint_cost(self, hint: Hint) -> int:
        if hint.cost is not None:
            return hint.cost
        room = self.room
        return room.model.hint_policy.cost if room is not None else 0

    @property
    def room(self) -> Room | None:
        """The room of the pack the puzzle belongs to."""
        return next((r for r in self.ctx.pack.rooms if self.puzzle.id in r.puzzles), None)

    # --- what the team does ---------------------------------------------------------------

    def check(self) -> None:
        """Check: submit the answer, or say what is missing first."""
        answer = self.response()
        if isinstance(answer, Incomplete):
            self.message = Message("note", answer.text)
            return
        self.submit(answer)

    def submit(self, answer: Any) -> None:
        """Hand the answer to the room and show what it said (and what a wrong one cost)."""
        cost = self.host.stakes().wrong_cost
        self.result = self.host.answer(answer)
        if self.result.correct:
            self.message = None
            self.focus.set(CONTINUE_ID)
        else:
            again = (
                self.ctx.t("puzzle.lost", points=cost) if cost else self.ctx.t("puzzle.try_again")
            )
            parts = (self.feedback(answer), self.wrong_note(answer), again)
            self.message = Message("wrong", " ".join(part for part in parts if part))
            self.after_wrong(answer)
            self.shake_now()
        self.refresh()

    def changed(self) -> None:
        """The team changed its answer: the old message no longer applies."""
        self.message = None
        self.refresh()

    def take_hint(self) -> None:
        if self.host.take_hint() is not None:
            self.refresh()

    def _close(self) -> None:
        self.dismiss(PuzzleOutcome(self.puzzle.id, solved=False))

    def _continue(self) -> None:
        self.dismiss(PuzzleOutcome(self.puzzle.id, solved=True))

    # --- drawing --------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        look, regions = self.look, self.regions()
        look.panel(surface, layout.PANEL, theme.PAPER)
        look.text(surface, self.ctx.text(self.puzzle.title), layout.TITLE, style="heading.left")
        look.text(surface, self.ctx.text(self.puzzle.prompt), regions.prompt, style="body.middle")
        if self.solved:
            chrome.draw_result(surface, look, self.result_area(regions), self.result_text())
        else:
            self._draw_hints(surface, regions.hints)
            self.draw_body(surface, regions.body)
        self.draw_widgets(surface)
        if self.message is not None and not self.solved:
            chrome.draw_message(surface, look, layout.MESSAGE, self.message)
        elif not self.solved:
            chrome.draw_stakes(surface, look, layout.MESSAGE, self.stakes_text())
        self.drag.draw(surface, look)

    def stakes_text(self) -> str:
        """What solving is worth now and what a wrong try costs, said before either happens."""
        stakes = self.host.stakes()
        if not self.has_check:
            return self.ctx.t("puzzle.worth", points=stakes.worth)
        if stakes.wrong_cost:
            return self.ctx.t("puzzle.stakes", points=stakes.worth, cost=stakes.wrong_cost)
        return self.ctx.t("puzzle.stakes_free", points=stakes.worth)

    def spoken(self) -> str:
        """The title and prompt, then the result once solved, or the feedback on an answer."""
        parts = [self.ctx.text(self.puzzle.title), self.ctx.text(self.puzzle.prompt)]
        if self.solved:
            result = self.result_text()
            parts += [result.heading, result.feedback, result.explanation]
        elif self.message is not None:
            parts.append(self.message.text)
        return ". ".join(part for part in parts if part)

    def result_area(self, regions: layout.Regions) -> pygame.Rect:
        """Where the result shows: under the prompt, so the question stays in view."""
        return regions.below_prompt

    def _draw_hints(self, surface: pygame.Surface, rect: pygame.Rect | None) -> None:
        if rect is None:
            return
        shown = self.host.hints_shown()
        latest = (
            self.ctx.t("puzzle.hint_text", number=len(shown), text=self.ctx.text(shown[-1].text))
            if shown
            else ""
        )
        chrome.draw_hints(
            surface, self.look, rect, latest or self.ctx.t("puzzle.hints_offer"), bool(shown)
        )

    def result_text(self) -> ResultText:
        """What the result card says once the puzzle is solved."""
        assert self.result is not None
        t, text = self.ctx.t, self.ctx.text
        points = self.result.points
        heading = t("puzzle.right", points=points) if points else t("puzzle.right_no_points")
        feedback, explanation = text(self.result.feedback), text(self.puzzle.explanation)
        return ResultText(heading, feedback, explanation, self._rewards(), self.result_details())

    def result_details(self) -> str:
        """More for the result card to say (what the team found, say)."""
        return ""

    def _rewards(self) -> tuple[RewardLine, ...]:
        reward, t, text = self.puzzle.reward, self.ctx.t, self.ctx.text
        if reward is None:
            return ()
        lines: list[RewardLine] = []
        if reward.digit is not None:
            lines.append(
                RewardLine(
                    "digit",
                    reward.digit,
                    f"{t('room.digit', digit=reward.digit)}\n{text(reward.clue)}".strip(),
                )
            )
        elif reward.clue is not None:
            lines.append(RewardLine("clue", None, text(reward.clue)))
        if reward.item is not None:
            lines.append(
                RewardLine(
                    item_icon(reward.item), None, t("room.item", name=self._item_name(reward.item))
                )
            )
        return tuple(lines)

    def _item_name(self, item_id: str) -> str:
        room = self.room
        items = room.model.items if room is not None else []
        return next((self.ctx.text(i.name) for i in items if i.id == item_id), item_id)
