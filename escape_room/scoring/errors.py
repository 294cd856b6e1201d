"""Errors raised at the scoring package's edges, each with a message a facilitator can act on.

Both are :class:`~escape_room.errors.CliError`s with exit code 1: the command line prints them
as they are; the game shows them on screen.
"""

from __future__ import annotations

from typing import Literal

from escape_room.errors import CliError

Reason = Literal[
    "disk_full", "locked", "session_deleted", "read_only", "folder_gone", "damaged", "other"
]
"""Why a score database cannot be used, in a word the game can say plainly."""


class StoreError(CliError):
    """The score database cannot be used; the message names the file and what to do, and
    `reason` says why in one word (what the game's top bar tells a team)."""

    def __init__(self, message: str, reason: Reason = "other") -> None:
        super().__init__(message)
        self.reason: Reason = reason


class ImportProblem(CliError):
    """A file given to `scores merge` is not an export of this game, or does not fit the store."""
