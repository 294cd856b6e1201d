"""Command groups of the command line; each module offers `register(subparsers)`.

Modules are imported only when their command is used, so `escape-room play` starts without
loading the exporters and the other commands.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from types import ModuleType

COMMAND_NAMES = (
    "play",
    "session",
    "scores",
    "validate",
    "schema",
    "new",
    "preview",
    "sheet",
    "pack",
    "import",
    "gallery",
    "dashboard",
    "lrs",
)
_MODULES = {"import": "importing"}
"""Commands whose module has another name (`import` is a word of Python)."""


def command_modules(names: Sequence[str] = COMMAND_NAMES) -> list[ModuleType]:
    """The command modules of `names`, imported now."""
    return [
        importlib.import_module(f"escape_room.commands.{_MODULES.get(name, name)}")
        for name in names
    ]
