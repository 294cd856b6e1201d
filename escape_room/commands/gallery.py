"""`escape-room gallery OUT_DIR`: pictures of every road sign and prop the game draws, each with
the name (and the sign's KET number) to type in a room file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from escape_room.errors import USAGE, CliError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "gallery",
        help="draw every road sign and prop with the name to type",
        description="Write signs.png and props.png to OUT_DIR: every road sign (with its KET "
        "number) and every prop the game draws, each labelled with what to type for it, e.g. "
        "'sign: \"203\"' or 'prop: bench'.",
    )
    parser.add_argument("out", type=Path, metavar="OUT_DIR", help="folder to write the pictures to")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CliError(f"{args.out}: cannot make the folder: {error.strerror}", USAGE) from None
    from escape_room.art.gallery import write_gallery

    for path in write_gallery(args.out):
        print(path)
    return 0
