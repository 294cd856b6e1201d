"""Problems found in content, each with its place in a file and words a teacher understands."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """One error or warning at `path:line:col` (line and column count from 1; 0 when unknown);
    a `leading` one (a file the game does not read) is shown before the others."""

    path: str
    line: int
    col: int
    severity: Severity
    message: str
    leading: bool = field(default=False, compare=False)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.severity}: {self.message}"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def as_error(self) -> Problem:
        """The same problem as an error (what `--strict` does to warnings)."""
        return replace(self, severity="error")

    def as_dict(self) -> dict[str, str | int]:
        """The problem as plain data for JSON output."""
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "severity": self.severity,
            "message": self.message,
        }


class ContentError(Exception):
    """Raised when content cannot be used; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def problem_at(path: Path | str, message: str, line: int = 0, col: int = 0) -> Problem:
    """An error at a place in a file."""
    return Problem(str(path), line, col, "error", message)


def warning_at(
    path: Path | str, message: str, line: int = 0, col: int = 0, *, leading: bool = False
) -> Problem:
    """A warning at a place in a file: the pack works, but something looks unintended."""
    return Problem(str(path), line, col, "warning", message, leading)


def in_order(problems: list[Problem]) -> list[Problem]:
    """The problems once each, leading ones first, then by file, line and column."""
    return sorted(dict.fromkeys(problems), key=lambda problem: (not problem.leading, problem))


def errors(problems: list[Problem]) -> list[Problem]:
    """Only the errors among `problems`."""
    return [problem for problem in problems if problem.is_error]


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """ "; did you mean 'x'?" for the choice closest to a misspelt `word`, or "" when none is."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def listing(choices: Iterable[str]) -> str:
    """Choices written out for a message: 'a, b, c'."""
    return ", ".join(choices)


def in_a_sentence(description: str) -> str:
    """A key's description as part of a message: no full stop, a lower-case start."""
    text = description.rstrip(".")
    return text[:1].lower() + text[1:]
