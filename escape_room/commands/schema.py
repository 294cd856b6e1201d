"""`escape-room schema [-o FILE]`: the JSON Schema of pack files, for editors such as VS Code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from escape_room.commands.options import add_message_language, message_language
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
    try:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise CliError(f"{args.output}: cannot write the schema ({error.strerror})") from None
    print(f"wrote {args.output}")
    return 0
