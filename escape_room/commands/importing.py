"""`escape-room import questions.csv --pack DIR --room ID`: questions from a spreadsheet."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from escape_room.commands.options import add_message_language, message_language
from escape_room.content.importing import import_questions
from escape_room.content.lithuanian import problems_text, say
from escape_room.content.pack import find_pack_root
from escape_room.content.problems import ContentError
from escape_room.content.questions import template_csv
from escape_room.content.scaffold import ScaffoldError, pack_file
from escape_room.errors import USAGE, CliError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "import",
        help="turn a spreadsheet of questions (CSV) into puzzles of a room",
        description="Read a CSV file saved from a spreadsheet, one question per row, and write "
        "its questions as one puzzle file in the room's folder, with a hotspot in the room for "
        "each. Every row is checked first; nothing is written when any row or the pack has an "
        "error. --template prints a spreadsheet to start from.",
    )
    parser.add_argument("table", nargs="?", type=Path, metavar="FILE.csv")
    parser.add_argument(
        "--pack", type=Path, default=Path("."), metavar="DIR", help="the pack (default: here)"
    )
    parser.add_argument("--room", metavar="ID", help="the room (needed when the pack has several)")
    parser.add_argument(
        "--template", action="store_true", help="print the template spreadsheet and stop"
    )
    parser.add_argument(
        "--delimiter",
        choices=(",", ";"),
        default=",",
        help="what separates the template's cells (';' for a Lithuanian spreadsheet)",
    )
    add_message_language(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.template:
        return _template(args)
    if args.table is None:
        raise CliError("give the CSV file to import, or --template to get one", USAGE)
    if not args.table.is_file():
        raise CliError(f"{args.table}: no such file", USAGE)
    lang = message_language(args.lang)
    try:
        created = import_questions(args.table, _root(args.pack, lang), args.room)
    except ContentError as error:
        done = say("nothing written: mend what is listed above and import again", lang)
        raise CliError(f"{problems_text(error.problems, lang)}\n{done}") from None
    except ScaffoldError as error:
        raise CliError(say(str(error), lang), USAGE if error.usage else 1) from None
    except OSError as error:
        raise CliError(f"cannot write {error.filename}: {error.strerror}") from None
    lines = [*(f"created {path}" for path in created.files), *created.notes]
    for line in [*lines, f"next: escape-room validate {args.pack}"]:
        print(say(line, lang))
    return 0


def _root(folder: Path, lang: str) -> Path:
    root = find_pack_root(folder) if folder.exists() else None
    if root is None:
        message = f"{folder}: no pack.yaml in this folder or any folder above it"
        raise CliError(say(message, lang), USAGE)
    return root


def _template(args: argparse.Namespace) -> int:
    root = find_pack_root(args.pack) if args.pack.exists() else None
    languages = pack_file(root).languages if root is not None else ["en", "lt"]
    text = "\ufeff" + template_csv(languages, args.delimiter)  # the mark tells Excel it is UTF-8
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()
    return 0
