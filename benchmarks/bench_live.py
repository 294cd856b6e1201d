"""Live sending: recording an answer while its statements go to an LRS, against recording alone.

- `record_answer_live`: `ScoreService.record(answer)` of a game playing with `--lrs`, whose
  sending thread reads the store, posts to an LRS and marks what it took while answers are
  recorded, against the same game without an LRS (the baseline), in the same run.
  The LRS is a small server in a process of its own on 127.0.0.1 that answers as an LRS does
  (a POST with the list of the posted ids; a GET with no statements).
Target (issue 11): ≤ 1.5x.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.common import Figure, figure, interleaved
from benchmarks.scorestore import START, answer
from escape_room.scoring.live import LrsTarget
from escape_room.scoring.lrs import Credentials
from escape_room.scoring.service import ScoreService

NAMES = ("record_answer_live",)
RECORDS_PER_ROUND = 20
_SERVE = """
import json, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

class Lrs(BaseHTTPRequestHandler):
    def do_POST(self):
        batch = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self._answer(json.dumps([s["id"] for s in batch]))
    def do_GET(self):
        self._answer(json.dumps({"statements": [], "more": ""}))
    def _answer(self, text):
        body = text.encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass

ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Lrs).serve_forever()
"""


@contextmanager
def _lrs() -> Iterator[str]:
    """The address of a minimal LRS running in a process of its own."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-c", _SERVE, str(port)])
    endpoint = f"http://127.0.0.1:{port}/xAPI"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(f"{endpoint}/statements", timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield endpoint
    finally:
        server.terminate()
        server.wait(timeout=10)


def _game(folder: Path, lrs: LrsTarget | None) -> ScoreService:
    scores = ScoreService.open(folder, lambda: START, lrs=lrs)
    scores.join_session("K7M-2QX", "p", "h", "en")
    scores.start_team("Team", ["a"], "p", "h", "en")
    return scores


def figures() -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="bench-live-") as name, _lrs() as endpoint:
        folder = Path(name)
        live = _game(folder / "live", LrsTarget(endpoint, Credentials("bench", "secret")))
        alone = _game(folder / "alone", None)
        counter = iter(range(10**9))

        def with_lrs() -> None:
            for _ in range(RECORDS_PER_ROUND):
                live.record(answer(next(counter)))

        def without() -> None:
            for _ in range(RECORDS_PER_ROUND):
                alone.record(answer(next(counter)))

        mine, theirs = interleaved(with_lrs, without, rounds=9)
        assert live.live is not None
        left = live.live.finish(patience=30).waiting
        live.close()
        alone.close()
        if left:
            raise AssertionError(f"{left} statements were not taken by the LRS")
    per = RECORDS_PER_ROUND
    return [figure("record_answer_live", mine / per, theirs / per)]
