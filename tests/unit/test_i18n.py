"""Screen texts: every key in every language, with the same placeholders."""

from __future__ import annotations

import string

import pytest

from escape_room.i18n import LANGUAGES, TABLES, t


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_every_key(lang: str) -> None:
    every = set().union(*(set(table) for table in TABLES.values()))
    missing = sorted(every - set(TABLES[lang]))
    assert not missing, f"keys missing in {lang}: {missing}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_match_english(lang: str) -> None:
    wrong = [
        key
        for key, text in TABLES[lang].items()
        if _placeholders(text) != _placeholders(TABLES["en"][key])
    ]
    assert not wrong, f"placeholders differ from English in {lang}: {wrong}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_text_is_empty(lang: str) -> None:
    assert all(text.strip() for text in TABLES[lang].values())


def test_texts_are_filled_in_and_an_unknown_language_falls_back_to_english() -> None:
    assert t("room.points", "lt", score=12) == "Taškai: 12"
    assert t("room.points", "xx", score=3) == "Points: 3"


def test_an_unknown_key_is_an_error() -> None:
    with pytest.raises(KeyError):
        t("no.such.key", "en")


def test_lithuanian_writes_a_decimal_comma_and_english_a_point() -> None:
    from escape_room.i18n import local_numbers

    assert local_numbers("gain +0.45, 3.5 m, v1.2.3", "lt") == "gain +0,45, 3,5 m, v1,2,3"
    assert local_numbers("End. 2.5", "en") == "End. 2.5"
    assert local_numbers("Sakinys. Kitas", "lt") == "Sakinys. Kitas"
