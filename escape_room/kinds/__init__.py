"""Puzzle kinds, one module each, found here: `KINDS` maps each type string to its kind.

A kind's module holds its pydantic model and its :class:`~escape_room.kinds.base.PuzzleKind`
(checking, the record's text, the correct response, lint and solvability facts, template).
Every module of this package is imported, so a new kind is found by adding its module.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

from escape_room.content.models import PuzzleBase
from escape_room.kinds.base import Finding, PuzzleKind, registered

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")

KINDS: dict[str, PuzzleKind[Any, Any]] = {kind.type: kind for kind in registered()}
"""Every kind by its type string, in the format's order."""
_BY_MODEL = {kind.model: kind for kind in KINDS.values()}


def kind_of(puzzle: PuzzleBase) -> PuzzleKind[Any, Any]:
    """The kind of a puzzle read from a pack (a KeyError for any other object)."""
    return _BY_MODEL[type(puzzle)]


__all__ = ["KINDS", "Finding", "PuzzleKind", "kind_of"]
