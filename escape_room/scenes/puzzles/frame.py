"""The frame every puzzle scene shares: title, prompt, hints, the puzzle's body, Check, the
feedback after an answer, the result once solved, and the buttons to leave.

A subclass keeps its own state (what is chosen, in which order ...), builds its body's widgets
from it in `build_body(area)`, says what the team answered in `response()` (or, with
:class:`Incomplete`, why there is nothing to check yet: that is not an attempt), and how to
answer in `answer_actions(correct)`. Every answer goes to the room through the puzzle's
:class:`~escape_room.scenes.contracts.PuzzleHost`, which judges, scores and records it.

Esc is left to the app: it opens the pause menu (which stops the room's clock) over the puzzle.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace
from typing import Any, ClassVar, Generic, TypeVar

import pygame

from escape_room.art.icons import item_icon
from escape_room.content.models import Hint, PuzzleBase
from escape_room.content.pack import Room
from escape_room.model.run import AnswerResult
from escape_room.pilot import Click, PilotAction
from escape_room.scenes.contracts import CLOSE_ID, CONTINUE_ID, HINT_ID, PuzzleHost, PuzzleOutcome
from escape_room.scenes.puzzles import chrome, layout
from escape_room.scenes.puzzles.chrome import Message, ResultText, RewardLine
from escape_room.scenes.puzzles.drag import Drag
from escape_room.scenes.shown import shown
from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.fonts import font
from escape_room.ui.pager import Pager
from escape_room.ui.scene import ModalScene
from escape_room.ui.text import layout as text_layout
from escape_room.ui.widgets import Button, Label, TextInput, Widget

P = TypeVar("P", bound=PuzzleBase)
CHECK_ID = "puzzle:check"
"""The button that submits the answer."""
AGAIN_ID = "puzzle:again"
"""The button under a long message that covers the body (large text), back to the answer."""
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
        self.pager = Pager(
            "puzzle:page",
            pygame.Rect(0, 0, 0, 0),
            on_turn=self.refresh,
            t=ctx.t,
            style="tile.caption",
        )
        self.per_page = 0
        self.result_page = 0
        self.wrong: tuple[Any, int] | None = None
        """The last wrong answer and what it cost, to say again when the settings change."""
        self.revision = 0
        """Counts the rebuilds of the widgets, so a kept picture of the puzzle is never reused
        for widgets built since (a new list can reuse the address of the old one)."""

    # --- what a puzzle type fills in ----------------------------------------------------

    def build_body(self, area: pygame.Rect) -> list[Widget]:
        """The body's widgets in focus order, built from the scene's state."""
        raise NotImplementedError

    def response(self) -> Any:
        """The answer as `escape_room.model.answers` wants it, or :class:`Incomplete`."""
        raise NotImplementedError

    def answer_actions(self, correct: bool) -> list[PilotAction]:
        """Input giving one answer from the current state (right when `correct`), submitted."""
        raise NotImplementedError

    def autoplay_actions(self, correct: bool) -> list[PilotAction]:
        """The demo's input for one answer: back to the answer from a long message first."""
        return [*([Click(AGAIN_ID)] if self.carded else []), *self.answer_actions(correct)]

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
        """An instruction at the top of the body (as tall as it needs), and the body's area
        left below it."""
        need = chrome.needed_height(self.look, text, area.width, "body.bold")
        line, rest = layout.caption(area, max(40, need))
        return Label("puzzle:how", text, line, theme.BODY, theme.MUTED_INK, bold=True), rest

    def paged_rows(
        self,
        area: pygame.Rect,
        count: int,
        *,
        lines: int | Callable[[int], int] = 1,
        gap: int = layout.GAP,
    ) -> tuple[range, list[pygame.Rect], list[Widget]]:
        """`count` rows in `area`, each tall enough for `lines` lines of readable text (or as
        many as `lines` says for rows that wide); when they do not all fit, a page of them
        with Back and Next under them, or right of them when a strip under them leaves no room
        for a row. Returns the indexes shown, their rows and the pager's buttons (none when
        every row fits)."""

        def least(width: int) -> int:
            many = lines(width) if callable(lines) else lines
            return many * font(self.look.min_text).get_linesize() + theme.SPACE // 2

        if layout.rows(area, count, gap)[0].height >= least(area.width):
            self.pager.set_count(1)
            return range(count), layout.rows(area, count, gap), []
        rest = self._place_pager(area, least, gap)
        tallest = max(least(rest.width), layout.TALLEST)
        self.per_page = max(1, (rest.height + gap) // (least(rest.width) + gap))
        self.pager.set_count(-(-count // self.per_page))
        first = self.pager.page * self.per_page
        shown = range(first, min(count, first + self.per_page))
        rows = layout.rows(rest, self.per_page, gap, tallest)
        return shown, rows[: len(shown)], self.pager.widgets()

    def _place_pager(self, area: pygame.Rect, least: Callable[[int], int], gap: int) -> pygame.Rect:
        """Put the pager under the rows in `area`, or right of them (Back over Next) when a
        strip under them would leave less than `least` (of a row that wide) in height; returns
        the rows' area."""
        face = font(self.look.min_text, True)
        strip = face.get_linesize() + theme.SPACE
        under = pygame.Rect(area.x, area.y, area.width, area.height - strip - gap)
        self.pager.stacked = under.height < least(area.width)
        if not self.pager.stacked:
            self.pager.rect = pygame.Rect(area.x, under.bottom + gap, area.width, strip)
            return under
        width = max(face.size(label)[0] for label in self.pager.labels) + 3 * theme.SPACE
        rows = pygame.Rect(area.x, area.y, area.width - width - gap, area.height)
        self.pager.rect = pygame.Rect(rows.right + gap, area.y, width, area.height)
        return rows

    def lines_for(self, texts: list[str], width: int) -> int:
        """How many lines the longest of `texts` takes in `width` at the readable size (bold)."""
        size = self.look.min_text
        return max(
            (len(text_layout(t, width, 100_000, size, True, size).lines) for t in texts), default=1
        )

    def row_page(self, index: int) -> int:
        """The page that shows row `index` (0 when every row fits)."""
        return index // self.per_page if self.pager.count > 1 else 0

    def show_row(self, index: int) -> None:
        """Turn to the page that shows row `index` (after it moved, say)."""
        self.pager.page = self.row_page(index)

    def turns_to(self, index: int, page: int) -> list[PilotAction]:
        """The clicks on Back or Next that turn from `page` to the page showing row `index`."""
        step = self.row_page(index) - page
        return [Click(self.pager.next_id if step > 0 else self.pager.back_id)] * abs(step)

    def regions(self) -> layout.Regions:
        picture = bool(self._picture())
        width = layout.WIDTH - (layout.PICTURE.width + 2 * layout.GAP if picture else 0)
        prompt = self.look.height(self.ctx.text(self.puzzle.prompt), width, style="puzzle.prompt")
        limit = min(prompt, layout.PROMPT.height * 2)
        hints = chrome.hints_height(self.look, layout.WIDTH, self._hint_text())
        return layout.regions(
            self._hints_strip(),
            limit,
            picture=picture,
            hints_height=max(layout.HINTS_HEIGHT, hints),
            body_bottom=self.bottom().body_bottom,
        )

    def bottom(self) -> layout.Bottom:
        """The bottom row (Hint, the message area, Check) at the chosen text size."""
        return layout.bottom_row(self.look.text_scale)

    def _row_message(self) -> Message | None:
        """The message shown by the bottom row (None: the row shows the stakes)."""
        return None if self.solved or self.carded else self.message

    @property
    def carded(self) -> bool:
        """Whether the message is too long for the bottom row (long feedback, large text): it
        then covers the body, with a button back to the answer."""
        if self.message is None or self.solved:
            return False
        row = self.bottom().message
        return chrome.message_height(self.look, row.width, self.message) > row.height

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
        if self.message is not None and self.message.kind == "wrong" and self.wrong is not None:
            self.message = self._wrong_message(*self.wrong)  # in the language and room now
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the widgets from the state; call after every change."""
        self.revision += 1
        if self.solved:
            last = self.result_page >= len(self._result_pages()) - 1
            label = self.ctx.t("common.continue" if last else "common.next")
            self.items = [
                *(self._picture() if self._prompt_shown(self.regions()) else []),
                Button(CONTINUE_ID, label, self.bottom().check, self._continue),
            ]
            return
        regions = self.regions()
        body = self._back_to_answer(regions) if self.carded else self.build_body(regions.body)
        self.items = [*self._picture(), *body, *self._buttons()]

    def _back_to_answer(self, regions: layout.Regions) -> list[Widget]:
        """The button under a message that covers the body, back to the answer."""
        rect = pygame.Rect(0, 0, layout.CHECK_BUTTON.width * 2, self.bottom().check.height)
        rect.midbottom = regions.body.midbottom
        label = self.ctx.t("puzzle.back_to_answer")
        return [Button(AGAIN_ID, label, rect, self.changed)]

    def _card(self, regions: layout.Regions) -> pygame.Rect:
        """Where a message that covers the body goes: above the button back to the answer."""
        top = regions.below_prompt.top
        bottom = regions.body.bottom - self.bottom().check.height - layout.GAP
        return pygame.Rect(layout.LEFT, top, layout.WIDTH, bottom - top)

    def _buttons(self) -> list[Widget]:
        t, bottom = self.ctx.t, self.bottom()
        buttons: list[Widget] = []
        if self.has_check:
            buttons.append(Button(CHECK_ID, t("puzzle.check"), bottom.check, self.check))
        if self.puzzle.hints:
            buttons.append(self._hint_button(bottom.hint))
        buttons.append(Button(CLOSE_ID, t("puzzle.close"), layout.CLOSE, self._close, "quiet"))
        return buttons

    def _hint_button(self, rect: pygame.Rect) -> Button:
        shown = len(self.host.hints_shown())
        if shown >= len(self.puzzle.hints):
            return Button(
                HINT_ID,
                self.ctx.t("puzzle.no_hints"),
                rect,
                None,
                "quiet",
                enabled=False,
            )
        cost = self._hint_cost(self.puzzle.hints[shown])
        label = self.ctx.t("puzzle.hint", cost=cost) if cost else self.ctx.t("puzzle.hint_free")
        return Button(HINT_ID, label, rect, self.take_hint, "quiet")

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
            self.refresh()
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
            self.wrong = (answer, cost)
            self.message = self._wrong_message(answer, cost)
            self.after_wrong(answer)
            self.shake_now()
        self.refresh()

    def _wrong_message(self, answer: Any, cost: int) -> Message:
        """What a wrong answer is told: its feedback, how far off it was, what it cost."""
        again = self.ctx.t("puzzle.lost", points=cost) if cost else self.ctx.t("puzzle.try_again")
        parts = (self.feedback(answer), self.wrong_note(answer), again)
        return Message("wrong", " ".join(part for part in parts if part))

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
        """On to the rest of the result, or back to the room once all of it was shown."""
        if self.result_page < len(self._result_pages()) - 1:
            self.result_page += 1
            self.refresh()
            return
        self.dismiss(PuzzleOutcome(self.puzzle.id, solved=True))

    # --- drawing --------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        look, regions = self.look, self.regions()
        look.panel(surface, layout.PANEL, theme.PAPER)
        look.text(surface, self.ctx.text(self.puzzle.title), layout.TITLE, style="heading.left")
        if self._prompt_shown(regions):
            prompt = self.ctx.text(self.puzzle.prompt)
            look.text(surface, prompt, regions.prompt, style="body.middle")
        if self.solved:
            result = self._shown_result()
            chrome.draw_result(surface, look, self._result_box(regions, result), result)
        else:
            if not self.carded:
                self._draw_hints(surface, regions.hints)
                self.draw_body(surface, regions.body)
        self.draw_widgets(surface)
        shown, row = self._row_message(), self.bottom().message
        if self.carded and self.message is not None:
            chrome.draw_message(surface, look, self._card(regions), self.message)
        if shown is not None:
            chrome.draw_message(surface, look, row, shown)
        elif not self.solved:
            chrome.draw_stakes(surface, look, row, self.stakes_text())
        if self.pager.count > 1 and not self.solved and not self.carded:
            self.pager.draw(surface, look)
        self.drag.draw(surface, look)

    def still_key(self) -> Hashable | None:
        """What the puzzle shows: its widgets as last built, what has the focus, the pointer or
        the press, what was typed, the message, the result's card, the hints and the stakes,
        the settings; None while it shakes or something is dragged."""
        if self.shake.active or self.drag.moving:
            return None
        focus = self.focus
        typed = tuple(w.value for w in self.items if isinstance(w, TextInput))
        return (
            self.revision,
            (focus.focused_id, focus.hovered_id, focus.pressed_id),
            typed,
            self.message,
            self.result_page,
            len(self.host.hints_shown()),
            self.stakes_text(),
            repr(self.ctx.settings),
        )

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
        """The most room the result may take: from the prompt down."""
        below = regions.below_prompt
        return pygame.Rect(
            below.x, regions.prompt.top, below.width, below.bottom - regions.prompt.top
        )

    def _result_box(self, regions: layout.Regions, result: ResultText) -> pygame.Rect:
        """Where the result shows: under the prompt, so the question stays in view, or over
        the prompt too when it needs the room (long explanations, large text)."""
        below, most = regions.below_prompt, self.result_area(regions)
        fits = chrome.result_height(self.look, below.width, result) <= below.height
        return below if fits and below.width == most.width else most

    def _result_pages(self) -> list[ResultText]:
        """The result on one card, or on two when it does not fit on one (large text): the
        feedback and details first, then the explanation and the rewards; on more, filled
        sentence by sentence, when those do not fit."""
        full, most = self.result_text(), self.result_area(self.regions())

        def fits(card: ResultText) -> bool:
            return chrome.result_height(self.look, most.width, card) <= most.height

        if fits(full):
            return [full]
        halves = [
            replace(full, explanation="", rewards=()),
            replace(full, feedback="", details=""),
        ]
        return halves if all(map(fits, halves)) else chrome.result_cards(full, fits)

    def _shown_result(self) -> ResultText:
        pages = self._result_pages()
        return pages[min(self.result_page, len(pages) - 1)]

    def _prompt_shown(self, regions: layout.Regions) -> bool:
        if not self.solved:
            return True
        return self._result_box(regions, self._shown_result()).top > regions.prompt.top

    def _draw_hints(self, surface: pygame.Surface, rect: pygame.Rect | None) -> None:
        if rect is not None:
            shown = bool(self.host.hints_shown())
            chrome.draw_hints(surface, self.look, rect, self._hint_text(), shown)

    def _hints_strip(self) -> bool:
        """Whether the hints strip is shown: once a hint is taken; before, the offer of one only
        while it reads on one line (with large text the Hint button says it, and the body keeps
        the room)."""
        if not self.puzzle.hints:
            return False
        if self.host.hints_shown():
            return True
        one_line = chrome.hints_height(self.look, layout.WIDTH, "x")
        return chrome.hints_height(self.look, layout.WIDTH, self._hint_text()) <= one_line

    def _hint_text(self) -> str:
        """The hints strip's text: the latest hint taken, or what a hint offers."""
        shown = self.host.hints_shown()
        if not shown:
            return self.ctx.t("puzzle.hints_offer")
        return self.ctx.t("puzzle.hint_text", number=len(shown), text=self.ctx.text(shown[-1].text))

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
