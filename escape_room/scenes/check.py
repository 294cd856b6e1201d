"""The knowledge check: the pack's short quiz, before the first room and after the last.

Every player answers alone, in turn: an intro says it gives no points, then for each player a
screen asks the team to pass the keyboard (the others look away; not for a team of one), then
the player answers each item of the form, one at a time, with no feedback (it is a measurement):
one click (or Enter on an option) answers and shows the next item. An item about a sign or a
scene shows its drawn picture left of the question, its words as the picture's label. Each
answer is recorded at once as a `CheckAnswered` event. The team's `check_forms` say which form
comes before and which after (A then B when there is no team). The scene ends with a
`CheckOutcome` once every player has answered.

There is no skip button: the quiz takes a minute or two, and a skip within a student's reach
would empty the measurement the class's results are built on. Whether a class does the check at
all is the pack's choice (a pack without one shows no check).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import pygame

from escape_room.content.models import CheckItem
from escape_room.model.events import CheckAnswered
from escape_room.pilot import Click, PilotAction
from escape_room.scenes.check_layout import (
    QUESTION,
    ItemLayout,
    ItemTexts,
    heading_box,
    item_layout,
)
from escape_room.scenes.contracts import CheckOutcome, CheckPhase
from escape_room.scenes.puzzles import layout
from escape_room.scenes.puzzles.choices import Choice
from escape_room.scenes.shown import shown
from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.scene import ModalScene
from escape_room.ui.text import Align
from escape_room.ui.widgets import Button, Widget

Page = Literal["intro", "pass", "item", "done"]
Form = Literal["A", "B"]
_BUTTON = layout.CHECK_BUTTON
_PAGE_BUTTONS = {
    "intro": ("check:start", "check.start"),
    "pass": ("check:go", "check.go"),
    "done": ("check:done", "common.continue"),
}
"""The one button of each page but the items': its id and text."""
_TEXT = pygame.Rect(layout.LEFT + 40, 130, layout.WIDTH - 80, 440)
Line = tuple[str, pygame.Rect, int, theme.Colour, bool, Align]
"""A text to draw: the text, its box, size, colour, weight and alignment."""


def check_scene_for(ctx: GameContext, phase: CheckPhase) -> CheckScene | None:
    """The knowledge check of the context's pack for `phase`, or None when the pack has none."""
    check = ctx.pack.model.knowledge_check
    if check is None:
        return None
    forms = ctx.team.check_forms if ctx.team is not None else ("A", "B")
    form: Form = forms[0] if phase == "before" else forms[1]
    items = check.form_a if form == "A" else check.form_b
    players = list(ctx.team.nicknames) if ctx.team is not None else []
    return CheckScene(ctx, phase, form, items, players or [ctx.t("team.player", number=1)])


class CheckScene(ModalScene[CheckOutcome]):
    """One form of the check, answered by each player in turn."""

    def __init__(
        self,
        ctx: GameContext,
        phase: CheckPhase,
        form: Form,
        items: list[CheckItem],
        players: list[str],
    ) -> None:
        super().__init__(ctx)
        self.phase, self.form, self.questions, self.players = phase, form, items, players
        self.page: Page = "intro"
        self.player = self.item = 0
        self.options: list[str] = []
        self.answered = self.right = 0
        self.buttons: list[Widget] = []
        self.heading = pygame.Rect(0, 0, 0, 0)
        """Where the page's heading goes (worked out with the page, not each frame)."""
        self.placed: ItemLayout | None = None
        """Where the parts of the item shown go, at the chosen text size."""

    # --- moving through the pages --------------------------------------------------------

    def enter(self) -> None:
        self.refresh()

    def settings_changed(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Lay out the page shown and rebuild its widgets."""
        self.heading = heading_box(self.look, self._title(), layout.WIDTH)
        if self.page == "item":
            self.placed = self._item_layout()
            self.heading = self.placed.title
            self.buttons = self._item_widgets(self.placed)
            return
        button_id, text = _PAGE_BUTTONS[self.page]
        start = self._pass if len(self.players) > 1 else self._first_item  # alone: no handing
        actions = {"intro": start, "pass": self._first_item, "done": self._done}
        self.buttons = [Button(button_id, self.ctx.t(text), _BUTTON, actions[self.page])]

    def _pass(self) -> None:
        self.page = "pass"
        self.refresh()

    def _first_item(self) -> None:
        self.item = 0
        self._show_item()

    def _show_item(self) -> None:
        self.page = "item"
        self.options = [option.id for option in self.questions[self.item].options]
        self.ctx.rng.shuffle(self.options)
        self.focus.set(None)
        self.refresh()

    def _answer(self, option_id: str) -> None:
        self._record(self.questions[self.item], option_id)
        if self.item + 1 < len(self.questions):
            self.item += 1
            self._show_item()
        elif self.player + 1 < len(self.players):
            self.player += 1
            self._pass()
        else:
            self.page = "done"
            self.refresh()

    def _record(self, item: CheckItem, response: str) -> None:
        correct = any(o.id == response and o.correct for o in item.options)
        self.answered += 1
        self.right += correct
        player = self.players[self.player]
        self.ctx.record(
            CheckAnswered(self.phase, self.form, item.id, item.objective, player, response, correct)
        )

    def _done(self) -> None:
        self.dismiss(CheckOutcome(self.answered, self.right))

    # --- an item -------------------------------------------------------------------------

    def _item_widgets(self, placed: ItemLayout) -> list[Widget]:
        item, texts = self.questions[self.item], self._texts()
        choices: list[Widget] = [
            Choice(
                f"check:option:{option_id}",
                texts[option_id],
                cell,
                self._chooser(option_id),
                "radio",
                False,
            )
            for option_id, cell in zip(self.options, placed.options, strict=True)
        ]
        alt = self.ctx.text(item.image.alt) if item.image else ""
        return [*shown(item.image, alt, placed.picture), *choices]

    def _item_layout(self) -> ItemLayout:
        item, t, texts = self.questions[self.item], self.ctx.t, self._texts()
        return item_layout(
            self.look,
            ItemTexts(
                title=self._title(),
                answering=t("check.answering", name=self.players[self.player]),
                count=t("check.question", number=self.item + 1, count=len(self.questions)),
                prompt=self.ctx.text(item.prompt),
                options=tuple(texts[option_id] for option_id in self.options),
                pictured=_pictured(item),
            ),
        )

    def _texts(self) -> dict[str, str]:
        """The text of each option of the item shown, by its id."""
        return {o.id: self.ctx.text(o.text) for o in self.questions[self.item].options}

    def _chooser(self, option_id: str) -> Callable[[], None]:
        return lambda: self._answer(option_id)

    def widgets(self) -> list[Widget]:
        return self.buttons

    # --- drawing -------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        look = self.look
        look.panel(surface, layout.PANEL, theme.PAPER)
        for text, rect, pixels, colour, bold, align in [self._heading(), *self._lines()]:
            look.text(
                surface,
                text,
                rect,
                style="body.middle",
                size=pixels,
                colour=colour,
                bold=bold,
                align=align,
            )
        self.draw_widgets(surface)

    def _title(self) -> str:
        return self.ctx.t("check.title_before" if self.phase == "before" else "check.title_after")

    def _heading(self) -> Line:
        """The page's heading, as tall as it needs (beside the corner's lines on an item)."""
        return self._title(), self.heading, theme.HEADING, theme.INK, True, "left"

    def _lines(self) -> list[Line]:
        """The texts of the page shown."""
        t, before, player = self.ctx.t, self.phase == "before", self.players[self.player]
        if self.page == "item":
            return self._item_lines()
        band = self._band
        if self.page == "intro":
            intro = t("check.intro_before" if before else "check.intro_after")
            text = f"{intro}\n\n{t('check.not_marked')}"
            return [(text, band(_TEXT.top, _TEXT.height), QUESTION, theme.INK, False, "left")]
        if self.page == "pass":
            return [
                (t("check.pass_to"), band(150, 60), theme.HEADING, theme.INK, False, "center"),
                (player, band(230, 110), theme.TITLE + 20, theme.BUTTON, True, "center"),
                (t("check.look_away"), band(380, 90), theme.BODY, theme.MUTED_INK, True, "center"),
            ]
        body = t("check.done_before" if before else "check.done_after")
        return [
            (t("check.thanks"), band(200, 90), theme.HEADING, theme.GOOD, True, "center"),
            (body, band(310, 80), QUESTION, theme.INK, False, "center"),
        ]

    def _item_lines(self) -> list[Line]:
        """Who answers and the question's number in the corner, and the question."""
        t, player = self.ctx.t, self.players[self.player]
        count = t("check.question", number=self.item + 1, count=len(self.questions))
        placed, prompt = self.placed, self.ctx.text(self.questions[self.item].prompt)
        assert placed is not None
        return [
            (t("check.answering", name=player), placed.answering, theme.BODY, theme.BUTTON, True,
             "right"),
            (count, placed.count, theme.SMALL, theme.MUTED_INK, False, "right"),
            (prompt, placed.prompt, QUESTION, theme.INK, True, "left"),
        ]  # fmt: skip

    def _band(self, top: int, height: int) -> pygame.Rect:
        """A strip across the panel's text area, moved down as far as a tall heading needs."""
        low = self.heading.bottom + layout.GAP
        return pygame.Rect(_TEXT.x, top + max(0, low - _TEXT.top), _TEXT.width, height)

    # --- the demo mode -------------------------------------------------------------------

    def autoplay_actions(self, correct: bool) -> list[PilotAction]:
        """The next page's input: start, go, one answer (right when `correct`), or continue."""
        if self.page != "item":
            return [Click(_PAGE_BUTTONS[self.page][0])]
        item = self.questions[self.item]
        wanted = next(o.id for o in item.options if o.correct == correct)
        return [Click(f"check:option:{wanted}")]


def _pictured(item: CheckItem) -> bool:
    """Whether the item shows a drawn sign or object beside its question."""
    return item.image is not None and item.image.is_small
