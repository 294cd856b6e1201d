"""The forms (team setup, class session, every page of the settings, the exit keypad) are drawn
whole at the text sizes between those the screenshots check (125 % and 175 %), in both
languages, and the team setup also for a pack whose rooms give no age group."""

from __future__ import annotations

import pytest

from escape_room.content.pack import Pack
from escape_room.i18n import LANGUAGES
from escape_room.tools.screenshots import VARIANTS, shoot

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
