"""`escape-room new pack | room | puzzle`: commented templates that validate as written."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from escape_room.commands.options import add_message_language, message_language
from escape_room.content.lithuanian import say
from escape_room.content.pack import find_pack_root
from escape_room.content.puzzlefile import PUZZLE_TYPES
from escape_room.content.scaffold import Created, ScaffoldError, new_pack, new_puzzle, new_room


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "new",
        help="start a new pack, room or puzzle from a template",
        description="Write commented template files that validate as written. "
        "Existing files are never overwritten.",
    )
    kinds = parser.add_subparsers(dest="new_kind", metavar="WHAT", required=True)
    pack = kinds.add_parser("pack", help="a complete starter pack with one room")
    pack.add_argument("folder", type=Path, metavar="DIR")
    add_message_language(pack)
    pack.set_defaults(handler=run_pack)
    room = kinds.add_parser("room", help="a room with one puzzle, listed in pack.yaml")
    room.add_argument("room_id", metavar="ID")
    _pack_option(room)
    room.set_defaults(handler=run_room)
    puzzle = kinds.add_parser("puzzle", help="a puzzle, with a hotspot in its room that opens it")
    puzzle.add_argument(
        "--type",
        required=True,
        choices=PUZZLE_TYPES,
        metavar="TYPE",
        help=f"one of: {', '.join(PUZZLE_TYPES)}",
    )
    puzzle.add_argument("--room", metavar="ID", help="the room (needed when the pack has several)")
    puzzle.add_argument("--id", metavar="ID", help="the puzzle's id (default: from its type)")
    _pack_option(puzzle)
    puzzle.set_defaults(handler=run_puzzle)


def _pack_option(parser: argparse.ArgumentParser) -> None:
    add_message_language(parser)
    parser.add_argument(
        "--pack",
        type=Path,
        default=Path("."),
        metavar="DIR",
        help="the pack folder, or a folder inside it (default: here)",
    )


def run_pack(args: argparse.Namespace) -> int:
    next_step = f"next: escape-room validate {args.folder}"
    lang = message_language(args.lang)
    return _run(lambda: new_pack(args.folder, lang), next_step, lang)


def run_room(args: argparse.Namespace) -> int:
    lang = message_language(args.lang)
    return _run(lambda: new_room(_root(args.pack), args.room_id), "", lang)


def run_puzzle(args: argparse.Namespace) -> int:
    lang = message_language(args.lang)
    return _run(lambda: new_puzzle(_root(args.pack), args.type, args.room, args.id), "", lang)


def _root(folder: Path) -> Path:
    root = find_pack_root(folder) if folder.exists() else None
    if root is None:
        raise ScaffoldError(f"{folder}: no pack.yaml in this folder or any folder above it")
    return root


def _run(action: Any, next_step: str, lang: str) -> int:
    try:
        created: Created = action()
    except ScaffoldError as error:
        print(f"{_ERROR[lang]}: {say(str(error), lang)}", file=sys.stderr)
        return 2 if error.usage else 1
    except OSError as error:
        print(f"{_ERROR[lang]}: cannot write {error.filename}: {error.strerror}", file=sys.stderr)
        return 1
    for line in [*(f"created {path}" for path in created.files), *created.notes, next_step]:
        if line:
            print(say(line, lang))
    return 0


_ERROR = {"en": "error", "lt": "klaida"}
