"""Drawing the parts of a puzzle's panel around its body: the hints strip, the message area,
and the result once the puzzle is solved (feedback, explanation, points and the reward)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

import pygame

from escape_room.art.icons import draw_icon
from escape_room.scenes.puzzles.layout import HINT_TINT, NOTE_TINT, RESULT_TINT, WRONG_TINT
from escape_room.ui import theme
from escape_room.ui.look import Look
from escape_room.ui.text import layout

MessageKind = Literal["wrong", "note"]
_HEADING = 64
_REWARD = 92
_MARKED = 74
"""The width of a message's mark and the margins beside its text."""
_ABBREVIATIONS = {"m.", "pvz.", "tšk.", "val.", "min.", "kt.", "nr.", "y.", "e.g.", "i.e."}
"""Words with a full stop where no sentence ends ("2018 m.", "pvz.", "t. y.")."""


@dataclass(frozen=True)
class Message:
    """What the message area says: a wrong answer's feedback, or a note (nothing was checked)."""

    kind: MessageKind
    text: str


@dataclass(frozen=True)
class RewardLine:
    """One thing solving gave: an icon kind (clue, digit, item), the digit, and the text."""

    icon: str
    digit: str | None
    text: str


@dataclass(frozen=True)
class ResultText:
    """What the result of a solved puzzle says."""

    heading: str
    feedback: str
    explanation: str
    rewards: tuple[RewardLine, ...]
    details: str = ""


def draw_hints(
    surface: pygame.Surface, look: Look, rect: pygame.Rect, text: str, shown: bool
) -> None:
    """The hints strip: the hints taken so far, or (muted) what a hint costs."""
    look.panel(surface, rect, HINT_TINT if shown else theme.PAPER, theme.WARN)
    look.text(
        surface, text, rect.inflate(-2 * theme.SPACE, -8), style="hint" if shown else "hint.offer"
    )


def message_height(look: Look, width: int, message: Message) -> int:
    """How tall a message area `width` wide must be for the message at the readable size."""
    style = "feedback.wrong" if message.kind == "wrong" else "feedback.note"
    return needed_height(look, message.text, width - _MARKED, style) + 8


def hints_height(look: Look, width: int, text: str) -> int:
    """How tall a hints strip `width` wide must be for `text` at the readable size."""
    return needed_height(look, text, width - 2 * theme.SPACE, "hint") + 8


def needed_height(look: Look, text: str, width: int, style: str) -> int:
    """How tall `text` in `style` is wrapped to `width` at the readable size."""
    return look.needed_height(text, width, style=style)


def draw_message(surface: pygame.Surface, look: Look, rect: pygame.Rect, message: Message) -> None:
    """The message area: a wrong answer in red on pink with a cross, a note on yellow with a
    warning triangle (so colour is never the only sign)."""
    wrong = message.kind == "wrong"
    look.panel(
        surface, rect, WRONG_TINT if wrong else NOTE_TINT, theme.BAD if wrong else theme.WARN
    )
    mark = pygame.Rect(rect.x + 10, rect.centery - 20, 40, 40)
    draw_icon(surface, "wrong" if wrong else "warning", mark)
    text = pygame.Rect(mark.right + 8, rect.y + 4, rect.width - _MARKED, rect.height - 8)
    look.text(surface, message.text, text, style="feedback.wrong" if wrong else "feedback.note")


def draw_stakes(surface: pygame.Surface, look: Look, rect: pygame.Rect, text: str) -> None:
    """The message area before any answer: what the puzzle is worth and what mistakes cost."""
    look.panel(surface, rect, theme.PAPER, theme.PANEL_EDGE)
    look.text(surface, text, rect.inflate(-theme.SPACE, -8), style="stakes")


def draw_result(surface: pygame.Surface, look: Look, rect: pygame.Rect, result: ResultText) -> None:
    """The result card, as tall as its content needs (at most `rect`): a green heading, the
    feedback, the details and the explanation, then the rewards."""
    inner = rect.inflate(-2 * theme.SPACE, -2 * theme.SPACE)
    rewards = [_reward_height(look, inner.width, line) for line in result.rewards]
    heading_height = _heading_height(look, inner.width, result.heading)
    room = inner.height - heading_height - sum(rewards) - 2 * theme.SPACE
    least = needed_height(look, result.feedback, inner.width, "body.bold")
    body_text = _body_text(result)
    body_least = needed_height(look, body_text, inner.width, "body") if body_text else 0
    share = max(least, min(room // 3, room - body_least))
    feedback = min(_height(look, result.feedback, inner.width, True), share)
    body = min(_height(look, body_text, inner.width, False), room - feedback)
    card = pygame.Rect(rect.x, rect.y, rect.width, rect.height - (room - feedback - body))
    look.panel(surface, card, RESULT_TINT, theme.GOOD)
    draw_icon(surface, "star", pygame.Rect(inner.x, inner.y, 52, 52))
    heading = pygame.Rect(inner.x + 64, inner.y, inner.width - 64, heading_height - 8)
    look.text(surface, result.heading, heading, style="feedback.right")
    top = inner.y + heading_height
    look.text(
        surface,
        result.feedback,
        pygame.Rect(inner.x, top, inner.width, feedback),
        style="body.bold",
    )
    top += feedback + theme.SPACE
    look.text(surface, body_text, pygame.Rect(inner.x, top, inner.width, body), style="body")
    top += body + theme.SPACE
    for line, height in zip(result.rewards, rewards, strict=True):
        _draw_reward(surface, look, pygame.Rect(inner.x, top, inner.width, height - 8), line)
        top += height


def result_height(look: Look, width: int, result: ResultText) -> int:
    """The least height the result card needs for all its text at the readable size."""
    inner = width - 2 * theme.SPACE
    texts = needed_height(look, result.feedback, inner, "body.bold") + needed_height(
        look, _body_text(result), inner, "body"
    )
    rewards = sum(_reward_height(look, inner, line) for line in result.rewards)
    return 4 * theme.SPACE + _heading_height(look, inner, result.heading) + rewards + texts + 8


def result_cards(result: ResultText, fits: Callable[[ResultText], bool]) -> list[ResultText]:
    """`result` over as many cards as it takes, each holding what `fits` lets it (at least
    one sentence or reward), in order: the feedback, the details, the explanation and the
    rewards."""
    empty = replace(result, feedback="", details="", explanation="", rewards=())
    cards, card = [], empty
    for piece in _pieces(result):
        longer = piece(card)
        if card != empty and not fits(longer):
            cards.append(card)
            longer = piece(empty)
        card = longer
    return [*cards, card]


def _pieces(result: ResultText) -> list[Callable[[ResultText], ResultText]]:
    """Each sentence of the result's texts and each reward, as a step adding it to a card."""

    def text(field: str, sentence: str, joint: str) -> Callable[[ResultText], ResultText]:
        def add(card: ResultText) -> ResultText:
            before: str = getattr(card, field)
            changed = {field: f"{before}{joint}{sentence}" if before else sentence}
            return replace(card, **changed)  # type: ignore[arg-type]

        return add

    def reward(line: RewardLine) -> Callable[[ResultText], ResultText]:
        return lambda card: replace(card, rewards=(*card.rewards, line))

    steps = [
        text(field, sentence, joint)
        for field in ("feedback", "details", "explanation")
        for sentence, joint in _sentences(getattr(result, field))
    ]
    return [*steps, *(reward(line) for line in result.rewards)]


def _sentences(text: str) -> list[tuple[str, str]]:
    """The sentences of `text`, each with what joins it to the one before (a space, or the
    line break between paragraphs); a full stop after an abbreviation or before a small
    letter ends none."""
    found: list[tuple[str, str]] = []
    for paragraph in text.split("\n"):
        parts: list[str] = []
        for part in re.split(r"(?<=[.!?])\s+", paragraph.strip()):
            if parts and (parts[-1].split()[-1] in _ABBREVIATIONS or not part[:1].isupper()):
                parts[-1] = f"{parts[-1]} {part}"
            elif part:
                parts.append(part)
        found += [(part, " " if n else "\n") for n, part in enumerate(parts)]
    return found


def _body_text(result: ResultText) -> str:
    return "\n\n".join(part for part in (result.details, result.explanation) if part)


def _heading_height(look: Look, width: int, text: str) -> int:
    """The heading's row: 64 px, or what its text needs at the readable size."""
    return max(_HEADING, needed_height(look, text, width - 64, "feedback.right") + 8)


def _reward_height(look: Look, width: int, line: RewardLine) -> int:
    """A reward's row: 92 px, or what its text needs at the readable size beside its icon."""
    text = width - _REWARD - 2 * theme.SPACE
    return max(_REWARD, needed_height(look, line.text, text, "label") + 20)


def _height(look: Look, text: str, width: int, bold: bool) -> int:
    """How tall `text` is when wrapped to `width` at the body size."""
    return layout(text, width, 10_000, look.px(theme.BODY), bold).height if text else 0


def _draw_reward(surface: pygame.Surface, look: Look, rect: pygame.Rect, line: RewardLine) -> None:
    look.panel(surface, rect, theme.PANEL, theme.GOOD)
    side = min(rect.height - 12, _REWARD - 20)
    icon = pygame.Rect(rect.x + 8, rect.centery - side // 2, side, side)
    draw_icon(surface, line.icon, icon, line.digit)
    text = pygame.Rect(
        icon.right + theme.SPACE,
        rect.y + 6,
        rect.right - icon.right - 2 * theme.SPACE,
        rect.height - 12,
    )
    look.text(surface, line.text, text, style="label")
