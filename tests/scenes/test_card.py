"""A card (a room's story, a clue, a message) shows its whole text at every text size: on the
usual card when it fits, else on the whole screen, page by page."""

from __future__ import annotations

import random

import pygame
import pytest

from escape_room.content.pack import Pack
from escape_room.i18n import LANGUAGES
from escape_room.scenes.common import CARD_RECT, Card
from escape_room.ui.context import GameContext
from escape_room.ui.look import recording
from escape_room.ui.scene import SceneStack
from escape_room.ui.settings import Settings
from tests.scenes.conftest import fixed_now


def _card(pack: Pack, lang: str, scale: int, body: str) -> Card:
    ctx = GameContext(pack, Settings(lang, text_scale=scale), random.Random(1), fixed_now)
    return Card(ctx, "A title", body, "Start", icon=("clue", None))


def _shown(card: Card) -> list[str]:
    """The texts drawn on each page, each checked whole and readable."""
    pages = []
    for page in range(len(card.pages)):
        card.pager.page = page
        with recording() as texts:
            card.draw(pygame.Surface((1280, 720)))
        assert [t.text for t in texts if t.cut] == []
        assert [t.text for t in texts if t.pixels < card.look.min_text] == []
        pages.append(card.pages[page])
    return pages


@pytest.mark.parametrize("scale", [100, 150, 200])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_story_and_clue_of_the_pack_is_shown_whole(
    bundled_pack: Pack, lang: str, scale: int
) -> None:
    ctx = GameContext(bundled_pack, Settings(lang, text_scale=scale), random.Random(1), fixed_now)
    for room in bundled_pack.rooms:
        model = room.model
        clues = [h.opens.clue for h in model.hotspots if h.opens.clue is not None]
        for text in [model.intro, model.outro, *clues]:
            body = ctx.text(text)
            assert body.strip()
            card = _card(bundled_pack, lang, scale, body)
            assert " ".join(_shown(card)).split() == body.split()


def test_a_short_text_keeps_the_usual_card_with_one_button(bundled_pack: Pack) -> None:
    card = _card(bundled_pack, "en", 200, "Well done.")
    assert card.rect == CARD_RECT and [w.id for w in card.widgets()] == ["card:close"]


def test_a_long_text_is_read_page_by_page_and_enter_then_closes(bundled_pack: Pack) -> None:
    ctx = GameContext(bundled_pack, Settings("lt", text_scale=200), random.Random(1), fixed_now)
    card = Card(ctx, "Pavadinimas", " ".join(["Saugus kelias į mokyklą."] * 30), "Pradėti")
    closed: list[None] = []
    stack = SceneStack()
    stack.push(card, on_result=closed.append)
    assert len(card.pages) > 2 and card.rect.contains(CARD_RECT)
    enter = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0, unicode="\r")
    card.focus.set("card:next")
    for _ in range(len(card.pages) - 1):
        card.draw(pygame.Surface((1280, 720)))
        stack.handle(enter)
    assert card.pager.last and not closed
    card.draw(pygame.Surface((1280, 720)))
    stack.handle(enter)
    assert closed == [None]
