"""Command groups of the command line; each module offers `register(subparsers)`."""

from __future__ import annotations

from types import ModuleType

from escape_room.commands import new, play, schema, scores, session, validate

COMMAND_MODULES: list[ModuleType] = [play, session, scores, validate, schema, new]
