"""`escape-room lrs serve`: an LRS for one classroom on the facilitator's laptop (Ralph, from the
optional extra `pip install 'escape-room[lrs]'`); see :mod:`escape_room.lrsserve`.

It prints the LRS's address, the login (a new password only when one is made: it is shown this
once and stored only as a hash), and the one-line commands for the PCs and the dashboard.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path
from typing import TYPE_CHECKING, Any

from escape_room import paths
from escape_room.commands.lrsaccess import USER_ENV, is_loopback
from escape_room.commands.options import session_code
from escape_room.commands.session import data_dir_option
from escape_room.scoring.records import new_code

if TYPE_CHECKING:
    from escape_room.lrsserve import Login

DEFAULT_PORT = 8100
FOLDER = "lrs"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("lrs", help="run an LRS for one classroom on this computer")
    commands = parser.add_subparsers(dest="lrs_command", metavar="ACTION", required=True)
    serve = commands.add_parser(
        "serve",
        parents=[data_dir_option()],
        help="run Ralph's LRS here (needs: pip install 'escape-room[lrs]')",
        description="Run Ralph's LRS on this computer with its file-system backend, in the folder"
        f" '{FOLDER}' of the data folder, until Ctrl+C. Prints the address and the commands for"
        " the class's computers.",
    )
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        help="the address to listen on: 127.0.0.1 (this computer only, the default), this"
        " computer's address on the classroom network, or 0.0.0.0 (every address)",
    )
    serve.add_argument("--port", type=_port, default=DEFAULT_PORT, help="default: 8100")
    serve.add_argument("--user", default="teacher", help="the LRS user name (default: teacher)")
    serve.add_argument(
        "--new-password", action="store_true", help="make a new password (the old one stops)"
    )
    serve.add_argument(
        "--session",
        type=session_code,
        metavar="CODE",
        help="the class session (default: a new code)",
    )
    serve.set_defaults(handler=run)


def _port(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port number (1–65535)")
    return int(text)


def run(args: argparse.Namespace) -> int:
    from escape_room import lrsserve

    lrsserve.check_installed()
    folder = paths.data_dir(args.data_dir) / FOLDER
    lrsserve.check_free(args.host, args.port)
    lrsserve.configure(folder)
    login = lrsserve.login(folder, args.user, args.new_password)
    code = args.session or new_code(random.SystemRandom())
    host = lrsserve.shown_host(args.host)
    url = f"http://{_bracketed(host)}:{args.port}/xAPI"
    for line in _instructions(url, login, code, folder, local=is_loopback(host)):
        print(line, flush=True)
    lrsserve.serve(args.host, args.port)
    return 0


def _instructions(url: str, login: Login, code: str, folder: Path, *, local: bool) -> list[str]:
    plain = "" if local else " --insecure-http"
    password = (
        f"password: {login.password}   (shown only now)"
        if login.password
        else "password: the one shown when this LRS was first started"
    )
    lines = [
        f"LRS: {url}",
        f"user: {login.user}",
        f"{password}; --new-password makes another",
        f"statements are kept in {folder}",
        "",
        "On each of the class's computers:",
        f"  escape-room play --lrs {url} --session {code}{plain}",
        f"  (it asks for the user and password once; or set {USER_ENV} and"
        " ESCAPE_ROOM_LRS_PASSWORD)",
        "On the projector:",
        f"  escape-room dashboard --lrs {url} --session {code}{plain}",
    ]
    if plain:
        lines += [
            "",
            "The address is plain http: the password and the answers cross the classroom network"
            " unencrypted. Use it only on a network you trust.",
        ]
    return [*lines, "", "Ctrl+C stops the LRS."]


def _bracketed(host: str) -> str:
    return f"[{host}]" if ":" in host else host
