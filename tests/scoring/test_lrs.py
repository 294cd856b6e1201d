"""Sending statements to an LRS: batches, back-off, resuming, conflicts — against a stand-in."""

from __future__ import annotations

import base64
import json

import pytest
from scoring_sample import Sample

from escape_room.scoring.lrs import Credentials, LrsError, Sender, TransientError, lrs_key
from escape_room.scoring.sessiondata import load_session
from escape_room.scoring.store import ScoreStore
from escape_room.scoring.xapi import Statement, statements

ENDPOINT = "https://lrs.example.org/xAPI/"


class FakeLrs:
    """Answers each POST with the next status in `script` (then 200), keeping what it stored."""

    def __init__(self, *script: int | Exception) -> None:
        self.script = list(script)
        self.stored: dict[str, Statement] = {}
        self.requests: list[tuple[str, dict[str, str], int]] = []

    def __call__(self, url: str, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
        batch = json.loads(body)
        self.requests.append((url, headers, len(batch)))
        outcome = self.script.pop(0) if self.script else 200
        if isinstance(outcome, Exception):
            raise outcome
        if outcome == 200:
            self.stored.update({s["id"]: s for s in batch})
        return outcome, "[]"


def _sender(store: ScoreStore, lrs: FakeLrs, waits: list[float], **options: int) -> Sender:
    return Sender(
        store, ENDPOINT, Credentials("teacher", "s3cret"), post=lrs, sleep=waits.append, **options
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
