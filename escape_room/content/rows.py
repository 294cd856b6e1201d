"""One spreadsheet row read as a puzzle's keys: the cells a puzzle kind asks for, by column.

A kind declares its :class:`Column` s and reads a :class:`Row` (see
:meth:`escape_room.kinds.base.PuzzleKind.from_row`); the row remembers which column each key
of the puzzle came from, so a problem found later is reported at its column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from escape_room.content.textfield import LocalText

Key = tuple[str | int, ...]
ALTERNATIVES = "|"
"""What separates alternatives inside one cell: `to the left | left side`."""


class Column(NamedTuple):
    """A column of the questions spreadsheet; `per_language` ones are written `name_en`,
    `name_lt`, ... (or once as `name`, the same text in every language)."""

    name: str
    help: str
    per_language: bool = False

    def names(self, languages: list[str]) -> list[str]:
        """The headings this column may have in a file for `languages`."""
        if not self.per_language:
            return [self.name]
        return [self.name, *(f"{self.name}_{code}" for code in languages)]


@dataclass
class Row:
    """The filled cells of one row (line `number` of the file), by heading in lower case."""

    number: int
    cells: dict[str, str]
    languages: list[str]
    sources: dict[Key, str] = field(default_factory=dict)
    """The column each key of the puzzle was read from (or should have been)."""
    used: set[str] = field(default_factory=set)
    problems: list[tuple[str, str]] = field(default_factory=list)
    """(column, message) for what the row itself gets wrong."""

    def value(self, column: str, at: Key) -> str | None:
        """The cell of `column`, as the puzzle's key `at`; None when empty."""
        self.used.add(column)
        self.sources.setdefault(at, column)
        return self.cells.get(column)

    def text(self, column: str, at: Key) -> LocalText | None:
        """A text: one per language from `column_en`, `column_lt`, ..., or the plain `column`
        for every language; None when all are empty. A missing language is a problem."""
        names = [f"{column}_{code}" for code in self.languages]
        self.used.update(names)
        given = {
            code: self.cells[name]
            for code, name in zip(self.languages, names, strict=True)
            if name in self.cells
        }
        if not given:
            plain = self.value(column, at)
            if plain is None:
                self.sources[at] = names[0]
            return plain
        self.used.add(column)
        self.sources[at] = names[0]
        for code, name in zip(self.languages, names, strict=True):
            key = (*at, code)
            self.sources[key] = name
            if code not in given:
                self.problem(
                    name,
                    f"empty, while {column}_{next(iter(given))} is filled: "
                    f"write it in this language too",
                )
        return given

    def alternatives(self, column: str, at: Key) -> list[str]:
        """Every text of `column` and its per-language columns, split at '|': answers that
        count in any language."""
        names = [column, *(f"{column}_{code}" for code in self.languages)]
        self.used.update(names)
        self.sources.setdefault(at, names[1])
        cells = [self.cells[name] for name in names if name in self.cells]
        found = [part.strip() for cell in cells for part in cell.split(ALTERNATIVES)]
        return list(dict.fromkeys(part for part in found if part))

    def number_text(self, column: str, at: Key) -> str | None:
        """A number as a spreadsheet may write it: '1,5' (decimal comma) or '1 500'."""
        value = self.value(column, at)
        if value is None:
            return None
        value = re.sub(r"(?<=\d)[\s\u00a0\u202f](?=\d{3}\b)", "", value)
        return re.sub(r"^([+-]?\d+),(\d+)$", r"\1.\2", value)

    def problem(self, column: str, message: str) -> None:
        """Note a problem of this row at `column`."""
        self.problems.append((column, message))

    def filled_unused(self) -> list[str]:
        """Filled columns that nothing read: they belong to another kind of question."""
        return [name for name in self.cells if name not in self.used]
