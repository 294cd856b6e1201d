"""The dashboard's feed: pages followed, reads that overlap, and the last data kept when the LRS
cannot be reached (with fake HTTP answers; the Ralph test plays against a real LRS)."""

from __future__ import annotations

import json
import urllib.parse
from datetime import datetime, timedelta

import pytest
from class_statements import FOX_EVENTS, START, answer, played, team

from escape_room.scoring.classfeed import ClassFeed, FeedError, StatementSource
from escape_room.scoring.classprogress import ProgressModel, RoomPlan
from escape_room.scoring.lrs import Credentials, Reply, TransientError
from escape_room.scoring.xapi import Statement

ENDPOINT = "https://lrs.example.org/xAPI"
SECRET = "s3cret-pass"
FOXES = team("Foxes", 1)
STATEMENTS = played(FOXES, FOX_EVENTS)


class FakeLrs:
    """Answers GETs from a list of statements, `page` at a time, filtering `since` by timestamp
    as Ralph's file-system backend does; `down` makes it unreachable."""

    def __init__(self, statements: list[Statement], page: int = 2) -> None:
        self.statements, self.page, self.down = statements, page, False
        self.asked: list[dict[str, str]] = []

    def get(self, url: str, headers: dict[str, str]) -> Reply:
        if self.down:
            raise TransientError("no answer from https://lrs.example.org/xAPI: refused")
        assert headers["X-Experience-API-Version"] == "1.0.3"
        query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))
        self.asked.append(query)
        since = query.get("since")
        chosen = [s for s in self.statements if not since or s["timestamp"] > since]
        start = int(query.get("from", 0))
        rest = start + self.page < len(chosen)
        more = f"/xAPI/statements?{urllib.parse.urlencode({**query, 'from': start + self.page})}"
        body = {"statements": chosen[start : start + self.page], "more": more if rest else ""}
        return Reply(200, json.dumps(body))


def _source(lrs: FakeLrs) -> StatementSource:
    return StatementSource(ENDPOINT, Credentials("teacher", SECRET), "reg-1", get=lrs.get)


def _feed(lrs: FakeLrs, clock: list[datetime]) -> ClassFeed:
    model = ProgressModel({"lab": RoomPlan("The lab", 3, 600.0)})
    return ClassFeed(model, _source(lrs).read, clock=lambda: clock[0], overlap=timedelta(minutes=1))


def test_a_read_follows_every_more_link_of_the_session() -> None:
    lrs = FakeLrs(STATEMENTS, page=1)
    assert _source(lrs).read(None) == STATEMENTS
    assert [q.get("from") for q in lrs.asked] == [None, "1", "2"]
    assert all(q["registration"] == "reg-1" and q["limit"] == "100" for q in lrs.asked)


def test_each_read_starts_an_overlap_before_the_latest_statement_and_counts_each_once() -> None:
    lrs = FakeLrs(STATEMENTS[:2])
    clock = [START + timedelta(minutes=5)]
    feed = _feed(lrs, clock)
    feed.refresh()
    assert "since" not in lrs.asked[0]
    late = played(FOXES, [*FOX_EVENTS, (30.0, answer("p0", True))])[3]
    lrs.statements = [*STATEMENTS, late]  # recorded offline at +30 s, delivered after +60 s
    feed.refresh()
    assert lrs.asked[-1]["since"] == "2026-03-02T09:00:00.000Z"  # the latest (+60 s) less 1 min
    row = feed.snapshot(clock[0]).progress.teams[0]
    assert (row.solved, row.score) == (3, 30)


def test_an_unreachable_lrs_keeps_the_last_data_with_its_time() -> None:
    lrs = FakeLrs(STATEMENTS)
    clock = [START + timedelta(minutes=3)]
    feed = _feed(lrs, clock)
    feed.refresh()
    lrs.down, clock[0] = True, START + timedelta(minutes=4)
    feed.refresh()
    shot = feed.snapshot(clock[0])
    assert shot.updated == START + timedelta(minutes=3)
    assert "no answer from" in shot.problem and SECRET not in shot.problem
    assert shot.progress.teams[0].solved == 2
    lrs.down = False
    feed.refresh()
    assert feed.snapshot(clock[0]).problem == "" and feed.updated == clock[0]


@pytest.mark.parametrize(
    ("reply", "says"),
    [
        (Reply(401, ""), "refused the user name or password"),
        (Reply(302, "", "https://u:pw@elsewhere.example/x"), "redirect to https://u:***@"),
        (Reply(200, "<html>Wi-Fi login</html>"), "not an xAPI statement result"),
        (Reply(500, "boom"), "HTTP 500"),
    ],
)
def test_a_wrong_answer_is_a_problem_that_names_what_came_back(reply: Reply, says: str) -> None:
    source = StatementSource(ENDPOINT, Credentials("t", SECRET), "r", get=lambda u, h: reply)
    with pytest.raises(FeedError) as raised:
        source.read(None)
    assert says in str(raised.value) and "pw@" not in str(raised.value)
