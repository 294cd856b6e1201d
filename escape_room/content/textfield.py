"""The field type of every text a pack writes: one plain string, or one string per language."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

LanguageKey = Annotated[str, Field(pattern=r"^[a-z]{2}$")]
LocalText = Annotated[
    str | dict[LanguageKey, str],
    Field(description="Plain text, or one text per language: {en: ..., lt: ...}."),
]
