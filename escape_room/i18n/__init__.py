"""Every text the game's screens show, per language, through one function: `t(key, lang, **fmt)`.

Tables live in one module per language (`en`, `lt`); a test checks both have the same keys and
the same `{placeholders}`. An unknown language falls back to English; an unknown key is an error.
"""

from __future__ import annotations

import re
from typing import Any

from escape_room.i18n import en, lt

TABLES: dict[str, dict[str, str]] = {"en": en.STRINGS, "lt": lt.STRINGS}
LANGUAGES = tuple(TABLES)
FALLBACK = "en"


def t(key: str, lang: str, **fmt: Any) -> str:
    """The text for `key` in `lang`, with `{name}` placeholders filled from `fmt`."""
    table = TABLES.get(lang, TABLES[FALLBACK])
    text = table[key] if key in table else TABLES[FALLBACK][key]
    return text.format(**fmt) if fmt else text


_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
DECIMAL_COMMA = frozenset({"lt"})
"""Languages that write a comma before the decimals (0,45 not 0.45)."""


def local_numbers(text: str, lang: str) -> str:
    """`text` with each decimal point between digits written as `lang` writes it."""
    return _DECIMAL_POINT.sub(",", text) if lang in DECIMAL_COMMA else text
