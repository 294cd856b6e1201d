"""What every puzzle kind defines, in one class per kind: :class:`PuzzleKind`.

A kind's module holds its pydantic model and a subclass of ``PuzzleKind[Model, Response]``
that says how a response is checked, described for the record and answered correctly, and
what the kind adds to lint and to the room's solvability. Subclasses register themselves;
:mod:`escape_room.kinds` finds them all.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Generic, NamedTuple, TypeVar, get_args

from escape_room.content.models import PuzzleBase
from escape_room.content.problems import Severity
from escape_room.content.rows import Column, Row
from escape_room.paths import TEMPLATES

if TYPE_CHECKING:
    from escape_room.content.pack import Room

M = TypeVar("M", bound=PuzzleBase)
R = TypeVar("R")
Text = str | dict[str, str] | None
Key = tuple[str | int, ...]
Finding = tuple[Key, Severity, str]
"""A problem inside one puzzle: its key relative to the puzzle, its severity, its message."""
_REGISTERED: list[PuzzleKind[Any, Any]] = []


class DigitSources(NamedTuple):
    """The puzzles whose digit rewards a puzzle needs, and the key of the puzzle that lists them."""

    key: str
    puzzle_ids: list[str]


class PuzzleKind(Generic[M, R]):
    """The rules of one puzzle type, for puzzles of `model` answered with responses of type R."""

    model: type[M]
    order: ClassVar[int]
    """Where the type stands in the format's list of types (schema, docs, `new puzzle`)."""
    id_lists: ClassVar[tuple[tuple[str, str], ...]] = ()
    """The puzzle's lists whose entries have ids (unique in the list), each with the name of
    one entry for messages: ``(("options", "option"),)``."""
    columns: ClassVar[tuple[Column, ...]] = ()
    """The spreadsheet columns a question of this kind reads (`escape-room import`), besides
    those every question has; none when the kind cannot be written as one row."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _REGISTERED.append(cls())

    @property
    def type(self) -> str:
        """The type string that selects this kind in a puzzle file."""
        (name,) = get_args(self.model.model_fields["type"].annotation)
        return str(name)

    @property
    def template(self) -> Path:
        """The commented starting point `escape-room new puzzle` writes."""
        return TEMPLATES / "puzzles" / f"{self.type}.yaml"

    def is_correct(self, puzzle: M, response: R, room: Room) -> bool:
        """Whether `response` solves `puzzle`."""
        raise NotImplementedError

    def correct_response(self, puzzle: M, room: Room) -> R:
        """A response that solves `puzzle`: for the demo mode, previews and answer sheets."""
        raise NotImplementedError

    def feedback(self, puzzle: M, response: R, correct: bool) -> Text:
        """What the game says after this response: the puzzle's feedback unless the kind has
        something more specific."""
        return puzzle.feedback.correct if correct else puzzle.feedback.incorrect

    def describe(self, puzzle: M, response: R, lang: str) -> str:
        """The response as readable text for the score record."""
        return str(response)

    def findings(self, puzzle: M) -> Iterator[Finding]:
        """Problems inside the puzzle that the model's validation cannot see."""
        return iter(())

    def from_row(self, row: Row) -> dict[str, Any]:
        """The kind's own keys of a puzzle written as a spreadsheet row, read from `columns`."""
        raise NotImplementedError

    def digit_sources(self, puzzle: M) -> DigitSources | None:
        """The puzzles whose digit rewards this puzzle needs before it can be solved (a code
        lock's), or None when it needs none."""
        return None


def registered() -> list[PuzzleKind[Any, Any]]:
    """Every kind defined so far, in the format's order."""
    return sorted(_REGISTERED, key=lambda kind: kind.order)
