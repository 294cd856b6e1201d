"""`escape-room lrs serve`: Ralph started on 127.0.0.1 by the command, statements posted through
the game's own client, the login kept across starts, and a clear message without the extra."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from class_statements import FOX_EVENTS, played, team
from test_lrs_ralph import _free_port, _game_env, _wait_until_up

from escape_room.commands.lrs import _instructions
from escape_room.lrsserve import Login
from escape_room.scoring.classfeed import StatementSource
from escape_room.scoring.lrs import Credentials, Reply, statements_url, urllib_post

CODE = "K7M-2QX"


class Served:
    def __init__(self, data_dir: Path, port: int) -> None:
        command = [sys.executable, "-m", "escape_room", "lrs", "serve", "--port", str(port),
                   "--session", CODE, "--data-dir", str(data_dir)]  # fmt: skip
        self.process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_game_env()
        )
        self.lines: list[str] = []
        assert self.process.stdout is not None
        for line in self.process.stdout:  # the instructions come before the server starts
            self.lines.append(line.rstrip("\n"))
            if line.startswith("Ctrl+C"):
                break
        self.endpoint = f"http://127.0.0.1:{port}/xAPI"
        _wait_until_up(self.endpoint, self.process)

    def said(self, start: str) -> str:
        return next(line for line in self.lines if line.startswith(start))

    def stop(self) -> None:
        self.process.terminate()
        self.process.communicate(timeout=30)


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Callable[[], Served]]:
    pytest.importorskip("ralph.backends.lrs.fs")
    pytest.importorskip("uvicorn")
    started: list[Served] = []

    def start() -> Served:
        started.append(Served(tmp_path / "laptop", _free_port()))
        return started[-1]

    yield start
    for served in started:
        if served.process.poll() is None:
            served.stop()


def _post(endpoint: str, login: Credentials, statements: list[dict[str, Any]]) -> Reply:
    headers = {
        "Content-Type": "application/json",
        "X-Experience-API-Version": "1.0.3",
        "Authorization": login.header(),
    }
    return urllib_post(statements_url(endpoint), json.dumps(statements).encode(), headers)


def _stored(reply: Reply) -> list[str]:
    assert reply.status == 200, reply.body
    return list(json.loads(reply.body))


def test_lrs_serve_stores_every_post_and_tells_the_pcs_how_to_reach_it(
    serve: Callable[[], Served],
) -> None:
    # given the LRS started by the command
    served = serve()
    password = served.said("password: ").split()[1]
    assert served.said("LRS: ") == f"LRS: {served.endpoint}"
    assert f"  escape-room play --lrs {served.endpoint} --session {CODE}" in served.lines
    assert not any("--insecure-http" in line for line in served.lines)  # it is on loopback
    # when the game's client posts a team's statements in two batches
    login = Credentials("teacher", password)
    statements = played(team("Foxes", 1), FOX_EVENTS)
    first = _stored(_post(served.endpoint, login, statements[:2]))
    second = _stored(_post(served.endpoint, login, statements[2:]))
    # then both are stored (not only the first POST) and read back once each
    assert first + second == [s["id"] for s in statements]
    source = StatementSource(served.endpoint, login, statements[0]["context"]["registration"])
    assert sorted(s["id"] for s in source.read(None)) == sorted(first + second)
    # and a second start keeps the login (not shown again) and the statements
    served.stop()
    again = serve()
    assert "shown when this LRS was first started" in again.said("password: ")
    assert password not in "\n".join(again.lines)
    assert _post(again.endpoint, login, statements[:1]).status == 204  # it holds it already
    assert _post(again.endpoint, Credentials("teacher", "guess"), statements).status == 401


def test_without_the_extra_lrs_serve_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, cli: Callable[..., Any], tmp_path: Path
) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "ralph" else real(name, *a)
    )
    result = cli("lrs", "serve", "--data-dir", str(tmp_path))
    assert result.code == 1 and "Traceback" not in result.err
    assert "pip install 'escape-room[lrs]'" in result.err and "ralph missing" in result.err


def test_an_address_off_this_computer_comes_with_insecure_http_and_a_warning() -> None:
    url = "http://192.168.1.20:8100/xAPI"
    lines = _instructions(url, Login("teacher", "pw"), CODE, Path("lrs"), local=False)
    assert f"  escape-room play --lrs {url} --session {CODE} --insecure-http" in lines
    assert any("unencrypted" in line for line in lines)


@pytest.mark.skipif(sys.platform == "win32", reason="address reuse means another thing there")
def test_a_port_a_server_just_left_is_free_again() -> None:
    import socket

    from escape_room.lrsserve import check_free

    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen()
    port = server.getsockname()[1]
    client = socket.create_connection(("127.0.0.1", port))
    accepted, _ = server.accept()
    accepted.close()  # the server side closes first: its port waits (TIME_WAIT)
    server.close()
    client.close()
    check_free("127.0.0.1", port)  # as uvicorn binds it, it can be bound
