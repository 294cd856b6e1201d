"""The dashboard against a real LRS: teams play on two computers with `play --lrs`, and
`dashboard --frames 30` shows them, headless. Ralph runs on 127.0.0.1 (see test_lrs_ralph)."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from test_lrs_ralph import (  # noqa: F401  (lrs: the LRS fixture)
    MINI,
    PASSWORD,
    USER,
    Lrs,
    _game,
    _game_env,
    lrs,
)

from escape_room.scoring.classfeed import ClassFeed, StatementSource
from escape_room.scoring.classprogress import ProgressModel
from escape_room.scoring.lrs import Credentials
from escape_room.scoring.records import session_uuid

CODE = "D4C-H7W"


def test_the_dashboard_shows_the_teams_that_played_against_the_lrs(
    lrs: Lrs,  # noqa: F811
    tmp_path: Path,
) -> None:
    # given two computers whose teams played the class session, sending live
    games = [
        _game(
            "play", "--pack", MINI, "--autoplay", "--frames", "20000", "--session", CODE,
            "--lrs", lrs.endpoint, "--data-dir", str(tmp_path / f"pc{n}"), "--pc", f"PC-{n}",
            env=_game_env(),
        )
        for n in (1, 2)
    ]  # fmt: skip
    for game in games:
        _, err = game.communicate(timeout=300)
        assert game.returncode == 0, err
    # when the dashboard runs 30 frames headless
    shown = subprocess.run(
        [sys.executable, "-m", "escape_room", "dashboard", "--lrs", lrs.endpoint,
         "--session", CODE, "--pack", MINI, "--frames", "30"],
        capture_output=True, text=True, env=_game_env(), timeout=120,
    )  # fmt: skip
    # then it shows both teams, each done with its room and its points
    assert shown.returncode == 0, shown.stderr
    rows = [line.split(" | ") for line in shown.stdout.splitlines()]
    assert len(rows) == 2 and shown.stderr == ""
    for name, room, solved, _, points, left, state in rows:
        assert name.startswith("Demo team") and room != "—" and left == "—"
        assert int(points) > 0 and state in ("✓ escaped", "✗ not escaped")
        done, total = solved.split(" / ")
        assert 0 < int(done) <= int(total)
    # and reading again from the latest statement less the overlap counts nothing twice
    source = StatementSource(lrs.endpoint, Credentials(USER, PASSWORD), session_uuid(CODE))
    feed = ClassFeed(ProgressModel(), source.read)
    feed.refresh()
    everything = feed.model.add(source.read(None))
    assert everything == 0 and feed.model.latest is not None
    since = source.read(feed.model.latest - timedelta(minutes=1))
    assert 0 < len(since) <= len(source.read(None))
    feed.refresh()
    assert feed.problem == "" and feed.snapshot(feed.model.latest).progress.teams
