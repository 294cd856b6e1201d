"""`escape-room schema [-o FILE]`: the JSON Schema of pack files, for editors such as VS Code."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from escape_room.commands.options import add_message_language, message_language
from escape_room.content.lithuanian import say
from escape_room.content.schema import schema_text
from escape_room.errors import CliError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "schema",
        help="write the JSON Schema of pack files",
        description="Write the JSON Schema that editors use to complete and check pack files. "
        "Reference it from the first line of a YAML file: "
        "# yaml-language-server: $schema=schema/escape-room.schema.json",
    )
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: print it")
    add_message_language(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    text = schema_text(message_language(args.lang))
    if args.output is None:
        sys.stdout.write(text)
        return 0
    lang = message_language(args.lang)
    if args.output.exists() and not _is_a_schema(args.output):
        raise CliError(
            say(f"{args.output} exists and is not a JSON Schema: not overwriting it", lang)
        )
    try:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise CliError(f"{args.output}: cannot write the schema ({error.strerror})") from None
    print(say(f"wrote {args.output}", lang))
    return 0


def _is_a_schema(path: Path) -> bool:
    """Whether the file holds a JSON Schema (an older one may be written over; nothing else)."""
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    return isinstance(found, dict) and "$schema" in found
