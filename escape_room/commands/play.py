"""`escape-room play` (also `escape-room` alone): open the game window with a pack.

A pack with errors is never opened: every problem is printed as `path:line:col: error: message`
and the exit code is 1. The game never shows a traceback: an unexpected failure prints one line,
writes the details to `escape-room-crash.log` in the data folder, and exits with 3; whether the
last team's answers are all saved is said only when it is known (see `escape_room.app`).
"""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

from escape_room import paths
from escape_room.commands.lrsaccess import (
    add_insecure_http,
    add_lrs,
    check_lrs_address,
    credentials,
)
from escape_room.commands.options import PC_ENV, frame_count, pc_label, session_code
from escape_room.errors import CliError

if TYPE_CHECKING:
    from escape_room.scoring.live import LrsTarget

CRASH_LOG = "escape-room-crash.log"
EXIT_CRASH = 3


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("play", help="play the game (the default command)")
    parser.add_argument(
        "--pack",
        type=Path,
        help="pack folder, or the id of a pack installed with `pack import` "
        "(default: the bundled pack)",
    )
    parser.add_argument("--lang", choices=("en", "lt"), help="language (default: the pack's first)")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"folder of scores.sqlite3 (default: ${paths.DATA_ENV} or the user's data folder)",
    )
    parser.add_argument(
        "--fullscreen", action="store_true", help="start in full screen (F11 switches)"
    )
    parser.add_argument(
        "--frames",
        type=frame_count,
        metavar="N",
        help="run N frames of 1/60 s as fast as possible, then stop (replayable)",
    )
    parser.add_argument(
        "--autoplay",
        action="store_true",
        help="demo mode: the game plays itself and records its scores",
    )
    parser.add_argument(
        "--seed",
        type=int,
        metavar="N",
        help="seed of the random choices (default: 0 with --frames)",
    )
    parser.add_argument("--room", metavar="ID", help="play only this room of the pack")
    parser.add_argument(
        "--session",
        type=session_code,
        metavar="CODE",
        help="save the teams in this class session (its code from `session new` on any computer)",
    )
    parser.add_argument(
        "--pc",
        metavar="NAME",
        help=f"this computer's name in the scores (default: ${PC_ENV} or the host name)",
    )
    add_lrs(parser, "send the statements to this LRS as they happen")
    add_insecure_http(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from escape_room.app import GameOptions, play

    options = GameOptions(
        args.lang,
        args.data_dir,
        args.fullscreen,
        args.frames,
        args.autoplay,
        args.seed,
        args.room,
        session=args.session,
        pc=pc_label(args.pc),
        lrs=_lrs(args.lrs, args.insecure_http),
    )
    try:
        pack = installed_or_given(args.pack, args.data_dir) if args.pack else None
        return play(pack or paths.bundled_pack(), options)
    except CliError:
        raise
    except Exception as error:  # the last line of defence: no traceback on a classroom screen
        where = _write_crash_log(args.data_dir)
        print(
            f"escape-room: the game stopped because of an unexpected problem ({error}).",
            file=sys.stderr,
        )
        print(f"escape-room: details are in {where}", file=sys.stderr)
        return EXIT_CRASH


def _lrs(address: str | None, insecure_http: bool) -> LrsTarget | None:
    """The LRS to send to live, checked, with credentials asked for now (before the window)."""
    if not address:
        return None
    from escape_room.scoring.live import LrsTarget

    check_lrs_address(address, insecure_http)
    return LrsTarget(address.strip(), credentials())


def installed_or_given(pack: Path, data_dir: str | None) -> Path:
    """`--pack`: the folder given, or else the installed pack of that id (`pack import`)."""
    installed = paths.packs_dir(data_dir) / pack.name
    if pack.exists() or len(pack.parts) != 1 or not installed.is_dir():
        return pack
    return installed


def _write_crash_log(data_dir: str | None) -> str:
    try:
        folder = paths.data_dir(data_dir)
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / CRASH_LOG
        log.write_text(traceback.format_exc(), encoding="utf-8")
        return str(log)
    except OSError:
        return "could not be written"
