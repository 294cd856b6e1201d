"""The one error the command line tells the user: a plain message and the exit code.

Raised anywhere (a command, the store, a merge); `escape_room.cli.main` prints it once, as
`escape-room: MESSAGE` on stderr, and returns its code, as Click's `ClickException` does.
"""

from __future__ import annotations

DATA_PROBLEM, USAGE = 1, 2
"""Exit codes: a problem in the user's data; a mistake in the command."""


class CliError(Exception):
    """A problem to tell the user plainly, never with a traceback, and the exit code to end with."""

    def __init__(self, message: str, exit_code: int = DATA_PROBLEM) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code
