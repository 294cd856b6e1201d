"""Every screen and every puzzle type, as `make screenshots` draws them: no text cut short or
below the readable size of the chosen text size, no texts or widgets over each other, no blank
picture. Both languages, at normal size (100 %), large (150 %) and largest (200 %)."""

from __future__ import annotations

import pytest

from escape_room import paths
from escape_room.content.pack import Pack, load_pack
from escape_room.i18n import LANGUAGES
from escape_room.kinds import KINDS
from escape_room.tools.screenshots import VARIANTS, pack_screens, shoot

_PACK = load_pack(paths.bundled_pack())
EVERY = list(pack_screens(_PACK))


@pytest.mark.parametrize("variant", ["normal", "large", "largest"])
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("screen", EVERY)
def test_every_screen_is_whole_and_readable_at_every_text_size(
    bundled_pack: Pack, screen: str, lang: str, variant: str
) -> None:
    assert not shoot(bundled_pack, screen, lang, variant).problems


def test_the_screenshots_cover_every_puzzle_type_in_each_language_and_variant() -> None:
    names = [
        f"{screen}-{lang}-{variant}.png"
        for lang in LANGUAGES
        for variant in VARIANTS
        for screen in EVERY
    ]
    assert len(names) >= 40 and {"large", "contrast"} <= set(VARIANTS)
    assert all(f"puzzle-{kind}-lt-contrast.png" in names for kind in KINDS)
