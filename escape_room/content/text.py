"""Texts that are either one plain string or a mapping from language code to string: choosing
and comparing them (no pydantic here, so the title screen can use it; the field type the pack
models use is :data:`escape_room.content.textfield.LocalText`)."""

from __future__ import annotations

import unicodedata


def resolve(text: str | dict[str, str] | None, lang: str, fallback: str = "en") -> str:
    """The text in `lang`, else in `fallback`, else in any language given; '' for None."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    for code in (lang, fallback):
        if code in text:
            return text[code]
    return next(iter(text.values()), "")


def languages_of(text: str | dict[str, str] | None) -> set[str] | None:
    """The languages a text is written in; None when it is one plain string for all."""
    if text is None or isinstance(text, str):
        return None
    return set(text)


def normalise(text: str) -> str:
    """Lower case, single spaces, no diacritics: 'Šviesą  atspindintis' → 'sviesa atspindintis'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.split())
