"""The forms (team setup, class session, every page of the settings, the exit keypad) are drawn
whole at the text sizes between those the screenshots check (125 % and 175 %), in both
languages, and the team setup also for a pack whose rooms give no age group; the keypad lists
every source of the code at the largest text."""

from __future__ import annotations

import random

import pygame
import pytest

from escape_room.content.pack import Pack
from escape_room.i18n import LANGUAGES
from escape_room.scenes.keypad import KeypadScene, Source
from escape_room.tools.screenshots import VARIANTS, shoot
from escape_room.ui.context import GameContext
from escape_room.ui.look import recording
from escape_room.ui.settings import Settings
from tests.scenes.conftest import fixed_now

FORMS = ["team", "session", "settings", "settings-2", "settings-3", "keypad"]


@pytest.mark.parametrize("scale", [125, 175])
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("screen", FORMS)
def test_every_form_is_whole_between_the_checked_text_sizes(
    bundled_pack: Pack, monkeypatch: pytest.MonkeyPatch, screen: str, lang: str, scale: int
) -> None:
    monkeypatch.setitem(VARIANTS, "scaled", {"text_scale": scale})
    assert not shoot(bundled_pack, screen, lang, "scaled").problems


@pytest.mark.parametrize("variant", ["normal", "largest"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_team_setup_without_age_groups_is_whole(
    mini_pack: Pack, lang: str, variant: str
) -> None:
    assert not shoot(mini_pack, "team", lang, variant).problems


SOURCES = [
    "1. ? — dar nerastas (Kaip pereiti gatvę)",
    "2. 8 — iš: Formos kalba",
    "3. ? — dar nerastas (Laisvųjų rankų įranga?)",
    "4. 5 — iš: 30, 40 ar 50?",
    "Užuomina: Raštelis ant medžio",
]


def test_the_keypad_lists_every_source_at_the_largest_text(bundled_pack: Pack) -> None:
    # given five sources beside the keys, at 200 % in Lithuanian (the widest keys)
    ctx = GameContext(bundled_pack, Settings("lt", text_scale=200), random.Random(1), fixed_now)
    ctx.apply_settings()
    sources = [Source(f"source:{n}", text, None) for n, text in enumerate(SOURCES)]
    # when the keypad is shown
    keypad = KeypadScene(ctx, 4, lambda code: False, lambda: sources)
    # then every source has its line, each whole
    lines = [w for w in keypad.widgets() if w.id.startswith("keypad:source")]
    assert [line.label for line in lines] == SOURCES
    with recording() as drawn:
        keypad.draw(pygame.Surface((1280, 720)))
    assert not [d.text for d in drawn if d.cut]
