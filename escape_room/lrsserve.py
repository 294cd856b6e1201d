"""An LRS for one classroom: Ralph's own server on the facilitator's laptop (`escape-room lrs
serve`, from the optional extra `pip install 'escape-room[lrs]'`).

Everything lives in one folder: Ralph's credentials file (`auth.json`, a bcrypt hash, as
`ralph auth` writes it, made with Ralph's own models), its file-system backend's statements
(`statements/fs_lrs.jsonl`) and its history. Ralph 5.1.0's file-system backend keeps only the
first POST unless it appends, so the server runs with appending switched on: every POST is
stored. It is Ralph's ASGI app run by uvicorn in this process, on the host and port chosen.
"""

from __future__ import annotations

import importlib.util
import json
import os
import secrets
import socket
from dataclasses import dataclass
from pathlib import Path

from escape_room.errors import CliError

NEEDED = ("ralph", "fastapi", "uvicorn", "bcrypt")
INSTALL = "pip install 'escape-room[lrs]'"
AUTH_FILE = "auth.json"
ACCOUNT_HOME = "https://escape-room.invalid/accounts"


@dataclass(frozen=True)
class Login:
    """The LRS's user name, and its password when it was made just now (else None)."""

    user: str
    password: str | None


def check_installed() -> None:
    """CliError saying how to install the extra when Ralph or its server is missing."""
    missing = [name for name in NEEDED if importlib.util.find_spec(name) is None]
    if missing:
        raise CliError(
            "`lrs serve` runs Ralph, an LRS that is an optional part of the game"
            f" ({', '.join(missing)} missing). Install it with:  {INSTALL}"
        )


def login(folder: Path, user: str, new_password: bool) -> Login:
    """The LRS's login: kept from an earlier start unless `new_password`, else made now (a
    random password, stored only as Ralph's bcrypt hash)."""
    auth = folder / AUTH_FILE
    if auth.exists() and not new_password and user in _users(auth):
        return Login(user, None)
    password = secrets.token_urlsafe(12)
    _write_auth(auth, user, password)
    return Login(user, password)


def _users(auth: Path) -> list[str]:
    try:
        return [str(entry.get("username")) for entry in json.loads(auth.read_text("utf-8"))]
    except (OSError, ValueError, AttributeError):
        return []


def _write_auth(auth: Path, user: str, password: str) -> None:
    import bcrypt
    from ralph.api.auth.basic import ServerUsersCredentials, UserCredentials
    from ralph.models.xapi.base.agents import BaseXapiAgentWithAccount
    from ralph.models.xapi.base.ifi import BaseXapiAccount

    agent = BaseXapiAgentWithAccount(
        account=BaseXapiAccount(homePage=ACCOUNT_HOME, name=user), objectType="Agent"
    )
    hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode("ascii")
    users = ServerUsersCredentials.model_validate(
        [UserCredentials(username=user, hash=hashed, scopes=["all"], agent=agent)]
    )
    auth.parent.mkdir(parents=True, exist_ok=True)
    auth.write_text(users.model_dump_json(indent=2, exclude_none=True), encoding="utf-8")


def configure(folder: Path) -> None:
    """Point Ralph at the folder (before Ralph is imported: it reads its settings then)."""
    folder.mkdir(parents=True, exist_ok=True)
    os.environ.update(
        RALPH_APP_DIR=str(folder / "app"),
        RALPH_AUTH_FILE=str(folder / AUTH_FILE),
        RALPH_RUNSERVER_BACKEND="fs",
        RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH=str(folder / "statements"),
        RALPH_HISTORY_FILE=str(folder / "history.json"),
    )


def check_free(host: str, port: int) -> None:
    """CliError when the address cannot be bound (in use, or not this computer's)."""
    try:
        with socket.socket(_family(host)) as probe:
            if os.name != "nt":  # as the server binds: a port just freed is free
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as error:
        raise CliError(
            f"cannot listen on {host}:{port} ({error.strerror or error}); choose another --port,"
            " or a --host that is this computer's address"
        ) from None


def serve(host: str, port: int) -> None:
    """Run Ralph's LRS until interrupted (Ctrl+C), storing every POST."""
    import uvicorn
    from ralph.backends.data.base import BaseOperationType
    from ralph.backends.lrs.fs import FSLRSBackend

    FSLRSBackend.default_operation_type = BaseOperationType.APPEND
    from ralph.api import app

    uvicorn.run(app, host=host, port=port, log_level="warning")


def shown_host(host: str) -> str:
    """The address the PCs use: the host given, or this computer's address on the network
    when the server listens on every address (0.0.0.0)."""
    if host not in ("0.0.0.0", "::", ""):
        return host
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the interface
            return str(probe.getsockname()[0])
        except OSError:
            return socket.gethostname()


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET
