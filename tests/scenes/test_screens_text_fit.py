"""Every screen and every puzzle type, as `make screenshots` draws them: no text cut short or
below the readable size of the chosen text size, no texts or widgets over each other, no blank
picture. Both languages, at every text size the settings offer (100, 125, 150, 175 and 200 %)."""

from __future__ import annotations

import pytest

from escape_room import paths
from escape_room.content.pack import Pack, load_pack
from escape_room.i18n import LANGUAGES
from escape_room.kinds import KINDS
from escape_room.tools.screenshots import VARIANTS, pack_screens, shoot

_PACK = load_pack(paths.bundled_pack())
EVERY = list(pack_screens(_PACK))


@pytest.mark.parametrize("scale", [100, 125, 150, 175, 200])
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("screen", EVERY)
def test_every_screen_is_whole_and_readable_at_every_text_size(
    bundled_pack: Pack, screen: str, lang: str, scale: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(VARIANTS, f"text{scale}", {"text_scale": scale})
    assert not shoot(bundled_pack, screen, lang, f"text{scale}").problems


def test_the_screenshots_cover_every_puzzle_type_in_each_language_and_variant() -> None:
    names = [
        f"{screen}-{lang}-{variant}.png"
        for lang in LANGUAGES
        for variant in VARIANTS
        for screen in EVERY
    ]
    assert len(names) >= 40 and {"large", "contrast"} <= set(VARIANTS)
    assert all(f"puzzle-{kind}-lt-contrast.png" in names for kind in KINDS)
