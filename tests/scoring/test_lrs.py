"""Sending statements to an LRS: batches, back-off, resuming, conflicts — against a stand-in."""

from __future__ import annotations

import base64
import json
import socket
from urllib.parse import parse_qs, urlsplit

import pytest
from scoring_sample import Sample

from escape_room.scoring.lrs import (
    REQUEST_TIMEOUT,
    Credentials,
    LrsError,
    Reply,
    Sender,
    TransientError,
    lrs_key,
    mask_secrets,
    urllib_post,
)
from escape_room.scoring.sessiondata import load_session
from escape_room.scoring.store import ScoreStore
from escape_room.scoring.xapi import Statement, statements

ENDPOINT = "https://lrs.example.org/xAPI/"


class FakeLrs:
    """Answers each POST with the next outcome in `script` (then 200 with the ids, as xAPI says).

    An outcome is a status, an exception to raise, or a whole Reply to give back as it is.
    """

    def __init__(self, *script: int | Exception | Reply) -> None:
        self.script = list(script)
        self.stored: dict[str, Statement] = {}
        self.requests: list[tuple[str, dict[str, str], int]] = []

    def __call__(self, url: str, body: bytes, headers: dict[str, str]) -> Reply:
        batch = json.loads(body)
        self.requests.append((url, headers, len(batch)))
        outcome = self.script.pop(0) if self.script else 200
        if isinstance(outcome, Exception):
            raise outcome
        if isinstance(outcome, Reply):
            return outcome
        if outcome == 200 or (outcome == 409 and len(batch) > 1):
            self.stored.update({s["id"]: s for s in batch})  # 409: it held them already
        if outcome == 200:
            return Reply(200, json.dumps([s["id"] for s in batch]))
        return Reply(outcome, "")

    def get(self, url: str, headers: dict[str, str]) -> Reply:
        """GET ?statementId=: the statement if held, else 404; ?registration=: all of the
        session's, on one page."""
        query = parse_qs(urlsplit(url).query)
        if "registration" in query:
            (session,) = query["registration"]
            held = [s for s in self.stored.values() if s["context"]["registration"] == session]
            return Reply(200, json.dumps({"statements": held, "more": ""}))
        (wanted,) = query["statementId"]
        found = self.stored.get(wanted)
        return Reply(200, json.dumps(found)) if found else Reply(404, "")


def _sender(store: ScoreStore, lrs: FakeLrs, waits: list[float], **options: int) -> Sender:
    return Sender(
        store,
        ENDPOINT,
        Credentials("teacher", "s3cret"),
        post=lrs,
        get=lrs.get,
        sleep=waits.append,
        **options,
    )


def _work(store: ScoreStore, sample: Sample) -> list[tuple[str, list[Statement]]]:
    return [(sample.session.uuid, list(statements(load_session(store, sample.session.uuid))))]


def test_statements_go_in_batches_with_the_xapi_headers(store: ScoreStore, sample: Sample) -> None:
    lrs, waits = FakeLrs(), []
    count = _sender(store, lrs, waits, batch_size=10).send(_work(store, sample))
    assert (count.total, count.sent, count.already) == (31, 31, 0)
    assert [size for _, _, size in lrs.requests] == [10, 10, 10, 1]
    url, headers, _ = lrs.requests[0]
    assert url == "https://lrs.example.org/xAPI/statements"
    assert headers["X-Experience-API-Version"] == "1.0.3"
    assert headers["Authorization"] == "Basic " + base64.b64encode(b"teacher:s3cret").decode()
    assert waits == []


def test_sending_again_sends_nothing(store: ScoreStore, sample: Sample) -> None:
    lrs, waits = FakeLrs(), []
    _sender(store, lrs, waits).send(_work(store, sample))
    count = _sender(store, lrs, waits).send(_work(store, sample))
    assert (count.sent, count.already) == (0, 31)
    assert len(lrs.requests) == 1


def test_busy_answers_and_network_errors_are_retried_with_back_off(
    store: ScoreStore, sample: Sample
) -> None:
    lrs, waits = FakeLrs(503, TransientError("no answer"), 429), []
    count = _sender(store, lrs, waits).send(_work(store, sample))
    assert count.sent == 31 and waits == [1.0, 2.0, 4.0]


def test_a_failure_keeps_what_was_sent_and_the_next_send_resumes(
    store: ScoreStore, sample: Sample
) -> None:
    lrs, waits = FakeLrs(200, *[503] * 3), []
    with pytest.raises(LrsError) as caught:
        _sender(store, lrs, waits, batch_size=10, tries=3).send(_work(store, sample))
    assert "10 of 31 statements are stored" in str(caught.value)
    assert "run the same command again" in str(caught.value)
    assert len(store.sent_ids(lrs_key(ENDPOINT), sample.session.uuid)) == 10
    count = _sender(store, lrs, waits, batch_size=10).send(_work(store, sample))
    assert (count.already, count.sent) == (10, 21)
    assert len(lrs.stored) == 31


def test_a_conflict_counts_as_already_stored(store: ScoreStore, sample: Sample) -> None:
    lrs, waits = FakeLrs(409, 200, 409), []
    count = _sender(store, lrs, waits, batch_size=2).send(_work(store, sample))
    assert [size for _, _, size in lrs.requests[:3]] == [2, 1, 1]
    assert count.conflicts == 1 and count.sent == 30
    assert len(store.sent_ids(lrs_key(ENDPOINT), sample.session.uuid)) == 31


def test_a_refused_password_stops_at_once_and_says_so(store: ScoreStore, sample: Sample) -> None:
    lrs, waits = FakeLrs(401), []
    with pytest.raises(LrsError) as caught:
        _sender(store, lrs, waits).send(_work(store, sample))
    assert "user name or password" in str(caught.value) and "s3cret" not in str(caught.value)
    assert waits == [] and store.sent_ids(lrs_key(ENDPOINT), sample.session.uuid) == set()


def test_the_password_is_never_shown() -> None:
    credentials = Credentials("teacher", "s3cret")
    assert "s3cret" not in repr(credentials)
    assert (
        lrs_key("https://user:pw@lrs.example.org:8443/xAPI/") == "https://lrs.example.org:8443/xAPI"
    )


@pytest.mark.parametrize(
    ("reply", "words"),
    [
        (Reply(302, "", "https://login.example.net/?token=abc"), "redirect to https://login"),
        (Reply(301, "", ""), "redirect"),
        (Reply(200, "<html><body>Sign in to school Wi-Fi</body></html>"), "Wi-Fi login page"),
        (Reply(200, "[]"), "answered HTTP 200 but does not return statement"),
        (Reply(200, '["1f0e6e8e-0000-5000-8000-000000000000"]'), "not with the ids"),
        (Reply(200, '{"ok": true}'), "not with the ids"),
        (Reply(204, ""), "answered HTTP 204 but does not return statement"),
    ],
)
def test_only_the_ids_of_the_posted_statements_mark_them_sent(
    store: ScoreStore, sample: Sample, reply: Reply, words: str
) -> None:
    lrs, waits = FakeLrs(reply), []
    with pytest.raises(LrsError) as caught:
        _sender(store, lrs, waits).send(_work(store, sample))
    message = str(caught.value)
    assert words in message and "0 of 31 statements are stored" in message
    assert "abc" not in message and "s3cret" not in message
    assert store.sent_ids(lrs_key(ENDPOINT), sample.session.uuid) == set()
    assert len(lrs.requests) == 1 and waits == []


def test_ids_may_come_back_in_another_order_or_case(store: ScoreStore, sample: Sample) -> None:
    ids = [s["id"] for s in _work(store, sample)[0][1]]
    reply = Reply(200, json.dumps([i.upper() for i in reversed(ids)]))
    count = _sender(store, FakeLrs(reply), []).send(_work(store, sample))
    assert count.sent == 31
    assert store.sent_ids(lrs_key(ENDPOINT), sample.session.uuid) == set(ids)


@pytest.mark.parametrize(
    ("address", "shown"),
    [
        ("ftp://teacher:S3cret@lrs.example.org/x", "ftp://teacher:***@lrs.example.org/x"),
        ("https://u:p@/xAPI", "https://u:***@/xAPI"),
        ("https://T0KEN@lrs.example.org/xAPI", "https://***@lrs.example.org/xAPI"),
        (
            "https://lrs.example.org/xAPI?password=S3cret&class=7B&api_key=K",
            "https://lrs.example.org/xAPI?password=***&class=7B&api_key=***",
        ),
    ],
)
def test_secrets_in_addresses_are_masked(address: str, shown: str) -> None:
    assert mask_secrets(address) == shown


def test_a_conflict_over_a_statement_the_lrs_does_not_return_is_a_failure(
    store: ScoreStore, sample: Sample
) -> None:
    lrs, waits = FakeLrs(409), []
    with pytest.raises(LrsError) as caught:
        _sender(store, lrs, waits, batch_size=1).send(_work(store, sample))
    assert "answered HTTP 409 but does not return statement" in str(caught.value)
    assert store.sent_ids(lrs_key(ENDPOINT), sample.session.uuid) == set()


def test_progress_is_told_after_every_batch(store: ScoreStore, sample: Sample) -> None:
    heard: list[tuple[int, int]] = []
    sender = _sender(store, FakeLrs(), [], batch_size=10)
    sender.progress = lambda count, left: heard.append((count.sent, left))
    sender.send(_work(store, sample))
    assert heard == [(10, 3), (20, 2), (30, 1), (31, 0)]


def test_a_hanging_lrs_is_given_up_within_a_minute(store: ScoreStore, sample: Sample) -> None:
    now = [0.0]

    def hangs(url: str, body: bytes, headers: dict[str, str]) -> Reply:
        now[0] += REQUEST_TIMEOUT
        raise TransientError("no answer from https://lrs.example.org/xAPI: timed out")

    def sleep(seconds: float) -> None:
        now[0] += seconds

    sender = Sender(
        store, ENDPOINT, Credentials("t", "p"), post=hangs, sleep=sleep, monotonic=lambda: now[0]
    )
    with pytest.raises(LrsError) as caught:
        sender.send(_work(store, sample))
    assert now[0] < 60
    assert "timed out" in str(caught.value) and "2 tries" in str(caught.value)
    assert store.sent_ids(lrs_key(ENDPOINT), sample.session.uuid) == set()


def test_no_answer_on_an_open_connection_is_a_timeout() -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/xAPI/statements"
        with pytest.raises(TransientError) as caught:
            urllib_post(url, b"[]", {}, timeout=0.2)
    assert "timed out" in str(caught.value)
