"""Live sending: while a class plays, the session's statements go to an LRS as they happen.

What is waiting is what the store holds and the LRS has not yet confirmed: the statements of the
session's recorded events (made exactly as `scores export --format xapi` makes them) less the
ids in the store's `sent` table. Every event is committed durably when it happens, so nothing
waiting is lost when the network, the LRS or the game stops: the next round, or the next start,
or `scores send`, sends it. A team's knowledge-check scores wait until the team is done (they
change with each answer). The sending runs in a thread of its own with its own connection, opened
once (opening checks the whole file), so a frame never waits on the network or the disk; a failed
round is tried again after a growing pause.

Each round also reads, every :data:`CLASS_READ` seconds, which teams of the session the LRS
holds (with their knowledge-check forms), so that a new team's forms alternate by join order
across the class's computers; the first read is also the probe that tells whether the LRS
answers at all: until an answer came, the status is offline, never live. A later read that gets
no answer turns it offline again, even with nothing waiting, until the LRS answers once more.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Literal

from escape_room.scoring.errors import StoreError
from escape_room.scoring.lrs import (
    Credentials,
    Get,
    LrsError,
    Post,
    Sender,
    fetch_statements,
    newest_stored,
    urllib_get,
    urllib_post,
)
from escape_room.scoring.records import Form
from escape_room.scoring.sessiondata import load_session
from escape_room.scoring.store import ScoreStore
from escape_room.scoring.timefmt import utc_text
from escape_room.scoring.xapi import Statement, records, statements

State = Literal["live", "waiting", "offline"]
FIRST_PAUSE, LONGEST_PAUSE = 2.0, 60.0
CLASS_READ = 20.0
"""Seconds between reads of the class's teams from the LRS (rounds run at least this often)."""
CLASS_OVERLAP = timedelta(minutes=5)
"""How far before the newest statement read the next read of the class's teams starts."""
NOT_YET = "the LRS has not answered yet"
TeamForms = tuple[str, tuple[Form, Form]]
"""A team's creation time (UTC text) and its knowledge-check forms."""


@dataclass(frozen=True)
class LrsTarget:
    """Where live statements go: the LRS's xAPI endpoint and its credentials (and, for tests,
    how requests are made)."""

    endpoint: str
    credentials: Credentials
    post: Post = urllib_post
    get: Get = urllib_get


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
        self.status = LiveStatus("offline", 0, NOT_YET)
        self.heard = False
        """Whether the LRS has answered a request (before that the status is offline)."""
        self.class_teams: dict[str, TeamForms] = {}
        """The session's teams the LRS holds, by id, as last read (replaced whole each time)."""
        self.class_read = threading.Event()
        """Set once the first read of the class's teams has been tried."""
        self._since: str | None = None
        self._next_read = 0.0
        self._problem = NOT_YET
        """Why the LRS is taken for unreachable: the last request it did not answer ("" once
        it answered one since)."""
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
            self._read_class()
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
                self.heard, self._problem = True, ""
            if self._problem:
                self.status = LiveStatus("offline", waiting, self._problem)
                self._pause = min(self._pause * 2, LONGEST_PAUSE)
                return self.status
            self.status = LiveStatus("live" if not waiting else "waiting", waiting)
            self._pause = FIRST_PAUSE
        except (LrsError, StoreError, ValueError) as error:
            self.status = LiveStatus("offline", self.status.waiting, str(error))
            self._pause = min(self._pause * 2, LONGEST_PAUSE)
        return self.status

    def _read_class(self) -> None:
        """Read which teams of the session the LRS holds, when it is time to; a failure is kept
        as the problem to show until the LRS answers again."""
        if self.monotonic() < self._next_read:
            return
        self._next_read = self.monotonic() + CLASS_READ
        query = {"registration": self.session_uuid, "limit": "100"}
        if self._since is not None:
            query["since"] = self._since
        try:
            found = fetch_statements(self.endpoint, self.credentials, query, self.get)
            self.class_teams = {**self.class_teams, **_team_forms(found)}
            self.heard, self._problem = True, ""
        except LrsError as error:
            self._problem = str(error)
            return
        finally:  # only once what was read is kept: a new team waits for it
            self.class_read.set()
        newest = newest_stored(found)
        if newest is not None:
            self._since = utc_text(newest - CLASS_OVERLAP)

    def start(self) -> None:
        """Start sending in the background."""
        self._thread = threading.Thread(target=self._loop, name="lrs-sender", daemon=True)
        self._thread.start()

    def refresh_class(self) -> None:
        """A team is about to join: read the class's teams again now (`class_read` is set once
        that read was tried)."""
        self.class_read.clear()
        self._next_read = 0.0
        self.poke()

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
            self._wake.wait(self._pause if self.status.state == "offline" else CLASS_READ)
            self._wake.clear()
        self._last_rounds(self._patience)


def _team_forms(found: list[Statement]) -> dict[str, TeamForms]:
    """The teams whose records the statements carry, by id, with their creation time and forms
    (statements that are not this game's, or whose forms are not a pair, are passed over)."""
    teams: dict[str, TeamForms] = {}
    for statement in found:
        try:
            held = records(statement)
        except ValueError:
            continue
        team = held[1] if held else {}
        forms = tuple(team.get("check_forms") or ())
        if forms == ("A", "B") or forms == ("B", "A"):
            teams[str(team.get("id"))] = (
                str(team.get("created")),
                ("A", "B") if forms[0] == "A" else ("B", "A"),
            )
    return teams
