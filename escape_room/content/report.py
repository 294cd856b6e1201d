"""Collecting lint problems at the place in a file that each one is about."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from escape_room.content.messages import Key, name_of, thing_at
from escape_room.content.problems import Problem, Severity
from escape_room.content.yamlread import Document


@dataclass
class Reporter:
    """Turns (file, key in the data, message) into problems with line and column."""

    documents: dict[Path, Document]
    problems: list[Problem] = field(default_factory=list)

    def error(self, path: Path, key: Key, message: str) -> None:
        self.add("error", path, key, message)

    def warning(self, path: Path, key: Key, message: str) -> None:
        self.add("warning", path, key, message)

    def add(self, severity: Severity, path: Path, key: Key, message: str) -> None:
        document = self.documents.get(path)
        line, col = document.position(key) if document else (0, 0)
        self.problems.append(Problem(str(path), line, col, severity, message))

    def name(self, path: Path, key: Key) -> str:
        """How a message names the value at `key`: "'title' in puzzle 'p1'"."""
        document = self.documents.get(path)
        return name_of(key, document.data if document else None)

    def thing(self, path: Path, key: Key) -> str:
        """How a message names the thing at `key`: "puzzle 'p1'", "hint 2"."""
        document = self.documents.get(path)
        return thing_at(key, document.data if document else None)
