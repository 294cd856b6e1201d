"""Drawing the parts of a puzzle's panel around its body: the hints strip, the message area,
and the result once the puzzle is solved (feedback, explanation, points and the reward)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import pygame

from escape_room.art.icons import draw_icon
from escape_room.scenes.puzzles.layout import HINT_TINT, NOTE_TINT, RESULT_TINT, WRONG_TINT
from escape_room.ui import theme
from escape_room.ui.look import Look

MessageKind = Literal["wrong", "note"]


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


def draw_hints(
    surface: pygame.Surface, look: Look, rect: pygame.Rect, text: str, shown: bool
) -> None:
    """The hints strip: the hints taken so far, or (muted) what a hint costs."""
    look.panel(surface, rect, HINT_TINT if shown else theme.PAPER, theme.WARN)
    ink = theme.INK if shown else theme.MUTED_INK
    look.text(
        surface,
        text,
        rect.inflate(-2 * theme.SPACE, -8),
        theme.SMALL + 2,
        ink,
        shown,
        "left",
        "middle",
    )


def draw_message(surface: pygame.Surface, look: Look, rect: pygame.Rect, message: Message) -> None:
    """The message area: a wrong answer in red on pink, a note on yellow."""
    wrong = message.kind == "wrong"
    look.panel(
        surface, rect, WRONG_TINT if wrong else NOTE_TINT, theme.BAD if wrong else theme.WARN
    )
    ink = theme.BAD if wrong else theme.INK
    look.text(
        surface,
        message.text,
        rect.inflate(-theme.SPACE, -8),
        theme.BODY,
        ink,
        True,
        "center",
        "middle",
    )


def draw_result(surface: pygame.Surface, look: Look, rect: pygame.Rect, result: ResultText) -> None:
    """The result card: a green heading, the feedback, the explanation, then the rewards."""
    look.panel(surface, rect, RESULT_TINT, theme.GOOD)
    inner = rect.inflate(-2 * theme.SPACE, -2 * theme.SPACE)
    heading = pygame.Rect(inner.x + 64, inner.y, inner.width - 64, 56)
    draw_icon(surface, "star", pygame.Rect(inner.x, inner.y, 52, 52))
    look.text(surface, result.heading, heading, theme.HEADING, theme.GOOD, True, "left", "middle")
    reward_top = inner.bottom - 92 * len(result.rewards)
    text_top = heading.bottom + theme.SPACE // 2
    feedback = pygame.Rect(inner.x, text_top, inner.width, 72 if result.feedback else 0)
    look.text(surface, result.feedback, feedback, theme.BODY, theme.INK, True, "left", "top")
    below = feedback.bottom + (theme.SPACE // 2 if result.feedback else 0)
    explanation = pygame.Rect(inner.x, below, inner.width, reward_top - below - theme.SPACE // 2)
    look.text(surface, result.explanation, explanation, theme.BODY, theme.INK, False, "left", "top")
    for index, line in enumerate(result.rewards):
        _draw_reward(
            surface, look, pygame.Rect(inner.x, reward_top + index * 92, inner.width, 84), line
        )


def _draw_reward(surface: pygame.Surface, look: Look, rect: pygame.Rect, line: RewardLine) -> None:
    look.panel(surface, rect, theme.PANEL, theme.GOOD)
    icon = pygame.Rect(rect.x + 8, rect.y + 6, rect.height - 12, rect.height - 12)
    draw_icon(surface, line.icon, icon, line.digit)
    text = pygame.Rect(
        icon.right + theme.SPACE,
        rect.y + 6,
        rect.right - icon.right - 2 * theme.SPACE,
        rect.height - 12,
    )
    look.text(surface, line.text, text, theme.BODY, theme.INK, True, "left", "middle")
