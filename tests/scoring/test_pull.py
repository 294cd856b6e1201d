"""`scores pull` against a scripted LRS: pages, `since` with an overlap, and every refusal."""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from scoring_sample import Sample

from escape_room.scoring.csvexport import write_csv
from escape_room.scoring.errors import ImportProblem
from escape_room.scoring.lrs import Credentials, LrsError, Reply, Sender, TransientError
from escape_room.scoring.pull import OVERLAP, Puller
from escape_room.scoring.sessiondata import load_session
from escape_room.scoring.store import ScoreStore
from escape_room.scoring.timefmt import parse_utc, utc_text
from escape_room.scoring.xapi import EXT, Statement, statements

ENDPOINT = "https://lrs.example.org/xAPI"
STORED = "2026-03-02T09:00:00.000000+00:00"


class ScriptedLrs:
    """Serves statements as an LRS would, two to a page, and keeps the queries it was asked."""

    def __init__(self, held: list[Statement]) -> None:
        self.held = [{**s, "stored": STORED} for s in held]
        self.queries: list[dict[str, str]] = []

    def __call__(self, url: str, headers: dict[str, str]) -> Reply:
        assert headers["X-Experience-API-Version"] == "1.0.3" and headers["Authorization"]
        query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))
        self.queries.append(query)
        start = int(query.get("page", "0"))
        page = self.held[start : start + 2]
        more = "" if start + 2 >= len(self.held) else f"/xAPI/statements?page={start + 2}"
        return Reply(200, json.dumps({"statements": page, "more": more}))


def _held(store: ScoreStore, sample: Sample) -> list[Statement]:
    return json.loads(json.dumps(list(statements(load_session(store, sample.session.uuid)))))


def _puller(store: ScoreStore, get: Callable[[str, dict[str, str]], Reply]) -> Puller:
    return Puller(store, ENDPOINT, Credentials("teacher", "secret"), get=get)


def _csv_rows(store: ScoreStore, session_uuid: str, path: Path) -> bytes:
    answers, _ = write_csv([load_session(store, session_uuid)], path)
    return answers.read_bytes()


def test_a_pull_rebuilds_the_session_and_marks_its_statements_held(
    store: ScoreStore, sample: Sample, tmp_path: Path
) -> None:
    lrs = ScriptedLrs(_held(store, sample))
    with ScoreStore.open(tmp_path / "empty") as pulled:
        count = _puller(pulled, lrs).pull(sample.session.code)
        assert (count.statements, count.merged.teams, count.merged.events) == (31, 2, 23)
        assert len(lrs.queries) == 16  # every page, by its `more` link
        assert lrs.queries[0] == {"registration": sample.session.uuid, "limit": "100"}
        assert _csv_rows(pulled, sample.session.uuid, tmp_path / "b.csv") == _csv_rows(
            store, sample.session.uuid, tmp_path / "a.csv"
        )
        work = [(sample.session.uuid, list(statements(load_session(pulled, sample.session.uuid))))]
        sender = Sender(pulled, ENDPOINT, Credentials("t", "p"), post=_no_post)
        assert sender.send(work).already == 31  # nothing pulled goes back


def _no_post(url: str, body: bytes, headers: dict[str, str]) -> Reply:
    raise AssertionError("a pulled statement was sent back")


def test_a_second_pull_asks_since_the_newest_less_the_overlap_and_adds_nothing(
    store: ScoreStore, sample: Sample, tmp_path: Path
) -> None:
    lrs = ScriptedLrs(_held(store, sample))
    with ScoreStore.open(tmp_path / "empty") as pulled:
        _puller(pulled, lrs).pull(sample.session.code)
        lrs.queries.clear()
        again = _puller(pulled, lrs).pull(sample.session.code)
        assert (again.merged.teams, again.merged.events, again.merged.known_events) == (0, 0, 23)
        since = parse_utc(lrs.queries[0]["since"])
        assert since == parse_utc(STORED) - OVERLAP
        lrs.queries.clear()
        _puller(pulled, lrs).pull(sample.session.code, full=True)
        assert "since" not in lrs.queries[0]


def test_a_statement_read_twice_counts_once(
    store: ScoreStore, sample: Sample, tmp_path: Path
) -> None:
    held = _held(store, sample)
    lrs = ScriptedLrs(held + held[:5])  # an LRS that returns some again on a later page
    with ScoreStore.open(tmp_path / "empty") as pulled:
        assert _puller(pulled, lrs).pull(sample.session.code).statements == 31


def test_an_impossible_event_is_refused_by_name_and_nothing_is_written(
    store: ScoreStore, sample: Sample, tmp_path: Path
) -> None:
    held = _held(store, sample)
    events = [s["result"].get("extensions", {}).get(EXT["event"]) for s in held]
    at = next(i for i, event in enumerate(events) if event and event["kind"] == "answer_given")
    bad = held[at]
    bad["result"]["extensions"][EXT["event"]]["data"]["points"] = 5000
    with ScoreStore.open(tmp_path / "empty") as pulled:
        with pytest.raises(ImportProblem) as caught:
            _puller(pulled, ScriptedLrs(held)).pull(sample.session.code)
        assert f"statement {bad['id']}" in str(caught.value) and "points are 5000" in str(
            caught.value
        )
        assert "Nothing was written" in str(caught.value)
        assert pulled.sessions() == [] and pulled.read("SELECT * FROM sent") == []


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda s: s["context"].pop("extensions"), "no team record"),
        (lambda s: s.update(id="00000000-0000-5000-8000-000000000000"), "its id is not"),
        (lambda s: s["result"]["extensions"][EXT["event"]].update(kind="teleported"), "unknown"),
        (
            lambda s: s["context"]["extensions"][EXT["session"]].update(uuid="x"),
            "another session",
        ),
    ],
)
def test_a_statement_that_does_not_decode_is_named(
    store: ScoreStore, sample: Sample, tmp_path: Path, change: Callable[[Any], Any], reason: str
) -> None:
    held = _held(store, sample)
    change(held[3])
    with ScoreStore.open(tmp_path / "empty") as pulled:
        with pytest.raises(ImportProblem, match=reason) as caught:
            _puller(pulled, ScriptedLrs(held)).pull(sample.session.code)
        assert held[3]["id"] in str(caught.value)
        assert pulled.sessions() == []


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        (Reply(200, "<html><h1>School Wi-Fi</h1></html>"), "Wi-Fi login page"),
        (Reply(401, '{"detail": "Invalid authentication credentials"}'), "user name or password"),
        (Reply(302, "", "https://portal.example.org/login?token=abc"), r"token=\*\*\*"),
        (Reply(500, "Internal Server Error"), "HTTP 500"),
        (Reply(200, '{"statements": [{"verb": {}}]}'), "without an id"),
    ],
)
def test_an_answer_that_is_not_a_statement_result_is_told(
    tmp_path: Path, reply: Reply, said: str
) -> None:
    with ScoreStore.open(tmp_path / "empty") as pulled, pytest.raises(LrsError, match=said):
        _puller(pulled, lambda url, headers: reply).pull("K7M-2QX")


def test_an_unreachable_lrs_and_an_empty_session_are_told(tmp_path: Path) -> None:
    def down(url: str, headers: dict[str, str]) -> Reply:
        raise TransientError("no answer from https://lrs.example.org/xAPI: connection refused")

    with ScoreStore.open(tmp_path / "empty") as pulled:
        with pytest.raises(LrsError, match="connection refused; is the address right"):
            _puller(pulled, down).pull("K7M-2QX")
        with pytest.raises(ImportProblem, match="holds no statements of this session"):
            _puller(pulled, ScriptedLrs([])).pull("K7M-2QX")


def test_a_more_link_to_another_server_is_not_followed(tmp_path: Path) -> None:
    asked: list[str] = []

    def elsewhere(url: str, headers: dict[str, str]) -> Reply:
        asked.append(url)
        return Reply(200, json.dumps({"statements": [], "more": "https://evil.example/x"}))

    with ScoreStore.open(tmp_path / "empty") as pulled, pytest.raises(LrsError, match="server"):
        _puller(pulled, elsewhere).pull("K7M-2QX")
    assert len(asked) == 1


def test_the_pull_command_checks_the_address_and_never_shows_a_traceback(
    cli: Callable[..., Any], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ESCAPE_ROOM_LRS_USER", "teacher")
    monkeypatch.setenv("ESCAPE_ROOM_LRS_PASSWORD", "S3cret")
    plain = cli("scores", "pull", "--lrs", "http://lrs.school.lt/xAPI", "--session", "K7M-2QX",
                "--data-dir", str(data_dir))  # fmt: skip
    assert plain.code == 2 and "plain http" in plain.err
    wrong = cli("scores", "pull", "--lrs", "https://lrs.school.lt/xAPI", "--session", "nope",
                "--data-dir", str(data_dir))  # fmt: skip
    assert wrong.code == 2 and "not a session code" in wrong.err
    down = cli("scores", "pull", "--lrs", "http://127.0.0.1:9/xAPI?password=S3cret",
               "--session", "K7M-2QX", "--data-dir", str(data_dir))  # fmt: skip
    assert down.code == 1 and "no answer from" in down.err
    for run in (plain, wrong, down):
        assert "Traceback" not in run.err and "S3cret" not in run.err + run.out


def test_the_mark_is_kept_when_nothing_new_came(
    store: ScoreStore, sample: Sample, tmp_path: Path
) -> None:
    lrs = ScriptedLrs(_held(store, sample))
    with ScoreStore.open(tmp_path / "empty") as pulled:
        _puller(pulled, lrs).pull(sample.session.code)
        mark = pulled.read("SELECT since FROM pulled")[0][0]
        assert _puller(pulled, ScriptedLrs([])).pull(sample.session.code).statements == 0
        assert (
            pulled.read("SELECT since FROM pulled")[0][0]
            == mark
            == utc_text(parse_utc(STORED) - OVERLAP)
        )
