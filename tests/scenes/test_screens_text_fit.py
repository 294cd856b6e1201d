"""Every main screen, in every language at the largest text size: no text is cut short or
shrunk below a readable size (it can never leave its box: see test_text_fit)."""

from __future__ import annotations

import pytest

from escape_room.content.pack import Pack
from escape_room.i18n import LANGUAGES
from escape_room.tools.screenshots import SCREENS, render
from tests.scenes.textcheck import Drawn, misfits


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("screen", list(SCREENS))
def test_screen_texts_fit_whole_and_readable(
    bundled_pack: Pack, drawn: list[Drawn], screen: str, lang: str
) -> None:
    render(bundled_pack, screen, lang, "normal")
    assert len(drawn) > 2
    assert not misfits(drawn)
