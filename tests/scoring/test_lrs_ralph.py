"""`scores send` against a real LRS: Ralph, started on 127.0.0.1 for these tests."""

from __future__ import annotations

import http.server
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import pytest
from scoring_sample import Sample, record_sample

from escape_room.scoring.lrs import (
    Credentials,
    LrsError,
    Reply,
    Sender,
    TransientError,
    urllib_post,
)
from escape_room.scoring.sessiondata import load_session
from escape_room.scoring.store import ScoreStore
from escape_room.scoring.xapi import statements

bcrypt = pytest.importorskip("bcrypt")
pytest.importorskip("uvicorn")
pytest.importorskip("ralph.backends.lrs.fs")
USER, PASSWORD = "teacher", "correct horse battery"

# Ralph 5.1.0's file-system backend stores only the first POST unless it appends.
_SERVE = """
import sys
import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend
FSLRSBackend.default_operation_type = BaseOperationType.APPEND
from ralph.api import app
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""


@dataclass(frozen=True)
class Lrs:
    endpoint: str

    def get(self, query: str) -> Any:
        request = urllib.request.Request(
            f"{self.endpoint}/statements?{query}",
            headers={"X-Experience-API-Version": "1.0.3", "Authorization": _basic()},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.load(response)

    def stored(self, registration: str) -> list[dict[str, Any]]:
        return list(self.get(f"registration={registration}&limit=500")["statements"])


def _basic() -> str:
    return Credentials(USER, PASSWORD).header()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_up(endpoint: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert server.poll() is None, "the LRS stopped"
        try:
            urllib.request.urlopen(endpoint.removesuffix("/xAPI") + "/__heartbeat__", timeout=1)
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("the LRS did not start")


@pytest.fixture(scope="module")
def lrs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lrs]:
    home = tmp_path_factory.mktemp("ralph")
    hashed = bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(rounds=4)).decode()
    account = {
        "username": USER,
        "hash": hashed,
        "scopes": ["all"],
        "agent": {"mbox": "mailto:teacher@example.org"},
    }
    (home / "auth.json").write_text(json.dumps([account]))
    env = {
        **os.environ,
        "RALPH_APP_DIR": str(home / "app"),
        "RALPH_AUTH_FILE": str(home / "auth.json"),
        "RALPH_RUNSERVER_BACKEND": "fs",
        "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(home / "statements"),
        "RALPH_HISTORY_FILE": str(home / "history.json"),
    }
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-c", _SERVE, str(port)], cwd=home, env=env)
    endpoint = f"http://127.0.0.1:{port}/xAPI"
    try:
        _wait_until_up(endpoint, server)
        yield Lrs(endpoint)
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def sample(store: ScoreStore, request: pytest.FixtureRequest) -> Sample:
    """A session of its own for each test, since the tests share one LRS."""
    return record_sample(store, seed=zlib.crc32(request.node.name.encode()))


@pytest.fixture
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ESCAPE_ROOM_LRS_USER", USER)
    monkeypatch.setenv("ESCAPE_ROOM_LRS_PASSWORD", PASSWORD)


def test_send_stores_every_statement_once_even_when_sent_twice(
    lrs: Lrs, data_dir: Path, sample: Sample, credentials: None, cli: Callable[..., Any]
) -> None:
    first = cli("scores", "send", "--lrs", lrs.endpoint, "--data-dir", str(data_dir))
    assert first.code == 0, first.err
    assert "sent 31 statement(s)" in first.out
    stored = lrs.stored(sample.session.uuid)
    assert len(stored) == 31 and len({s["id"] for s in stored}) == 31

    again = cli("scores", "send", "--lrs", lrs.endpoint, "--data-dir", str(data_dir))
    assert again.code == 0 and "sent 0 statement(s); 31 were sent before" in again.out
    assert len(lrs.stored(sample.session.uuid)) == 31
    for path in data_dir.iterdir():
        assert PASSWORD.encode() not in path.read_bytes()
    assert PASSWORD not in first.out + first.err + again.out + again.err


def test_a_store_that_forgot_its_progress_still_duplicates_nothing(
    lrs: Lrs, store: ScoreStore, sample: Sample
) -> None:
    work = [(sample.session.uuid, list(statements(load_session(store, sample.session.uuid))))]
    Sender(store, lrs.endpoint, Credentials(USER, PASSWORD)).send(work)
    with store.transaction() as db:
        db.execute("DELETE FROM sent")
    count = Sender(store, lrs.endpoint, Credentials(USER, PASSWORD)).send(work)
    assert (count.sent, count.conflicts) == (0, 31)  # read back: it had them all already
    assert len(lrs.stored(sample.session.uuid)) == 31


def test_a_send_broken_off_resumes_where_it_stopped(
    lrs: Lrs, store: ScoreStore, sample: Sample
) -> None:
    work = [(sample.session.uuid, list(statements(load_session(store, sample.session.uuid))))]
    posts: list[int] = []

    def network_drops_after_one_batch(url: str, body: bytes, headers: dict[str, str]) -> Reply:
        posts.append(len(json.loads(body)))
        if len(posts) > 1:
            raise TransientError("network down")
        return urllib_post(url, body, headers)

    waits: list[float] = []
    broken = Sender(
        store,
        lrs.endpoint,
        Credentials(USER, PASSWORD),
        post=network_drops_after_one_batch,
        sleep=waits.append,
        batch_size=8,
        tries=3,
    )
    with pytest.raises(LrsError):
        broken.send(work)
    assert waits == [1.0, 2.0]
    assert len(lrs.stored(sample.session.uuid)) == 8
    count = Sender(store, lrs.endpoint, Credentials(USER, PASSWORD), batch_size=8).send(work)
    assert (count.already, count.sent) == (8, 23)
    assert len(lrs.stored(sample.session.uuid)) == 31


def test_a_wrong_password_is_refused_without_retries(
    lrs: Lrs,
    data_dir: Path,
    sample: Sample,
    cli: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ESCAPE_ROOM_LRS_USER", USER)
    monkeypatch.setenv("ESCAPE_ROOM_LRS_PASSWORD", "wrong-guess")
    result = cli("scores", "send", "--lrs", lrs.endpoint, "--data-dir", str(data_dir))
    assert result.code == 1
    assert "user name or password" in result.err and "wrong-guess" not in result.err


class _Impostor(http.server.BaseHTTPRequestHandler):
    """Answers every request as a misplaced LRS address might: see `answers` below."""

    answers: ClassVar[dict[str, tuple[int, dict[str, str], bytes]]] = {}
    seen: ClassVar[list[tuple[str, str]]] = []

    def do_POST(self) -> None:
        self._answer()

    def do_GET(self) -> None:
        self._answer()

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.seen.append((self.command, self.path))
        status, headers, body = self.answers[self.path.split("/")[1]]
        self.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(body))}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def impostor(lrs: Lrs) -> Iterator[str]:
    """An address on 127.0.0.1: /moved/ redirects to the real LRS, /portal/ is a login page."""
    _Impostor.seen = []
    _Impostor.answers = {
        "moved": (302, {"Location": lrs.endpoint + "/statements"}, b""),
        "portal": (200, {"Content-Type": "text/html"}, b"<html><h1>School Wi-Fi</h1></html>"),
    }
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Impostor)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_redirect_or_a_login_page_marks_nothing_and_the_real_lrs_then_gets_all_once(
    lrs: Lrs,
    impostor: str,
    data_dir: Path,
    sample: Sample,
    credentials: None,
    cli: Callable[..., Any],
) -> None:
    moved = cli("scores", "send", "--lrs", f"{impostor}/moved/xAPI", "--data-dir", str(data_dir))
    assert moved.code == 1 and "Traceback" not in moved.err
    assert "redirect to " + lrs.endpoint + "/statements" in moved.err
    assert "0 of 31 statements are stored" in moved.err
    assert _Impostor.seen == [("POST", "/moved/xAPI/statements")]  # the redirect was not followed
    assert lrs.stored(sample.session.uuid) == []

    portal = cli("scores", "send", "--lrs", f"{impostor}/portal/xAPI", "--data-dir", str(data_dir))
    assert portal.code == 1 and "Wi-Fi login page" in portal.err and "School Wi-Fi" in portal.err
    assert "sent" not in portal.out

    real = cli("scores", "send", "--lrs", lrs.endpoint, "--data-dir", str(data_dir))
    assert real.code == 0 and "sent 31 statement(s); 0 were sent before" in real.out
    assert "31 of 31 statements stored (done)" in real.err
    stored = lrs.stored(sample.session.uuid)
    assert len(stored) == 31 and len({s["id"] for s in stored}) == 31


def test_resend_forgets_what_the_lrs_holds_and_it_keeps_no_duplicates(
    lrs: Lrs, data_dir: Path, sample: Sample, credentials: None, cli: Callable[..., Any]
) -> None:
    assert cli("scores", "send", "--lrs", lrs.endpoint, "--data-dir", str(data_dir)).code == 0
    again = cli("scores", "send", "--resend", "--lrs", lrs.endpoint, "--data-dir", str(data_dir))
    assert again.code == 0, again.err
    assert "sent 0 statement(s); 0 were sent before; 31 were already there" in again.out
    assert len(lrs.stored(sample.session.uuid)) == 31


MINI = str(Path(__file__).parents[1] / "fixtures" / "mini")


def _game(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "escape_room", *args]
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


def _game_env() -> dict[str, str]:
    return {
        **os.environ,
        "SDL_VIDEODRIVER": "dummy",
        "SDL_AUDIODRIVER": "dummy",
        "ESCAPE_ROOM_LRS_USER": USER,
        "ESCAPE_ROOM_LRS_PASSWORD": PASSWORD,
    }


def _exported_ids(data_dir: Path, code: str, cli: Callable[..., Any], out: Path) -> list[str]:
    run = cli("scores", "export", "--session", code, "--format", "xapi", "-o", str(out),
              "--data-dir", str(data_dir))  # fmt: skip
    assert run.code == 0, run.err
    return [s["id"] for s in json.loads(out.read_text(encoding="utf-8"))]


def test_a_game_with_an_lrs_sends_every_statement_as_it_plays(
    lrs: Lrs, tmp_path: Path, cli: Callable[..., Any]
) -> None:
    data_dir = tmp_path / "pc"
    code = "K7M-2QX"
    game = _game(
        "play", "--pack", MINI, "--autoplay", "--frames", "20000", "--session", code,
        "--lrs", lrs.endpoint, "--data-dir", str(data_dir), env=_game_env(),
    )  # fmt: skip
    out, err = game.communicate(timeout=300)
    assert game.returncode == 0, err
    assert "every statement of this session is in the LRS" in err and PASSWORD not in out + err
    exported = _exported_ids(data_dir, code, cli, tmp_path / "x.json")
    with ScoreStore.open(data_dir) as store:
        session = store.find_session(code)
    assert session is not None
    stored = [s["id"] for s in lrs.stored(session.uuid)]
    assert len(stored) == len(set(stored)) and sorted(stored) == sorted(exported)


def test_statements_queued_by_a_killed_game_reach_the_lrs_once_on_the_next_start(
    lrs: Lrs, tmp_path: Path, cli: Callable[..., Any]
) -> None:
    data_dir = tmp_path / "pc"
    code = "QX7-M2K"
    down = f"http://127.0.0.1:{_free_port()}/xAPI"  # nothing listens there
    game = _game(
        "play", "--pack", MINI, "--autoplay", "--session", code, "--lrs", down,
        "--data-dir", str(data_dir), env=_game_env(),
    )  # fmt: skip
    try:
        _wait_for_answers(data_dir / "scores.sqlite3", game)
    finally:
        game.kill()  # SIGKILL: no goodbye, no flush
        game.communicate(timeout=30)
    with ScoreStore.open(data_dir) as store:
        session = store.find_session(code)
        assert session is not None and store.counts(session.uuid)[1] > 0
    assert lrs.stored(session.uuid) == []  # all of it waited in the store
    again = _game(
        "play", "--pack", MINI, "--frames", "3", "--session", code, "--lrs", lrs.endpoint,
        "--data-dir", str(data_dir), env=_game_env(),
    )  # fmt: skip
    _, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    exported = _exported_ids(data_dir, code, cli, tmp_path / "x.json")
    stored = [s["id"] for s in lrs.stored(session.uuid)]
    assert len(stored) == len(set(stored)) and sorted(stored) == sorted(exported)


def _wait_for_answers(database: Path, game: subprocess.Popen[str]) -> None:
    """Until the game (at a watchable pace: no --frames) has committed a few events. It is
    watched through the size of its write-ahead log, so that no reader of ours touches the
    database while it plays."""
    journal = database.with_name(database.name + "-wal")
    sizes: set[int] = set()
    deadline = time.monotonic() + 180
    while len(sizes) < 5 and time.monotonic() < deadline:
        assert game.poll() is None, game.communicate()[1]
        if journal.exists():
            sizes.add(journal.stat().st_size)
        time.sleep(0.2)
    assert len(sizes) >= 5, "the game recorded nothing"
