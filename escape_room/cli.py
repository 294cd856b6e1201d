"""The command line: `escape-room play | validate | schema | new | import | preview | sheet |
pack | session | scores`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from escape_room import __version__
from escape_room.commands import COMMAND_NAMES, command_modules
from escape_room.errors import CliError


def build_parser(names: Sequence[str] = COMMAND_NAMES) -> argparse.ArgumentParser:
    """The argument parser with the command groups of `names` (by default all) registered."""
    parser = argparse.ArgumentParser(
        prog="escape-room",
        description="A traffic-safety escape room for school classes.",
    )
    parser.add_argument("--version", action="version", version=f"escape-room {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules(names):
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 problem in the data, 2 usage).

    A :class:`CliError` raised by any command is printed here, once, and gives the exit code.
    """
    given = list(sys.argv[1:] if argv is None else argv)
    if given and given[0].startswith("-") and given[0] not in ("-h", "--help", "--version"):
        given = ["play", *given]  # `escape-room --fullscreen` plays, like `escape-room`
    if not given:
        given = ["play"]
    # only the command given is imported, so `play` and `validate` start fast
    parser = build_parser((given[0],) if given[0] in COMMAND_NAMES else COMMAND_NAMES)
    args = parser.parse_args(given)
    if args.command is None:
        args = parser.parse_args(["play", *given])
    try:
        return int(args.handler(args))
    except CliError as error:
        print(f"escape-room: {error.message}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
