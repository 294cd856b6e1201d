"""Every main screen, in every language at the largest text size: no text is cut short or
shrunk below a readable size (it can never leave its box: see test_text_fit)."""

from __future__ import annotations

from collections.abc import Iterator

import pygame
import pytest

from escape_room.content.pack import Pack
from escape_room.i18n import LANGUAGES
from escape_room.tools.screenshots import SCREENS, render
from escape_room.ui import look as look_module
from escape_room.ui.text import ELLIPSIS, layout

READABLE = 14
Drawn = tuple[str, pygame.Rect, int, bool]


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Drawn]]:
    """Every text drawn through the look, with its box, size and weight."""
    texts: list[Drawn] = []
    draw = look_module.draw_text

    def spy(
        surface: pygame.Surface, text: str, rect: pygame.Rect, pixels: int, *rest: object
    ) -> pygame.Rect:
        texts.append((text, rect.copy(), pixels, bool(rest[1]) if len(rest) > 1 else False))
        return draw(surface, text, rect, pixels, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(look_module, "draw_text", spy)
    yield texts


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("screen", list(SCREENS))
def test_screen_texts_fit_whole_and_readable(
    bundled_pack: Pack, drawn: list[Drawn], screen: str, lang: str
) -> None:
    render(bundled_pack, screen, lang, "large")
    assert len(drawn) > 2
    problems = []
    for text, rect, pixels, bold in drawn:
        fitted = layout(text, rect.width, rect.height, pixels, bold)
        if text.strip() and (not fitted.lines or fitted.lines[-1].endswith(ELLIPSIS)):
            problems.append(f"cut: {text[:60]!r} in {rect}")
        elif text.strip() and fitted.pixels < READABLE:
            problems.append(f"{fitted.pixels}px: {text[:60]!r} in {rect}")
    assert not problems
