"""`scores send`: POST a session's xAPI statements to a Learning Record Store.

Statements go in batches to `<endpoint>/statements` with `X-Experience-API-Version: 1.0.3` and
Basic auth. A batch the LRS accepts is remembered in the store at once, so a send that fails half
way resumes where it stopped, and sending again sends nothing twice. Network failures and busy
answers (429, 5xx) are retried with exponential back-off. A 409 (a statement with the same id is
already there) counts as stored: the batch is split to find which statements it concerns.
The credentials live only in memory: they are never stored, logged or printed.
"""

from __future__ import annotations

import base64
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from escape_room.scoring.store import ScoreStore
from escape_room.scoring.xapi import Statement

XAPI_VERSION = "1.0.3"
_RETRY_STATUSES = {408, 429, 500, 502, 503, 504}


class LrsError(Exception):
    """Sending stopped; the message says why and that running the command again resumes."""


class TransientError(Exception):
    """The request did not get an answer (network down, timeout): worth trying again."""


@dataclass(frozen=True)
class Credentials:
    user: str
    password: str = field(repr=False)

    def header(self) -> str:
        token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode("ascii")
        return f"Basic {token}"


Post = Callable[[str, bytes, dict[str, str]], tuple[int, str]]


@dataclass
class SendCount:
    total: int = 0
    already: int = 0
    sent: int = 0
    conflicts: int = 0


@dataclass
class Sender:
    """Sends statements to one LRS and remembers what it accepted in the store."""

    store: ScoreStore
    endpoint: str
    credentials: Credentials
    post: Post = field(default=lambda url, body, headers: urllib_post(url, body, headers))
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)
    batch_size: int = 100
    tries: int = 5
    first_wait: float = 1.0

    @property
    def lrs(self) -> str:
        """The endpoint without credentials or a trailing slash: the key of the sending progress."""
        return lrs_key(self.endpoint)

    def send(self, sessions: list[tuple[str, list[Statement]]]) -> SendCount:
        """Send each session's statements not yet accepted; LrsError when the LRS refuses."""
        count = SendCount(total=sum(len(statements) for _, statements in sessions))
        for session_uuid, statements in sessions:
            done = self.store.sent_ids(self.lrs, session_uuid)
            todo = [s for s in statements if s["id"] not in done]
            count.already += len(statements) - len(todo)
            for start in range(0, len(todo), self.batch_size):
                self._send_batch(session_uuid, todo[start : start + self.batch_size], count)
        return count

    def _send_batch(self, session_uuid: str, batch: list[Statement], count: SendCount) -> None:
        status, body = self._post_with_retries(batch, count)
        if status == 409 and len(batch) > 1:
            for statement in batch:
                self._send_batch(session_uuid, [statement], count)
            return
        if status not in (200, 204, 409):
            raise LrsError(_refusal(status, body, count))
        self.store.mark_sent(self.lrs, session_uuid, [s["id"] for s in batch], self.clock())
        count.sent += len(batch) if status != 409 else 0
        count.conflicts += len(batch) if status == 409 else 0

    def _post_with_retries(self, batch: list[Statement], count: SendCount) -> tuple[int, str]:
        body = json.dumps(batch, ensure_ascii=False).encode("utf-8")
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "X-Experience-API-Version": XAPI_VERSION,
            "Authorization": self.credentials.header(),
        }
        problem = ""
        for attempt in range(self.tries):
            if attempt:
                self.sleep(self.first_wait * 2 ** (attempt - 1))
            try:
                status, text = self.post(statements_url(self.endpoint), body, headers)
            except TransientError as error:
                problem = str(error)
                continue
            if status not in _RETRY_STATUSES:
                return status, text
            problem = f"HTTP {status}"
        raise LrsError(
            f"the LRS did not accept the statements after {self.tries} tries ({problem}). "
            f"{_progress(count)}"
        )


def lrs_key(endpoint: str) -> str:
    parts = urllib.parse.urlsplit(endpoint.strip())
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))


def statements_url(endpoint: str) -> str:
    return lrs_key(endpoint) + "/statements"


def urllib_post(
    url: str, body: bytes, headers: dict[str, str], timeout: float = 30
) -> tuple[int, str]:
    """POST with the standard library; TransientError when no answer came."""
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return int(response.status), _text(response)
    except urllib.error.HTTPError as error:
        return int(error.code), _text(error)
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise TransientError(f"no answer from {lrs_key(url)}: {reason}") from None


def _text(response: Any) -> str:
    return bytes(response.read()).decode("utf-8", "replace")


def _refusal(status: int, body: str, count: SendCount) -> str:
    if status in (401, 403):
        reason = "it refused the user name or password (check ESCAPE_ROOM_LRS_USER / _PASSWORD)"
    else:
        reason = f"it answered HTTP {status}: {body.strip()[:300]}"
    return f"the LRS did not take the statements: {reason}. {_progress(count)}"


def _progress(count: SendCount) -> str:
    stored = count.already + count.sent + count.conflicts
    return (
        f"{stored} of {count.total} statements are stored there;"
        " run the same command again to send the rest."
    )
