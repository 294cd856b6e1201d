"""The live class feed behind the dashboard: a session's statements read from an LRS every few
seconds, in a thread of its own, into a :class:`ProgressModel`.

Each read asks for the statements of the session (`registration`) since the latest timestamp
seen less an overlap window, following `more` links: some LRSs (Ralph's file-system backend
among them) filter `since` by a statement's own `timestamp`, so a statement recorded offline
and delivered late would otherwise be missed; the model counts the re-read ones once, by id.
When the LRS cannot be read, the last data stays, with the time it was read and the problem.
GETs go through the HTTP client of :mod:`escape_room.scoring.lrs` (no redirects followed,
credentials never shown). No pygame here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from escape_room.scoring.classprogress import ClassProgress, ProgressModel
from escape_room.scoring.lrs import Credentials, Get, LrsError, fetch_statements, urllib_get
from escape_room.scoring.timefmt import utc_now, utc_text
from escape_room.scoring.xapi import Statement

OVERLAP = timedelta(minutes=10)
"""How far before the latest statement seen each read starts again."""
REFRESH = 5.0
"""Seconds between reads."""
PAGE = 100


class FeedError(Exception):
    """The LRS could not be read; the message says why, without any secret."""


@dataclass(frozen=True)
class StatementSource:
    """One session's statements on one LRS."""

    endpoint: str
    credentials: Credentials
    registration: str
    get: Get = urllib_get

    def read(self, since: datetime | None) -> list[Statement]:
        """The session's statements stored since `since` (all when None), every page of them."""
        query = {"registration": self.registration, "limit": str(PAGE)}
        if since is not None:
            query["since"] = utc_text(since)
        try:
            return fetch_statements(self.endpoint, self.credentials, query, self.get)
        except LrsError as error:
            raise FeedError(str(error)) from None


@dataclass(frozen=True)
class Snapshot:
    """What the dashboard shows: the progress, when it was last read, and what went wrong since."""

    progress: ClassProgress
    updated: datetime | None
    problem: str


class ClassFeed:
    """Keeps a :class:`ProgressModel` up to date from a source, in the background (`start`) or
    one read at a time (`refresh`); `snapshot` never waits for the network."""

    def __init__(
        self,
        model: ProgressModel,
        read: Callable[[datetime | None], list[Statement]],
        *,
        clock: Callable[[], datetime] = utc_now,
        every: float = REFRESH,
        overlap: timedelta = OVERLAP,
    ) -> None:
        self.model, self.read, self.clock = model, read, clock
        self.every, self.overlap = every, overlap
        self.updated: datetime | None = None
        self.problem = ""
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def refresh(self) -> None:
        """Read what is new (and the overlap window again) once; note a failure, keep the data."""
        latest = self.model.latest
        try:
            statements = self.read(latest - self.overlap if latest is not None else None)
        except FeedError as error:
            self.problem = str(error)
            return
        with self._lock:
            self.model.add(statements)
        self.updated, self.problem = self.clock(), ""

    def snapshot(self, now: datetime) -> Snapshot:
        with self._lock:
            progress = self.model.progress(now)
        return Snapshot(progress, self.updated, self.problem)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="class-feed", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.refresh()
            self._stop.wait(self.every)
