"""`scores send`: POST a session's xAPI statements to a Learning Record Store.

Statements go in batches to `<endpoint>/statements` with `X-Experience-API-Version: 1.0.3` and
Basic auth. A batch counts as stored only when the LRS answers as xAPI 1.0.3 (Part Three,
2.1.2) says it must: 200 with a JSON array of the ids of the posted statements it stored. It is then
remembered in the store at once, so a send that fails half way resumes where it stopped, and
sending again sends nothing twice. A redirect is never followed (the credentials would go with
it): its new address is reported instead. Anything else, such as a Wi-Fi login page answering 200,
is a failure that names what came back. Network failures and busy answers (429, 5xx) are retried
with exponential back-off. A 204 or 409, or ids left out of the 200 list (the LRS saying it held a
statement already), count as stored only once the statement is read back from the LRS; a 409 batch
is split to find which statements it concerns.
The credentials live only in memory: they are never stored, logged or printed, and addresses
are shown with their secrets masked.
"""

from __future__ import annotations

import base64
import http.client
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from escape_room.scoring.store import ScoreStore
from escape_room.scoring.timefmt import parse_utc, utc_now
from escape_room.scoring.xapi import Statement

XAPI_VERSION = "1.0.3"
REQUEST_TIMEOUT = 15.0  # seconds one request may wait for an answer
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


@dataclass(frozen=True)
class Reply:
    """What an LRS answered to one POST: the status, the body and, for a redirect, where to."""

    status: int
    body: str
    location: str = ""


Post = Callable[[str, bytes, dict[str, str]], Reply]
Get = Callable[[str, dict[str, str]], Reply]


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
    get: Get = field(default=lambda url, headers: urllib_get(url, headers))
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], datetime] = utc_now
    batch_size: int = 100
    tries: int = 5
    first_wait: float = 1.0
    patience: float = 45.0  # seconds one batch may take, waits included: a hanging LRS ends in time
    monotonic: Callable[[], float] = time.monotonic
    progress: Callable[[SendCount, int], None] = lambda count, batches_left: None

    @property
    def lrs(self) -> str:
        """The endpoint without credentials or a trailing slash: the key of the sending progress."""
        return lrs_key(self.endpoint)

    def send(self, sessions: list[tuple[str, list[Statement]]]) -> SendCount:
        """Send each session's statements not yet accepted; LrsError when the LRS refuses.

        `progress` hears the count after each batch, with the number of batches left."""
        count = SendCount(total=sum(len(statements) for _, statements in sessions))
        batches: list[tuple[str, list[Statement]]] = []
        for session_uuid, statements in sessions:
            done = self.store.sent_ids(self.lrs, session_uuid)
            todo = [s for s in statements if s["id"] not in done]
            count.already += len(statements) - len(todo)
            size = self.batch_size
            batches += [(session_uuid, todo[i : i + size]) for i in range(0, len(todo), size)]
        for index, (session_uuid, batch) in enumerate(batches):
            self._send_batch(session_uuid, batch, count)
            self.progress(count, len(batches) - index - 1)
        return count

    def _send_batch(self, session_uuid: str, batch: list[Statement], count: SendCount) -> None:
        reply = self._post_with_retries(batch, count)
        ids = [s["id"] for s in batch]
        if reply.status == 409 and len(batch) > 1:
            for statement in batch:
                self._send_batch(session_uuid, [statement], count)
            return
        try:
            stored = _stored_ids(reply, ids)
        except _Refused as refused:
            problem = f"the LRS did not take the statements: {refused}. {_progress(count)}"
            raise LrsError(problem) from None
        already = [i for i in ids if i not in stored]  # believed only once read back
        missing = [i for i in already if not self._holds(i)]
        if missing:
            problem = (
                f"it answered HTTP {reply.status} but does not return statement {missing[0]}"
                + (f" and {len(missing) - 1} more" if missing[1:] else "")
            )
            raise LrsError(f"the LRS did not take the statements: {problem}. {_progress(count)}")
        self.store.mark_sent(self.lrs, session_uuid, ids, self.clock())
        count.sent += len(stored)
        count.conflicts += len(already)

    def _holds(self, statement_id: str) -> bool:
        """Whether the LRS returns the statement with this id (alone, or in a statement result)."""
        query = urllib.parse.urlencode({"statementId": statement_id})
        try:
            reply = self.get(f"{statements_url(self.endpoint)}?{query}", self._headers())
            found = json.loads(reply.body) if reply.status == 200 else {}
        except (TransientError, ValueError):
            return False
        if not isinstance(found, dict):
            return False
        held = found.get("statements", [found])
        return isinstance(held, list) and any(
            isinstance(h, dict) and str(h.get("id", "")).lower() == statement_id for h in held
        )

    def _headers(self) -> dict[str, str]:
        return _headers(self.credentials)

    def _post_with_retries(self, batch: list[Statement], count: SendCount) -> Reply:
        body = json.dumps(batch, ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json; charset=utf-8", **self._headers()}
        problem, start, tried = "", self.monotonic(), 0
        for attempt in range(self.tries):
            if attempt:
                wait = self.first_wait * 2 ** (attempt - 1)
                if self.monotonic() - start + wait + REQUEST_TIMEOUT > self.patience:
                    break
                self.sleep(wait)
            tried += 1
            try:
                reply = self.post(statements_url(self.endpoint), body, headers)
            except TransientError as error:
                problem = str(error)
                continue
            if reply.status not in _RETRY_STATUSES:
                return reply
            problem = f"HTTP {reply.status}"
        waited = self.monotonic() - start
        raise LrsError(
            f"the LRS did not accept the statements after {tried} tries in {waited:.0f} s"
            f" ({problem}). {_progress(count)}"
        )


def _headers(credentials: Credentials) -> dict[str, str]:
    return {"X-Experience-API-Version": XAPI_VERSION, "Authorization": credentials.header()}


def fetch_statements(
    endpoint: str,
    credentials: Credentials,
    query: dict[str, str],
    get: Get = lambda url, headers: urllib_get(url, headers),
) -> list[Statement]:
    """Every statement the LRS returns for the query, following its `more` links (xAPI 1.0.3,
    Part Three, 2.1.3); LrsError naming what came back when an answer is not a statement result.
    A `more` link to another server is not followed (the credentials would go with it)."""
    root = urllib.parse.urlsplit(lrs_key(endpoint))
    url: str | None = f"{statements_url(endpoint)}?{urllib.parse.urlencode(query)}"
    found: list[Statement] = []
    seen: set[str] = set()
    while url:
        if url in seen:
            raise LrsError(
                f"its `more` link leads back to a page already read ({mask_secrets(url)})"
            )
        seen.add(url)
        try:
            reply = get(url, _headers(credentials))
        except TransientError as error:
            raise LrsError(f"{error}; is the address right and the LRS running?") from None
        page, more = _statement_page(reply)
        found += page
        url = urllib.parse.urljoin(f"{root.scheme}://{root.netloc}/", more) if more else None
        if url and urllib.parse.urlsplit(url)[:2] != root[:2]:
            raise LrsError(f"its `more` link leads to another server ({mask_secrets(url)})")
    return found


def _statement_page(reply: Reply) -> tuple[list[Statement], str]:
    """The statements of one reply to a GET and its `more` link; LrsError for anything else."""
    try:
        _refusal(reply)
        if reply.status != 200:
            raise _Refused(f"it answered HTTP {reply.status}: {_excerpt(reply.body)}")
        result = json.loads(reply.body)
    except _Refused as refused:
        raise LrsError(f"the LRS did not return the statements: {refused}") from None
    except ValueError:
        result = None
    page = result.get("statements") if isinstance(result, dict) else None
    more = result.get("more") if isinstance(result, dict) else None
    if not isinstance(page, list) or not isinstance(more, (str, type(None))):
        raise LrsError(
            "the LRS did not return the statements: it answered HTTP 200 with something that is"
            f" not an xAPI statement result ({_excerpt(reply.body)}); is the address a Wi-Fi"
            " login page or a website?"
        )
    if not all(isinstance(s, dict) and isinstance(s.get("id"), str) for s in page):
        raise LrsError("the LRS returned a statement without an id")
    return page, more or ""


def newest_stored(statements: Iterable[Statement]) -> datetime | None:
    """When the LRS stored the newest of the statements (None when it does not say)."""
    times = []
    for statement in statements:
        try:
            times.append(parse_utc(str(statement["stored"])))
        except (KeyError, ValueError):
            continue
    return max(times, default=None)


def lrs_key(endpoint: str) -> str:
    parts = urllib.parse.urlsplit(endpoint.strip())
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))


def statements_url(endpoint: str) -> str:
    return lrs_key(endpoint) + "/statements"


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Hands a redirect back as the answer instead of following it with the credentials."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirects)


def urllib_post(
    url: str, body: bytes, headers: dict[str, str], timeout: float = REQUEST_TIMEOUT
) -> Reply:
    """POST with the standard library, following no redirect; TransientError when no answer came."""
    return _request(urllib.request.Request(url, data=body, headers=headers, method="POST"), timeout)


def urllib_get(url: str, headers: dict[str, str], timeout: float = REQUEST_TIMEOUT) -> Reply:
    """GET with the standard library, following no redirect; TransientError when no answer came."""
    return _request(urllib.request.Request(url, headers=headers, method="GET"), timeout)


def _request(request: urllib.request.Request, timeout: float) -> Reply:
    url = request.full_url
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            return Reply(int(response.status), _text(response))
    except urllib.error.HTTPError as error:
        return Reply(int(error.code), _text(error), error.headers.get("Location", "") or "")
    except (urllib.error.URLError, OSError, http.client.HTTPException) as error:
        reason = getattr(error, "reason", error) or type(error).__name__
        raise TransientError(f"no answer from {lrs_key(url)}: {reason}") from None


def _text(response: Any) -> str:
    return bytes(response.read()).decode("utf-8", "replace")


class _Refused(Exception):
    """The reply does not show the batch stored; the message says what came back."""


def _stored_ids(reply: Reply, ids: list[str]) -> set[str]:
    """The posted ids the LRS says it stored now: 200 lists them (xAPI 1.0.3, Part Three, 2.1.2);
    204 and 409 say it held them all before. Anything else raises _Refused."""
    _refusal(reply)
    if reply.status in (204, 409):
        return set()
    if reply.status != 200:
        raise _Refused(f"it answered HTTP {reply.status}: {_excerpt(reply.body)}")
    try:
        listed = json.loads(reply.body)
    except ValueError:
        raise _Refused(
            "it answered HTTP 200 with something that is not the list of stored statement ids an"
            f" LRS sends ({_excerpt(reply.body)}); is the address a Wi-Fi login page or a website?"
        ) from None
    stored = {str(i).lower() for i in listed} if isinstance(listed, list) else {""}
    if not stored <= set(ids):
        raise _Refused(
            f"it answered HTTP 200, but not with the ids of the {len(ids)} statement(s) sent"
            f" ({_excerpt(reply.body)})"
        )
    return stored


def _refusal(reply: Reply) -> None:
    """_Refused for a redirect (never followed) or a refused password."""
    if 300 <= reply.status < 400:
        where = mask_secrets(reply.location) if reply.location else "an address it did not give"
        raise _Refused(
            f"it answered HTTP {reply.status}, a redirect to {where}, which was not followed so"
            " that the password goes nowhere else; if that is the LRS, give that address to --lrs"
        )
    if reply.status in (401, 403):
        raise _Refused(
            "it refused the user name or password (check ESCAPE_ROOM_LRS_USER / _PASSWORD)"
        )


def _excerpt(body: str) -> str:
    text = " ".join(body.split())
    if not text:
        return "an empty answer"
    return repr(text[:120] + ("…" if len(text) > 120 else ""))


_SECRET_QUERY = re.compile(r"pass|pwd|secret|token|key|auth|sig|credential", re.IGNORECASE)


def mask_secrets(url: str) -> str:
    """The address with any password in it, and secret-looking query values, replaced by ***."""
    try:
        parts = urllib.parse.urlsplit(url.strip())
        netloc = parts.netloc
        if "@" in netloc:
            userinfo, host = netloc.rsplit("@", 1)
            user = userinfo.split(":", 1)[0]
            netloc = f"{user}:***@{host}" if ":" in userinfo else f"***@{host}"
        query = urllib.parse.urlencode(
            [
                (name, "***" if _SECRET_QUERY.search(name) else value)
                for name, value in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
            ],
            safe="*",
        )
        return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, query, ""))
    except ValueError:
        return "(an address that cannot be read)"


def _progress(count: SendCount) -> str:
    stored = count.already + count.sent + count.conflicts
    return (
        f"{stored} of {count.total} statements are stored there;"
        " run the same command again to send the rest."
    )
