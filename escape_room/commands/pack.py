"""`escape-room pack export DIR -o NAME.zip | import NAME.zip | list`: packs to share.

Imported packs live in the `packs` folder of the data folder (see `escape-room --data-dir`), one
folder per pack id; `escape-room play --pack ID` finds them there.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from escape_room import paths
from escape_room.content.pack import load_pack
from escape_room.content.packzip import PackArchiveError, export_pack, import_pack
from escape_room.content.problems import ContentError
from escape_room.content.text import resolve
from escape_room.errors import CliError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "pack",
        help="share packs: export a pack as a zip file, import one, list the installed ones",
        description="Export a checked pack folder as one zip file, install a zip file from "
        "someone else into the packs folder (refusing unsafe archives), or list the installed "
        "packs. `play --pack ID` plays an installed pack.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write a pack folder as a zip file, checked first")
    export.add_argument("folder", type=Path, metavar="DIR", help="the pack folder")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="NAME.zip")
    export.set_defaults(handler=run_export)
    install = actions.add_parser("import", help="install a pack from a zip file")
    install.add_argument("archive", type=Path, metavar="NAME.zip")
    install.set_defaults(handler=run_import)
    listing = actions.add_parser("list", help="the installed packs")
    listing.set_defaults(handler=run_list)
    for action in (install, listing):
        action.add_argument("--data-dir", metavar="DIR", help="default: the user's data folder")


def run_export(args: argparse.Namespace) -> int:
    try:
        pack = export_pack(args.folder, args.output)
    except ContentError as error:
        raise CliError(f"{error}\nthe pack has errors; nothing exported") from None
    except PackArchiveError as error:
        raise CliError(str(error)) from None
    print(f"wrote {args.output} (pack '{pack.model.id}', version {pack.model.version})")
    return 0


def run_import(args: argparse.Namespace) -> int:
    try:
        pack = import_pack(args.archive, paths.packs_dir(args.data_dir))
    except ContentError as error:
        raise CliError(f"{error}\nthe pack has errors; nothing installed") from None
    except PackArchiveError as error:
        raise CliError(f"{error}; nothing installed") from None
    print(
        f"installed '{pack.model.id}' in {pack.root}; "
        f"play it with: escape-room play --pack {pack.model.id}"
    )
    return 0


def run_list(args: argparse.Namespace) -> int:
    folder = paths.packs_dir(args.data_dir)
    found = paths.installed_packs(args.data_dir)
    for root in found:
        try:
            model = load_pack(root).model
            print(f"{root.name}  {resolve(model.title, model.languages[0])} ({model.version})")
        except ContentError:
            print(f"{root.name}  (has errors: escape-room validate {root})")
    if not found:
        print(f"no packs installed in {folder}")
    return 0
