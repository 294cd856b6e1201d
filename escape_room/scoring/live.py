"""Live sending: while a class plays, the session's statements go to an LRS as they happen.

What is waiting is what the store holds and the LRS has not yet confirmed: the statements of the
session's recorded events (made exactly as `scores export --format xapi` makes them) less the
ids in the store's `sent` table. Every event is committed durably when it happens, so nothing
waiting is lost when the network, the LRS or the game stops: the next round, or the next start,
or `scores send`, sends it. A team's knowledge-check scores wait until the team is done (they
change with each answer). The sending runs in a thread of its own with its own connection, opened
once (opening checks the whole file), so a frame never waits on the network or the disk; a failed
round is tried again after a growing pause.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from escape_room.scoring.errors import StoreError
from escape_room.scoring.lrs import (
    Credentials,
    Get,
    LrsError,
    Post,
    Sender,
    urllib_get,
    urllib_post,
)
from escape_room.scoring.sessiondata import load_session
from escape_room.scoring.store import ScoreStore
from escape_room.scoring.xapi import statements

State = Literal["live", "waiting", "offline"]
FIRST_PAUSE, LONGEST_PAUSE = 2.0, 60.0


@dataclass(frozen=True)
class LrsTarget:
    """Where live statements go: the LRS's xAPI endpoint and its credentials."""

    endpoint: str
    credentials: Credentials


@dataclass(frozen=True)
class LiveStatus:
    """What the on-screen indicator shows: live (nothing waiting), N waiting, or offline."""

    state: State
    waiting: int
    problem: str = ""


class LiveSender:
    """Sends one session's statements to one LRS, in rounds; see the module docstring."""

    def __init__(
        self,
        data_dir: Path,
        session_uuid: str,
        endpoint: str,
        credentials: Credentials,
        post: Post = urllib_post,
        get: Get = urllib_get,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.data_dir, self.session_uuid = data_dir, session_uuid
        self.endpoint, self.credentials = endpoint, credentials
        self.post, self.get, self.monotonic = post, get, monotonic
        self.playing: str | None = None
        """The team at play on this computer: its check scores wait until it is done."""
        self.status = LiveStatus("waiting", 0)
        self._pause = FIRST_PAUSE
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._patience = 0.0
        self._thread: threading.Thread | None = None
        self._store: ScoreStore | None = None
        """Opened by the first round, in the thread that runs the rounds, and kept."""

    def run_round(self) -> LiveStatus:
        """Send what is waiting, once; the status after it (also kept in `status`)."""
        try:
            if self._store is None:
                self._store = ScoreStore.open(self.data_dir)
            store = self._store
            work = list(statements(load_session(store, self.session_uuid), self.playing))
            sender = Sender(
                store, self.endpoint, self.credentials, post=self.post, get=self.get,
                tries=1, monotonic=self.monotonic,
            )  # fmt: skip
            done = store.sent_ids(sender.lrs, self.session_uuid)
            waiting = sum(1 for s in work if s["id"] not in done)
            self.status = LiveStatus("waiting", waiting)
            if waiting:
                count = sender.send([(self.session_uuid, work)])
                waiting -= count.sent + count.conflicts
            self.status = LiveStatus("live" if not waiting else "waiting", waiting)
            self._pause = FIRST_PAUSE
        except (LrsError, StoreError, ValueError) as error:
            self.status = LiveStatus("offline", self.status.waiting, str(error))
            self._pause = min(self._pause * 2, LONGEST_PAUSE)
        return self.status

    def start(self) -> None:
        """Start sending in the background."""
        self._thread = threading.Thread(target=self._loop, name="lrs-sender", daemon=True)
        self._thread.start()

    def poke(self) -> None:
        """Something was recorded: send it soon."""
        self._wake.set()

    def finish(self, patience: float = 30.0) -> LiveStatus:
        """Stop the background sending after sending what waits, for at most `patience` seconds
        while the LRS answers; the status at the end (its `waiting` are left for `scores send`)."""
        self.playing = None
        if self._thread is None:
            self._last_rounds(patience)
        else:  # the rounds' own thread sends the rest, with the connection it opened
            self._patience = patience
            self._stop.set()
            self._wake.set()
            self._thread.join()
        return self.status

    def _last_rounds(self, patience: float) -> None:
        """Rounds while something waits and the LRS answers, for at most `patience` seconds;
        then the store is closed."""
        deadline = self.monotonic() + patience
        while self.run_round().state == "waiting" and self.monotonic() < deadline:
            pass
        if self._store is not None:
            self._store.close()
            self._store = None

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.run_round()
            self._wake.wait(self._pause if self.status.state == "offline" else None)
            self._wake.clear()
        self._last_rounds(self._patience)
