"""Live sending: rounds that send what the store holds and the LRS has not confirmed."""

from __future__ import annotations

from pathlib import Path

import pytest
from scoring_sample import Sample
from test_lrs import FakeLrs

from escape_room.scoring import live as live_module
from escape_room.scoring.errors import StoreError
from escape_room.scoring.live import CLASS_READ, LiveSender, LiveStatus, TeamForms
from escape_room.scoring.lrs import Credentials, Reply, TransientError, lrs_key
from escape_room.scoring.sessiondata import load_session
from escape_room.scoring.store import ScoreStore
from escape_room.scoring.xapi import Statement, statements

ENDPOINT = "https://lrs.example.org/xAPI"


def _live(data_dir: Path, sample: Sample, lrs: FakeLrs) -> LiveSender:
    return LiveSender(
        data_dir, sample.session.uuid, ENDPOINT, Credentials("t", "p"), post=lrs, get=lrs.get
    )


def _exported(store: ScoreStore, sample: Sample) -> set[str]:
    return {s["id"] for s in statements(load_session(store, sample.session.uuid))}


def test_a_round_sends_exactly_what_the_export_holds(
    data_dir: Path, store: ScoreStore, sample: Sample
) -> None:
    lrs = FakeLrs()
    status = _live(data_dir, sample, lrs).run_round()
    assert (status.state, status.waiting) == ("live", 0)
    assert set(lrs.stored) == _exported(store, sample)
    assert _live(data_dir, sample, lrs).run_round().state == "live"
    assert len(lrs.requests) == 1  # the second round found nothing waiting


def test_the_playing_teams_check_scores_wait_until_it_is_done(
    data_dir: Path, store: ScoreStore, sample: Sample
) -> None:
    lrs = FakeLrs()
    live = _live(data_dir, sample, lrs)
    live.playing = sample.team_ids["Lapės"]
    live.run_round()
    lapes = sample.team_ids["Lapės"]
    scores = [
        s for s in statements(load_session(store, sample.session.uuid))
        if s["verb"]["id"].endswith("/scored")
    ]  # fmt: skip
    held = {s["id"] for s in scores if s["actor"]["account"]["name"].startswith(lapes)}
    assert held and len(held) < len(scores)  # the other team's scores went
    assert _exported(store, sample) - set(lrs.stored) == held
    status = live.finish(patience=5)
    assert (status.state, status.waiting) == ("live", 0)
    assert set(lrs.stored) == _exported(store, sample)


def test_an_unreachable_lrs_leaves_everything_waiting_and_says_offline(
    data_dir: Path, store: ScoreStore, sample: Sample
) -> None:
    lrs = FakeLrs(TransientError("no answer from lrs.example.org: connection refused"))
    status = _live(data_dir, sample, lrs).run_round()
    assert status.state == "offline" and status.waiting == len(_exported(store, sample))
    assert "connection refused" in status.problem
    assert store.sent_ids(lrs_key(ENDPOINT), sample.session.uuid) == set()
    later = _live(data_dir, sample, lrs).run_round()  # the LRS answers again
    assert (later.state, later.waiting) == ("live", 0)
    assert set(lrs.stored) == _exported(store, sample)


def test_an_lrs_that_stops_answering_turns_the_badge_offline_with_nothing_waiting(
    data_dir: Path, store: ScoreStore, sample: Sample
) -> None:
    lrs, down = FakeLrs(), TransientError("no answer from lrs.example.org: connection refused")
    clock = [0.0]

    def get(url: str, headers: dict[str, str]) -> Reply:
        if clock[0] == 1:
            raise down
        return lrs.get(url, headers)

    live = LiveSender(
        data_dir, sample.session.uuid, ENDPOINT, Credentials("t", "p"),
        post=lrs, get=get, monotonic=lambda: clock[0] * CLASS_READ,
    )  # fmt: skip
    assert live.run_round().state == "live"
    clock[0] = 1  # the LRS goes down while nothing waits
    status = live.run_round()
    assert (status.state, status.waiting) == ("offline", 0)
    assert "connection refused" in status.problem
    clock[0] = 2  # and answers again
    assert live.run_round() == LiveStatus("live", 0)


def test_finishing_stops_the_background_sending_after_a_last_round(
    data_dir: Path, store: ScoreStore, sample: Sample
) -> None:
    lrs = FakeLrs()
    live = _live(data_dir, sample, lrs)
    live.start()
    live.poke()
    status = live.finish(patience=5)
    assert status.waiting == 0 and set(lrs.stored) == _exported(store, sample)
    assert live._thread is not None and not live._thread.is_alive()


def test_the_store_is_opened_once_for_every_round_and_closed_at_the_end(
    data_dir: Path, store: ScoreStore, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[ScoreStore] = []
    real_open = ScoreStore.open

    def counting(folder: Path) -> ScoreStore:
        opened.append(real_open(folder))
        return opened[-1]

    monkeypatch.setattr(ScoreStore, "open", counting)
    lrs = FakeLrs()
    live = _live(data_dir, sample, lrs)
    for _ in range(3):
        live.run_round()
    assert live.finish(patience=5).waiting == 0
    assert len(opened) == 1
    with pytest.raises(StoreError, match="closed database"):  # closed by finish
        opened[0].read("SELECT 1")


def test_the_class_read_is_marked_done_only_once_its_teams_are_kept(
    data_dir: Path, store: ScoreStore, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:
    lrs = FakeLrs()
    _live(data_dir, sample, lrs).run_round()  # the LRS now holds the session's teams
    live = _live(data_dir, sample, lrs)
    keep = live_module._team_forms
    seen_done: list[bool] = []

    def noting(found: list[Statement]) -> dict[str, TeamForms]:
        seen_done.append(live.class_read.is_set())
        return keep(found)

    monkeypatch.setattr(live_module, "_team_forms", noting)
    live.run_round()
    assert seen_done == [False], "a waiting team would read the teams before they are kept"
    assert live.class_read.is_set() and set(live.class_teams) == set(sample.team_ids.values())
