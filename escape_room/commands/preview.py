"""`escape-room preview FILE`: open a room (or one puzzle) of a pack and reload it on every save.

For authors: keep the preview open beside the editor; when the content has errors they show in
the window (and in the terminal) until the file is fixed and saved. Nothing is recorded.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from escape_room.commands.options import frame_count
from escape_room.errors import USAGE, CliError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "preview",
        help="show a room or puzzle of a pack, reloading it whenever a file is saved",
        description="Open the room of FILE (a room or puzzle file; the first room for pack.yaml "
        "or the pack folder), or one puzzle with --puzzle. Saving any file of the pack reloads "
        "it; errors show in the window until fixed. Nothing is recorded.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="a pack folder or a file in it")
    parser.add_argument("--puzzle", metavar="ID", help="show only this puzzle")
    parser.add_argument("--lang", choices=("en", "lt"), help="language (default: the pack's first)")
    parser.add_argument(
        "--frames", type=frame_count, metavar="N", help="run N frames of 1/60 s, then stop"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if not args.file.exists():
        raise CliError(f"{args.file}: no such file or folder", USAGE)
    from escape_room.scenes.preview import run_preview

    return run_preview(args.file, args.puzzle, args.lang, args.frames)
