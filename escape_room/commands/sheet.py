"""`escape-room sheet PACK -o sheet.html`: the teacher's printable answer sheet of a pack."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from escape_room.commands.options import message_language
from escape_room.content.lithuanian import problems_text, say
from escape_room.content.pack import load_pack
from escape_room.content.problems import ContentError
from escape_room.content.sheet import sheet_html
from escape_room.errors import USAGE, CliError
from escape_room.scoring.files import replacing


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "sheet",
        help="write a printable answer sheet of a pack",
        description="Write the teacher's answer sheet: every room, hotspot and puzzle with its "
        "answer, hints, explanation, objective and source, the way out of each room and the "
        "knowledge-check keys, as one HTML page that prints and works offline. The pack is "
        "checked first; nothing is written when it has errors.",
    )
    parser.add_argument("pack", type=Path, metavar="PACK", help="the pack folder")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="e.g. sheet.html"
    )
    parser.add_argument(
        "--lang", action="append", metavar="CODE", help="a language of the pack (default: all)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        pack = load_pack(args.pack)
    except ContentError as error:
        lang = message_language(None)
        done = say("the pack has errors; no sheet written", lang)
        raise CliError(f"{problems_text(error.problems, lang)}\n{done}") from None
    unknown = [code for code in args.lang or [] if code not in pack.model.languages]
    if unknown:
        known = ", ".join(pack.model.languages)
        raise CliError(f"the pack is not written in {', '.join(unknown)} (it has: {known})", USAGE)
    html = sheet_html(pack, args.lang)
    try:
        with replacing(args.output) as file:
            file.write(html)
    except OSError as error:
        raise CliError(f"{args.output}: cannot write the sheet ({error.strerror})") from None
    print(f"wrote {args.output}")
    return 0
