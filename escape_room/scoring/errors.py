"""Errors raised at the scoring package's edges, each with a message a facilitator can act on.

Both are :class:`~escape_room.errors.CliError`s with exit code 1: the command line prints them
as they are; the game shows them on screen.
"""

from __future__ import annotations

from escape_room.errors import CliError


class StoreError(CliError):
    """The score database cannot be used; the message names the file and what to do."""


class ImportProblem(CliError):
    """A file given to `scores merge` is not an export of this game, or does not fit the store."""
