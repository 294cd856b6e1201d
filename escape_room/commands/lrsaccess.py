"""What `scores send` and `play --lrs` share: the LRS address, checked before anything is sent,
and the credentials, from the environment or typed in the terminal (never stored or printed)."""

from __future__ import annotations

import argparse
import os
import sys
import urllib.parse
from typing import TYPE_CHECKING

from escape_room.errors import USAGE, CliError

if TYPE_CHECKING:
    from escape_room.scoring.lrs import Credentials

USER_ENV, PASSWORD_ENV = "ESCAPE_ROOM_LRS_USER", "ESCAPE_ROOM_LRS_PASSWORD"
LRS_ENV = "ESCAPE_ROOM_LRS"


def add_lrs(parser: argparse.ArgumentParser, what: str) -> None:
    """`--lrs URL`, by default from $ESCAPE_ROOM_LRS; `what` says what the command does with it."""
    parser.add_argument(
        "--lrs",
        metavar="URL",
        default=os.environ.get(LRS_ENV) or None,
        help=f"{what} (default: ${LRS_ENV})",
    )


def add_insecure_http(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--insecure-http",
        action="store_true",
        help="allow a plain http:// address off this computer (sends the password unencrypted)",
    )


def check_lrs_address(address: str, insecure_http: bool) -> None:
    """Refuse (exit 2) an address that is not http(s), holds credentials or sends them in clear."""
    from escape_room.scoring.lrs import mask_secrets

    shown = mask_secrets(address)
    try:
        endpoint = urllib.parse.urlsplit(address.strip())
        host = endpoint.hostname
    except ValueError:
        endpoint, host = urllib.parse.urlsplit(""), None
    if endpoint.scheme not in ("http", "https") or not host:
        example = "https://lrs.example.org/xAPI"
        raise CliError(f"--lrs needs an http(s) address such as {example}, not {shown}", USAGE)
    if "@" in endpoint.netloc:
        raise CliError(
            f"put no user name or password in --lrs ({shown}); use {USER_ENV} / {PASSWORD_ENV}",
            USAGE,
        )
    if endpoint.scheme == "http" and not insecure_http and not is_loopback(host):
        raise CliError(
            f"{shown} is plain http: the students' answers and the LRS password would cross the"
            " network unencrypted. Use the LRS's https:// address, or add --insecure-http if this"
            " network is trusted",
            USAGE,
        )


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        import ipaddress

        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def credentials() -> Credentials:
    """From the environment, or typed in the terminal; CliError when neither can be."""
    from escape_room.scoring.lrs import Credentials

    user, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
    if user and password:
        return Credentials(user, password)
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(f"set {USER_ENV} and {PASSWORD_ENV}, or run this in a terminal to type them")
    import getpass

    user = user or input("LRS user name: ").strip()
    return Credentials(user, password or getpass.getpass("LRS password: "))
