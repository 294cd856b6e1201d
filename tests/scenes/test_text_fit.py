"""Text always fits its box: wrapped, shrunk, and cut with an ellipsis only as a last resort."""

from __future__ import annotations

import pygame
import pytest

from escape_room.ui import theme
from escape_room.ui.fonts import font
from escape_room.ui.look import look_for
from escape_room.ui.settings import TEXT_SCALES
from escape_room.ui.text import ELLIPSIS, layout, render_block
from escape_room.ui.widgets import Button

LONG_LT = (
    "Sustokite atokiau nuo šaligatvio krašto, žiūrėkite į kairę, į dešinę ir vėl į kairę, "
    "įsiklausykite, įvertinkite eismą ir tik tada eikite tiesiai per gatvę. Lietuvoje artimiausi "
    "automobiliai atvažiuoja iš kairės. Jei nespėjate pereiti, palaukite saugumo salelėje. "
    "Nebesikiškiakopūsteliaujantiesiems – tai ilgiausias lietuviškas žodis."
)
BOXES = [(1000, 300), (600, 200), (400, 120), (300, 60), (200, 40), (120, 30), (80, 20), (60, 14)]


@pytest.mark.parametrize("size", TEXT_SCALES)
@pytest.mark.parametrize("box", BOXES)
@pytest.mark.parametrize("pixels", [theme.SMALL, theme.BODY, theme.HEADING, theme.TITLE])
def test_long_lithuanian_text_never_overflows(size: int, box: tuple[int, int], pixels: int) -> None:
    width, height = box
    scaled = look_for(size).px(pixels)
    fitted = layout(LONG_LT, width, height, scaled)
    face = font(fitted.pixels)
    assert all(face.size(line)[0] <= width for line in fitted.lines)
    assert len(fitted.lines) * fitted.line_height <= height
    block = render_block(LONG_LT, width, height, scaled, theme.INK)
    assert block.get_width() <= width and block.get_height() <= height


def test_text_that_fits_keeps_its_size_and_every_word() -> None:
    fitted = layout("Pėsčiųjų perėja", 600, 100, 30)
    assert fitted.pixels == 30 and fitted.lines == ("Pėsčiųjų perėja",)


def test_text_shrinks_before_it_is_cut() -> None:
    fitted = layout(LONG_LT, 1000, 300, 40)
    assert fitted.pixels < 40
    assert not fitted.lines[-1].endswith(ELLIPSIS)
    assert " ".join(fitted.lines).split() == LONG_LT.split() or ELLIPSIS not in "".join(
        fitted.lines
    )


def test_text_too_long_for_the_smallest_size_ends_with_an_ellipsis() -> None:
    fitted = layout(LONG_LT, 200, 40, 26)
    assert fitted.lines and fitted.lines[-1].endswith(ELLIPSIS)


def test_line_breaks_in_the_text_are_kept() -> None:
    assert layout("one\ntwo", 500, 200, 20).lines == ("one", "two")


def test_rendered_text_is_cached() -> None:
    first = render_block("Šviesoforas", 300, 50, 26, theme.INK)
    assert render_block("Šviesoforas", 300, 50, 26, theme.INK) is first


def test_drawn_text_stays_inside_its_rect() -> None:
    surface = pygame.Surface((400, 300))
    rect = pygame.Rect(50, 50, 150, 40)
    covered = look_for(200).text(surface, LONG_LT, rect, style="heading")
    assert rect.contains(covered)


def test_a_button_tells_whether_its_word_reads_on_one_line() -> None:
    # "Atidaryti" in a key of the exit keypad at 200 %: too narrow breaks or cuts it
    look = look_for(200)
    narrow = Button("key", "Atidaryti", (0, 0, 135, 86), pixels=theme.SMALL)
    wide = Button("key", "Atidaryti", (0, 0, 200, 86), pixels=theme.SMALL)
    assert not narrow.reads_on_one_line(look)
    assert wide.reads_on_one_line(look)
    assert not wide.reads_on_one_line(look, ticked=True)
